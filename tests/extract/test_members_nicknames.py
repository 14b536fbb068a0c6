"""A nickname a person goes by among the members ("known inside the gang as "Loco"", "conocido
dentro de la pandilla como "Loco"", "conhecido dentro da facção como "Loco"") names no group; a
group called by a name after "known as the gang" still is one."""

from __future__ import annotations

import pytest


def groups(rules, text: str, lang: str) -> set[str]:
    return {name for type_, name in rules.nodes(text, lang) if type_ in ("Gang", "Faction")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", 'Tomas Varga Lind, 34, known inside the gang as "Loco", was convicted in March.'),
        ("es", 'Mario Pineda Soto, conocido dentro de la pandilla como "Loco", fue condenado en marzo.'),
        ("pt", 'Jonas Prado Leite, conhecido dentro da facção como "Loco", foi condenado em março.'),
    ],
)
def test_nickname_among_members_is_no_group(rules, lang: str, text: str) -> None:
    assert "Loco" not in groups(rules, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        (
            "es",
            "La policía detuvo a diez integrantes de una estructura conocida como la banda Los Halcones del Norte.",
            "Los Halcones del Norte",
        ),
        (
            "en",
            "Police arrested ten members of a group known as the gang Los Halcones, which operates in Texas.",
            "Los Halcones",
        ),
    ],
)
def test_group_named_after_known_as_is_kept(rules, lang: str, text: str, group: str) -> None:
    assert group in groups(rules, text, lang)
