"""A leader named after "the clan's chief" when the clan was named before ("O chefe do clã, X",
"El jefe del clan, X", "La jefa de la mafia, X"), each beside a negative: a lawyer of the clan is
no leader, nor a chief of a clan when no group is named in the text. "The clan" stands for the
group an apposition called a clan ("a cosca X, um clã da 'Ndrangheta"), not for one it called
otherwise."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

LEADERS = [
    (
        "pt",
        "A 'Ndrangheta tem forte presença no porto de Santos. O chefe do clã, Vittorio Lanza, primo do "
        "réu, foi preso em 2023 na Calábria.",
        ("Vittorio Lanza", "'Ndrangheta"),
    ),
    (
        "es",
        "La Camorra controla el puerto. El jefe del clan, Vittorio Lanza, fue detenido en 2023.",
        ("Vittorio Lanza", "Camorra"),
    ),
    (
        "pt",
        "A 'Ndrangheta lava dinheiro no Brasil. O chefe da máfia, Vittorio Lanza, foi preso em 2023.",
        ("Vittorio Lanza", "'Ndrangheta"),
    ),
]

NOT_LEADERS = [
    ("pt", "A 'Ndrangheta tem forte presença em Santos. O advogado do clã, Renato Dias, negou as acusações."),
    ("es", "El jefe del clan, Vittorio Lanza, celebró la boda de su hija en Nápoles."),
    ("pt", "O chefe do clã, Vittorio Lanza, celebrou o casamento da filha em Nápoles."),
]


@pytest.mark.parametrize(("lang", "text", "fact"), LEADERS)
def test_chief_of_the_clan_named_before(ex: Extractor, lang: str, text: str, fact: tuple[str, str]) -> None:
    leader, group = fact
    assert ("Leader", leader) in ex.nodes(text, lang)
    assert ("LEADS", leader, group) in ex.facts(text, lang)


@pytest.mark.parametrize(("lang", "text"), NOT_LEADERS)
def test_no_leader_without_a_role_or_a_group(ex: Extractor, lang: str, text: str) -> None:
    assert not {name for kind, name in ex.nodes(text, lang) if kind == "Leader"}


DESCRIBED = (
    "Um empresário calabrês, Bruno Ferri, atuava em Santos a serviço da cosca Nardi-Bellini, {} da máfia "
    "'Ndrangheta com base em Vibo Valentia. Ferri comprava cocaína do Primeiro Comando da Capital (PCC).\n\n"
    "O chefe do clã, Vittorio Lanza, sobrinho de Ferri, foi detido em março pelos Carabinieri."
)


def test_the_clan_is_the_group_an_apposition_called_a_clan(ex: Extractor) -> None:
    facts = ex.facts(DESCRIBED.format("um clã"), "pt")
    assert ("LEADS", "Vittorio Lanza", "cosca Nardi-Bellini") in facts


def test_the_clan_is_not_a_group_described_otherwise(ex: Extractor) -> None:
    facts = ex.facts(DESCRIBED.format("um braço"), "pt")
    assert ("LEADS", "Vittorio Lanza", "cosca Nardi-Bellini") not in facts


CREW = "Tren de Aragua runs extortion rackets in Santiago. {}"


@pytest.mark.parametrize(
    "sentence",
    [
        "The leader of the crew, Yorbis Campos, was arrested.",
        "The head of the ring, Yorbis Campos, was arrested.",
    ],
)
def test_the_crew_and_the_ring_stand_for_the_gang(ex: Extractor, sentence: str) -> None:
    assert ("LEADS", "Yorbis Campos", "Tren de Aragua") in ex.facts(CREW.format(sentence), "en")


@pytest.mark.parametrize(
    "sentence",
    [
        "The ship's crew, led by Captain Yorbis Campos, was rescued.",
        "The boxing ring's owner, Yorbis Campos, was arrested.",
    ],
)
def test_a_ships_crew_or_a_boxing_ring_leads_to_no_leader(ex: Extractor, sentence: str) -> None:
    assert not {name for kind, name in ex.nodes(CREW.format(sentence), "en") if kind == "Leader"}
