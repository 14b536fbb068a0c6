"""Countries a sentence names beside a group without placing it there: the far side of a border,
the state that reacts, where the group was born when the sentence goes on to where it spread;
and the places said of a group's founders or of groups referred to paragraphs later."""

from __future__ import annotations

import pytest

BORDERS = [
    (
        "en",
        "The Blue Viper Cartel, a criminal gang, controls smuggling routes in Honduras along the "
        "border with Guatemala and Nicaragua.",
        "Blue Viper Cartel",
        "Honduras",
        ("Guatemala", "Nicaragua"),
    ),
    (
        "es",
        "La banda Los Cuervos Negros controla rutas de contrabando en Honduras a lo largo de la "
        "frontera con Guatemala y Nicaragua.",
        "Los Cuervos Negros",
        "Honduras",
        ("Guatemala", "Nicaragua"),
    ),
    (
        "pt",
        "A facção Comando Azul do Norte controla rotas de contrabando no Brasil ao longo da "
        "fronteira com a Bolívia e o Peru.",
        "Comando Azul do Norte",
        "Brazil",
        ("Bolivia", "Peru"),
    ),
]


@pytest.mark.parametrize(("lang", "text", "group", "near", "far"), BORDERS)
def test_the_far_side_of_a_border_is_not_where_the_group_is(ex, lang, text, group, near, far) -> None:
    found = ex.related("OPERATES_IN", text, lang)
    assert (group, near) in found
    assert not {(group, country) for country in far} & found


@pytest.mark.parametrize(
    ("lang", "text", "group", "country"),
    [
        (
            "en",
            "Move covers the Blue Viper Cartel, a Honduran gang; Guatemala warns against any interference.",
            "Blue Viper Cartel",
            "Guatemala",
        ),
        (
            "es",
            "La lista incluye a la pandilla Los Cuervos Negros, una banda hondureña; Guatemala "
            "advierte contra cualquier injerencia.",
            "Los Cuervos Negros",
            "Guatemala",
        ),
        (
            "pt",
            "A lista inclui a facção Comando Azul do Norte, um grupo brasileiro; a Bolívia adverte "
            "contra qualquer interferência.",
            "Comando Azul do Norte",
            "Bolivia",
        ),
    ],
)
def test_a_state_that_reacts_is_not_where_the_group_is(ex, lang, text, group, country) -> None:
    assert (group, country) not in ex.related("OPERATES_IN", text, lang)


def test_a_state_that_reacts_to_presence_stated_there_keeps_it(ex) -> None:
    text = "Guatemala warned that the Blue Viper Cartel, a Honduran gang, operates in Guatemala."
    assert ("Blue Viper Cartel", "Guatemala") in ex.related("OPERATES_IN", text, "en")


SPREAD = [
    (
        "es",
        "En Honduras operan la pandilla Los Cuervos Negros y la pandilla Los Halcones Grises.\n\n"
        "Ambas pandillas, que nacieron en las calles de Nueva Orleans, Estados Unidos, y se "
        "extendieron a Centroamérica, controlan la extorsión en Tegucigalpa.",
    ),
    (
        "en",
        "The Red Heron Clan, a criminal gang, was founded in Albania in 1998 and later spread to Italy.",
    ),
]


@pytest.mark.parametrize(("lang", "text"), SPREAD)
def test_where_a_group_was_born_before_it_spread_is_its_origin_only(ex, lang, text) -> None:
    origins = ex.related("ORIGINATED_IN", text, lang)
    operates = ex.related("OPERATES_IN", text, lang)
    assert origins and not {pair for pair in origins if pair in operates}


def test_a_birthplace_the_group_still_holds_stays_a_presence(ex) -> None:
    text = (
        "The Red Heron Clan, a criminal gang, was founded in Albania in 1998 and still operates in Albania."
    )
    assert ("Red Heron Clan", "Albania") in ex.related("OPERATES_IN", text, "en")


def test_a_birthplace_without_a_spread_after_it_is_left_to_the_model(ex) -> None:
    # only a sentence that goes on to where the group spread sets the two apart
    text = "The Red Heron Clan, a gang now active across Europe, was founded in Albania in 1998."
    assert ("Red Heron Clan", "Albania") in ex.related("OPERATES_IN", text, "en")


def test_both_gangs_paragraphs_later_are_the_two_the_text_named(ex) -> None:
    text = (
        "Las autoridades atribuyen el motín a la pandilla Los Cuervos Negros, rival de la pandilla "
        "Los Halcones Grises.\n\nEl Gobierno anunció requisas.\n\nNo hubo detenidos.\n\nLas "
        "familias esperan.\n\nAmbas pandillas nacieron en Belice."
    )
    assert ex.related("ORIGINATED_IN", text, "es") == {
        ("Los Cuervos Negros", "Belize"),
        ("Los Halcones Grises", "Belize"),
    }


def test_both_gangs_after_three_named_refer_to_none(ex) -> None:
    text = (
        "Las autoridades atribuyen el motín a la pandilla Los Cuervos Negros, rival de la pandilla "
        "Los Halcones Grises y de la pandilla Los Toros Rojos.\n\nEl Gobierno anunció requisas.\n\n"
        "No hubo detenidos.\n\nLas familias esperan.\n\nAmbas pandillas nacieron en Belice."
    )
    assert not ex.related("ORIGINATED_IN", text, "es")


def test_a_place_after_the_founders_clause_is_no_origin(ex) -> None:
    text = (
        "The Red Heron Clan, a network formed by Albanian former soldiers, now moves heroin through Greece."
    )
    assert ("Red Heron Clan", "Greece") not in ex.related("ORIGINATED_IN", text, "en")


def test_the_place_the_founders_were_in_is_the_origin(ex) -> None:
    text = "The Red Heron Clan, a criminal gang, was formed by Albanian refugees in Greece in the 1990s."
    assert ("Red Heron Clan", "Greece") in ex.related("ORIGINATED_IN", text, "en")


def test_only_the_first_country_after_the_birth_cue_with_no_spread_between_is_vetoed() -> None:
    from kg.extract.presence import origin_only

    # "born in (3-5) Albania (5) ... spread to (8-10) Italy (10)"
    spread = [("origin", 3, 5), ("operates", 8, 10), ("operates", 14, 16)]
    assert origin_only(spread, [5, 10], 5)
    assert not origin_only(spread, [10], 10)  # born in a town, spread to Italy: Italy is a presence
    # "born in Albania (5) and Kosovo (7), and spread to (8-10) ..."
    assert not origin_only([("origin", 3, 5), ("operates", 8, 10)], [5, 7], 7)
    assert not origin_only([("origin", 3, 5)], [5], 5)  # no spread told: left to the model
