"""How Brazilian and Portuguese crime news names a leader and the force that arrested them: a
role heading the sentence ("Líder do PCC na fronteira, X foi preso"), a participle of a heading
verb there ("Acusado de chefiar o PCC, X"), a heading verb after an age ("X, de 29 anos,
suspeito de comandar G"), the European "cabecilha", the Polícia Militar by its acronym ("presos
pela PM"), and a sentence opening on officers of a force ("Agentes da Polícia Civil prenderam X").
Each positive has beside it what the rule must not read."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

PCC = "Primeiro Comando da Capital"
CV = "Comando Vermelho"


def test_role_heading_the_sentence_before_a_common_place(rules: Extractor) -> None:
    pt = "Apontado como líder do PCC na fronteira, Marcos Vinícius Saldanha foi preso nesta quarta-feira."
    assert ("Marcos Vinícius Saldanha", PCC) in rules.leads(pt, "pt")
    es = "Considerado el jefe del PCC en la frontera, Marcos Vinícius Saldanha fue detenido el miércoles."
    assert ("Marcos Vinícius Saldanha", PCC) in rules.leads(es, "es")
    bare = "Chefe do Comando Vermelho no morro, Ailton Santana Coutinho foi preso pela Polícia Civil."
    assert ("Ailton Santana Coutinho", CV) in rules.leads(bare, "pt")


def test_role_heading_the_sentence_then_an_object_is_no_leader_of_the_place(rules: Extractor) -> None:
    # the person after the comma is the subject, but the phrase is a member's, not a leader's
    text = (
        "Apontado como integrante do PCC na fronteira, Marcos Vinícius Saldanha foi preso nesta quarta-feira."
    )
    assert not rules.leads(text, "pt")


def test_participle_of_a_heading_verb_heading_the_sentence(rules: Extractor) -> None:
    pt = "Acusado de chefiar o PCC na fronteira, Marcos Vinícius Saldanha foi preso nesta quarta-feira."
    assert ("Marcos Vinícius Saldanha", PCC) in rules.leads(pt, "pt")
    suspect = "Suspeito de comandar o Comando Vermelho, Ailton Santana Coutinho foi detido em Niterói."
    assert ("Ailton Santana Coutinho", CV) in rules.leads(suspect, "pt")
    es = "Acusado de liderar el PCC en la frontera, Marcos Saldanha fue detenido el miércoles."
    assert ("Marcos Saldanha", PCC) in rules.leads(es, "es")
    en = "Accused of heading the PCC, Marcos Saldanha was arrested on Wednesday."
    assert ("Marcos Saldanha", PCC) in rules.leads(en, "en")


def test_heading_verb_of_another_clause_names_no_fronted_leader(rules: Extractor) -> None:
    # the verb is not the opening participle's: "de" does not come before it
    text = "Depois que o grupo passou a comandar o PCC na fronteira, Marcos Vinícius Saldanha fugiu."
    assert not rules.leads(text, "pt")
    en = "Police who were investigating the PCC, Marcos Saldanha said, were threatened."
    assert not rules.leads(en, "en")


def test_heading_verb_after_an_age_apposition(rules: Extractor) -> None:
    pt = "A Polícia Civil prendeu Jefferson Moura Alves, de 29 anos, suspeito de comandar o Bonde do Maluco."
    assert ("Jefferson Moura Alves", "Bonde do Maluco") in rules.leads(pt, "pt")
    es = "La policía capturó a Marcos Saldanha, de 33 años, acusado de liderar el PCC."
    assert ("Marcos Saldanha", PCC) in rules.leads(es, "es")


def test_heading_verb_after_an_age_of_someone_else_named_between(rules: Extractor) -> None:
    # the victim, not the arrested man, is the one the verb's clause is about
    text = "A Polícia Civil prendeu Jefferson Moura Alves, de 29 anos, por matar um homem que comandava o Bonde do Maluco."
    assert ("Jefferson Moura Alves", "Bonde do Maluco") not in rules.leads(text, "pt")


def test_cabecilha_is_a_leader_word(rules: Extractor) -> None:
    text = "O cabecilha da Tropa do Sado, Anderson Pimentel Ramos, de 38 anos, foi detido pela PJ."
    assert ("Anderson Pimentel Ramos", "Tropa do Sado") in rules.leads(text, "pt")
    assert ("Anderson Pimentel Ramos", "Polícia Judiciária") in rules.arrests(text, "pt")
    after = "Anderson Pimentel Ramos, o cabecilha do PCC em Portugal, foi detido."
    assert ("Anderson Pimentel Ramos", PCC) in rules.leads(after, "pt")


def test_cabecilha_of_the_police_names_no_leader(rules: Extractor) -> None:
    text = "O juiz Anselmo Prado Viana condenou o cabecilha do PCC a 30 anos de prisão."
    assert not rules.leads(text, "pt")


def test_pm_after_an_arrest_is_the_policia_militar(rules: Extractor) -> None:
    text = "Dois homens apontados como membros do Comando Vermelho foram presos pela PM em Caucaia."
    assert (CV, "Polícia Militar") in rules.arrests(text, "pt")
    spelled = "A Polícia Militar cercou o morro. Dois homens do Comando Vermelho foram presos pela PM."
    assert ("Agency", "PM") not in rules.nodes(spelled, "pt")
    assert (CV, "Polícia Militar") in rules.arrests(spelled, "pt")


def test_pm_outside_portuguese_is_no_force(rules: Extractor) -> None:
    text = "Two members of the Comando Vermelho were arrested by the PM, a local unit, in Caucaia."
    assert ("Agency", "Polícia Militar") not in rules.nodes(text, "en")


def test_officers_of_a_force_opening_the_sentence_are_no_person(rules: Extractor) -> None:
    text = (
        "Agentes da Polícia Civil prenderam Osmar Teles Barreto em Goiânia. "
        "Ele comanda o Comando Vermelho na região."
    )
    assert ("Osmar Teles Barreto", CV) in rules.leads(text, "pt")


def test_pronoun_after_two_persons_names_no_leader(rules: Extractor) -> None:
    text = (
        "Agentes da Polícia Civil prenderam Osmar Teles Barreto e Caio Rezende Lima em Goiânia. "
        "Ele comanda o Comando Vermelho na região."
    )
    assert not rules.leads(text, "pt")


def test_deic_is_a_state_police_department(rules: Extractor) -> None:
    # every state has its own Deic: an acronym the text writes, no gazetteer entry
    text = "Três membros do PCC foram presos pelo DEIC em Campinas suspeitos de planejar um resgate."
    assert (PCC, "DEIC") in rules.arrests(text, "pt")


def test_deic_investigating_arrests_no_one(rules: Extractor) -> None:
    text = "O Deic investiga a participação de três membros do PCC no roubo, mas ninguém foi preso."
    assert not rules.arrests(text, "pt")


def test_headline_arrest_of_a_chief_named_in_the_lede(rules: Extractor) -> None:
    # a headline's bare object: the lede names and describes the chief the headline's force took
    pt = (
        "PF prende chefe do PCC em Mato Grosso do Sul\n\n"
        "Renato Bezerra Lins, de 41 anos, era considerado o chefe da facção na região."
    )
    assert ("Renato Bezerra Lins", "Polícia Federal") in rules.arrests(pt, "pt")
    timed = (
        "A PF prendeu nesta quarta-feira o chefe do PCC. Renato Bezerra Lins, de 41 anos, foi detido em casa."
    )
    assert ("Renato Bezerra Lins", PCC) in rules.leads(timed, "pt")
    assert ("Renato Bezerra Lins", "Polícia Federal") in rules.arrests(timed, "pt")
    es = (
        "La Policía Nacional capturó a un cabecilla del PCC en Asunción. "
        "Renato Bezerra Lins, de 41 años, fue detenido en su casa."
    )
    assert ("Renato Bezerra Lins", PCC) in rules.leads(es, "es")


def test_headline_arrest_then_an_operation_or_another_object_names_no_chief(rules: Extractor) -> None:
    operation = (
        "PF prende chefe do PCC em Mato Grosso do Sul\n\n"
        "Operação Raízes cumpriu 27 mandados em Dourados e Campo Grande."
    )
    assert not rules.leads(operation, "pt")
    lawyer = (
        "A PF prendeu nesta quarta-feira o advogado do chefe do PCC. "
        "Renato Bezerra Lins, de 41 anos, foi detido em casa."
    )
    assert not rules.leads(lawyer, "pt")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Absuelto de liderar el Tren de Aragua, Juan Pérez salió libre ayer."),
        ("pt", "Inocentado de comandar o PCC, Carlos Souza deixou a prisão."),
        ("en", "Cleared of running the Sinaloa Cartel, Juan Pérez left the court."),
    ],
)
def test_an_opening_clause_that_clears_someone_makes_no_leader(
    rules: Extractor, lang: str, text: str
) -> None:
    assert not rules.leads(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "pt",
            "O chefe do Comando Vermelho na região foi morto ontem, Carlos Souza, irmão da vítima, confirmou.",
        ),
        (
            "es",
            "El jefe del Tren de Aragua en la cárcel murió ayer, Juan Pérez, director del penal, lo confirmó.",
        ),
    ],
)
def test_a_clause_after_an_opening_leader_word_is_no_place_before_the_name(
    rules: Extractor, lang: str, text: str
) -> None:
    assert not rules.leads(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "La Policía capturó ayer a un cabecilla de Los Pulpos en Trujillo. Juan Pérez, vecino del barrio, contó que escuchó disparos.",
        ),
        (
            "en",
            "Police arrested a leader of MS-13 in Houston. Jose Ruiz, the victim's brother, was shot dead last year.",
        ),
    ],
)
def test_a_bystander_named_after_an_unnamed_chiefs_arrest_is_not_that_chief(
    rules: Extractor, lang: str, text: str
) -> None:
    assert not rules.leads(text, lang)
