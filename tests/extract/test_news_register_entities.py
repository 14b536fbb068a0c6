"""Entities in the registers of Latin American police notes and dailies, on texts written for
these tests: a gang named after its group word and a plural article or quoted, a nickname before
a faction word, one-word forces and acronyms, prisons by kind or acronym, units in lower case."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        (
            "es",
            "La Policía detuvo a Iván Mora, presunto jefe de la banda de Los Tordos en Rosario.",
            "Los Tordos",
        ),
        ("es", "Fueron capturados diez integrantes de la organización criminal de Las Garzas.", "Las Garzas"),
        ("pt", "A Polícia Civil prendeu seis integrantes da quadrilha de Os Caranguejos.", "Os Caranguejos"),
    ],
)
def test_a_group_word_before_a_plural_article_names_the_group_by_its_own_name(ex, lang, text, group):
    groups = {name for kind, name in ex.nodes(text, lang) if kind == "Gang"}
    assert groups == {group}


def test_a_cartel_word_before_a_plural_article_stays_in_the_name(ex):
    groups = {name for kind, name in ex.nodes("El cártel de Los Tuxpeños controla el puerto.", "es")}
    assert "Cártel de Los Tuxpeños" in groups


def test_a_group_word_before_a_name_without_an_article_keeps_the_word(ex):
    text = "La Policía detuvo a diez integrantes de la banda del Chueco Ramírez."
    assert ("Gang", "Banda del Chueco Ramírez") in ex.nodes(text, "es")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "es",
            'La PNP capturó a 9 integrantes de Los Pulpos. Entre ellos figura alias "Rata Loca", brazo armado de la banda.',
        ),
        ("pt", 'A Polícia Civil prendeu Caio Dantas, vulgo "Tatu Bola", braço armado da facção Os Ferrões.'),
    ],
)
def test_a_nickname_before_a_faction_word_is_a_person_not_a_faction(ex, lang, text):
    assert not {name for kind, name in ex.nodes(text, lang) if kind == "Faction"}


def test_a_name_before_a_faction_word_still_names_a_faction(ex):
    text = "La PNP detuvo a integrantes de Los Halcones Negros, brazo armado de Los Pulpos."
    assert ("Faction", "Los Halcones Negros") in ex.nodes(text, "es")


@pytest.mark.parametrize(
    ("lang", "text", "agency"),
    [
        ("es", "Gendarmería informó que el recluso quedó aislado en su celda.", "Gendarmería"),
        ("es", "Carabineros y la Fiscalía allanaron la casa. Fiscalía pidió prisión preventiva.", "Fiscalía"),
        ("pt", "Exército ocupa o complexo dominado pela facção Os Ferrões.", "Exército"),
        ("es", "La Sedena y la Marina detuvieron a tres hombres en Culiacán.", "Marina"),
    ],
)
def test_a_one_word_force_opening_its_clause_is_an_agency(ex, lang, text, agency):
    assert ("Agency", agency) in ex.nodes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "Policía y ladrones es un juego de niños."),
        ("en", "Police said three men were held."),
        ("pt", "Polícia e ladrão é uma brincadeira antiga."),
        ("pt", "Polícia faz operação contra a facção Os Ferrões."),
    ],
)
def test_a_force_word_opening_a_sentence_without_a_verb_after_it_is_no_agency(ex, lang, text):
    assert not {name for kind, name in ex.nodes(text, lang) if kind == "Agency"}


@pytest.mark.parametrize(
    ("lang", "text", "prison"),
    [
        ("es", "Los Tejones operan desde la cárcel Regional de Guayaquil.", "Cárcel Regional de Guayaquil"),
        ("pt", "Os Caranguejos dominam o presídio Estadual de Joinville.", "Presídio Estadual de Joinville"),
    ],
)
def test_a_prison_word_before_a_kind_and_a_town_names_the_prison_with_both(ex, lang, text, prison):
    assert {name for kind, name in ex.nodes(text, lang) if kind == "Prison"} == {prison}


def test_a_prison_word_before_a_name_still_names_the_prison_by_it(ex):
    assert ("Prison", "Turi") in ex.nodes("Los Tejones operan desde la cárcel de Turi.", "es")


@pytest.mark.parametrize(
    ("text", "unit", "group"),
    [
        (
            "El Ejército abatió a alias Chucho, cabecilla del frente Aurelio Mesa de las disidencias de las FARC.",
            "Frente Aurelio Mesa",
            "Revolutionary Armed Forces of Colombia",
        ),
        (
            "Según el Ejército, el bloque Magdalena Medio del Clan del Golfo controla la zona.",
            "Bloque Magdalena Medio",
            "Clan del Golfo",
        ),
    ],
)
def test_a_lower_case_unit_word_before_a_name_and_a_group_names_a_faction(ex, text, unit, group):
    assert ("FACTION_OF", unit, group) in ex.facts(text, "es")


def test_a_lower_case_unit_word_names_no_faction_without_a_group_after_it(ex):
    text = "Los Choneros se pusieron al frente de la ruta. El frente Amplio ganó en Montevideo."
    assert not {name for kind, name in ex.nodes(text, "es") if kind == "Faction"}


@pytest.mark.parametrize(
    ("lang", "text", "acronym"),
    [
        ("pt", "O GAECO do MPSP denunciou 12 integrantes do PCC por lavagem de dinheiro.", "MPSP"),
        ("es", "Según la DIRCOTE de la PNP, la banda Los Tejones extorsionaba a transportistas.", "DIRCOTE"),
        ("es", "Según el GAULA del Ejército, la banda Los Tejones extorsionaba a ganaderos.", "GAULA"),
    ],
)
def test_an_acronym_joined_by_of_to_an_agency_is_an_agency(ex, lang, text, acronym):
    assert ("Agency", acronym) in ex.nodes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El informe PISA de la OCDE llegó tarde."),
        ("pt", "Integrantes do PCC e do CV foram transferidos."),
    ],
)
def test_an_acronym_joined_by_of_to_no_agency_is_no_agency(ex, lang, text):
    assert not {name for kind, name in ex.nodes(text, lang) if kind == "Agency"}


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        (
            "es",
            'Según el Ministerio Público, "Los Terribles del Sur" cobraban cupos a mototaxistas.',
            "Los Terribles del Sur",
        ),
        ("pt", 'Segundo a Polícia Civil, "Os Ferrões" dominam o tráfico na Vila Cruzeiro.', "Os Ferrões"),
    ],
)
def test_a_quoted_name_opening_with_a_plural_article_in_a_crime_story_is_a_gang(ex, lang, text, group):
    assert ("Gang", group) in ex.nodes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", 'La PNP ejecutó la operación "Los Intocables" en Chiclayo y detuvo a 20 personas.'),
        ("es", 'La Policía ejecutó el megaoperativo denominado "Los Intocables del Norte" en Chiclayo.'),
        ("pt", 'A Polícia Federal deflagrou a Operação "Os Intocáveis" nesta terça-feira.'),
        ("es", 'Según la Policía, la serie "Los Simpson" fue vista por los detenidos.'),
        ("es", 'El documental "Los Olvidados del Valle" ganó un premio en Lima.'),
        ("es", 'La PNP capturó a Iván Mora, quien figuraba en la lista de "Los Más Buscados".'),
    ],
)
def test_a_quoted_operation_or_work_or_a_story_of_no_crime_names_no_gang(ex, lang, text):
    assert not {name for kind, name in ex.nodes(text, lang) if kind in ("Gang", "Faction")}


@pytest.mark.parametrize(
    ("lang", "text", "agency"),
    [
        (
            "es",
            "La Fiscalía Especializada contra la Delincuencia Organizada y el Lavado de Activos detuvo al cabecilla de Los Tejones.",
            "Fiscalía Especializada contra la Delincuencia Organizada y el Lavado de Activos",
        ),
    ],
)
def test_a_second_field_fought_against_after_and_an_article_stays_in_the_name(ex, lang, text, agency):
    assert ("Agency", agency) in ex.nodes(text, lang)


@pytest.mark.parametrize(
    "text",
    [
        "La Policía Nacional y el Ministerio Público detuvieron al cabecilla de Los Tejones.",
        "La Fiscalía contra el Crimen Organizado y el Ejército detuvieron al cabecilla de Los Tejones.",
    ],
)
def test_a_second_body_after_and_an_article_is_an_agency_of_its_own(ex, text):
    assert len({name for kind, name in ex.nodes(text, "es") if kind == "Agency"}) == 2


@pytest.mark.parametrize(
    ("text", "prison"),
    [
        ("Os suspeitos foram levados ao CDP de Pinheiros, na capital paulista.", "CDP de Pinheiros"),
        ("Os presos do CDP 2 de Guarulhos fizeram rebelião.", "CDP 2 de Guarulhos"),
    ],
)
def test_a_provisional_detention_centre_by_its_acronym_is_a_prison(ex, text, prison):
    assert ("Prison", prison) in ex.nodes(text, "pt")


def test_the_acronym_alone_names_no_prison(ex):
    assert not ex.nodes("O CDP informou que os presos foram isolados.", "pt")


@pytest.mark.parametrize(
    ("lang", "text", "agency"),
    [
        ("pt", "A Draco prendeu integrantes do Bonde do Tigre.", "Draco"),
        ("pt", "Em Salvador, a Rondesp prendeu dois integrantes do Bonde do Tigre.", "Rondesp"),
        ("es", "La Dirandro capturó a tres integrantes de Los Tejones.", "Dirandro"),
    ],
)
def test_an_acronym_written_as_a_word_that_arrests_is_an_agency(ex, lang, text, agency):
    assert ("Agency", agency) in ex.nodes(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El Mencho capturó a tres rivales en Jalisco."),
        ("pt", "O Flamengo venceu o jogo."),
        ("pt", "A Draco informou o balanço do ano."),
    ],
)
def test_a_capitalized_word_that_arrests_no_one_or_a_man_is_no_agency(ex, lang, text):
    assert not {name for kind, name in ex.nodes(text, lang) if kind == "Agency"}


@pytest.mark.parametrize(
    ("lang", "text", "agency"),
    [
        ("pt", "A polícia civil prendeu três integrantes do Comando Vermelho.", "Polícia Civil"),
        ("pt", "A polícia militar prendeu três integrantes do Comando Vermelho.", "Polícia Militar"),
        ("es", "La policía nacional capturó a tres integrantes de Los Choneros.", "Policía Nacional"),
    ],
)
def test_a_named_force_written_in_lower_case_is_that_force(ex, lang, text, agency):
    assert ("Agency", agency) in ex.nodes(text, lang)


def test_a_force_in_lower_case_after_its_capitalized_name_is_the_one_agency(ex):
    text = "A Polícia Civil prendeu dois suspeitos. Depois, a polícia civil prendeu três integrantes do Comando Vermelho."
    assert [name for kind, name in ex.nodes(text, "pt") if kind == "Agency"] == ["Polícia Civil"]


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (
            'El Ejército de Colombia abatió a alias "Chucho". Según el Ejército, el Clan del Golfo opera en el Cauca.',
            "Ejército de Colombia",
        ),
        (
            'La Policía Nacional de Colombia capturó a alias "Chucho". Según la Policía, el Clan del Golfo opera en el Cauca.',
            "Policía Nacional de Colombia",
        ),
    ],
)
def test_a_short_agency_name_is_the_known_agency_whose_text_form_starts_with_it(ex, text, agency):
    assert [name for kind, name in ex.nodes(text, "es") if kind == "Agency"] == [agency]


def test_a_short_agency_name_stays_apart_when_two_known_agencies_start_with_it(ex):
    text = "El Ejército de Colombia y el Ejército del Perú firmaron un acuerdo. Según el Ejército, el Clan del Golfo opera en la frontera."
    assert len({name for kind, name in ex.nodes(text, "es") if kind == "Agency"}) == 3


@pytest.mark.parametrize(
    ("lang", "text", "faction", "group"),
    [
        (
            "pt",
            "Considerado o braço armado do PCC, a Tropa da Morte atua no Paraguai.",
            "Tropa da Morte",
            "Primeiro Comando da Capital",
        ),
        (
            "pt",
            "Apontada como uma célula do Comando Vermelho, a facção Tropa do Gato domina o morro.",
            "Tropa do Gato",
            "Comando Vermelho",
        ),
        (
            "es",
            "Señalada como una célula del Tren de Aragua, la banda Los Gatos del Sur opera en Lima.",
            "Los Gatos del Sur",
            "Tren de Aragua",
        ),
    ],
)
def test_a_fronted_participle_with_a_faction_word_describes_the_group_after_the_comma(
    ex, lang, text, faction, group
):
    assert ("FACTION_OF", faction, group) in ex.facts(text, lang)


def test_a_fronted_participle_with_a_faction_word_before_a_bare_name_names_no_faction(ex):
    text = "Considerado o braço armado do PCC, Marcos Lima foi preso."
    assert not {name for kind, name in ex.nodes(text, "pt") if kind == "Faction"}
