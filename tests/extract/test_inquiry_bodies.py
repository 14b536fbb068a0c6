"""The head of a team, task force or unit that looks into a group is no leader of the group; the
head of one of the group's own units, beside it, is."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor


@pytest.mark.parametrize(
    ("lang", "text", "person", "group"),
    [
        (
            "es",
            "Ana Gutiérrez, jefa del equipo que investiga al Tren de Aragua, declaró a la prensa.",
            "Ana Gutiérrez",
            "Tren de Aragua",
        ),
        (
            "en",
            "Helen Carter, the head of the task force investigating Tren de Aragua, spoke to reporters.",
            "Helen Carter",
            "Tren de Aragua",
        ),
        (
            "pt",
            "Paula Reis, chefe da equipe que investiga o Comando Vermelho, deu entrevista.",
            "Paula Reis",
            "Comando Vermelho",
        ),
    ],
)
def test_the_head_of_a_body_looking_into_a_group_leads_none_of_it(
    rules: Extractor, lang: str, text: str, person: str, group: str
) -> None:
    assert (person, group) not in rules.leads(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "person", "group"),
    [
        (
            "es",
            "Raúl Ferro, jefe de la célula del Tren de Aragua que opera en Lima, fue capturado.",
            "Raúl Ferro",
            "Tren de Aragua",
        ),
        (
            "en",
            "Dave Lott, head of an MS-13 clique that operated in Virginia, was convicted.",
            "Dave Lott",
            "Mara Salvatrucha",
        ),
        (
            "pt",
            "Otto Lins, chefe da célula do Comando Vermelho que atua em Niterói, foi preso.",
            "Otto Lins",
            "Comando Vermelho",
        ),
    ],
)
def test_the_head_of_a_groups_own_unit_still_leads_it(
    rules: Extractor, lang: str, text: str, person: str, group: str
) -> None:
    assert (person, group) in rules.leads(text, lang)
