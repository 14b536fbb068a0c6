"""An arrest told as a blow dealt to a group ("Policía Nacional asesta golpe al Tren de Aragua con la
captura de nueve integrantes", "asestó un golpe al G al detener a tres de sus operadores", "A PF deu
um duro golpe no PCC ao prender 11 integrantes"): the group was arrested by the agency. An infinitive
after "al" / "ao" tells the arrest made. Each beside a negative: officials arrested for a group, or
a blow dealt by another act than an arrest.
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

BLOWS = [
    (
        "es",
        "Policía Nacional asesta golpe al Tren de Aragua con la captura de nueve integrantes en Bogotá.",
        ("Tren de Aragua", "Policía Nacional"),
    ),
    (
        "es",
        "La Secretaría de Marina asestó un golpe al Cártel de Sinaloa al detener a tres de sus operadores en "
        "Mazatlán.",
        ("Cártel de Sinaloa", "Secretaría de Marina"),
    ),
    (
        "pt",
        "A Polícia Federal deu um duro golpe no PCC ao prender 11 integrantes da facção em Mato Grosso do Sul.",
        ("Primeiro Comando da Capital", "Polícia Federal"),
    ),
    (
        "en",
        "Police in Lima dealt a blow to Tren de Aragua with the arrest of 12 members, the Peruvian National "
        "Police said.",
        ("Tren de Aragua", "Peruvian National Police"),
    ),
]

NOT_BLOWS = [
    # officials arrested for serving the group, not its members
    (
        "es",
        "La Policía Nacional capturó a cinco policías que trabajaban para el Tren de Aragua en Bogotá.",
        "Tren de Aragua",
    ),
    (
        "pt",
        "A Polícia Federal prendeu três policiais militares que trabalhavam para o PCC.",
        "Primeiro Comando da Capital",
    ),
    # a blow dealt by a seizure, no arrest
    (
        "es",
        "La Policía Nacional asestó un golpe al Tren de Aragua al incautar dos toneladas de cocaína.",
        "Tren de Aragua",
    ),
]


@pytest.mark.parametrize(("lang", "text", "fact"), BLOWS)
def test_an_arrest_told_as_a_blow_to_the_group(
    ex: Extractor, lang: str, text: str, fact: tuple[str, str]
) -> None:
    assert fact in ex.arrests(text, lang)


@pytest.mark.parametrize(("lang", "text", "group"), NOT_BLOWS)
def test_no_arrest_of_a_group_without_its_people_taken(
    rules: Extractor, lang: str, text: str, group: str
) -> None:
    assert not {agency for g, agency in rules.arrests(text, lang) if g == group}
