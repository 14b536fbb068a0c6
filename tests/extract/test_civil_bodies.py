"""Think tanks, forums, institutes, observatories and foundations that study crime are no
groups, even where an apposition calls them an organization, in English, Spanish and Portuguese."""

from __future__ import annotations

import pytest


def groups(rules, text: str, lang: str) -> set[str]:
    return {name for kind, name in rules.nodes(text, lang) if kind in ("Gang", "Faction")}


@pytest.mark.parametrize(
    ("lang", "text", "body"),
    [
        (
            "pt",
            '"A fronteira é estratégica", diz Paulo Lima, do Instituto Fronteiriço de Segurança Pública, '
            "organização que monitora a violência na região.",
            "Instituto Fronteiriço de Segurança Pública",
        ),
        (
            "pt",
            "O Fórum Serrano de Segurança, uma organização que estuda as facções, contou 40 mortes.",
            "Fórum Serrano de Segurança",
        ),
        (
            "es",
            "Según el Observatorio Andino del Delito, una organización que estudia el conflicto, hubo 30 muertos.",
            "Observatorio Andino del Delito",
        ),
        (
            "en",
            "Ana Cruz works at the Andean Institute for Security Studies, an organization that tracks the cartels.",
            "Andean Institute for Security Studies",
        ),
    ],
)
def test_a_civil_body_is_no_group(rules, lang: str, text: str, body: str) -> None:
    assert not any(body in name or name in body for name in groups(rules, text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        # the same apposition after a name no civil body's word heads still tells a group
        (
            "pt",
            "A Tropa do Vale Seco, organização que domina os rios da região, atacou uma balsa.",
            "Tropa do Vale Seco",
        ),
        (
            "es",
            "Según el Clan Rivera, una organización que estudia el conflicto, hubo 30 muertos.",
            "Clan Rivera",
        ),
    ],
)
def test_the_same_apposition_still_tells_a_group(rules, lang: str, text: str, group: str) -> None:
    assert group in groups(rules, text, lang)
