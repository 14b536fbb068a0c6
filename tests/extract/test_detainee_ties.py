"""People arrested in one sentence whose group the next sentence tells ("They were identified as
members of G", "Todos trabajaban para G", "Segundo a PF, os dois são ligados ao G", "La institución
detalló que los capturados pertenecen a G"): the group was arrested by the agency of the sentence
before. Each beside a negative: a tie said of something else than the people arrested, or another
agency acting in the second sentence."""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

TIES = [
    (
        "en",
        "Peruvian National Police officers arrested two men in Trujillo on Tuesday. They were identified "
        "as members of Tren de Aragua.",
        ("Tren de Aragua", "Peruvian National Police"),
    ),
    (
        "en",
        "The Colombian National Police arrested six people in Turbo. Authorities said all six worked for "
        "the Clan del Golfo.",
        ("Clan del Golfo", "Colombian National Police"),
    ),
    (
        "es",
        "La Policía Nacional capturó a seis personas en Turbo. Según las autoridades, todos trabajaban "
        "para el Clan del Golfo.",
        ("Clan del Golfo", "Policía Nacional"),
    ),
    (
        "es",
        "La Policía Nacional Civil capturó a 30 pandilleros en San Miguel. La institución detalló que los "
        "capturados pertenecen a la Mara Salvatrucha.",
        ("Mara Salvatrucha", "Policía Nacional Civil"),
    ),
    (
        "es",
        "Agentes de la Policía Nacional detuvieron a tres hombres en Cali. Fueron identificados como "
        "integrantes de Los Gavilanes del Norte.",
        ("Los Gavilanes del Norte", "Policía Nacional"),
    ),
    (
        "pt",
        "Dois homens foram presos pela Polícia Federal em Corumbá. Eles são apontados como membros do PCC.",
        ("Primeiro Comando da Capital", "Polícia Federal"),
    ),
    (
        "pt",
        "A Polícia Civil prendeu quatro suspeitos em Belém. Segundo a polícia, todos são ligados ao "
        "Comando Vermelho.",
        ("Comando Vermelho", "Polícia Civil"),
    ),
]

NOT_TIES = [
    # the tie is said of the killings, not of the people arrested
    (
        "en",
        "The Colombian National Police arrested six people in Turbo. The killings were linked to the "
        "Clan del Golfo, officials said.",
        "Clan del Golfo",
    ),
    (
        "es",
        "La Policía Nacional capturó a seis personas en Turbo. Los crímenes están vinculados al Clan del "
        "Golfo, según las autoridades.",
        "Clan del Golfo",
    ),
    (
        "pt",
        "A Polícia Civil prendeu quatro suspeitos em Belém. Os ataques a ônibus são ligados ao Comando "
        "Vermelho.",
        "Comando Vermelho",
    ),
    # another agency acts in the second sentence: its charge is not the arrest
    (
        "es",
        'La Policía Nacional capturó a alias "Mono" en Cali. La Fiscalía lo acusa de pertenecer a Los '
        "Gavilanes del Norte y lo identificó como integrante de la banda.",
        "Los Gavilanes del Norte",
    ),
    (
        "en",
        "FBI agents arrested two men in Virginia. They are accused of killing a member of MS-13.",
        "MS-13",
    ),
]


@pytest.mark.parametrize(("lang", "text", "fact"), TIES)
def test_the_group_of_the_people_arrested_before(
    ex: Extractor, lang: str, text: str, fact: tuple[str, str]
) -> None:
    assert fact in ex.arrests(text, lang)


@pytest.mark.parametrize(("lang", "text", "group"), NOT_TIES)
def test_no_arrest_read_from_another_tie(ex: Extractor, lang: str, text: str, group: str) -> None:
    assert not {agency for g, agency in ex.arrests(text, lang) if g == group}


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian National Police officers arrested two men in Lima on Monday. In 2021, the Los Cuervos gang "
        "worked for the Tren de Aragua, police said.",
        "Peruvian National Police officers arrested two men in Lima on Monday. The killings of three traders "
        "were linked to the Tren de Aragua.",
    ],
)
def test_a_year_a_group_or_a_counted_object_is_no_detainee(rules, text: str) -> None:
    assert not any(f[0] == "ARRESTED_BY" and f[1] == "Tren de Aragua" for f in rules.facts(text, "en"))
