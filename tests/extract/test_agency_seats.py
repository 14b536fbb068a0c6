"""Where an agency the text names without its country belongs: a phrase fronting its sentence
("En Uruguay, el Ministerio del Interior ..."), a word only one country's bodies bear ("Sheriff"),
or nowhere when it is an international body ("la Oficina de la ONU", "a multinational mission")."""

from __future__ import annotations

import pytest


def bases(extractor, text: str, lang: str) -> set[tuple[str, str]]:
    return {(a, b) for t, a, b in extractor.facts(text, lang) if t == "BASED_IN"}


@pytest.mark.parametrize(
    ("lang", "text", "agency", "country"),
    [
        (
            "es",
            "CARACAS (Venezuela) - La banda Los Grises fue acusada por el crimen. Venezuela rechazó la "
            "acusación. En Uruguay, el Ministerio del Interior entregó un pasaporte al sospechoso.",
            "Ministerio del Interior",
            "Uruguay",
        ),
        (
            "pt",
            "CARACAS (Venezuela) - A quadrilha Los Grises foi acusada pelo crime. A Venezuela rejeitou a "
            "acusação. No Uruguai, o Ministério do Interior entregou um passaporte ao suspeito.",
            "Ministério do Interior",
            "Uruguay",
        ),
        (
            "en",
            "CARACAS, Venezuela - The Los Grises gang was blamed for the killing. Venezuela rejected the "
            "charge. In Uruguay, the Interior Ministry issued a passport to the suspect.",
            "Interior Ministry",
            "Uruguay",
        ),
    ],
)
def test_a_fronted_country_seats_the_agency_acting_after_it(rules, lang, text, agency, country) -> None:
    found = bases(rules, text, lang)
    assert (agency, country) in found
    assert (agency, "Venezuela") not in found


def test_an_agency_after_a_fronted_time_takes_the_story_s_country(rules) -> None:
    text = (
        "CARACAS (Venezuela) - La banda Los Grises fue acusada por el crimen en Venezuela. En 2021, el "
        "Ministerio del Interior entregó un pasaporte al sospechoso."
    )
    assert ("Ministerio del Interior", "Venezuela") in bases(rules, text, "es")


def test_a_sheriff_s_office_is_american_wherever_the_story_is(rules) -> None:
    text = (
        "MEXICO CITY - Mexican soldiers raided a lab of the Harbor Cartel in Sinaloa, Mexico. The cartel "
        "sells pills in Arizona, said a deputy with the Pima County Sheriff's Department. The Federal "
        "Police of Mexico and the National Guard took part."
    )
    found = bases(rules, text, "en")
    assert ("Pima County Sheriff's Department", "United States") in found
    assert ("National Guard", "Mexico") in found


@pytest.mark.parametrize(
    ("lang", "text", "agency"),
    [
        (
            "es",
            "BOGOTÁ (Colombia) - La banda Los Grises desplazó a miles de familias en Colombia. Agentes de "
            "Ameripol detuvieron a dos miembros de la banda.",
            "Ameripol",
        ),
        (
            "en",
            "PORT-AU-PRINCE, Haiti - The Grey Dogs gang attacked a school in Haiti. Officers of the "
            "Multinational Police Force arrested two members of the gang.",
            "Multinational Police Force",
        ),
        (
            "es",
            "PUERTO PRÍNCIPE (Haití) - La banda Los Grises atacó una escuela en Haití. Agentes de la Fuerza "
            "Multinacional de Policía detuvieron a dos miembros de la banda.",
            "Fuerza Multinacional",
        ),
    ],
)
def test_an_international_body_has_no_home_country(rules, lang, text, agency) -> None:
    assert agency in {n for _, n in rules.nodes(text, lang)}
    assert not {c for a, c in bases(rules, text, lang) if a == agency}


def test_an_office_of_the_un_is_no_agency(rules) -> None:
    text = (
        "BOGOTÁ (Colombia) - La banda Los Grises desplazó a miles de familias en Colombia, según la "
        "Oficina de la ONU para Asuntos Humanitarios."
    )
    assert not {n for t, n in rules.nodes(text, "es") if t == "Agency"}


