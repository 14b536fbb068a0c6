"""Leaders named again by a multi-word nickname or a pronoun; 'one of the leaders of G is X';
an arrest's agent after a time and a place."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "pt",
            "Um dos chefes da facção Comando Vermelho é Luiz Carlos da Silva, o Baixinho. "
            "Ele foi capturado em abril de 2001 na selva colombiana pelo Exército da Colômbia.",
            ("Luiz Carlos da Silva", "Exército da Colômbia"),
        ),
        (
            "en",
            "One of the leaders of the Los Pumas gang is Juan Pérez Soto. "
            "He was arrested by the Honduran National Police in May.",
            ("Juan Pérez Soto", "Honduran National Police"),
        ),
        (
            "es",
            'El juez condenó a Rubén Soto Gil, alias "El Chivo", líder de la banda Los Malditos. '
            '"El Chivo" fue capturado por el Ejército Mexicano en 2015.',
            ("Rubén Soto Gil", "Ejército Mexicano"),
        ),
    ],
)
def test_a_leader_named_again_is_the_one_arrested(ex, lang, text, fact):
    assert fact in ex.arrests(text, lang)


def test_a_pronoun_after_two_leaders_names_neither(ex):
    text = (
        "Pedro Lara Gil and Mario Ruiz Vega, leaders of the Los Pumas gang, met in Tegucigalpa. "
        "He was arrested by the Honduran National Police."
    )
    assert not {a for a, _ in ex.arrests(text, "en") if a in {"Pedro Lara Gil", "Mario Ruiz Vega"}}


def test_the_leader_and_another_person_are_not_one_apposition(ex):
    assert not {
        n
        for t, n in ex.nodes("The leader of the Los Pumas gang and Juan Pérez Soto met.", "en")
        if t == "Leader"
    }


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "en",
            "Adolfo Núñez Peña, the leader of the Los Pumas gang, escaped in January. "
            "Núñez was recaptured in June by the Honduran National Police.",
            ("Adolfo Núñez Peña", "Honduran National Police"),
        ),
        (
            "es",
            "José Ávila Gómez, cabecilla de la banda Los Malditos, huyó. Ávila fue recapturado por la Policía Boliviana.",
            ("José Ávila Gómez", "Policía Boliviana"),
        ),
        (
            "pt",
            "João Araújo Lima, chefe da facção Bonde do Maluco, fugiu. Araújo foi recapturado pela Polícia Federal.",
            ("João Araújo Lima", "Polícia Federal"),
        ),
    ],
)
def test_an_accented_surname_and_a_recapture(ex, lang, text, fact):
    assert fact in ex.arrests(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "en",
            "Sean Ryan, described by police as a senior member of the Los Pumas gang, fled to Spain. "
            "Ryan was detained by the Guardia Civil in Málaga.",
            ("Los Pumas", "Guardia Civil"),
        ),
        (
            "es",
            "Luis Paz Mena, integrante de la banda Los Malditos, huyó a Chile. "
            "Mena fue detenido por la Policía de Investigaciones en Arica.",
            ("Los Malditos", "Policía de Investigaciones"),
        ),
        (
            "pt",
            "Paulo Reis Costa, membro da facção Bonde do Maluco, fugiu. Costa foi preso pela Polícia Federal em Salvador.",
            ("Bonde do Maluco", "Polícia Federal"),
        ),
    ],
)
def test_a_member_named_before_and_arrested_after(ex, lang, text, fact):
    assert fact in ex.arrests(text, lang)


def test_a_member_named_again_without_an_arrest_states_nothing(ex):
    text = (
        "Sean Ryan, a member of the Los Pumas gang, fled to Spain. "
        "Ryan lived in Marbella with the help of the Guardia Civil informant."
    )
    assert not ex.arrests(text, "en")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "El Tren de Aragua cobra extorsiones en Lima. Uno de los líderes del grupo, Hernán Vidal Ruiz, "
            "fue detenido por la Policía Nacional del Perú.",
        ),
        (
            "pt",
            "O Comando Vermelho domina o tráfico na Maré. Um dos chefes do grupo, Hélio Prado Nunes, "
            "foi preso pela Polícia Civil.",
        ),
    ],
)
def test_a_reference_back_after_a_contracted_article_names_the_group(ex, lang, text):
    """ "del grupo", "do grupo" refer back like "el grupo", "o grupo" (and like "of the group")."""
    leads = {(a, b) for t, a, b in ex.facts(text, lang) if t == "LEADS"}
    group = "Tren de Aragua" if lang == "es" else "Comando Vermelho"
    person = "Hernán Vidal Ruiz" if lang == "es" else "Hélio Prado Nunes"
    assert leads == {(person, group)}
    assert any(a == person for a, _ in ex.arrests(text, lang))
