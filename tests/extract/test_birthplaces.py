"""Origin told from the place called a group's birthplace ("Honduras, cuna de la banda X", "O
Paraguai, berço da facção X", "the birthplace of X"); never a place that is the birthplace of
someone or something else the group is named with."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "en",
            "Honduras, the birthplace of the Iron Fist gang, has extradited its leaders.",
            ("Iron Fist", "Honduras"),
        ),
        ("en", "Honduras is the birthplace of the Iron Fist gang.", ("Iron Fist", "Honduras")),
        (
            "es",
            "Honduras, cuna de la banda Los Tiburones, extraditó a sus líderes.",
            ("Los Tiburones", "Honduras"),
        ),
        (
            "es",
            "La cárcel de Monte Alto, cuna de la banda Los Tiburones, fue intervenida.",
            ("Los Tiburones", "Monte Alto"),
        ),
        (
            "pt",
            "O Paraguai, berço da facção Comando Litoral, extraditou seus líderes.",
            ("Comando Litoral", "Paraguay"),
        ),
    ],
)
def test_a_place_called_a_groups_birthplace_is_its_origin(rules, lang, text, fact) -> None:
    assert fact in rules.related("ORIGINATED_IN", text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Honduras, the birthplace of the leader of the Iron Fist gang, extradited him."),
        ("es", "Honduras no es la cuna de la banda Los Tiburones."),
        ("pt", "O Paraguai extraditou o chefe da facção Comando Litoral, berço de outras facções."),
    ],
)
def test_a_birthplace_of_someone_else_is_no_origin(rules, lang, text) -> None:
    assert not rules.related("ORIGINATED_IN", text, lang)