@pytest.mark.parametrize(
    ("lang", "text", "agency", "home"),
    [
        (
            "en",
            "The Red Hawks gang was born in Spain and grew in Spain. In Montenegro, officers of the Harbour "
            "Directorate, acting on orders, arrested five suspects in Budva.",
            "Harbour Directorate",
            "Spain",
        ),
        (
            "es",
            "La banda Los Halcones Rojos nació en Argentina y creció en Argentina. En Paraguay, agentes de la "
            "Dirección de Investigaciones Especiales, por orden de un juez, detuvieron a cinco sospechosos.",
            "Dirección de Investigaciones Especiales",
            "Argentina",
        ),
        (
            "pt",
            "A facção Tropa Vermelha nasceu no Brasil e cresceu no Brasil. No Paraguai, agentes do "
            "Departamento de Operações Especiais, por ordem de um juiz, prenderam cinco suspeitos.",
            "Departamento de Operações Especiais",
            "Brazil",
        ),
    ],
)
def test_a_fronted_country_seats_the_agency_whose_officers_act(rules, lang, text, agency, home) -> None:
    found = bases(rules, text, lang)
    fronted = "Montenegro" if lang == "en" else "Paraguay"
    assert (agency, fronted) in found
    assert (agency, home) not in found


@pytest.mark.parametrize(
    ("lang", "text", "agency"),
    [
        (
            "en",
            "In Montenegro, relatives of the victims accused the Border Directorate of delays.",
            "Border Directorate",
        ),
        (
            "es",
            "En Paraguay, familiares de las víctimas acusaron a la Dirección de Fronteras Terrestres de demoras.",
            "Dirección de Fronteras Terrestres",
        ),
        (
            "pt",
            "No Paraguai, parentes das vítimas acusaram o Departamento de Fronteiras Terrestres de demora.",
            "Departamento de Fronteiras Terrestres",
        ),
    ],
)
def test_people_other_than_its_officers_do_not_seat_the_agency_in_the_fronted_country(
    rules, lang, text, agency
) -> None:
    country = "Montenegro" if lang == "en" else "Paraguay"
    prefix = {
        "en": "The Red Hawks gang was born in Spain and grew in Spain. ",
        "es": "La banda Los Halcones Rojos nació en Argentina y creció en Argentina. ",
        "pt": "A facção Tropa Vermelha nasceu no Brasil e cresceu no Brasil. ",
    }[lang]
    assert (agency, country) not in bases(rules, prefix + text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "agency", "fronted"),
    [
        (
            "en",
            "The Red Hawks gang was born in Spain. In Montenegro, officers of the Harbour Directorate, acting "
            "on the orders of the Special Prosecutor's Office, arrested five suspects in Budva.",
            "Special Prosecutor's Office",
            "Montenegro",
        ),
        (
            "es",
            "La banda Los Halcones Rojos nació en Argentina. En Paraguay, agentes de la Dirección de "
            "Investigaciones Especiales, por orden de la Unidad Fiscal Especializada, detuvieron a cinco sospechosos.",
            "Unidad Fiscal Especializada",
            "Paraguay",
        ),
    ],
)
def test_a_fronted_country_seats_the_other_bodies_of_its_clause(rules, lang, text, agency, fronted) -> None:
    assert (agency, fronted) in bases(rules, text, lang)


def test_a_body_after_another_country_is_not_seated_by_the_fronted_one(rules) -> None:
    text = (
        "The Red Hawks gang was born in Spain. In Montenegro, the Harbour Directorate arrested five "
        "suspects, while in Italy the Organized Crime Directorate raided ten homes."
    )
    assert ("Organized Crime Directorate", "Montenegro") not in bases(rules, text, "en")


def test_a_fronted_country_seats_no_international_body(rules) -> None:
    text = (
        "The Red Hawks gang was born in Spain. In Colombia, the Harbour Directorate arrested Juan Perez, a "
        "gang member wanted on an Interpol red notice."
    )
    assert not any(agency == "Interpol" for agency, _ in bases(rules, text, "en"))
