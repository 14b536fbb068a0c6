"""Where a group is, told through places a nationality assigns ("varias ciudades peruanas"), "the country"
told before ("opera en el país") or a country fronted before a dropped subject ("En Chile, controla ...")."""

from __future__ import annotations

import pytest

from tests.extract.conftest import PCC, PCC_PT, TDA_EN, TDA_ES


@pytest.mark.parametrize(
    ("text", "lang", "group", "country"),
    [
        (
            TDA_EN + "Tren de Aragua has expanded into Argentina, officials warn.",
            "en",
            "Tren de Aragua",
            "Argentina",
        ),
        (
            TDA_ES + "El Tren de Aragua se expandió a Argentina, advirtió el ministro.",
            "es",
            "Tren de Aragua",
            "Argentina",
        ),
        (PCC_PT + "O PCC se expandiu para o Uruguai, disse o delegado.", "pt", PCC, "Uruguay"),
    ],
)
def test_an_expansion_made_is_presence(ex, text: str, lang: str, group: str, country: str) -> None:
    assert ("OPERATES_IN", group, country) in ex.facts(text, lang)


def test_a_group_active_in_the_countries_whose_officials_meet_is_still_there(ex) -> None:
    text = "Autoridades de Colombia se reunieron en Lima. El Tren de Aragua tiene células en Colombia y Perú."
    facts = ex.facts(text, "es")
    assert ("OPERATES_IN", "Tren de Aragua", "Colombia") in facts
    assert ("OPERATES_IN", "Tren de Aragua", "Peru") in facts


@pytest.mark.parametrize(
    ("text", "lang", "group", "country"),
    [
        (
            "El Tren de Aragua tiene presencia en varias ciudades peruanas, según la policía.",
            "es",
            "Tren de Aragua",
            "Peru",
        ),
        (
            "Tren de Aragua operates in several Chilean cities, prosecutors say.",
            "en",
            "Tren de Aragua",
            "Chile",
        ),
        ("O PCC tem hoje presença em todos os estados brasileiros.", "pt", PCC, "Brazil"),
        ("O PCC domina presídios paraguaios, segundo o relatório.", "pt", PCC, "Paraguay"),
        ("The Sinaloa Cartel has operatives in Ecuadorian ports.", "en", "Sinaloa Cartel", "Ecuador"),
    ],
)
def test_places_a_nationality_assigns_place_the_group_in_that_country(
    ex, text: str, lang: str, group: str, country: str
) -> None:
    assert ("OPERATES_IN", group, country) in ex.facts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "group", "country"),
    [
        ("Tren de Aragua recruits Colombian migrants in Chile.", "en", "Tren de Aragua", "Colombia"),
        (
            "El Tren de Aragua extorsiona a migrantes venezolanos en Lima.",
            "es",
            "Tren de Aragua",
            "Venezuela",
        ),
        ("O PCC compra cocaína de produtores bolivianos.", "pt", PCC, "Bolivia"),
    ],
)
def test_a_nationality_of_people_or_goods_places_no_group(
    ex, text: str, lang: str, group: str, country: str
) -> None:
    assert ("OPERATES_IN", group, country) not in ex.facts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "group", "country"),
    [
        (
            "Chile has seen a rise in kidnappings. Prosecutors say Tren de Aragua operates in the country.",
            "en",
            "Tren de Aragua",
            "Chile",
        ),
        (
            "Chile vive una ola de secuestros. Según la fiscalía, el Tren de Aragua opera en el país desde 2019.",
            "es",
            "Tren de Aragua",
            "Chile",
        ),
        (
            "O Paraguai enfrenta uma onda de violência. Segundo a polícia, o PCC atua no país desde 2010.",
            "pt",
            PCC,
            "Paraguay",
        ),
        (
            "Chilean prosecutors said Tren de Aragua has carried out kidnappings in the country.",
            "en",
            "Tren de Aragua",
            "Chile",
        ),
        (
            "A polícia boliviana afirma que o Comando Vermelho atua no país há cinco anos.",
            "pt",
            "Comando Vermelho",
            "Bolivia",
        ),
    ],
)
def test_the_country_a_group_is_in_is_the_one_told_before(
    ex, text: str, lang: str, group: str, country: str
) -> None:
    assert ("OPERATES_IN", group, country) in ex.facts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "group", "countries"),
    [
        (
            "Chile y Perú firmaron un acuerdo. El Tren de Aragua opera en el país desde 2018.",
            "es",
            "Tren de Aragua",
            ("Chile", "Peru"),
        ),
        (
            "O Paraguai reforçou a fronteira. O Comando Vermelho não atua no país, disse o ministro.",
            "pt",
            "Comando Vermelho",
            ("Paraguay",),
        ),
        (
            "Peru has strengthened its border. Los Lobos operates outside the country, officials said.",
            "en",
            "Los Lobos",
            ("Peru",),
        ),
    ],
)
def test_the_country_is_no_antecedent_when_two_are_told_denied_or_left(
    ex, text: str, lang: str, group: str, countries: tuple[str, ...]
) -> None:
    facts = ex.facts(text, lang)
    assert all(("OPERATES_IN", group, c) not in facts for c in countries)


