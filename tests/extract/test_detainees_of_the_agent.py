"""People arrested, told with the agency that arrested them, and the group they belong to or work
for ("os detidos pela Polícia Federal pertencem ao G", "Los detenidos por la Policía Nacional
trabajaban para G"): the agency's own name is no official arrested, so the group was hit. Beside
them, officials arrested for serving a group ("prendeu cinco policiais militares suspeitos de
trabalhar para o G") leave the group unhit."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

HIT = [
    (
        "pt",
        "Os detidos pela Polícia Federal em Ponta Porã pertencem ao PCC, informou a corporação.",
        ("Primeiro Comando da Capital", "Polícia Federal"),
    ),
    (
        "pt",
        "Os presos pela Polícia Civil em Santos trabalhavam para o PCC.",
        ("Primeiro Comando da Capital", "Polícia Civil"),
    ),
    (
        "es",
        "Los detenidos por la Policía Nacional en el cantón Durán trabajaban para Los Choneros.",
        ("Los Choneros", "Policía Nacional"),
    ),
]

SERVED = [
    (
        "pt",
        "A Polícia Federal prendeu cinco policiais militares suspeitos de trabalhar para o PCC.",
        "Primeiro Comando da Capital",
    ),
    (
        "es",
        "La Policía Nacional capturó a cinco policías acusados de trabajar para Los Choneros.",
        "Los Choneros",
    ),
]


@pytest.mark.parametrize(("lang", "text", "fact"), HIT)
def test_the_group_of_those_the_agency_arrested(
    ex: Extractor, lang: str, text: str, fact: tuple[str, str]
) -> None:
    assert fact in ex.arrests(text, lang)


@pytest.mark.parametrize(("lang", "text", "group"), SERVED)
def test_officials_arrested_leave_the_group_they_served(
    ex: Extractor, lang: str, text: str, group: str
) -> None:
    assert not {agency for g, agency in ex.arrests(text, lang) if g == group}
