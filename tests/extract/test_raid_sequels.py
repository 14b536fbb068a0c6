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
        # a paragraph opening on what the operation yielded, and the detainees it goes on to name
        (
            "pt",
            "A Polícia Federal deflagrou nesta quarta-feira a Operação Tempestade contra a facção Bonde dos "
            "Tejos.\n\nAo todo, 14 pessoas foram presas. Entre os presos está Carlos Souza Lima, o Bigode, "
            "apontado como chefe da facção.",
            ("Carlos Souza Lima", "Polícia Federal"),
        ),
        (
            "es",
            "La Policía Nacional del Perú lanzó la Operación Tormenta contra la banda Los Tejones del Norte."
            '\n\nEn total, 14 personas fueron detenidas. Entre los detenidos está Ramiro Fuentes Paz, alias "Chato", '
            "cabecilla de la banda.",
            ("Ramiro Fuentes Paz", "Policía Nacional del Perú"),
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


def test_a_paragraph_opening_on_a_yield_long_after_the_raid_takes_none(rules) -> None:
    text = (
        "La Policía Nacional del Perú lanzó la Operación Tormenta contra la banda Los Tejones del Norte.\n\n"
        "La banda surgió en Trujillo.\n\nSe dedica a la extorsión.\n\nCobra cupos a mototaxistas.\n\n"
        'En total, Ramiro Fuentes Paz, alias "Chato", cabecilla de la banda, fue detenido tres veces en Ecuador.'
    )
    assert ("Ramiro Fuentes Paz", "Policía Nacional del Perú") not in rules.arrests(text, "es")
