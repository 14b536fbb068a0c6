"""Countries a sentence names beside a group that are no place of it: a plan to go there, a state that
acts, where goods come from, people were deported or hide, where a group is discussed or studied."""

from __future__ import annotations

import pytest

from tests.extract.conftest import PCC, PCC_PT, TDA_EN, TDA_ES


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


@pytest.mark.parametrize(
    ("text", "lang", "group", "country"),
    [
        (PCC_PT + "A facção é parceira da 'Ndrangheta, da Itália.", "pt", PCC, "Italy"),
        (
            "Los Lobos operan en Ecuador, donde la policía detuvo a decenas de integrantes. La banda es socia del "
            "Cártel de Sinaloa, de México.",
            "es",
            "Los Lobos",
            "Mexico",
        ),
        (
            "Los Lobos operate in Ecuador, where police arrested dozens of members. The gang is a partner of the "
            "Sinaloa Cartel of Mexico.",
            "en",
            "Los Lobos",
            "Mexico",
        ),
    ],
)
def test_the_country_of_a_partner_is_no_place_of_the_group(
    ex, text: str, lang: str, group: str, country: str
) -> None:
    assert ("OPERATES_IN", group, country) not in ex.facts(text, lang)
