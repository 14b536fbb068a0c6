"""A denying verb whose "that" opens the clause of a fact: "As autoridades negam que o PCC tenha
presença em Portugal", "El ministro negó que el G tenga presencia en España", "The minister denied
that G has a presence in Spain" tell no presence (nor an alliance or an arrest). Beside each, the
same clause reported, not denied, keeps its fact."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

DENIED = [
    (
        "pt",
        "As autoridades brasileiras negam que o PCC tenha presença na Argentina.",
        "Primeiro Comando da Capital",
        "Argentina",
    ),
    (
        "es",
        "El ministro negó que el Tren de Aragua tenga presencia en Argentina.",
        "Tren de Aragua",
        "Argentina",
    ),
    (
        "en",
        "The minister denied that Tren de Aragua has a presence in Argentina.",
        "Tren de Aragua",
        "Argentina",
    ),
]
REPORTED = [
    (
        "pt",
        "As autoridades brasileiras dizem que o PCC tem presença na Argentina.",
        "Primeiro Comando da Capital",
        "Argentina",
    ),
    (
        "es",
        "El ministro dijo que el Tren de Aragua tiene presencia en Argentina.",
        "Tren de Aragua",
        "Argentina",
    ),
    (
        "en",
        "The minister said that Tren de Aragua has a presence in Argentina.",
        "Tren de Aragua",
        "Argentina",
    ),
]


@pytest.mark.parametrize(("lang", "text", "group", "country"), DENIED)
def test_denied_presence_is_no_fact(rules: Extractor, lang: str, text: str, group: str, country: str) -> None:
    assert (group, country) not in rules.related("OPERATES_IN", text, lang)


@pytest.mark.parametrize(("lang", "text", "group", "country"), REPORTED)
def test_reported_presence_is_a_fact(
    rules: Extractor, lang: str, text: str, group: str, country: str
) -> None:
    assert (group, country) in rules.related("OPERATES_IN", text, lang)


def test_denied_alliance_is_no_fact(rules: Extractor) -> None:
    text = "O delegado negou que o Comando Vermelho tenha se aliado ao Terceiro Comando Puro."
    assert frozenset({"Comando Vermelho", "Terceiro Comando Puro"}) not in rules.pairs(
        text, "pt", "ALLIED_WITH"
    )


def test_denial_of_another_clause_leaves_the_fact(rules: Extractor) -> None:
    # the denied clause ends at the comma; the presence is told after it
    text = "O governo nega que haja falhas na fronteira, mas o PCC tem presença na Argentina."
    assert ("Primeiro Comando da Capital", "Argentina") in rules.related("OPERATES_IN", text, "pt")
