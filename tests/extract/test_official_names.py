"""Official agency names that hold an article after a link, a number sign or an ordinal, and
offices of an international body (no country's agency), in English, Spanish and Portuguese."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "agency"),
    [
        (
            "pt",
            "Ele foi preso pela Força Especial de Luta Contra o Contrabando em Corumbá, "
            "segundo a Polícia Federal.",
            "Força Especial de Luta Contra o Contrabando",
        ),
        (
            "es",
            "El Tribunal Oral en lo Criminal Federal N° 2 de Santa Fe condenó a Juan Pérez, jefe de la banda Los Zorros.",
            "Tribunal Oral en lo Criminal Federal N° 2 de Santa Fe",
        ),
        (
            "es",
            "El Juzgado de Garantías Nº 4 de Lomas de Zamora ordenó detener a dos miembros de Los Zorros.",
            "Juzgado de Garantías Nº 4 de Lomas de Zamora",
        ),
        (
            "pt",
            "A defesa vai recorrer ao Tribunal Regional Federal da 5ª Região contra a condenação.",
            "Tribunal Regional Federal da 5ª Região",
        ),
        (
            "en",
            "The Court of Appeals for the 9th Circuit upheld the sentence of a Sinaloa Cartel leader.",
            "Court of Appeals for the 9th Circuit",
        ),
        (
            "en",
            "The 2nd Circuit Court of Appeals ruled against the Sinaloa Cartel.",
            "2nd Circuit Court of Appeals",
        ),
        (
            "es",
            "La Dirección de Investigación Criminal y Apoyo a la Justicia capturó a un jefe del Tren de Aragua.",
            "Dirección de Investigación Criminal y Apoyo a la Justicia",
        ),
        (
            "es",
            "La Fiscalía para la Investigación de Delitos de Narcotráfico acusó a la MS-13.",
            "Fiscalía para la Investigación de Delitos de Narcotráfico",
        ),
        (
            "pt",
            "O Departamento Estadual de Investigações sobre Entorpecentes prendeu dois membros do PCC.",
            "Departamento Estadual de Investigações sobre Entorpecentes",
        ),
        (
            "pt",
            "A 5ª Delegacia Seccional de Santos prendeu o chefe do PCC.",
            "5ª Delegacia Seccional de Santos",
        ),
        (
            "pt",
            "A Delegacia de Repressão às Ações Criminosas Organizadas prendeu dois membros do PCC.",
            "Delegacia de Repressão às Ações Criminosas Organizadas",
        ),
    ],
)
def test_numbered_and_linked_names(ex, lang: str, text: str, agency: str) -> None:
    assert ("Agency", agency) in ex.nodes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "cut"),
    [
        # a year after a number-like word is no number sign's: the name ends before it
        (
            "es",
            "El Juzgado Federal de Salta no ordenó nada en 2019 contra Los Zorros.",
            "Juzgado Federal de Salta",
        ),
        # an article after a link opens no name when no capitalized word follows it
        ("pt", "A Polícia Federal agiu contra o tráfico no Paraná.", "Polícia Federal"),
        # an article after a name opens no link to the next one ("... e as Forças Armadas")
        ("pt", "A Polícia Federal e as Forças Armadas prenderam dois membros do PCC.", "Polícia Federal"),
        # the personal "a" before a person after the agency joins no name
        (
            "es",
            "Este lunes capturó la Policía Nacional a Juan Pérez, jefe de Los Zorros.",
            "Policía Nacional",
        ),
        # a plain number after a name is no part of it without a number sign
        ("en", "The Supreme Court 3 years ago heard the case of a Gulf Cartel leader.", "Supreme Court"),
    ],
)
def test_names_end_without_a_sign(ex, lang: str, text: str, cut: str) -> None:
    agencies = {name for type_, name in ex.nodes(text, lang) if type_ == "Agency"}
    assert cut in agencies


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            "La crisis es grave en Colombia, según la Oficina de la ONU para la Coordinación de Asuntos Humanitarios.",
        ),
        ("en", "The UN Office for Project Services said Colombia needs help."),
    ],
)
def test_an_office_of_the_un_the_gazetteer_does_not_know_is_no_agency(rules, lang: str, text: str) -> None:
    assert not {n for kind, n in rules.nodes(text, lang) if kind == "Agency"}


def test_the_un_crime_office_the_gazetteer_knows_stays(rules) -> None:
    text = "La Oficina de las Naciones Unidas contra la Droga y el Delito (UNODC) estudia a las FARC en Colombia."
    assert ("Agency", "Oficina de las Naciones Unidas contra la Droga y el Delito") in rules.nodes(text, "es")


def test_a_country_agency_keeps_its_country(rules) -> None:
    facts = rules.facts("La Policía Nacional de Colombia capturó a un jefe del Clan del Golfo.", "es")
    assert ("BASED_IN", "Policía Nacional de Colombia", "Colombia") in facts


@pytest.mark.parametrize(
    ("text", "agency", "country"),
    [
        (
            "Five men were handed over to the Fiscalía General de la República (FGR), Mexico's federal prosecutor.",
            "Fiscalía General de la República",
            "Mexico",
        ),
        ("Brazil's Polícia Federal said the PCC moved cocaine through Santos.", "Polícia Federal", "Brazil"),
    ],
)
def test_english_news_keeps_an_agency_s_spanish_or_portuguese_name(
    rules, text: str, agency: str, country: str
) -> None:
    assert ("BASED_IN", agency, country) in rules.facts(text, "en")


def test_a_lower_case_foreign_word_in_english_names_no_agency(rules) -> None:
    # "policía" in lower case is a common noun, as "police" is
    nodes = rules.nodes("The word policía appears in the Sinaloa Cartel's messages to its members.", "en")
    assert not {n for kind, n in nodes if kind == "Agency"}
