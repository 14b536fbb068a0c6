"""Who an arrest or a leader cue names, and who it does not, each beside its negative:

- the kin or associate of a leader taken in an arrest ("capturó a un hermano de alias X, máximo
  líder de G", "arrested the wife of X", "prendeu a mulher de X") is no arrest of the leader;
  the leader arrested himself is;
- a one-word source a cue cites ("Segundo a PM, ele é o chefe do G", "De acordo com o MP, ...") is
  no leader; a one-word name after "Segundo a polícia," is;
- a run of capitalized words headed by a place noun ("no Morro da Providência", "in the Hotel
  Central") is no person arrested; a person's name there is;
- "the strongman of G" is a leader of G, as "el hombre fuerte de G" and "o homem forte do G" are.
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

KIN = [
    (
        "es",
        'La Policía Nacional capturó a un hermano de alias "Niño Guerrero", máximo líder del Tren de Aragua.',
        "Niño Guerrero",
        "Policía Nacional",
    ),
    (
        "en",
        "FBI agents arrested the wife of Hector Valdez, the leader of MS-13 in Maryland, on money laundering "
        "charges.",
        "Hector Valdez",
        "Federal Bureau of Investigation",
    ),
    (
        "pt",
        "A Polícia Civil prendeu a mulher de Luiz Fontes, chefe do Comando Vermelho em Niterói, por lavagem "
        "de dinheiro.",
        "Luiz Fontes",
        "Polícia Civil",
    ),
]

LEADER_TAKEN = [
    (
        "es",
        'La Policía Nacional capturó a alias "Niño Guerrero", máximo líder del Tren de Aragua.',
        "Niño Guerrero",
        "Policía Nacional",
    ),
    (
        "en",
        "FBI agents arrested Hector Valdez, the leader of MS-13 in Maryland, on racketeering charges.",
        "Hector Valdez",
        "Federal Bureau of Investigation",
    ),
    (
        "pt",
        "A Polícia Civil prendeu Luiz Fontes, chefe do Comando Vermelho em Niterói.",
        "Luiz Fontes",
        "Polícia Civil",
    ),
]


@pytest.mark.parametrize(("lang", "text", "leader", "agency"), KIN)
def test_the_kin_of_a_leader_arrested_is_not_the_leader(
    rules: Extractor, lang: str, text: str, leader: str, agency: str
) -> None:
    assert (leader, agency) not in rules.arrests(text, lang)


@pytest.mark.parametrize(("lang", "text", "leader", "agency"), LEADER_TAKEN)
def test_the_leader_arrested_himself(ex: Extractor, lang: str, text: str, leader: str, agency: str) -> None:
    assert (leader, agency) in ex.arrests(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "Segundo a PM, o preso é o chefe do Comando Vermelho na comunidade.",
        "De acordo com a PM, ele é o chefe do Comando Vermelho.",
        "Segundo o MP, o preso é o chefe do PCC.",
    ],
)
def test_a_cited_source_is_no_leader(rules: Extractor, text: str) -> None:
    assert not rules.leaders(text, "pt")


def test_a_one_word_name_after_a_cited_source_is_a_leader(ex: Extractor) -> None:
    text = "Segundo a polícia, Marcola, líder do PCC, foi transferido para Brasília."
    assert ("Marcola", "Primeiro Comando da Capital") in ex.leads(text, "pt")


def test_a_place_headed_name_is_no_person_arrested(rules: Extractor) -> None:
    text = (
        "A Polícia Militar prendeu Tuta no Morro da Providência. Segundo a PM, ele é o chefe do Comando "
        "Vermelho na comunidade."
    )
    assert not rules.leaders(text, "pt")


def test_a_person_named_after_a_place_noun_is_still_one(ex: Extractor) -> None:
    text = "A Polícia Militar prendeu Carlos Tavares, chefe do Comando Vermelho, no Morro da Providência."
    assert ("Carlos Tavares", "Polícia Militar") in ex.arrests(text, "pt")


@pytest.mark.parametrize(
    ("lang", "text", "leader", "group"),
    [
        (
            "en",
            "Peruvian National Police arrested Edgar Loyola, the strongman of Tren de Aragua in southern Lima.",
            "Edgar Loyola",
            "Tren de Aragua",
        ),
        (
            "es",
            'Alias "Tito", señalado como el hombre fuerte de Los Choneros en Manabí, fue aprehendido por la '
            "Policía Nacional.",
            "Tito",
            "Los Choneros",
        ),
        (
            "pt",
            "A Polícia Nacional do Paraguai capturou Celso Amaral, considerado o homem forte do PCC na fronteira.",
            "Celso Amaral",
            "Primeiro Comando da Capital",
        ),
    ],
)
def test_the_strongman_of_a_group_leads_it(
    ex: Extractor, lang: str, text: str, leader: str, group: str
) -> None:
    assert (leader, group) in ex.leads(text, lang)


def test_a_strongman_of_a_country_leads_no_group(rules: Extractor) -> None:
    text = "Venezuela's strongman Nicolás Maduro denied any link to Tren de Aragua."
    assert not rules.leads(text, "en")


# "del Clan del Golfo Diego Saldaña": a known group's name, then the leader's, with no comma between;
# a group word with a name of its own after it ("el Clan Ferreyra") is still that name.
@pytest.mark.parametrize(
    ("text", "leader", "group", "agency"),
    [
        (
            "Los cabecillas del Clan del Golfo Diego Saldaña y Mauro Uribe fueron capturados por el Ejército.",
            "Mauro Uribe",
            "Clan del Golfo",
            "Ejército",
        ),
        (
            "El jefe del Cártel de Sinaloa Ismael Gamboa fue detenido por el Ejército en Culiacán.",
            "Ismael Gamboa",
            "Cártel de Sinaloa",
            "Ejército",
        ),
    ],
)
def test_a_leader_named_right_after_a_known_group(
    ex: Extractor, text: str, leader: str, group: str, agency: str
) -> None:
    assert (leader, group) in ex.leads(text, "es")
    assert (leader, agency) in ex.arrests(text, "es")


def test_a_group_word_with_its_own_name_after_it(ex: Extractor) -> None:
    assert ("Gang", "Clan Ferreyra") in ex.nodes("El Clan Ferreyra opera en Rosario desde 2015.", "es")
