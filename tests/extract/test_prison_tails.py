"""A prison's name may follow its security level ("Centro Penitenciario de Máxima Seguridad El
Encino", "la cárcel de máxima seguridad El Encino") and end in its unit's number ("Centro de
Privación de Libertad Manabí N.° 2"); a level followed by "de" and a town is read as before."""

from __future__ import annotations

import pytest


def prisons(rules, text: str, lang: str) -> set[str]:
    return {name for type_, name in rules.nodes(text, lang) if type_ == "Prison"}


@pytest.mark.parametrize(
    ("lang", "text", "prison"),
    [
        (
            "es",
            "El INP anunció que 40 cabecillas serán trasladados al Centro Penitenciario de Máxima "
            "Seguridad El Roble, en Ilama.",
            "Centro Penitenciario de Máxima Seguridad El Roble",
        ),
        (
            "es",
            "Los 40 cabecillas serán trasladados a la cárcel de máxima seguridad El Encino.",
            "El Encino",
        ),
        (
            "es",
            "Un juez dictó prisión preventiva para los 13 detenidos, que serán trasladados al Centro de "
            "Privación de Libertad Manabí N.° 2.",
            "Centro de Privación de Libertad Manabí N.° 2",
        ),
        (
            "pt",
            "Os presos foram levados para o Centro de Detenção Provisória Vale Verde nº 3, em Goiás.",
            "Centro de Detenção Provisória Vale Verde nº 3",
        ),
    ],
)
def test_prison_name_after_level_and_with_number(rules, lang: str, text: str, prison: str) -> None:
    assert prison in prisons(rules, text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "prison", "cut"),
    [
        (  # "de" and a town after the level: the town names the prison
            "es",
            "El penal de máxima seguridad de Tocorón fue intervenido por la Guardia Nacional.",
            "Tocorón",
            "Penal de máxima seguridad",
        ),
        (  # a number that counts something else stays out of the name
            "es",
            "En el Centro de Privación de Libertad Manabí no 3 sino 5 reos murieron.",
            "Centro de Privación de Libertad Manabí",
            "Centro de Privación de Libertad Manabí no 3",
        ),
    ],
)
def test_prison_name_keeps_its_bounds(rules, lang: str, text: str, prison: str, cut: str) -> None:
    found = prisons(rules, text, lang)
    assert prison in found and cut not in found
