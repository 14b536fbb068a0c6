"""A raid's agencies reach the next paragraph when it opens on the operation ("El operativo permitió
la captura de ...", "A ação resultou na prisão de ..."), not a paragraph that tells something else."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "pair"),
    [
        (
            "es",
            "En 2021, la Policía Nacional del Perú lanzó la Operación Tormenta contra la banda Los Tejones del "
            "Norte en Trujillo.\n\nEl operativo permitió la captura de 30 integrantes, entre ellos Ramiro Fuentes "
            'Paz, alias "Chato", líder de la banda.',
            ("Ramiro Fuentes Paz", "Policía Nacional del Perú"),
        ),
        (
            "pt",
            "Em 2021, a Polícia Federal deflagrou a Operação Tempestade contra a facção Bonde dos Tejos em "
            "Manaus.\n\nA ação resultou na prisão de 30 integrantes, entre eles Carlos Souza Lima, o Bigode, chefe "
            "da facção.",
            ("Carlos Souza Lima", "Polícia Federal"),
        ),
    ],
)
def test_a_paragraph_opening_on_the_raid_tells_its_arrests(
    rules, lang: str, text: str, pair: tuple[str, str]
) -> None:
    assert pair in rules.arrests(text, lang)


def test_a_paragraph_on_something_else_takes_no_raid(rules) -> None:
    text = (
        "En 2021, la Policía Nacional del Perú lanzó la Operación Tormenta contra la banda Los Tejones del Norte "
        'en Trujillo.\n\nEn 2023, Ramiro Fuentes Paz, alias "Chato", líder de Los Tejones del Norte, fue '
        "capturado en Ecuador."
    )
    assert ("Ramiro Fuentes Paz", "Policía Nacional del Perú") not in rules.arrests(text, "es")
