"""Where a group is and where it comes from: plans, states and purchases that place no group in a
country, and appositions that tell where a group comes from ("a gang from Ecuador")."""

from __future__ import annotations

import pytest

# A first sentence that places the group elsewhere, so that the article's home country is not the
# country the second sentence names.
TDA_EN = "Tren de Aragua operates in Peru and Chile, where police arrested dozens of members this year. "
TDA_ES = "El Tren de Aragua opera en Perú y Chile, donde la policía detuvo a decenas de integrantes. "
PCC_PT = "O PCC atua no Paraguai e na Bolívia, onde a polícia prendeu dezenas de integrantes. "
PCC = "Primeiro Comando da Capital"


@pytest.mark.parametrize(
    ("text", "lang", "group", "country"),
    [
        (
            TDA_EN + "Tren de Aragua seeks to expand into Argentina, officials warn.",
            "en",
            "Tren de Aragua",
            "Argentina",
        ),
        (
            TDA_ES + "El Tren de Aragua busca expandirse a Argentina, advirtió el ministro.",
            "es",
            "Tren de Aragua",
            "Argentina",
        ),
        (PCC_PT + "O PCC planeja se expandir para o Uruguai, disse o delegado.", "pt", PCC, "Uruguay"),
    ],
)
def test_a_plan_to_expand_is_no_presence(ex, text: str, lang: str, group: str, country: str) -> None:
    assert ("OPERATES_IN", group, country) not in ex.facts(text, lang)


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


@pytest.mark.parametrize(
    ("text", "lang", "group", "country"),
    [
        (
            TDA_ES + "Autoridades de Colombia y Perú se reunieron en Lima para coordinar acciones contra el "
            "Tren de Aragua.",
            "es",
            "Tren de Aragua",
            "Colombia",
        ),
        (
            "O Comando Vermelho atua na Bolívia, onde a polícia prendeu dezenas de integrantes. Autoridades do "
            "Brasil e do Paraguai se reuniram em Assunção para discutir o avanço do Comando Vermelho.",
            "pt",
            "Comando Vermelho",
            "Paraguay",
        ),
        (
            "Comando Vermelho operates in Bolivia, where police arrested dozens of members. Officials from "
            "Brazil and Colombia met in Bogotá to discuss Comando Vermelho.",
            "en",
            "Comando Vermelho",
            "Colombia",
        ),
        (
            "El Clan del Golfo opera en Colombia y Panamá, donde la policía detuvo a decenas de integrantes. "
            "Estados Unidos ofreció una recompensa por el jefe del Clan del Golfo.",
            "es",
            "Clan del Golfo",
            "United States",
        ),
        (
            PCC_PT + "Os Estados Unidos incluíram o PCC na lista de organizações terroristas.",
            "pt",
            PCC,
            "United States",
        ),
        (
            "Los Choneros operate in Ecuador and Peru, where police arrested dozens of members. A U.S. "
            "indictment charges Los Choneros leaders with trafficking.",
            "en",
            "Los Choneros",
            "United States",
        ),
        (
            "Tren de Aragua operates in Chile, Venezuela's foreign minister said.",
            "en",
            "Tren de Aragua",
            "Venezuela",
        ),
    ],
)
def test_a_state_that_acts_is_no_place_of_the_group(
    ex, text: str, lang: str, group: str, country: str
) -> None:
    assert ("OPERATES_IN", group, country) not in ex.facts(text, lang)


def test_a_group_active_in_the_countries_whose_officials_meet_is_still_there(ex) -> None:
    text = "Autoridades de Colombia se reunieron en Lima. El Tren de Aragua tiene células en Colombia y Perú."
    facts = ex.facts(text, "es")
    assert ("OPERATES_IN", "Tren de Aragua", "Colombia") in facts
    assert ("OPERATES_IN", "Tren de Aragua", "Peru") in facts


