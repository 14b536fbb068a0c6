"""Origin told in the sentence after the group's: "It was founded in 1993 in ...", a Spanish or
Portuguese sentence without a subject ("Nació en ...", "Foi fundada em ..."). The group is the one
that opens the sentence before; never a person, a group named only inside that sentence, or one
an agency acted on. Roots a group has in a country are its origin; roots it put down there are not."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "en",
            "The Iron Fist gang extorts bus drivers in Guatemala. It was founded in 1993 in Honduras.",
            ("Iron Fist", "Honduras"),
        ),
        (
            "es",
            "El Cártel del Valle Verde opera en Guatemala. Nació en Honduras a finales de los noventa.",
            ("Cártel del Valle Verde", "Honduras"),
        ),
        (
            "es",
            "El Cártel del Valle Verde opera en Guatemala. Fue fundado en 1993 en Honduras.",
            ("Cártel del Valle Verde", "Honduras"),
        ),
        (
            "pt",
            "A facção Comando Litoral domina o tráfico no Paraguai. Foi fundada em 1993 no Brasil.",
            ("Comando Litoral", "Brazil"),
        ),
    ],
)
def test_origin_in_the_next_sentence_is_the_opening_groups(rules, lang, text, fact) -> None:
    assert fact in rules.related("ORIGINATED_IN", text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a person is the subject before
        ("en", "The Iron Fist gang's leader was arrested in Guatemala. He was born in 1970 in Honduras."),
        ("es", "El jefe del Cártel del Valle Verde fue detenido en Guatemala. Nació en Honduras en 1970."),
        # a leader named in the sentence before: the birth is the person's
        ("es", "El Cártel del Valle Verde es liderado por Tomás Ibarra. Nació en Colombia en 1990."),
        # the group is only named inside the sentence before, not its subject
        (
            "en",
            "In Guatemala, police arrested members of the Iron Fist gang. It was founded in 1993 in Honduras.",
        ),
        (
            "pt",
            "Na cadeia, presos da facção Comando Litoral fizeram um motim. Foi fundada em 1993 no Brasil.",
        ),
    ],
)
def test_origin_in_the_next_sentence_needs_the_group_as_subject(rules, lang, text) -> None:
    assert not rules.related("ORIGINATED_IN", text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        ("en", "The Iron Fist gang has its roots in Honduras.", ("Iron Fist", "Honduras")),
        ("es", "La banda Los Tiburones tiene sus raíces en Guatemala.", ("Los Tiburones", "Guatemala")),
        ("pt", "A facção Comando Litoral tem raízes no Paraguai.", ("Comando Litoral", "Paraguay")),
    ],
)
def test_roots_in_a_country_are_the_groups_origin(rules, lang, text, fact) -> None:
    assert fact in rules.related("ORIGINATED_IN", text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Iron Fist gang put down roots in Guatemala."),
        ("es", "La banda Los Tiburones sentó raíces en Guatemala."),
        ("pt", "A facção Comando Litoral fincou raízes no Paraguai."),
    ],
)
def test_roots_put_down_in_a_country_are_no_origin(rules, lang, text) -> None:
    assert not rules.related("ORIGINATED_IN", text, lang)
