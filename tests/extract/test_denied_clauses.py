"""A presence or an origin told inside a clause a verb denies ("denied that G has a presence in",
"negó que G tenga presencia en", "negou que G atue no", "descartó que G haya nacido en") is no
fact; beside each, the same verb before a clause about something else, or a "but" that ends it."""

from __future__ import annotations

import pytest

DENIED = [
    (
        "en",
        "Argentina's security minister denied that Tren de Aragua has a presence in Uruguay.",
        ("OPERATES_IN", "Tren de Aragua", "Uruguay"),
    ),
    (
        "en",
        "The minister dismissed claims that Tren de Aragua operates in Uruguay.",
        ("OPERATES_IN", "Tren de Aragua", "Uruguay"),
    ),
    (
        "es",
        "El ministro de Seguridad negó que el Tren de Aragua tenga presencia en Uruguay.",
        ("OPERATES_IN", "Tren de Aragua", "Uruguay"),
    ),
    (
        "pt",
        "O ministro negou que o Comando Vermelho tenha presença no Uruguai.",
        ("OPERATES_IN", "Comando Vermelho", "Uruguay"),
    ),
    (
        "es",
        "El fiscal descartó que el Tren de Aragua haya nacido en Colombia.",
        ("ORIGINATED_IN", "Tren de Aragua", "Colombia"),
    ),
]

KEPT = [
    (
        "en",
        "The minister denied the report but said Tren de Aragua operates in Chile.",
        ("OPERATES_IN", "Tren de Aragua", "Chile"),
    ),
    (
        "es",
        "El ministro negó que haya un pacto y dijo que el Tren de Aragua opera en Chile.",
        ("OPERATES_IN", "Tren de Aragua", "Chile"),
    ),
    (
        "pt",
        "O ministro negou a denúncia, mas disse que o Comando Vermelho atua no Paraguai.",
        ("OPERATES_IN", "Comando Vermelho", "Paraguay"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "fact"), DENIED)
def test_a_denied_clause_states_nothing(ex, lang: str, text: str, fact: tuple[str, str, str]) -> None:
    assert fact not in ex.facts(text, lang)


@pytest.mark.parametrize(("lang", "text", "fact"), KEPT)
def test_a_denial_of_something_else_leaves_the_fact(
    ex, lang: str, text: str, fact: tuple[str, str, str]
) -> None:
    assert fact in ex.facts(text, lang)
