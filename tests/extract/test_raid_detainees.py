"""A raid's agencies and the arrests told after it with no agent of their own, each with a negative
beside it (the paragraph that opens on the operation: test_raid_sequels.py).

- a raid reaches its detainees past a short aside that tells no arrest ("Segundo a PF, o grupo ..."),
  not past a longer one;
- a raid made the arrest told in the passive with no agency in the sentence right after it ("DEA agents
  raided six homes. X was taken into custody"), not one told so in another paragraph;
- the operation retold with its name set off by commas ("El operativo, denominado "X", fue ejecutado
  por ...") names the agent of the arrest told before it; one that only praised it does not;
- detainees listed by an agency ("Entre los detenidos está X, informó la PNP") with no operation told
  before are its own arrests; after an operation, the teller takes none (nor one that only says more
  of them, "Los capturados pertenecen a G, informó la Fiscalía": test_arrests.py).
"""

from __future__ import annotations

import pytest

from tests.extract.conftest import Extractor

SEQUEL = {
    "pt": (
        "A Polícia Federal deflagrou nesta quinta-feira a Operação Timbó contra o Comando Vermelho em Rondônia. "
        "Foram cumpridos 15 mandados em Porto Velho e Ji-Paraná.\n\n",
        "Segundo a PF, o grupo trazia cocaína da Bolívia. Os carregamentos cruzavam a fronteira em caminhonetes.\n\n",
        'Entre os presos está Júlio Fontes, o "Barão", apontado como chefe do Comando Vermelho em Rondônia.',
        ("Júlio Fontes", "Polícia Federal"),
    ),
    "es": (
        "La Policía Nacional del Perú realizó este martes la Operación Cóndor contra el Tren de Aragua en Lima. "
        "Se allanaron 20 inmuebles en cuatro distritos.\n\n",
        "Según la PNP, la organización cobraba cupos a mototaxistas. Las víctimas eran amenazadas por teléfono."
        "\n\n",
        'Entre los detenidos figura Elmer Huamaní, alias "Zancudo", cabecilla del Tren de Aragua en Carabayllo.',
        ("Elmer Huamaní", "Policía Nacional del Perú"),
    ),
    "en": (
        "Agents of the Drug Enforcement Administration raided a dozen homes in Houston on Tuesday.\n\n",
        "According to the DEA, the gang moved fentanyl from Mexico. Its couriers used rental cars.\n\n",
        "Among those arrested was Harold Vance, the alleged leader of the Latin Kings in Texas.",
        ("Harold Vance", "Drug Enforcement Administration"),
    ),
}


@pytest.mark.parametrize("lang", sorted(SEQUEL))
def test_a_raid_reaches_its_detainees_past_a_paragraph_that_tells_no_arrest(
    rules: Extractor, lang: str
) -> None:
    raid, aside, detainees, fact = SEQUEL[lang]
    assert fact in rules.arrests(raid + aside + detainees, lang)


@pytest.mark.parametrize("lang", sorted(SEQUEL))
def test_a_raid_does_not_reach_detainees_told_after_a_longer_aside(rules: Extractor, lang: str) -> None:
    raid, aside, detainees, fact = SEQUEL[lang]
    assert fact not in rules.arrests(raid + aside + aside + detainees, lang)


NEXT = {
    "en": (
        "DEA agents raided six homes in El Paso on Tuesday.",
        "Harold Vance, the alleged leader of Barrio Azteca, was taken into custody.",
        ("Harold Vance", "Drug Enforcement Administration"),
    ),
    "pt": (
        "A Polícia Civil cumpriu 30 mandados contra o Primeiro Comando da Capital em Campinas.",
        "Júlio Fontes, apontado como chefe do grupo na região, foi preso em casa.",
        ("Júlio Fontes", "Polícia Civil"),
    ),
    "es": (
        "Agentes de la Policía Federal Argentina allanaron 12 domicilios en Córdoba.",
        'Lautaro Giménez, alias "Chivo", jefe de Los Tordos, fue detenido en su casa.',
        ("Lautaro Giménez", "Policía Federal Argentina"),
    ),
}


