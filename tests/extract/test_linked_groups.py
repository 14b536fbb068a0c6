"""A group described as linked to a named one ("a quadrilha, ligada ao CV", "la célula, vinculada
al Tren de Aragua") is another group: whoever runs it does not lead the named one."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "gang"),
    [
        (
            "pt",
            "Segundo a PF, a quadrilha, ligada ao Comando Vermelho, era chefiada por Valdir Souto Mendes.",
            "Comando Vermelho",
        ),
        (
            "es",
            "La célula, vinculada al Tren de Aragua, era liderada por Yeferson Parra Loaiza.",
            "Tren de Aragua",
        ),
        ("en", "The cell, linked to the Sinaloa Cartel, was run by Omar Quintero Ledesma.", "Sinaloa Cartel"),
        (
            "es",
            "El Tren de Aragua opera en Chile. La banda, vinculada al Cartel de Sinaloa, era liderada por Yeferson Parra Loaiza.",
            "Cartel de Sinaloa",
        ),
    ],
)
def test_who_runs_a_linked_group_does_not_lead_the_group_it_is_linked_to(
    ex, lang: str, text: str, gang: str
) -> None:
    assert not any(group == gang for _, group in ex.leads(text, lang))


@pytest.mark.parametrize(
    ("lang", "text", "leader", "gang"),
    [
        (
            "es",
            "Los Ñandúes, vinculados al Tren de Aragua, son liderados por Yeferson Parra Loaiza.",
            "Yeferson Parra Loaiza",
            "Los Ñandúes",
        ),
        (
            "en",
            "Los Ñandúes, a gang linked to Tren de Aragua, is led by Yeferson Parra Loaiza.",
            "Yeferson Parra Loaiza",
            "Los Ñandúes",
        ),
        (
            "pt",
            "O Comando Vermelho, ligado à Família do Norte no passado, é chefiado por Valdir Souto Mendes.",
            "Valdir Souto Mendes",
            "Comando Vermelho",
        ),
        (
            "pt",
            "O Comando Vermelho atua no Amazonas. A facção é chefiada por Valdir Souto Mendes.",
            "Valdir Souto Mendes",
            "Comando Vermelho",
        ),
    ],
)
def test_a_named_group_with_a_partner_is_still_led_by_its_boss(
    ex, lang: str, text: str, leader: str, gang: str
) -> None:
    assert (leader, gang) in ex.leads(text, lang)
