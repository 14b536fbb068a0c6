"""Official agency names joined by prepositions and titles' offices, in English, Spanish and Portuguese."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "agency"),
    [
        (
            "pt",
            "Agentes da Delegacia de Repressão a Entorpecentes prenderam três integrantes do Comando Vermelho.",
            "Delegacia de Repressão a Entorpecentes",
        ),
        (
            "pt",
            "A Coordenação de Combate ao Crime Organizado prendeu dois membros do PCC.",
            "Coordenação de Combate ao Crime Organizado",
        ),
        (
            "en",
            "The U.S. Attorney's Office for the Southern District of Texas charged the Gulf Cartel leaders.",
            "U.S. Attorney's Office for the Southern District of Texas",
        ),
        (
            "en",
            "The Sheriff's Office of Harris County arrested two members of MS-13.",
            "Sheriff's Office of Harris County",
        ),
        (
            "es",
            "Agentes de la Brigada Provincial de Información de Sevilla detuvieron a miembros de los Latin Kings.",
            "Brigada Provincial de Información de Sevilla",
        ),
    ],
)
def test_full_agency_names(ex, lang: str, text: str, agency: str) -> None:
    assert ("Agency", agency) in ex.nodes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "wrong"),
    [
        ("pt", "A Polícia Civil entregou os presos a Moro.", "Polícia Civil a Moro"),
        ("es", "La Policía Nacional entregó a Pérez a la Fiscalía.", "Policía Nacional a Pérez"),
        (
            "en",
            "The FBI asked for the Sinaloa Cartel files.",
            "Federal Bureau of Investigation for the Sinaloa Cartel",
        ),
    ],
)
def test_a_preposition_before_a_person_ends_the_name(ex, lang: str, text: str, wrong: str) -> None:
    assert ("Agency", wrong) not in ex.nodes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "country"),
    [
        ("es", "Servando Gómez fue capturado por la Policía Federal en Morelia, México.", "Mexico"),
        ("pt", "Marcola foi transferido pela Polícia Federal para Brasília.", "Brazil"),
        ("en", "The Brazilian Policia Federal arrested two PCC members in Santos.", "Brazil"),
    ],
)
def test_the_same_agency_words_spelt_in_another_language_are_another_agency(
    ex, lang: str, text: str, country: str
) -> None:
    based = {(s, o) for t, s, o in ex.facts(text, lang) if t == "BASED_IN"}
    assert {o for _, o in based} == {country}


@pytest.mark.parametrize(
    ("text", "agency", "country"),
    [
        (
            "The operation was coordinated by the Palermo prosecutor's office.",
            "Palermo prosecutor's office",
            "Italy",
        ),
        (
            "Two MS-13 members were detained by the Houston police on Friday.",
            "Houston police",
            "United States",
        ),
    ],
)
def test_a_city_before_a_lower_case_head_names_an_agency(ex, text: str, agency: str, country: str) -> None:
    assert ("BASED_IN", agency, country) in ex.facts(text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "agency", "country"),
    [
        ("en", "Mexican police arrested two Sinaloa Cartel members.", "Mexican police", "Mexico"),
        ("es", "La policía paraguaya detuvo a dos miembros del PCC.", "policía paraguaya", "Paraguay"),
        ("pt", "A polícia boliviana prendeu dois membros do PCC.", "polícia boliviana", "Bolivia"),
        # demonyms whose base ends in a consonant or in "ão" take their feminine too
        ("es", "La policía española detuvo a dos miembros del PCC.", "policía española", "Spain"),
        ("pt", "A polícia espanhola prendeu dois membros do PCC.", "polícia espanhola", "Spain"),
        ("pt", "A polícia alemã prendeu dois membros do PCC.", "polícia alemã", "Germany"),
    ],
)
def test_a_nationality_names_a_lower_case_force(ex, lang: str, text: str, agency: str, country: str) -> None:
    facts = ex.facts(text, lang)
    assert ("BASED_IN", agency, country) in facts
    assert any(t == "ARRESTED_BY" and target == agency for t, _, target in facts)


@pytest.mark.parametrize(
    ("lang", "text", "named"),
    [
        (
            "es",
            "La policía paraguaya detuvo a miembros del PCC. La Policía Nacional del Paraguay informó.",
            "Policía Nacional del Paraguay",
        ),
        # a force known by an English name first, and a capitalized force word before the adjective
        (
            "es",
            "La Policía Nacional del Ecuador detuvo a miembros de Los Lobos. Según la policía ecuatoriana, operan en Perú.",
            "Policía Nacional del Ecuador",
        ),
        (
            "es",
            "La Policía Nacional del Ecuador detuvo a miembros de Los Lobos. Según la Policía ecuatoriana, operan en Perú.",
            "Policía Nacional del Ecuador",
        ),
    ],
)
def test_a_lower_case_force_is_the_named_force_of_its_country(ex, lang: str, text: str, named: str) -> None:
    agencies = {name for t, name in ex.nodes(text, lang) if t == "Agency"}
    assert agencies == {named}


@pytest.mark.parametrize(
    "text",
    [
        # another country's force stays apart
        "La Policía Nacional de Colombia detuvo a miembros de Los Lobos. Según la Policía ecuatoriana, operan en Perú.",
        # a regional police of the same country is not the country's force
        "La Policía ecuatoriana y la Policía Judicial de Guayaquil detuvieron a miembros de Los Lobos.",
        # "Nacional" is no nationality: every country has one
        "La Policía Nacional del Ecuador detuvo a miembros de Los Lobos. La Policía Nacional de Colombia informó.",
    ],
)
def test_a_force_of_another_country_stays_apart(ex, text: str) -> None:
    assert len({name for t, name in ex.nodes(text, "es") if t == "Agency"}) == 2


def test_a_country_before_another_name_of_a_known_agency_adds_nothing(ex) -> None:
    text = "The U.S. Treasury Department sanctioned the Sinaloa Cartel. The U.S. Treasury said it launders money."
    assert len({name for t, name in ex.nodes(text, "en") if t == "Agency"}) == 1
    other = "The Colombian Army and the Mexican Army trained together."
    assert {name for t, name in ex.nodes(other, "en") if t == "Agency"} == {"Colombian Army", "Mexican Army"}


def test_specialized_offices_keep_their_whole_name(ex) -> None:
    text = (
        "La Fiscalía Especializada en Delitos Ambientales y el Departamento de Lucha Contra el "
        "Narcotráfico investigan al Clan del Golfo."
    )
    agencies = {name for t, name in ex.nodes(text, "es") if t == "Agency"}
    assert agencies == {
        "Fiscalía Especializada en Delitos Ambientales",
        "Departamento de Lucha Contra el Narcotráfico",
    }


def test_officers_of_a_listed_force_name_the_force(ex) -> None:
    text = "O chefe do Comando Vermelho, Paulo Souza Neto, foi preso por policiais militares na Lagoa."
    assert ("ARRESTED_BY", "Paulo Souza Neto", "Polícia Militar") in ex.facts(text, "pt")


@pytest.mark.parametrize(
    ("lang", "text", "agency", "country"),
    [
        (
            "es",
            "Efectivos del Ejército ecuatoriano capturaron a un cabecilla de Los Lobos.",
            "Ejército ecuatoriano",
            "Ecuador",
        ),
        (
            "pt",
            "O Exército brasileiro prendeu dois integrantes do PCC na fronteira.",
            "Exército brasileiro",
            "Brazil",
        ),
    ],
)
def test_a_lower_case_nationality_after_the_name_is_part_of_it(ex, lang, text, agency, country):
    facts = ex.facts(text, lang)
    assert ("BASED_IN", agency, country) in facts
    assert any(t == "ARRESTED_BY" and b == agency for t, _, b in facts)


@pytest.mark.parametrize(
    ("lang", "text", "agency"),
    [
        (
            "es",
            "El Instituto Nacional de Migración detuvo a un cabecilla de la MS-13 en Chiapas.",
            "Instituto Nacional de Migración",
        ),
        (
            "pt",
            "O Serviço Nacional de Investigação Criminal prendeu um chefe do PCC em Maputo.",
            "Serviço Nacional de Investigação Criminal",
        ),
        ("en", "Colombia's army arrested a boss of the Clan del Golfo.", "Colombia's army"),
        ("en", "A search dog found him, according to Mexico's navy.", "Secretaría de Marina"),
    ],
)
def test_institutes_services_and_a_countrys_force(ex, lang, text, agency):
    assert ("Agency", agency) in ex.nodes(text, lang)


def test_a_countrys_force_in_apposition_describes_the_agency_before_it(ex):
    text = "The arrest was carried out by the Carabinieri, Italy's military police force."
    assert {n for t, n in ex.nodes(text, "en") if t == "Agency"} == {"Carabinieri"}


def test_an_acronym_written_as_a_word_names_the_agency_again(ex):
    text = (
        "O Departamento Penitenciário Nacional (Depen) transferiu um chefe do PCC. "
        "Segundo o Depen, ele segue isolado."
    )
    [node] = [n for n in ex.run(text, "pt").graph.nodes() if n.type == "Agency"]
    assert (node.name, "Depen" in node.aliases, len(node.evidence)) == (
        "Departamento Penitenciário Nacional",
        True,
        2,
    )
    # a place in parentheses is no acronym
    text = "La Policía Nacional (Perú) capturó a un cabecilla de Los Pulpos."
    assert {n for t, n in ex.nodes(text, "es") if t == "Agency"} == {"Policía Nacional"}


def test_an_apposition_gives_the_agency_its_country(ex):
    text = (
        "Um chefe do PCC foi preso em Maputo por agentes do Serviço Nacional de Investigação Criminal "
        "(Sernic), a polícia de investigação moçambicana."
    )
    assert ("BASED_IN", "Serviço Nacional de Investigação Criminal", "Mozambique") in ex.facts(text, "pt")


def test_a_second_of_phrase_after_a_nickname_is_another_person(rules):
    text = "El decreto llega tras la fuga de alias Fito y de un cabecilla de Los Lobos."
    assert not [f for f in rules.facts(text, "es") if f[0] == "LEADS"]


def test_a_bare_police_word_joins_the_one_police_once_its_variants_have_merged(ex):
    text = (
        "Seis pandilleros fueron trasladados a la estación de la Policía. "
        "Luego la Policía Nacional Civil de San Miguel informó la fuga. "
        "La Policía Nacional Civil recapturó a dos miembros del Barrio 18."
    )
    agencies = {n for t, n in ex.nodes(text, "es") if t == "Agency"}
    assert agencies == {"Policía Nacional Civil"}


def test_an_office_named_after_the_state_it_serves(ex):
    text = "A Procuradoria da República em São Paulo denunciou 12 integrantes do PCC."
    assert ("Agency", "Procuradoria da República em São Paulo") in ex.nodes(text, "pt")
    # a force acting in a state is not named after it
    text = "A Polícia Federal em São Paulo prendeu 12 integrantes do PCC."
    assert ("Agency", "Polícia Federal") in ex.nodes(text, "pt")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ana Ruiz, director of the PNP's Office Against Human Trafficking, praised the operation."),
        ("es", "La Dirección Antidrogas de la Policía Nacional detuvo a dos integrantes del Tren de Aragua."),
        ("pt", "O Departamento de Narcóticos da Polícia Civil prendeu dois integrantes do PCC."),
        (
            "es",
            "Lo detuvo la Agencia de Investigación Criminal (AIC) de la Fiscalía General de la República.",
        ),
    ],
)
def test_a_bodys_own_unit_is_not_its_partner(ex, lang, text):
    assert not [f for f in ex.facts(text, lang) if f[0] == "COOPERATES_WITH"]


def test_two_bodies_named_side_by_side_may_be_partners(ex):
    text = "La Dirección Antidrogas y la Policía Nacional realizaron un operativo conjunto en Lima."
    assert [f for f in ex.facts(text, "es") if f[0] == "COOPERATES_WITH"]


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "es",
            "La Sijín capturó a cuatro integrantes de Los Rastrojos en Palmira.",
            ("BASED_IN", "Sijín", "Colombia"),
        ),
        (
            "es",
            "Efectivos de la Dirandro detuvieron a dos miembros del Tren de Aragua.",
            ("BASED_IN", "Dirandro", "Peru"),
        ),
        (
            "es",
            "La FELCC aprehendió a tres miembros del PCC en Santa Cruz.",
            ("ARRESTED_BY", "Primeiro Comando da Capital", "FELCC"),
        ),
        (
            "pt",
            "Agentes do Denarc prenderam integrantes do PCC na zona leste.",
            ("BASED_IN", "Denarc", "Brazil"),
        ),
        ("pt", "O Gaeco denunciou 20 membros do Comando Vermelho.", ("BASED_IN", "Gaeco", "Brazil")),
    ],
)
def test_well_known_units_are_known_in_either_case(
    ex, lang: str, text: str, fact: tuple[str, str, str]
) -> None:
    assert fact in ex.facts(text, lang)


def test_a_generic_unit_name_is_not_one_countrys_unit(ex) -> None:
    text = "Agentes de la Dirección de Investigación Criminal (DIC) capturaron a dos miembros de la MS-13."
    assert not {f for f in ex.facts(text, "es") if f[0] == "BASED_IN" and f[2] == "Peru"}


@pytest.mark.parametrize(
    ("lang", "text", "army", "ministry", "arrest"),
    [
        (
            "en",
            "Soldiers of the Mexican Army arrested two members of the Sinaloa Cartel in Culiacán, Mexico's "
            "Defense Ministry said.",
            "Mexican Army",
            "Mexico's Defense Ministry",
            ("Sinaloa Cartel", "Mexican Army"),
        ),
        (
            "es",
            "Elementos del Ejército Mexicano detuvieron a dos integrantes del Cártel de Sinaloa en Culiacán, "
            "informó la Secretaría de la Defensa Nacional.",
            "Ejército Mexicano",
            "Secretaría de la Defensa Nacional",
            ("Cártel de Sinaloa", "Ejército Mexicano"),
        ),
    ],
)
def test_the_army_and_the_ministry_over_it_are_two_agencies(
    ex, lang: str, text: str, army: str, ministry: str, arrest: tuple[str, str]
) -> None:
    """The ministry that speaks for the army is another body: only the army arrested."""
    assert {name for kind, name in ex.nodes(text, lang) if kind == "Agency"} == {army, ministry}
    assert ex.arrests(text, lang) == {arrest}


@pytest.mark.parametrize(
    ("lang", "text", "agency"),
    [
        (
            "pt",
            "O homem foi localizado pela Força Especial de Luta Contra o Contrabando (FELCO) na fronteira.",
            "Força Especial de Luta Contra o Contrabando",
        ),
        (
            "en",
            "He was found by the Office Against the Smuggling of Migrants in Lima.",
            "Office Against the Smuggling of Migrants",
        ),
    ],
)
def test_an_article_after_against_stays_in_the_name(ex, lang: str, text: str, agency: str) -> None:
    assert [name for kind, name in ex.nodes(text, lang) if kind == "Agency"] == [agency]


def test_against_a_named_gang_ends_the_agency_name(ex) -> None:
    text = "A Polícia Federal deflagrou uma ofensiva contra o Comando Vermelho no Rio de Janeiro."
    assert [name for kind, name in ex.nodes(text, "pt") if kind == "Agency"] == ["Polícia Federal"]
