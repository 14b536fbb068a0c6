"""Origin told as a group set up or started out somewhere ("was set up in", "started out in") or
its origin ("con origen en", "com origem no"); a checkpoint or a shop set up is none."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        ("en", "The Iron Fist gang was set up in Honduras in 1993.", ("Iron Fist", "Honduras")),
        (
            "en",
            "The Iron Fist gang, which started out in Honduras, now operates in Guatemala.",
            ("Iron Fist", "Honduras"),
        ),
        (
            "es",
            "La banda Los Tiburones, con origen en Honduras, opera en Guatemala.",
            ("Los Tiburones", "Honduras"),
        ),
        (
            "pt",
            "A facção Comando Litoral, com origem no Paraguai, atua no Brasil.",
            ("Comando Litoral", "Paraguay"),
        ),
    ],
)
def test_a_group_set_up_or_started_in_a_country_originated_there(rules, lang, text, fact) -> None:
    assert fact in rules.related("ORIGINATED_IN", text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Iron Fist gang set up shop in Guatemala."),
        ("en", "Police set up checkpoints in Honduras to stop the Iron Fist gang."),
        ("pt", "A facção Comando Litoral apareceu no noticiário em 2019, no Paraguai."),
    ],
)
def test_other_things_set_up_are_no_origin(rules, lang, text) -> None:
    assert not rules.related("ORIGINATED_IN", text, lang)
