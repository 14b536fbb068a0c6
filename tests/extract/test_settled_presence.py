"""Presence told as where a group or its members settled ("se asentaron en", "se instalaram no"),
an adverb between the verb and the place ("se asentaron luego en", "se instalaram depois no");
beside each, a group that only plans to settle there."""

from __future__ import annotations

import pytest

SETTLED = [
    (
        "es",
        "La banda Los Garzas Rojas surgió en una cárcel venezolana. Sus integrantes se asentaron luego en Colombia.",
        ("Los Garzas Rojas", "Colombia"),
    ),
    (
        "es",
        "La banda Los Garzas Rojas se asentó en Colombia hace cinco años.",
        ("Los Garzas Rojas", "Colombia"),
    ),
    (
        "pt",
        "A facção Garça Vermelha surgiu numa prisão venezuelana. Seus integrantes se instalaram depois no Brasil.",
        ("Garça Vermelha", "Brazil"),
    ),
    ("pt", "A facção Garça Vermelha se fixou no Paraguai em 2019.", ("Garça Vermelha", "Paraguay")),
    (
        "en",
        "The Red Heron gang began in a Venezuelan prison. Its members later settled in Colombia.",
        ("Red Heron", "Colombia"),
    ),
]

PLANNED = [
    (
        "es",
        "La banda Los Garzas Rojas planea asentarse en Colombia, según la Policía.",
        ("Los Garzas Rojas", "Colombia"),
    ),
    (
        "pt",
        "A facção Garça Vermelha não se instalou no Paraguai, segundo a polícia.",
        ("Garça Vermelha", "Paraguay"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "pair"), SETTLED)
def test_where_a_group_settled_it_operates(rules, lang: str, text: str, pair: tuple[str, str]) -> None:
    assert pair in rules.related("OPERATES_IN", text, lang)


@pytest.mark.parametrize(("lang", "text", "pair"), PLANNED)
def test_a_planned_or_denied_settling_places_nothing(
    rules, lang: str, text: str, pair: tuple[str, str]
) -> None:
    assert pair not in rules.related("OPERATES_IN", text, lang)
