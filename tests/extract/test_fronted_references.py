"""A group description after a fronted phrase ("En Colombia, la organización ...", "Since 2019,
the gang ...", "No Peru, o grupo ...") refers, as one opening its sentence does, to the one group
the sentence before named, not to the article's main group."""

from __future__ import annotations

import pytest

MAIN = {
    "es": "La banda Los Tejones controla el puerto del Callao. La banda Los Tejones nació en Perú. ",
    "pt": "A facção Bonde dos Lobos controla o porto de Santos. A facção Bonde dos Lobos nasceu em Manaus. ",
    "en": "The Tejones gang controls the port of Callao. The Tejones gang was founded in Peru. ",
}


def presence(rules, text: str, lang: str) -> set[tuple[str, str]]:
    return {(a, b) for t, a, b in rules.facts(text, lang) if t == "OPERATES_IN"}


@pytest.mark.parametrize(
    ("lang", "text", "group", "main"),
    [
        (
            "es",
            "La banda Los Malvones surgió en Ecuador. Desde 2019, la organización opera también en Chile.",
            "Los Malvones",
            "Los Tejones",
        ),
        (
            "pt",
            "A facção Tropa do Vale nasceu no Pará. Desde 2019, o grupo atua também no Paraguai.",
            "Tropa do Vale",
            "Bonde dos Lobos",
        ),
        (
            "en",
            "The Malvones gang emerged in Ecuador. Since 2019, the gang also operates in Chile.",
            "Malvones",
            "Tejones",
        ),
    ],
)
def test_a_description_after_a_fronted_phrase_is_the_group_named_just_before(
    rules, lang: str, text: str, group: str, main: str
) -> None:
    found = presence(rules, MAIN[lang] + text, lang)
    place = "Paraguay" if lang == "pt" else "Chile"
    assert (group, place) in found
    assert (main, place) not in found


def test_two_groups_before_leave_the_description_to_the_main_group(rules) -> None:
    text = MAIN["es"] + (
        "La banda Los Malvones y la banda Los Pardos surgieron en Ecuador. "
        "Desde 2019, la organización opera también en Bolivia."
    )
    found = presence(rules, text, "es")
    assert ("Los Malvones", "Bolivia") not in found
    assert ("Los Pardos", "Bolivia") not in found


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("The Malvones gang emerged in Ecuador. Since 2019, the gang has attacked prisons.", "Since 2019"),
        # a capitalized phrase before the group word still names the group
        ("Police say Red Viper, the gang that controls the port, attacked a prison.", "Red Viper"),
    ],
)
def test_a_fronted_date_is_no_group_named_by_the_apposition(rules, text: str, group: str) -> None:
    groups = {name for kind, name in rules.nodes(text, "en") if kind == "Gang"}
    assert (group in groups) == (group != "Since 2019")
