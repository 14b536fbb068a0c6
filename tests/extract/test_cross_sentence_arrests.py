"""Arrests and cooperation told over neighbouring sentences, each with a negative beside it.

- a raid told first ("realizaron el operativo", "cumpriram mandados", "raided homes") hands its
  agencies to the detainees told right after it, but not across a paragraph to another arrest;
- an operation joined by a later cooperation cue ("The operation, coordinated with Europol, led to
  the arrest of ...") keeps the agencies told before it;
- "A y B" names two bodies when B opens with a body's head ("y Migración Colombia"), one when B is
  a field of the first ("Ministerio de Justicia y Seguridad Pública");
- "both men" after two sentences that each name a leader stands for both;
- support told after the arrest ("assisted in the operation", "backed by") is cooperation; an
  agency that only reports, investigates or asks for something is neither arrester nor partner.
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

A, C = "ARRESTED_BY", "COOPERATES_WITH"


@pytest.mark.parametrize(
    ("lang", "text", "arrest", "pair"),
    [
        (
            "es",
            "La Policía Nacional de Colombia y Migración Colombia realizaron el operativo en Bogotá. Entre "
            "los capturados está Yorman Díaz, cabecilla del Tren de Aragua.",
            ("Yorman Díaz", "Policía Nacional de Colombia"),
            ("Policía Nacional de Colombia", "Migración Colombia"),
        ),
        (
            "pt",
            "Agentes da Polícia Civil e da Polícia Militar cumpriram mandados em três estados. Entre os presos "
            "está Sérgio Ramos, apontado como chefe do Comando Vermelho em Niterói.",
            ("Sérgio Ramos", "Polícia Militar"),
            None,
        ),
        (
            "en",
            "The Carabinieri raided homes across Calabria. The operation, coordinated with Europol, led to the "
            "arrest of 30 members of the 'Ndrangheta.",
            ("'Ndrangheta", "Carabinieri"),
            ("Carabinieri", "Europol"),
        ),
    ],
)
def test_a_raid_told_first_made_the_arrests_told_after(
    ex: Extractor, lang: str, text: str, arrest: tuple[str, str], pair: tuple[str, str] | None
) -> None:
    assert arrest in ex.arrests(text, lang)
    if pair is not None:
        assert frozenset(pair) in ex.pairs(text, lang, C)


@pytest.mark.parametrize(
    ("lang", "text", "agency"),
    [
        (
            "en",
            "The FBI raided homes in Texas in 2019.\n\nMexican soldiers arrested Rubén Aceves, a leader of "
            "the Sinaloa Cartel in Sonora.",
            "Federal Bureau of Investigation",
        ),
        (
            "pt",
            "Agentes da Polícia Militar cumpriram mandados em Niterói.\n\nEm 2015, Sérgio Ramos, chefe do "
            "Comando Vermelho, foi preso em casa.",
            "Polícia Militar",
        ),
        (
            "pt",
            "Anderson Reis, chefe do Comando Vermelho no Complexo do Alemão, foi preso nesta segunda. A ação "
            "foi criticada pela Polícia Militar.",
            "Polícia Militar",
        ),
        (
            "en",
            "The FBI obtained warrants against MS-13 in 2019.\n\nIn March, Maryland State Police arrested Walter "
            "Ruiz, a leader of MS-13, in Baltimore.",
            "Federal Bureau of Investigation",
        ),
        (
            "en",
            "FBI agents raided a warehouse in Houston. Separately, Texas police arrested Luis Cano, a leader "
            "of MS-13.",
            "Federal Bureau of Investigation",
        ),
    ],
)
def test_an_agency_that_did_not_carry_out_the_operation_made_no_arrest(
    rules: Extractor, lang: str, text: str, agency: str
) -> None:
    assert not any(b == agency for _, b in rules.arrests(text, lang))


def test_a_head_after_y_opens_a_second_body(rules: Extractor) -> None:
    names = {
        n
        for kind, n in rules.nodes("La Policía Nacional y Migración Colombia realizaron el operativo.", "es")
    }
    assert {"Policía Nacional", "Migración Colombia"} <= names


def test_a_field_after_y_stays_in_the_name(rules: Extractor) -> None:
    text = "El Ministerio de Justicia y Seguridad Pública anunció nuevas cárceles."
    assert ("Agency", "Ministerio de Justicia y Seguridad Pública") in rules.nodes(text, "es")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Ramón Ortega, a leader of the Sinaloa Cartel, landed in Texas on Thursday. Aboard the same plane "
            "was Julio Ortega, who heads the faction known as Los Chapitos. Both men were arrested on the "
            "tarmac by agents of the FBI.",
        ),
        (
            "es",
            "Ramón Ortega, líder del Cártel de Sinaloa, aterrizó en Texas el jueves. En el mismo avión viajaba "
            "Julio Ortega, jefe de Los Chapitos. Ambos fueron detenidos por agentes del FBI.",
        ),
    ],
)
def test_both_men_named_over_two_sentences_were_arrested(rules: Extractor, lang: str, text: str) -> None:
    found = rules.arrests(text, lang)
    fbi = "Federal Bureau of Investigation"
    assert {("Ramón Ortega", fbi), ("Julio Ortega", fbi)} <= found


def test_both_does_not_reach_over_a_paragraph(rules: Extractor) -> None:
    text = (
        "Ramón Ortega, líder del Cártel de Sinaloa, murió en 2010.\n\nJulio Ortega, jefe de Los Chapitos, "
        "viajaba con su hermano. Ambos fueron detenidos por agentes del FBI."
    )
    assert not any(a == "Ramón Ortega" for a, _ in rules.arrests(text, "es"))


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "en",
            "Colombian police captured Andrés Mejía, a commander of the Clan del Golfo, in an operation "
            "backed by the DEA.",
            ("Colombian police", "Drug Enforcement Administration"),
        ),
        (
            "en",
            "Spanish police arrested Marco Ferri, a boss of the 'Ndrangheta, in Málaga. Italian Carabinieri "
            "assisted in the operation.",
            ("Spanish police", "Carabinieri"),
        ),
        (
            "pt",
            "A Polícia Civil prendeu Rogério Lima, chefe do Comando Vermelho no Complexo da Pedreira. A Polícia "
            "Militar deu apoio à ação.",
            ("Polícia Civil", "Polícia Militar"),
        ),
    ],
)
def test_support_told_after_the_arrest_is_cooperation(
    ex: Extractor, lang: str, text: str, pair: tuple[str, str]
) -> None:
    assert frozenset(pair) in ex.pairs(text, lang, C)


@pytest.mark.parametrize(
    ("lang", "text", "other"),
    [
        (
            "en",
            "Spanish police arrested Marco Ferri, a boss of the 'Ndrangheta, in Málaga. Italian Carabinieri had "
            "tracked him for years, Europol reported.",
            "Europol",
        ),
        (
            "es",
            "Carabineros de Chile capturó a Wilmer Rojas, líder del Tren de Aragua en Arica. La Policía de "
            "Investigaciones investiga otros crímenes de la banda.",
            "Policía de Investigaciones de Chile",
        ),
        (
            "pt",
            "A Polícia Federal prendeu Jonas Prado, o Jotinha, líder do PCC em Mato Grosso do Sul. O Ministério "
            "Público Federal pediu a transferência do preso para um presídio federal.",
            "Ministério Público Federal",
        ),
        (
            "en",
            "Honduran police arrested Jose Alvarado, a leader of the 18th Street gang. The FBI had requested "
            "his extradition.",
            "Federal Bureau of Investigation",
        ),
    ],
)
def test_an_agency_that_reports_investigates_or_asks_is_no_partner(
    rules: Extractor, lang: str, text: str, other: str
) -> None:
    facts = rules.facts(text, lang)
    assert not any(b == other for kind, _, b in facts if kind == A)
    assert not any(kind == C and other in (a, b) for kind, a, b in facts)


@pytest.mark.parametrize(
    ("lang", "text", "arrest"),
    [
        (
            "pt",
            "Polícia Federal prende líder do PCC em Santos\n\nNesta terça, agentes prenderam Marcos Lima, chefe "
            "da facção na Baixada Santista.",
            ("Marcos Lima", "Polícia Federal"),
        ),
        (
            "es",
            "Policía Nacional del Perú desarticula red del Tren de Aragua\n\nEn Lima, agentes capturaron a Jorge "
            "Salinas, alias el Ruso, cabecilla de la banda en San Juan de Lurigancho.",
            ("Jorge Salinas", "Policía Nacional del Perú"),
        ),
        (
            "pt",
            "Anderson Reis, chefe do Comando Vermelho no Complexo do Alemão, foi preso nesta segunda. A ação "
            "foi conduzida pela Polícia Civil com apoio da Polícia Militar.",
            ("Anderson Reis", "Polícia Civil"),
        ),
        (
            "pt",
            "A Polícia Federal deflagrou nesta quinta a Operação Maré Alta contra o Comando Vermelho. Segundo a "
            "corporação, Fábio Gomes, o Bigode, chefe da facção no Ceará, foi preso em Fortaleza.",
            ("Fábio Gomes", "Polícia Federal"),
        ),
        (
            "en",
            "The operation involved the FBI and the Colombian National Police. Pedro Arango, a leader of the "
            "Clan del Golfo, was among those detained.",
            ("Pedro Arango", "Federal Bureau of Investigation"),
        ),
        (
            "en",
            "The FBI and Homeland Security Investigations executed warrants in Maryland. The suspects, "
            "including Walter Ruiz, a leader of MS-13, were taken into custody.",
            ("Walter Ruiz", "Federal Bureau of Investigation"),
        ),
    ],
)
def test_headline_and_retold_operation_name_the_arrester(
    rules: Extractor, lang: str, text: str, arrest: tuple[str, str]
) -> None:
    assert arrest in rules.arrests(text, lang)


FAR = (
    "Ramiro Vela, a boss of the 'Ndrangheta, was detained in Milan on Monday. The arrest was carried out by "
    "the Carabinieri.\n\nVela had lived under a false name for a decade.\n\nNeighbours said he rarely left "
    "the flat.\n\n"
)


def test_the_operation_retold_far_below_joins_its_agencies(ex: Extractor) -> None:
    text = FAR + "The operation was coordinated by Europol."
    assert ("Ramiro Vela", "Carabinieri") in ex.arrests(text, "en")
    assert frozenset(("Carabinieri", "Europol")) in ex.pairs(text, "en", C)


def test_another_case_told_far_below_does_not_join(rules: Extractor) -> None:
    text = FAR + "In 2015 Europol worked with the Guardia Civil on a fraud case."
    assert frozenset(("Carabinieri", "Europol")) not in rules.pairs(text, "en", C)


@pytest.mark.parametrize(
    ("demonym", "paired"),
    [("peruanas", True), ("colombianas", False)],
)
def test_authorities_of_the_arresting_country_are_its_agencies(
    rules: Extractor, demonym: str, paired: bool
) -> None:
    text = (
        "La Policía Nacional del Perú capturó a Luis Torres, cabecilla de Los Pulpos, en Trujillo.\n\nTorres "
        "vivía en una casa alquilada.\n\nEl FBI trabajó en coordinación con las autoridades " + demonym + "."
    )
    pair = frozenset(("Policía Nacional del Perú", "Federal Bureau of Investigation"))
    assert (pair in rules.pairs(text, "es", C)) is paired


@pytest.mark.parametrize(
    ("closing", "partner"),
    [
        # the authorities are not what the cue joins the FBI with: it coordinated with Europol
        (
            "El FBI trabajó en coordinación con Europol y las autoridades peruanas.",
            "Federal Bureau of Investigation",
        ),
        # a body of the same country is no foreign partner of its own authorities
        (
            "La Dirincri trabajó en coordinación con las autoridades peruanas.",
            "DIRINCRI",
        ),
    ],
)
def test_authorities_not_joined_by_the_cue_or_of_the_actors_own_country_pair_nothing(
    rules: Extractor, closing: str, partner: str
) -> None:
    text = (
        "La Policía Nacional del Perú capturó a Luis Torres, cabecilla de Los Pulpos, en Trujillo.\n\nTorres "
        "vivía en una casa alquilada.\n\n" + closing
    )
    assert frozenset(("Policía Nacional del Perú", partner)) not in rules.pairs(text, "es", C)
