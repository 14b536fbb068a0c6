"""Cities from GeoNames place groups and stories in a country; names shared with people,
words or other countries' cities place nothing."""

from __future__ import annotations

import pytest

from kg.extract.cities import city_places
from kg.extract.gazetteer import load_gazetteer

PLACES = dict(load_gazetteer().places)


@pytest.mark.parametrize(
    ("city", "country"),
    [
        ("Natal", "Brazil"),
        ("Mossoró", "Brazil"),
        ("Valledupar", "Colombia"),
        ("San Pedro Sula", "Honduras"),
        ("Portoviejo", "Ecuador"),
        ("Barquisimeto", "Venezuela"),
    ],
)
def test_a_large_city_the_hand_list_lacks_is_known(city: str, country: str) -> None:
    assert PLACES[city] == country


@pytest.mark.parametrize(
    "name",
    [
        "Victoria",  # cities of that name in many countries
        "Santiago",  # a first name; "Santiago de Chile" stays in the hand list
        "Pereira",  # a surname before it is a Colombian city
        "Soledad",  # a first name
        "Guadalupe",  # a first name and a saint
        "Resistencia",  # a common word
        "El Tigre",  # a nickname
        "Benito Juárez",  # a district named after a person
        "Mesa",  # a word, and a city outside the regions read
        "Kabul",  # outside the regions read
    ],
)
def test_names_that_are_words_people_or_shared_are_no_place(name: str) -> None:
    assert name not in PLACES


def test_the_hand_list_overrides_geonames() -> None:
    assert PLACES["Florida"] == "United States"  # the state, not Uruguay's town
    assert PLACES["Rosario"] == "Argentina"


def test_a_small_town_is_left_out_unless_it_is_a_capital() -> None:
    table = dict(city_places(frozenset(), (("BR", "Brazil"), ("BZ", "Belize"))))
    assert table["Belmopan"] == "Belize"  # the capital, under 100,000 people
    assert "Taubaté" in table and "Ponta Porã" not in table  # 300,000 people; under 100,000


def test_excluded_names_are_skipped() -> None:
    table = dict(city_places(frozenset({"natal"}), (("BR", "Brazil"),)))
    assert "Natal" not in table and "Mossoró" in table


@pytest.mark.parametrize(
    ("lang", "text", "group", "country"),
    [
        (
            "es",
            "La banda Los Halcones Grises opera en Valledupar y en Bucaramanga.",
            "Los Halcones Grises",
            "Colombia",
        ),
        ("pt", "A facção Bonde dos Corvos atua em Mossoró e em Parnamirim.", "Bonde dos Corvos", "Brazil"),
        (
            "en",
            "The gang Los Zorros Azules operates in Portoviejo and Machala.",
            "Los Zorros Azules",
            "Ecuador",
        ),
    ],
)
def test_a_group_operating_in_a_city_operates_in_its_country(
    ex, lang: str, text: str, group: str, country: str
) -> None:
    assert ("OPERATES_IN", group, country) in ex.facts(text, lang)


@pytest.mark.parametrize(
    ("lang", "text", "group", "country"),
    [
        # a person named like a city: "Natal" is his surname, "Santiago" a first name
        (
            "pt",
            "O traficante Rui Natal, líder do Bonde dos Corvos, foi preso em Lima.",
            "Bonde dos Corvos",
            "Brazil",
        ),
        (
            "es",
            "Santiago Ferreyra, jefe de Los Halcones Grises, fue detenido en Lima.",
            "Los Halcones Grises",
            "Chile",
        ),
        # a city in a group's name places the group nowhere
        (
            "es",
            "Los Halcones de Uberlândia, un grupo criminal, operan en Perú.",
            "Los Halcones de Uberlândia",
            "Brazil",
        ),
    ],
)
def test_a_person_or_group_named_like_a_city_is_placed_nowhere(
    ex, lang: str, text: str, group: str, country: str
) -> None:
    facts = ex.facts(text, lang)
    assert not any(s == group and t == country for _, s, t in facts)
    assert any(s == group or t == group for _, s, t in facts)  # the group itself is still read


def test_the_prison_of_a_known_town_is_named_by_the_town(ex) -> None:
    facts = ex.facts("El cabecilla de Los Cóndores Rojos se fugó de la cárcel de Latacunga.", "es")
    assert ("LOCATED_IN", "Cárcel de Latacunga", "Ecuador") in facts


def test_a_prison_in_a_known_town_is_no_named_prison(ex) -> None:
    nodes = ex.nodes("El cabecilla de Los Cóndores Rojos se fugó de una cárcel de Latacunga.", "es")
    assert not any(kind == "Prison" for kind, _ in nodes)
