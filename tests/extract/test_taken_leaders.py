"""An arrest whose object is a group's unnamed leader ("arrested the alleged leader of G") announces
the person the next sentence opens on by full name."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "leader", "group", "agency"),
    [
        (
            "en",
            "Honduran police on Tuesday arrested the alleged leader of the Red Foxes gang in Choluteca. Oscar "
            'Membreño Díaz, 38, known as "El Zorro", was detained at a ranch by the Honduran National Police.',
            "Oscar Membreño Díaz",
            "Red Foxes",
            "Honduran National Police",
        ),
        (
            "es",
            "La Policía Nacional del Perú capturó al presunto cabecilla de la banda Los Tejones del Norte en "
            "Tumbes. Ramiro Fuentes Paz, de 41 años, fue intervenido en una vivienda por agentes de la Policía "
            "Nacional del Perú.",
            "Ramiro Fuentes Paz",
            "Los Tejones del Norte",
            "Policía Nacional del Perú",
        ),
        (
            "pt",
            "A Polícia Federal prendeu o suposto chefe da facção Bonde dos Tejos em Manaus. Carlos Souza Lima, de "
            "45 anos, foi preso em casa pela Polícia Federal.",
            "Carlos Souza Lima",
            "Bonde dos Tejos",
            "Polícia Federal",
        ),
    ],
)
def test_the_leader_arrested_is_named_next(
    rules, lang: str, text: str, leader: str, group: str, agency: str
) -> None:
    assert (leader, group) in rules.leads(text, lang)
    assert (leader, agency) in rules.arrests(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Honduran police on Tuesday arrested the lawyer of the leader of the Red Foxes gang in Choluteca. "
            "Oscar Membreño Díaz, 38, was detained at a ranch.",
        ),
        (
            "en",
            "Honduran police on Tuesday arrested the alleged leader of the Red Foxes gang in Choluteca. Oscar "
            "Membreño Díaz, the city's prosecutor, said the arrest followed a long investigation.",
        ),
    ],
)
def test_someone_else_named_next_is_no_leader(rules, lang: str, text: str) -> None:
    assert not rules.leads(text, lang)