def test_a_country_that_opens_a_sentence_of_presence_still_places_the_group(ex) -> None:
    text = "Peru has become a hub for the gang. Peru and Chile are where Tren de Aragua operates most."
    assert ("OPERATES_IN", "Tren de Aragua", "Peru") in ex.facts(text, "en")


def test_members_the_group_itself_sent_to_a_country_are_there(ex) -> None:
    text = "El Tren de Aragua opera en Chile. La banda envió a 40 miembros a Bolivia para abrir una célula."
    assert ("OPERATES_IN", "Tren de Aragua", "Bolivia") in ex.facts(text, "es")


def test_a_group_that_operates_from_a_country_as_its_base_is_there(ex) -> None:
    text = "Los Choneros operan en Ecuador. Desde 2020 la banda también opera en Colombia y Perú."
    facts = ex.facts(text, "es")
    assert ("OPERATES_IN", "Los Choneros", "Colombia") in facts
    assert ("OPERATES_IN", "Los Choneros", "Peru") in facts


def test_a_group_active_where_experts_speak_is_still_there(ex) -> None:
    text = "Expertos de Colombia advierten que el Tren de Aragua opera en Colombia y Perú."
    assert ("OPERATES_IN", "Tren de Aragua", "Colombia") in ex.facts(text, "es")


@pytest.mark.parametrize(
    ("text", "lang", "group", "country"),
    [
        (
            "Police arrested dozens of members in Caracas, Venezuela. Tren de Aragua has a presence in at least "
            "eight countries. In Chile, it controls the sex trade.",
            "en",
            "Tren de Aragua",
            "Chile",
        ),
        (
            "La policía detuvo a decenas de integrantes en Caracas, Venezuela. El Tren de Aragua está presente en "
            "al menos ocho países. En Chile, controla el comercio sexual.",
            "es",
            "Tren de Aragua",
            "Chile",
        ),
        (
            "A polícia prendeu dezenas de integrantes em São Paulo, no Brasil. O PCC está presente em pelo menos "
            "20 países. Na Bolívia, controla a compra de cocaína.",
            "pt",
            PCC,
            "Bolivia",
        ),
    ],
)
def test_a_fronted_country_places_the_subject_told_before(
    ex, text: str, lang: str, group: str, country: str
) -> None:
    assert ("OPERATES_IN", group, country) in ex.facts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "group", "country"),
    [
        (
            "Police arrested dozens of members in Caracas, Venezuela. Tren de Aragua has a presence in eight "
            "countries. In Chile, the government controls the border.",
            "en",
            "Tren de Aragua",
            "Chile",
        ),
        (
            "La policía detuvo a decenas de integrantes en Caracas, Venezuela. El Tren de Aragua está presente en "
            "ocho países. En Chile, el gobierno controla la frontera.",
            "es",
            "Tren de Aragua",
            "Chile",
        ),
        (
            "A polícia prendeu dezenas de integrantes em São Paulo, no Brasil. O PCC está presente em 20 países. "
            "Na Bolívia, o governo controla a fronteira.",
            "pt",
            PCC,
            "Bolivia",
        ),
    ],
)
def test_a_fronted_country_with_another_subject_places_no_group(
    ex, text: str, lang: str, group: str, country: str
) -> None:
    assert ("OPERATES_IN", group, country) not in ex.facts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Chile has seen a wave of extortion this year.\n\nThe Venezuelan gang Tren de Aragua now operates "
            "in the country, police said.",
        ),
        (
            "es",
            "Chile vive una ola de extorsiones este año.\n\nLa banda venezolana Tren de Aragua opera ahora en el "
            "país, según la policía.",
        ),
    ],
)
def test_the_groups_own_nationality_is_not_the_country_told_before(ex, lang: str, text: str) -> None:
    facts = ex.facts(text, lang)
    assert ("OPERATES_IN", "Tren de Aragua", "Chile") in facts
    assert ("OPERATES_IN", "Tren de Aragua", "Venezuela") not in facts
