"""The country a story happens in is not where its people or loads were sent: "extradited to the
United States", "flown to New York", "enviado a España" do not count toward it."""

from __future__ import annotations

import pytest

from kg.extract.gazetteer import load_gazetteer
from kg.extract.home_country import home_country
from kg.extract.pipeline import analyse, find_facts


def home_of(text: str, lang: str) -> str | None:
    analysis = analyse(text, lang, load_gazetteer())
    table, _ = find_facts(analysis)
    return home_country(analysis, table)


SENT_AWAY = {
    "en": (
        "Police in Tegucigalpa arrested three men on Monday. Prosecutors in San Pedro Sula charged "
        "them. Their boss was extradited to the United States and flown to New York. He was later "
        "sent to Miami and transferred to Texas."
    ),
    "es": (
        "La policía detuvo a tres hombres en Tegucigalpa el lunes. La fiscalía de San Pedro Sula "
        "los acusó. Su jefe fue extraditado a Estados Unidos y trasladado a Nueva York. Después fue "
        "enviado a Miami, trasladado a Texas y deportado a Estados Unidos."
    ),
}


@pytest.mark.parametrize("lang", sorted(SENT_AWAY))
def test_where_people_were_sent_is_not_where_the_story_happens(lang) -> None:
    assert home_of(SENT_AWAY[lang], lang) == "Honduras"


def test_places_named_as_where_things_happen_still_count() -> None:
    text = (
        "Police in Tegucigalpa arrested three men on Monday. Prosecutors in San Pedro Sula charged "
        "them. Their boss was arrested in the United States and tried in New York. He is held in Miami, "
        "in Texas."
    )
    assert home_of(text, "en") == "United States"


# Cities from GeoNames (kg.extract.cities) count as places of the home country
def test_a_dateline_city_sets_the_story_s_country() -> None:
    text = "BUCARAMANGA — La policía capturó a tres integrantes de Los Cóndores Rojos el lunes."
    assert home_of(text, "es") == "Colombia"


def test_a_surname_like_a_city_sets_no_country() -> None:
    text = "El fiscal Andrés Natal acusó el lunes a tres integrantes de Los Cóndores Rojos."
    assert home_of(text, "es") is None
