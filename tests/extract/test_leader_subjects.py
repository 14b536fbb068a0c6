"""Leaders named as the subject of a copula: a surname standing alone for a person named in full
earlier, a description that says who describes them, and "Su líder es X"."""

from __future__ import annotations

import pytest


def leads(rules, text: str, lang: str) -> set[tuple[str, str]]:
    return {(a, b) for t, a, b in rules.facts(text, lang) if t == "LEADS"}


@pytest.mark.parametrize(
    ("lang", "text", "leader", "group"),
    [
        (
            "es",
            "El Tren de Aragua opera en Chile. Andrés Molina Pardo fue detenido en Santiago. "
            "Molina es uno de los líderes de la organización.",
            "Andrés Molina Pardo",
            "Tren de Aragua",
        ),
        (
            "pt",
            "O Comando Vermelho atua no Brasil. Marcos Pereira Nunes foi preso no Rio. "
            "Nunes é apontado pela polícia como um dos chefes da facção.",
            "Marcos Pereira Nunes",
            "Comando Vermelho",
        ),
        (
            "en",
            "Camilo Reyes Soto was detained in Panama on Monday. "
            "Reyes is one of the leaders of the Gulf Clan, prosecutors said.",
            "Camilo Reyes Soto",
            "Gulf Clan",
        ),
    ],
)
def test_surname_subject_is_the_person_named_in_full(
    rules, lang: str, text: str, leader: str, group: str
) -> None:
    assert leads(rules, text, lang) == {(leader, group)}


def test_a_lone_capitalized_subject_known_nowhere_else_is_no_leader(rules) -> None:
    text = "El Tren de Aragua opera en Chile. Molina es uno de los líderes de la organización."
    assert leads(rules, text, "es") == set()


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Camilo Reyes Soto es señalado por la Fiscalía como uno de los jefes del Clan del Golfo."),
        ("pt", "Camilo Reyes Soto é apontado pela Polícia Federal como um dos chefes do Clan del Golfo."),
        (
            "en",
            "Camilo Reyes Soto is described by the Colombian Army as one of the leaders of the Gulf Clan.",
        ),
    ],
)
def test_copula_with_who_describes_names_a_leader(rules, lang: str, text: str) -> None:
    assert {leader for leader, _ in leads(rules, text, lang)} == {"Camilo Reyes Soto"}


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        ("es", "El Clan del Golfo opera en Colombia. Su líder es Camilo Reyes Soto.", "Clan del Golfo"),
        ("pt", "O PCC atua no Paraguai. Seu chefe é Jorge Amaral Costa.", "Primeiro Comando da Capital"),
        ("en", "The Gulf Clan operates in Colombia. Its leader is Camilo Reyes Soto.", "Gulf Clan"),
    ],
)
def test_possessive_cue_then_copula_names_the_leader(rules, lang: str, text: str, group: str) -> None:
    assert ("Camilo Reyes Soto" if lang != "pt" else "Jorge Amaral Costa", group) in leads(rules, text, lang)


def test_a_cue_in_mid_clause_with_a_copula_after_it_takes_no_name(rules) -> None:
    text = "The Gulf Clan operates in Colombia. Police said the leader is Camilo Reyes Soto's cousin."
    assert "Gulf Clan" not in {group for _, group in leads(rules, text, "en")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "Marcos Pereira Nunes é um dos chefes do Comando Vermelho."),
        ("pt", "Marcos Pereira Nunes era o chefe do Comando Vermelho."),
        ("es", "Marcos Pereira Nunes es uno de los jefes del Comando Vermelho."),
    ],
)
def test_portuguese_copula_read_as_written_not_folded(rules, lang: str, text: str) -> None:
    # folded, "é" reads as "e" ("and"): the copula is checked on the word as written
    assert leads(rules, text, lang) == {("Marcos Pereira Nunes", "Comando Vermelho")}


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        (
            "es",
            "Los líderes del Cártel de Sinaloa son Julián Pérez Soto y Pablo Ruiz Mena.",
            "Cártel de Sinaloa",
        ),
        ("pt", "Os líderes do Comando Vermelho são Julián Pérez Soto e Pablo Ruiz Mena.", "Comando Vermelho"),
        ("en", "The leaders of the Gulf Clan are Julián Pérez Soto and Pablo Ruiz Mena.", "Gulf Clan"),
    ],
)
def test_every_name_listed_after_the_copula_leads(rules, lang: str, text: str, group: str) -> None:
    assert leads(rules, text, lang) == {("Julián Pérez Soto", group), ("Pablo Ruiz Mena", group)}


def test_a_name_after_the_list_in_another_clause_does_not_lead(rules) -> None:
    text = "El líder del Cártel de Sinaloa es Julián Pérez Soto, dijo el fiscal Pablo Ruiz Mena."
    assert leads(rules, text, "es") == {("Julián Pérez Soto", "Cártel de Sinaloa")}
