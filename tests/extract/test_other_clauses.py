"""Countries a sentence ties to something else than the group: an extradition of the man who
leads it, another group's clause after "while / mientras / enquanto", where goods come from, and
a clause after a semicolon."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "group", "country"),
    [
        (
            "en",
            "Honduras asked Guatemala to extradite Mario Tegen, the leader of the Blue Viper Cartel.",
            "Blue Viper Cartel",
            "Guatemala",
        ),
        (
            "es",
            "Honduras pidió a Guatemala la extradición de Mario Tegen, líder de la banda Los Cuervos Negros.",
            "Los Cuervos Negros",
            "Guatemala",
        ),
        (
            "pt",
            "O Brasil pediu ao Paraguai a extradição de Marcos Tavares, chefe da facção Comando Azul do Norte.",
            "Comando Azul do Norte",
            "Paraguay",
        ),
    ],
)
def test_an_extradition_of_a_leader_places_no_group(ex, lang, text, group, country) -> None:
    assert (group, country) not in ex.related("OPERATES_IN", text, lang)


def test_an_extradition_of_members_said_to_operate_there_keeps_it(ex) -> None:
    text = (
        "Guatemala will extradite Mario Tegen, the leader of the Blue Viper Cartel, which operates "
        "in Guatemala and Honduras."
    )
    assert ("Blue Viper Cartel", "Guatemala") in ex.related("OPERATES_IN", text, "en")


@pytest.mark.parametrize(
    ("lang", "text", "first", "second"),
    [
        (
            "en",
            "The Blue Viper Cartel operates in Honduras, while the Green Asp gang operates in Belize and Nicaragua.",
            ("Blue Viper Cartel", "Honduras"),
            ("Green Asp", "Belize"),
        ),
        (
            "es",
            "La banda Los Cuervos Negros opera en Honduras, mientras que la banda Los Halcones Grises "
            "opera en Belice y Nicaragua.",
            ("Los Cuervos Negros", "Honduras"),
            ("Los Halcones Grises", "Belize"),
        ),
        (
            "pt",
            "A facção Comando Azul do Norte atua no Brasil, enquanto a facção Bonde Verde atua no Peru e na Colômbia.",
            ("Comando Azul do Norte", "Brazil"),
            ("Bonde Verde", "Peru"),
        ),
    ],
)
def test_each_group_keeps_the_countries_of_its_own_clause(ex, lang, text, first, second) -> None:
    found = ex.related("OPERATES_IN", text, lang)
    assert first in found and second in found
    assert (first[0], second[1]) not in found
    assert (second[0], first[1]) not in found


def test_two_groups_of_one_clause_share_its_country(ex) -> None:
    text = "The Blue Viper Cartel and the Green Asp gang operate in Honduras, while police focus on Belize."
    found = ex.related("OPERATES_IN", text, "en")
    assert {("Blue Viper Cartel", "Honduras"), ("Green Asp", "Honduras")} <= found


def test_where_goods_come_from_is_not_where_the_group_is(ex) -> None:
    text = "The Blue Viper Cartel buys cocaine from Colombia and sells it in Honduras."
    found = ex.related("OPERATES_IN", text, "en")
    assert ("Blue Viper Cartel", "Honduras") in found
    assert ("Blue Viper Cartel", "Colombia") not in found


def test_a_range_from_one_country_to_another_is_presence(ex) -> None:
    text = "The Blue Viper Cartel runs extortion rackets from Guatemala to Honduras."
    assert ("Blue Viper Cartel", "Guatemala") in ex.related("OPERATES_IN", text, "en")


def test_a_semicolon_ends_the_clause_of_a_presence_cue(rules) -> None:
    text = (
        "The Blue Viper Cartel, a criminal gang, operates in Honduras; in Costa Rica, a separate "
        "fraud ring was dismantled."
    )
    found = rules.related("OPERATES_IN", text, "en")
    assert ("Blue Viper Cartel", "Honduras") in found
    assert ("Blue Viper Cartel", "Costa Rica") not in found


def test_a_contrast_sets_a_country_apart_only_with_another_group_on_its_side() -> None:
    from kg.extract.presence import other_clause
    from kg.extract.text import Tok

    sentence = "Alpha works in Peru , but it also works in Chile , while Beta works in Bolivia"
    words = sentence.split(" ")
    doc = [Tok(i, w, w.lower(), 0, " ", w.isalpha(), not w.isalpha(), False) for i, w in enumerate(words)]
    alpha, peru, chile, beta, bolivia = 0, 3, 10, 13, 16
    assert not other_clause(doc, [alpha, beta], alpha, chile, 0)  # Alpha's own clause after "but"
    assert other_clause(doc, [alpha, beta], alpha, bolivia, 0)  # Beta's clause
    assert other_clause(doc, [alpha, beta], beta, peru, 0)  # Alpha's clause, before Beta's


def test_a_leaders_birthplace_is_not_where_the_group_is(ex) -> None:
    text = "Marcos Tavares, nascido no Paraguai, chefia a facção Comando Azul do Norte."
    assert ("Comando Azul do Norte", "Paraguay") not in ex.related("OPERATES_IN", text, "pt")


def test_a_groups_birthplace_said_beside_its_leader_is_its_origin(ex) -> None:
    text = "Marcos Tavares chefia a facção Comando Azul do Norte, nascida no Paraguai."
    assert ("Comando Azul do Norte", "Paraguay") in ex.related("ORIGINATED_IN", text, "pt")


def test_a_birthplace_is_the_persons_only_when_it_is_said_of_the_person() -> None:
    from kg.extract.presence import persons_birthplace
    from kg.extract.text import Tok

    def doc(sentence: str) -> list[Tok]:
        return [
            Tok(i, w, w.lower(), 0, " ", w.isalpha(), not w.isalpha(), False)
            for i, w in enumerate(sentence.split(" "))
        ]

    # "Mario Tegen (0-2) , who was born in (5-7) Guatemala (7)"
    said_of_him = doc("Mario Tegen , who was born in Guatemala")
    assert persons_birthplace(said_of_him, [("origin", 5, 7)], [2], 7)
    # "Mario Tegen (0-2) hired men born in (4-6) Guatemala (6)": the men's birthplace, not his
    hired = doc("Mario Tegen hired men born in Guatemala")
    assert not persons_birthplace(hired, [("origin", 4, 6)], [2], 6)
