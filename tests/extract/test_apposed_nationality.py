"""A nationality in an apposition with a definite article ("X, la organización boliviana que
...", "X, the Honduran group that ...") is X's origin when no name follows the nationality;
"A, la banda peruana B" gives it to B."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "es",
            "Detuvieron a tres integrantes de la banda Los Tiburones, la organización hondureña que provee la droga.",
            ("Los Tiburones", "Honduras"),
        ),
        (
            "es",
            'Detuvieron a tres integrantes de "Los Tiburones", la organización hondureña que provee la droga.',
            ("Los Tiburones", "Honduras"),
        ),
        (
            "en",
            "The Iron Fist gang, the Honduran group that controls the port, operates in Guatemala.",
            ("Iron Fist", "Honduras"),
        ),
        (
            "pt",
            "Os compradores eram da facção Comando Litoral, a organização paraguaia que domina a fronteira.",
            ("Comando Litoral", "Paraguay"),
        ),
    ],
)
def test_a_nationality_closing_the_apposition_is_the_groups(rules, lang, text, fact) -> None:
    assert fact in rules.related("ORIGINATED_IN", text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        (
            "es",
            "La banda Los Tiburones, la banda hondureña Los Halcones y el Cártel del Valle Verde operan en Guatemala.",
            "Los Tiburones",
        ),
        (
            "en",
            "The Iron Fist gang, the Honduran gang Black Wolves and the Red Jaguar cartel operate in Guatemala.",
            "Iron Fist",
        ),
    ],
)
def test_a_nationality_before_another_name_is_not_the_first_groups(rules, lang, text, group) -> None:
    assert not {(a, b) for a, b in rules.related("ORIGINATED_IN", text, lang) if a == group}


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "es",
            "La banda Los Tiburones se alió con el Cártel del Valle Verde (CVV) mexicano.",
            ("Cártel del Valle Verde", "Mexico"),
        ),
        (
            "es",
            "La banda Los Tiburones se alió con el Cártel del Valle Verde mexicano.",
            ("Cártel del Valle Verde", "Mexico"),
        ),
        ("pt", "A facção Comando Litoral paraguaia atua no Brasil.", ("Comando Litoral", "Paraguay")),
    ],
)
def test_a_singular_nationality_after_the_name_is_the_groups(rules, lang, text, fact) -> None:
    assert fact in rules.related("ORIGINATED_IN", text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Detuvieron a tres integrantes del Cártel del Valle Verde hondureños."),
        ("es", "El jefe del Cártel del Valle Verde, mexicano de 40 años, fue detenido."),
        # the nationality agrees with the cell the group is named after
        ("es", "Una célula del Cártel del Valle Verde chilena fue desarticulada en Santiago."),
        ("pt", "A célula do Comando Litoral paraguaia foi desmantelada."),
    ],
)
def test_the_members_or_a_persons_nationality_after_the_name_is_not_the_groups(rules, lang, text) -> None:
    assert not rules.related("ORIGINATED_IN", text, lang)
