"""The subject of a rivalry or alliance cue: not an acronym in parentheses, and a noun in
apposition that says what a group is ("the alliance of gangs") allies it with nobody."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "rival", "not_rival"),
    [
        (
            "pt",
            "A Família do Norte se tornou aliada do Terceiro Comando Puro (TCP) e inimiga declarada do Comando Vermelho.",
            {"Família do Norte", "Comando Vermelho"},
            {"Terceiro Comando Puro", "Comando Vermelho"},
        ),
        (
            "es",
            "Los Lobos se volvieron aliados del Cártel Jalisco Nueva Generación (CJNG) y enemigos de Los Choneros.",
            {"Los Lobos", "Los Choneros"},
            {"Jalisco New Generation Cartel", "Los Choneros"},
        ),
    ],
)
def test_an_acronym_in_parentheses_is_not_the_subject(
    rules, lang: str, text: str, rival: set[str], not_rival: set[str]
) -> None:
    pairs = [{s, o} for t, s, o in rules.facts(text, lang) if t == "RIVAL_OF"]
    assert rival in pairs
    assert not_rival not in pairs


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The State Department designated Viv Ansanm, the alliance of armed gangs that rules the capital, together with the Gran Grif gang.",
        ),
        (
            "es",
            "El gobierno sancionó a Viv Ansanm, la coalición de pandillas de la capital, junto con la banda Gran Grif.",
        ),
    ],
)
def test_a_descriptive_alliance_noun_allies_nobody(ex, lang: str, text: str) -> None:
    assert "ALLIED_WITH" not in ex.relation_types(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "es",
            "La Segunda Marquetalia nació en 2019. La Segunda Marquetalia opera en la frontera. El grupo mantiene "
            "una relación tensa con el Estado Mayor Central (EMC), la otra gran disidencia, con la que se ha "
            "disputado territorios.",
            {"Segunda Marquetalia", "Estado Mayor Central"},
        ),
        (
            "pt",
            "A Família do Norte convive com o Comando Vermelho, com o qual disputou rotas no Amazonas.",
            {"Família do Norte", "Comando Vermelho"},
        ),
    ],
)
def test_a_relative_after_the_second_group_pairs_it_with_the_subject(
    ex, lang: str, text: str, pair: set[str]
) -> None:
    assert any(t == "RIVAL_OF" and {s, o} == pair for t, s, o in ex.facts(text, lang))


def test_a_relative_without_a_rivalry_cue_pairs_nobody(ex) -> None:
    text = "A Família do Norte convive com o Comando Vermelho, com o qual dividiu rotas no Amazonas."
    assert "RIVAL_OF" not in ex.relation_types(text, "pt")


@pytest.mark.parametrize(
    ("lang", "text", "rival", "not_rival"),
    [
        (
            "en",
            "Los Ñandúes are allied with Los Lobos, the country's largest gang, and have fought Los Choneros for the ports.",
            {"Los Ñandúes", "Los Choneros"},
            {"Los Lobos", "Los Choneros"},
        ),
        (
            "es",
            "Los Ñandúes son aliados de Los Lobos, la mayor banda del país, y se enfrentan a Los Choneros por los puertos.",
            {"Los Ñandúes", "Los Choneros"},
            {"Los Lobos", "Los Choneros"},
        ),
        (
            "pt",
            "O Bonde da Serra é aliado da Família do Norte, a maior facção do Amazonas, e disputa rotas com o Comando Vermelho.",
            {"Bonde da Serra", "Comando Vermelho"},
            {"Família do Norte", "Comando Vermelho"},
        ),
    ],
)
def test_and_after_an_apposition_opens_a_second_predicate_of_the_subject(
    rules, lang: str, text: str, rival: set[str], not_rival: set[str]
) -> None:
    pairs = [{s, o} for t, s, o in rules.facts(text, lang) if t == "RIVAL_OF"]
    assert rival in pairs
    assert not_rival not in pairs


def test_an_apposition_without_a_second_predicate_keeps_its_group_as_subject(rules) -> None:
    text = "Los Ñandúes trabajan con Los Lobos, una banda aliada de Los Choneros."
    pairs = [{s, o} for t, s, o in rules.facts(text, "es") if t == "ALLIED_WITH"]
    assert {"Los Lobos", "Los Choneros"} in pairs