@pytest.mark.parametrize("lang", sorted(NEXT))
def test_a_raid_made_the_passive_arrest_told_right_after_it(rules: Extractor, lang: str) -> None:
    raid, arrest, fact = NEXT[lang]
    assert fact in rules.arrests(f"{raid} {arrest}", lang)


@pytest.mark.parametrize("lang", sorted(NEXT))
def test_a_raid_did_not_make_a_passive_arrest_told_in_another_paragraph(rules: Extractor, lang: str) -> None:
    raid, arrest, fact = NEXT[lang]
    assert fact not in rules.arrests(f"{raid}\n\n{arrest}", lang)


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "es",
            'Julián Ortega, alias "el Güero", jefe de Los Zorros, fue capturado el martes en Lima. El operativo, '
            'denominado "Cerrojo", fue ejecutado por policías de la Dirincri de Piura.',
            ("Julián Ortega", "Dirincri"),
        ),
        (
            "pt",
            'Júlio Fontes, o "Barão", chefe do Comando Vermelho no Pará, foi preso nesta terça. A operação, '
            "batizada de Maré Alta, foi realizada pela Polícia Federal.",
            ("Júlio Fontes", "Polícia Federal"),
        ),
        (
            "en",
            "Harold Vance, the alleged leader of MS-13, was arrested on Tuesday in Houston. The operation, dubbed "
            "Sunset, was carried out by the FBI.",
            ("Harold Vance", "Federal Bureau of Investigation"),
        ),
    ],
)
def test_an_operation_retold_with_its_name_set_off_names_its_agent(
    rules: Extractor, lang: str, text: str, fact: tuple[str, str]
) -> None:
    assert fact in rules.arrests(text, lang)


def test_an_arrest_retold_as_praised_past_an_apposition_names_no_agent(rules: Extractor) -> None:
    text = (
        "Harold Vance, the alleged leader of MS-13, was arrested on Tuesday in Houston. The arrest, made at "
        "dawn, was praised by the FBI."
    )
    assert not rules.arrests(text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "es",
            "Las autoridades detuvieron a 14 personas en Lima este martes. Entre los detenidos está Elmer Huamaní, "
            'alias "Zancudo", cabecilla del Tren de Aragua en Carabayllo, informó la Policía Nacional del Perú.',
            ("Elmer Huamaní", "Policía Nacional del Perú"),
        ),
        (
            "pt",
            'Doze pessoas foram presas nesta terça-feira em Campinas. Entre os presos está Júlio Fontes, o "Barão", '
            "apontado como chefe do Primeiro Comando da Capital na região, informou a Polícia Civil.",
            ("Júlio Fontes", "Polícia Civil"),
        ),
        (
            "en",
            "Authorities in Costa Rica detained eleven people near the Nicaraguan border on Friday. Among those "
            "detained in Upala were members of MS-13, the Judicial Investigation Agency said.",
            ("Mara Salvatrucha", "Judicial Investigation Agency"),
        ),
    ],
)
def test_detainees_told_by_an_agency_with_no_operation_before_are_its_own(
    rules: Extractor, lang: str, text: str, fact: tuple[str, str]
) -> None:
    assert fact in rules.arrests(text, lang)


def test_detainees_of_an_operation_told_by_another_agency_are_the_operations(rules: Extractor) -> None:
    text = (
        "Agentes de la Policía Federal Argentina allanaron 12 domicilios en Córdoba este martes. Entre los "
        'detenidos está Lautaro Giménez, alias "Chivo", jefe de Los Tordos, informó el Ministerio de Seguridad.'
    )
    assert not any(b == "Ministerio de Seguridad" for _, b in rules.arrests(text, "es"))
