"""A group named as the local partner of foreigners ("their main local partner was G", "su socio
local era G", "o parceiro local era G") is at home in the country the story happens in; a
partner word after the group ("G's local partners") says so of others, not of G."""

from __future__ import annotations

import pytest

STORY = {
    "en": "Brokers of the Kavac clan have bought cocaine in Ecuador for a decade, police in Guayaquil said. "
    "Ecuador's ports became the Kavac clan's gateway to Europe. ",
    "es": "Intermediarios del clan Kavac compran cocaína en Ecuador desde hace una década, dijo la policía en "
    "Guayaquil. Los puertos de Ecuador se convirtieron en la puerta del clan Kavac a Europa. ",
    "pt": "Intermediários do clã Kavac compram cocaína no Equador há uma década, disse a polícia em Guayaquil. "
    "Os portos do Equador viraram a porta do clã Kavac para a Europa. ",
}

LOCAL = [
    ("en", "Their main local partner was the Red Heron gang, a crew of dockworkers.", "Red Heron"),
    (
        "es",
        "Su principal socio local era la banda Los Garzas Rojas, un grupo de estibadores.",
        "Los Garzas Rojas",
    ),
    (
        "pt",
        "O principal parceiro local era a facção Garça Vermelha, um grupo de estivadores.",
        "Garça Vermelha",
    ),
]


@pytest.mark.parametrize(("lang", "sentence", "group"), LOCAL)
def test_a_local_partner_operates_where_the_story_happens(
    rules, lang: str, sentence: str, group: str
) -> None:
    assert (group, "Ecuador") in rules.related("OPERATES_IN", STORY[lang] + sentence, lang)


def test_a_partner_word_after_the_group_is_said_of_others(rules) -> None:
    text = (
        STORY["en"] + "The Red Heron gang and its local partners were named in a report published in Spain."
    )
    assert ("Red Heron", "Ecuador") not in rules.related("OPERATES_IN", text, "en")