def test_goods_bought_from_a_country_place_the_seller_there_not_the_buyer(ex) -> None:
    bought = (
        "O Comando Vermelho atua no Paraguai e na Bolívia. O Comando Vermelho compra cocaína da Colômbia."
    )
    assert ("OPERATES_IN", "Comando Vermelho", "Colombia") not in ex.facts(bought, "pt")
    based = "O Comando Vermelho atua no Paraguai e na Bolívia. O Comando Vermelho tem uma base na Colômbia."
    assert ("OPERATES_IN", "Comando Vermelho", "Colombia") in ex.facts(based, "pt")


def test_a_destination_told_as_a_noun_is_no_presence(ex) -> None:
    text = (
        "El Cártel de Sinaloa opera en Ecuador, donde la policía detuvo a decenas de integrantes. "
        "La cocaína del Cártel de Sinaloa tenía como destino España."
    )
    facts = ex.facts(text, "es")
    assert ("OPERATES_IN", "Cártel de Sinaloa", "Spain") not in facts
    assert ("OPERATES_IN", "Cártel de Sinaloa", "Ecuador") in facts


@pytest.mark.parametrize(
    ("text", "lang", "group", "country"),
    [
        (
            "Los Choneros, a gang from Ecuador, fights Los Lobos for control of prisons.",
            "en",
            "Los Choneros",
            "Ecuador",
        ),
        (
            "Tren de Aragua, a criminal organization from Venezuela, has spread to Chile.",
            "en",
            "Tren de Aragua",
            "Venezuela",
        ),
        (
            "Los Choneros, una banda de Ecuador, pelean con Los Lobos por las cárceles.",
            "es",
            "Los Choneros",
            "Ecuador",
        ),
        (
            "El Tren de Aragua, organización criminal proveniente de Venezuela, se expandió a Chile.",
            "es",
            "Tren de Aragua",
            "Venezuela",
        ),
        ("O PCC, uma facção do Brasil, disputa rotas com o Comando Vermelho.", "pt", PCC, "Brazil"),
        (
            "O Tren de Aragua, grupo criminoso vindo da Venezuela, chegou ao Brasil.",
            "pt",
            "Tren de Aragua",
            "Venezuela",
        ),
        ("Los Choneros, la mayor banda ecuatoriana, perdió a su líder.", "es", "Los Choneros", "Ecuador"),
    ],
)
def test_an_apposition_tells_where_a_group_comes_from(
    ex, text: str, lang: str, group: str, country: str
) -> None:
    assert ("ORIGINATED_IN", group, country) in ex.facts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "group", "country"),
    [
        ("Los Lobos, a partner of Mexico's CJNG, operates in Peru.", "en", "Los Lobos", "Mexico"),
        ("Los Lobos, la mayor banda de Ecuador, opera en Perú.", "es", "Los Lobos", "Ecuador"),
        ("Los Lobos, una banda de sicarios de Ecuador, opera en Perú.", "es", "Los Lobos", "Ecuador"),
        ("O Comando Vermelho, uma facção ativa na Bolívia, cresceu.", "pt", "Comando Vermelho", "Bolivia"),
    ],
)
def test_an_apposition_of_size_partners_or_members_tells_no_origin(
    ex, text: str, lang: str, group: str, country: str
) -> None:
    assert ("ORIGINATED_IN", group, country) not in ex.facts(text, lang)


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


@pytest.mark.parametrize(
    ("text", "lang", "group", "country"),
    [
        (
            "Tren de Aragua operates in Peru. Colombia, Ecuador and Peru signed an agreement against the gang.",
            "en",
            "Tren de Aragua",
            "Colombia",
        ),
        (
            "El Tren de Aragua opera en Perú. Colombia, Ecuador y Perú firmaron un acuerdo contra la banda.",
            "es",
            "Tren de Aragua",
            "Colombia",
        ),
        (
            "O PCC atua no Paraguai. Brasil, Argentina e Paraguai assinaram um acordo contra a facção.",
            "pt",
            PCC,
            "Argentina",
        ),
        (
            "Tren de Aragua operates in Peru. The United States considers the gang a threat to national security.",
            "en",
            "Tren de Aragua",
            "United States",
        ),
        (
            "O PCC atua no Paraguai. O Uruguai reforçou a fronteira para impedir a entrada da facção.",
            "pt",
            PCC,
            "Uruguay",
        ),
    ],
)
def test_a_state_that_acts_against_a_group_is_no_place_of_it(
    ex, text: str, lang: str, group: str, country: str
) -> None:
    assert ("OPERATES_IN", group, country) not in ex.facts(text, lang)


