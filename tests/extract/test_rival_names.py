"""A "Los X" name set against a group in a rivalry is a group's, in English, Spanish and
Portuguese; places, bodies of the state and names with no group on the other side are not."""

from __future__ import annotations

import pytest


def rivals(rules, text: str, lang: str) -> set[frozenset[str]]:
    return {frozenset((a, b)) for kind, a, b in rules.facts(text, lang) if kind == "RIVAL_OF"}


@pytest.mark.parametrize(
    ("lang", "text", "group", "rival"),
    [
        (
            "es",
            "Los Choneros mantienen una guerra con Los Quiroga por el control del puerto de Manta.",
            "Los Choneros",
            "Los Quiroga",
        ),
        (
            "es",
            "La disputa entre Los Lobos y Los Ferreira dejó 20 muertos en Guayaquil.",
            "Los Lobos",
            "Los Ferreira",
        ),
        (
            "es",
            "Los Choneros libraron una guerra sangrienta con la organización de Los Quiroga en Manta.",
            "Los Choneros",
            "Los Quiroga",
        ),
        (
            "en",
            "Los Choneros are at war with Los Quiroga over the port of Manta.",
            "Los Choneros",
            "Los Quiroga",
        ),
        (
            "pt",
            "O Comando Vermelho trava uma guerra com Os Ruivos pelo controle do morro.",
            "Comando Vermelho",
            "Os Ruivos",
        ),
    ],
)
def test_the_other_side_of_a_rivalry_is_a_group(rules, lang: str, text: str, group: str, rival: str) -> None:
    assert ("Gang", rival) in rules.nodes(text, lang)
    assert frozenset((group, rival)) in rivals(rules, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        # a place, a body of the state, and a family with no group against it
        ("es", "Los Choneros están en guerra con Los Ángeles, según la prensa local.", "Los Ángeles"),
        (
            "es",
            "El Tren de Aragua está en guerra con Las Fuerzas Armadas de Venezuela.",
            "Las Fuerzas Armadas",
        ),
        ("es", "La familia tiene una disputa con Los Quiroga por una herencia en Manta.", "Los Quiroga"),
    ],
)
def test_no_group_without_a_group_against_it(rules, lang: str, text: str, name: str) -> None:
    assert not any(kind == "Gang" and name in n for kind, n in rules.nodes(text, lang))
