"""Entity patterns in English, Spanish and Portuguese, on texts written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.lang import detect_language


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # gazetteer: known groups by name, alias and acronym, in any language
        (
            "en",
            "Members of MS-13 and of the PCC were deported.",
            {("Gang", "Mara Salvatrucha"), ("Gang", "Primeiro Comando da Capital")},
        ),
        (
            "es",
            "El CJNG y el Cártel de Sinaloa pelean por Zacatecas.",
            {("Gang", "Jalisco New Generation Cartel"), ("Gang", "Cártel de Sinaloa")},
        ),
        # "the X gang", "X cartel", "X, a criminal organization"
        ("en", "Police arrested two members of the Los Pumas gang in a raid.", {("Gang", "Los Pumas")}),
        ("en", "The Garza cartel moves cocaine through the port.", {("Gang", "Garza cartel")}),
        (
            "en",
            "Officials said Black Hand, a criminal organization, runs the market.",
            {("Gang", "Black Hand")},
        ),
        # "la banda / el cártel de / la organización criminal X"
        ("es", "La banda Los Malditos extorsiona a comerciantes.", {("Gang", "Los Malditos")}),
        ("es", "El cártel de Los Tuxpeños controla el puerto.", {("Gang", "Cártel de Los Tuxpeños")}),
        ("es", "La organización criminal Los Rojos recluta jóvenes.", {("Gang", "Los Rojos")}),
        # "a facção X", "o grupo criminoso X"
        ("pt", "A facção Bonde do Maluco domina o bairro.", {("Gang", "Bonde do Maluco")}),
        (
            "pt",
            "O grupo criminoso Tropa do Castelar cobra taxas dos moradores.",
            {("Gang", "Tropa do Castelar")},
        ),
        # factions: "X faction", "a faction known as X", "la célula X", "X, brazo armado de ..."
        (
            "en",
            "The Lions faction of the Los Pumas gang controls extortion.",
            {("Faction", "Lions faction"), ("Gang", "Los Pumas")},
        ),
        ("en", 'Police targeted a cell of the gang known as "The Ravens".', {("Faction", "The Ravens")}),
        (
            "es",
            "La célula Los Zorros, brazo armado del Clan del Golfo, cobra extorsiones.",
            {("Faction", "Los Zorros"), ("Gang", "Clan del Golfo")},
        ),
        # prisons: "X prison", "cárcel de X", "la Penitenciaría del X", "presídio X"
        (
            "en",
            "Several inmates escaped from the Pavoncito prison last week.",
            {("Prison", "Pavoncito prison")},
        ),
        ("es", "El cabecilla huyó de la cárcel de La Esperanza.", {("Prison", "La Esperanza")}),
        (
            "es",
            "Los reos de la Penitenciaría del Pacífico protestaron.",
            {("Prison", "Penitenciaría del Pacífico")},
        ),
        ("pt", "Os presos foram levados para o presídio Vicente Piragibe.", {("Prison", "Vicente Piragibe")}),
        # agencies: gazetteer, nationality, "of Country", acronyms introduced in the text
        (
            "en",
            "The Colombian Army and the DEA seized a submarine.",
            {("Agency", "Colombian Army"), ("Agency", "Drug Enforcement Administration")},
        ),
        (
            "es",
            "La Policía Nacional del Perú capturó a diez personas.",
            {("Agency", "Policía Nacional del Perú")},
        ),
        (
            "es",
            "El Ministerio Público de Honduras (MPH) acusó a los detenidos.",
            {("Agency", "Ministerio Público de Honduras")},
        ),
        ("pt", "A Polícia Federal cumpriu mandados em São Paulo.", {("Agency", "Polícia Federal")}),
    ],
)
def test_entity_patterns(ex, lang, text, expected):
    found = {n for n in ex.nodes(text, lang) if n[0] != "Country"}
    assert expected <= found


def test_known_entities_are_named_as_the_text_names_them_with_the_gazetteer_forms_as_aliases(ex):
    node = next(
        n
        for n in ex.run("La Policía Nacional del Perú detuvo a diez personas.", "es").graph.nodes()
        if n.type == "Agency"
    )
    assert node.name == "Policía Nacional del Perú"
    assert {"Peruvian National Police", "PNP"} <= set(node.aliases)


def test_countries_in_three_languages_and_demonyms_point_to_countries(ex):
    text = "La banda venezolana Los Tigres opera en Perú, Brasil y Estados Unidos."
    assert {
        ("Country", "Venezuela"),
        ("Country", "Peru"),
        ("Country", "Brazil"),
        ("Country", "United States"),
    } <= ex.nodes(text, "es")


def test_an_acronym_introduced_in_parentheses_names_the_same_agency_later(ex):
    text = (
        "The Honduran Anti-Gang Directorate (DAGH) arrested five suspects. DAGH said more raids will follow."
    )
    agencies = [n for n in ex.run(text, "en").graph.nodes() if n.type == "Agency"]
    assert len(agencies) == 1
    assert "DAGH" in agencies[0].aliases


def test_a_leader_comes_with_aliases_from_nicknames(ex):
    text = (
        'The gang Los Pumas is led by its leader Mario Andrés Funes ("El Puma"), who was arrested in March.'
    )
    leaders = [n for n in ex.run(text, "en").graph.nodes() if n.type == "Leader"]
    assert [n.name for n in leaders] == ["Mario Andrés Funes"]
    assert "El Puma" in leaders[0].aliases


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # officials and analysts are not leaders
        ("en", "Analyst John Smith, an expert on the Los Pumas gang, said the group is growing."),
        ("en", "President Laura Gómez said the Los Pumas gang would be defeated."),
        ("es", "El fiscal Mario Carrera, jefe de la Fiscalía de Arica, acusó a la banda Los Malditos."),
        ("pt", "O delegado Paulo Souza, chefe da Polícia Civil, falou sobre a facção Bonde do Maluco."),
    ],
)
def test_officials_and_analysts_are_not_leaders(ex, lang, text):
    assert not {n for n in ex.nodes(text, lang) if n[0] == "Leader"}


@pytest.mark.parametrize(
    "text",
    [
        "Mexican cartels are shipping fentanyl into the United States.",  # plural, unnamed
        "Is The Government Ready To Fight Organized Crime In The Region?",  # a headline, not names
        "Police said the gang members fled to the mountains.",  # no name at all
    ],
)
def test_unnamed_groups_and_headlines_make_no_group(ex, text):
    assert not {n for n in ex.nodes(text, "en") if n[0] in ("Gang", "Faction", "Leader", "Agency")}


def test_latin_america_is_not_the_united_states(ex):
    assert ("Country", "United States") not in ex.nodes("Drug trafficking grows across Latin America.", "en")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The gang has expanded to several countries, and its leader was arrested.", "en"),
        ("La banda se expandió a varios países y su jefe fue detenido por la policía.", "es"),
        ("A facção se expandiu para vários países e o seu chefe foi preso pela polícia.", "pt"),
    ],
)
def test_language_detection(text, lang):
    assert detect_language(text) == lang