def test_a_country_that_opens_a_sentence_of_presence_still_places_the_group(ex) -> None:
    text = "Peru has become a hub for the gang. Peru and Chile are where Tren de Aragua operates most."
    assert ("OPERATES_IN", "Tren de Aragua", "Peru") in ex.facts(text, "en")


@pytest.mark.parametrize(
    ("text", "lang", "group", "country"),
    [
        (
            "Tren de Aragua operates in Chile. Chile deported 40 members of the gang to Venezuela last year.",
            "en",
            "Tren de Aragua",
            "Venezuela",
        ),
        (
            "El Tren de Aragua opera en Chile. Chile expulsó a Venezuela a 40 miembros de la banda.",
            "es",
            "Tren de Aragua",
            "Venezuela",
        ),
        (
            "Tren de Aragua operates in Chile. The gang's leader is believed to be hiding in Venezuela.",
            "en",
            "Tren de Aragua",
            "Venezuela",
        ),
        (
            "Los Choneros operan en Ecuador. La banda recibe cocaína de Colombia.",
            "es",
            "Los Choneros",
            "Colombia",
        ),
        (
            "O Comando Vermelho atua na Bolívia. A facção recebe cocaína da Colômbia.",
            "pt",
            "Comando Vermelho",
            "Colombia",
        ),
        (
            "O Comando Vermelho atua na Bolívia. A facção compra pasta-base no Peru.",
            "pt",
            "Comando Vermelho",
            "Peru",
        ),
    ],
)
def test_where_people_were_sent_hide_or_goods_come_from_is_no_presence(
    ex, text: str, lang: str, group: str, country: str
) -> None:
    assert ("OPERATES_IN", group, country) not in ex.facts(text, lang)


def test_members_the_group_itself_sent_to_a_country_are_there(ex) -> None:
    text = "El Tren de Aragua opera en Chile. La banda envió a 40 miembros a Bolivia para abrir una célula."
    assert ("OPERATES_IN", "Tren de Aragua", "Bolivia") in ex.facts(text, "es")


@pytest.mark.parametrize(
    ("text", "lang", "group", "country", "found"),
    [
        ("Los Choneros, from Ecuador, fight Los Lobos for the port.", "en", "Los Choneros", "Ecuador", True),
        (
            "Los Choneros, de Ecuador, se disputan el puerto con Los Lobos.",
            "es",
            "Los Choneros",
            "Ecuador",
            True,
        ),
        ("O PCC, do Brasil, disputa rotas com o Comando Vermelho.", "pt", PCC, "Brazil", True),
        ("Tren de Aragua, from Chile to Peru, runs extortion rings.", "en", "Tren de Aragua", "Chile", False),
        (
            "El Tren de Aragua, de Chile a Perú, controla redes de extorsión.",
            "es",
            "Tren de Aragua",
            "Chile",
            False,
        ),
    ],
)
def test_a_closed_apposition_of_a_bare_place_tells_origin(
    ex, text: str, lang: str, group: str, country: str, found: bool
) -> None:
    assert (("ORIGINATED_IN", group, country) in ex.facts(text, lang)) is found


@pytest.mark.parametrize(
    ("text", "lang", "group", "countries"),
    [
        (
            "O Comando Vermelho domina o tráfico no Rio. A facção recebe drogas que chegam ao Rio a partir do "
            "Paraguai e da Bolívia.",
            "pt",
            "Comando Vermelho",
            ("Paraguay", "Bolivia"),
        ),
        (
            "Los Choneros operan en Ecuador. La banda mueve cocaína que llega a partir de Colombia y Perú.",
            "es",
            "Los Choneros",
            ("Colombia", "Peru"),
        ),
        (
            "Los Lobos operate in Ecuador. The gang bought cocaine from intermediaries in Colombia.",
            "en",
            "Los Lobos",
            ("Colombia",),
        ),
    ],
)
def test_where_goods_come_from_or_intermediaries_sit_is_no_presence(
    ex, text: str, lang: str, group: str, countries: tuple[str, ...]
) -> None:
    facts = ex.facts(text, lang)
    assert all(("OPERATES_IN", group, c) not in facts for c in countries)


def test_a_group_that_operates_from_a_country_as_its_base_is_there(ex) -> None:
    text = "Los Choneros operan en Ecuador. Desde 2020 la banda también opera en Colombia y Perú."
    facts = ex.facts(text, "es")
    assert ("OPERATES_IN", "Los Choneros", "Colombia") in facts
    assert ("OPERATES_IN", "Los Choneros", "Peru") in facts


def test_a_city_goods_come_from_places_no_group(ex) -> None:
    opening = (
        "The PCC operates in Paraguay and Bolivia, where police arrested dozens of members. "
        "The United States sanctioned the PCC on Monday. "
    )
    imported = opening + "The PCC operates a ring that sells perfume imported from Miami."
    assert ("OPERATES_IN", PCC, "United States") not in ex.facts(imported, "en")
    sold = opening + "The PCC operates a ring that sells perfume in Miami."
    assert ("OPERATES_IN", PCC, "United States") in ex.facts(sold, "en")


@pytest.mark.parametrize(
    ("text", "lang", "group", "country"),
    [
        (TDA_EN + "Police believe the gang could expand into Bolivia.", "en", "Tren de Aragua", "Bolivia"),
        (
            TDA_ES + "La policía cree que la banda podría expandirse a Bolivia.",
            "es",
            "Tren de Aragua",
            "Bolivia",
        ),
        (PCC_PT + "A facção ameaça chegar ao Uruguai.", "pt", PCC, "Uruguay"),
        (TDA_EN + "The gang's leader was born in Colombia.", "en", "Tren de Aragua", "Colombia"),
        (TDA_ES + "El jefe de la banda nació en Colombia.", "es", "Tren de Aragua", "Colombia"),
    ],
)
def test_a_possible_expansion_or_a_leader_s_birthplace_is_no_presence(
    ex, text: str, lang: str, group: str, country: str
) -> None:
    assert ("OPERATES_IN", group, country) not in ex.facts(text, lang)


def test_a_group_born_in_a_country_is_still_from_there(ex) -> None:
    text = TDA_ES + "La banda nació en Venezuela, en la cárcel de Tocorón."
    assert ("ORIGINATED_IN", "Tren de Aragua", "Venezuela") in ex.facts(text, "es")


@pytest.mark.parametrize(
    ("text", "lang", "group", "country"),
    [
        (
            TDA_EN + "The gang was the subject of a regional summit held in Brazil.",
            "en",
            "Tren de Aragua",
            "Brazil",
        ),
        (
            TDA_ES + "La banda fue el tema de una cumbre regional celebrada en Brasil.",
            "es",
            "Tren de Aragua",
            "Brazil",
        ),
        (PCC_PT + "A facção foi tema de uma conferência realizada na Argentina.", "pt", PCC, "Argentina"),
        (TDA_EN + "Experts in Colombia say the gang is growing.", "en", "Tren de Aragua", "Colombia"),
        (PCC_PT + "Especialistas da Argentina alertam para o crescimento da facção.", "pt", PCC, "Argentina"),
        (
            TDA_EN + "A study by a university in Colombia analysed the gang.",
            "en",
            "Tren de Aragua",
            "Colombia",
        ),
    ],
)
def test_where_a_group_is_discussed_or_studied_is_no_presence(
    ex, text: str, lang: str, group: str, country: str
) -> None:
    assert ("OPERATES_IN", group, country) not in ex.facts(text, lang)


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
