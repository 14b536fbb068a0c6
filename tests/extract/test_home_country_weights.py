"""The story's own country: a repeated nationality, an acronym and the agency the story follows.

Each text is written for these tests; the names are invented.
"""

from __future__ import annotations

import pytest

from kg.extract import read_document
from kg.extract.home_country import home_country
from kg.model import Document


def home(text: str, lang: str) -> str | None:
    _lang, analysis, table, _facts = read_document(Document(id="t", source="t.md", text=text), lang=lang)
    return home_country(analysis, table)


# A Venezuelan victim named over and over in a Chilean story: a nationality, not the place.
VICTIM_ABROAD = (
    "Crimen de un comerciante venezolano: detienen a dos sospechosos. El comerciante venezolano Arturo "
    "Pleno fue hallado sin vida el lunes. Vivía en Chile desde 2019, según la Policía de Investigaciones. "
    "Un testigo venezolano y un primo venezolano declararon ante la Policía de Investigaciones. Otro vecino "
    "venezolano dijo que el comerciante venezolano era amenazado en Chile por un cobrador venezolano."
)
STORY_AT_HOME = (
    "Caracas, 3 de marzo de 2025. La policía detuvo en Venezuela a dos sospechosos por el crimen del "
    "comerciante chileno Arturo Pleno. El comerciante vivía en Maracaibo desde 2019. El gobierno venezolano "
    "y la fiscalía venezolana dijeron que en Venezuela hay nuevas pistas. Un testigo habló en Chile."
)
# "U.S. officials", "a U.S. passport": an acronym modifies; the story happens in Mexico.
ACRONYMS = (
    "U.S. officials said on Monday that a cartel boss was arrested at his ranch. The man held a U.S. "
    "passport, U.S. agents said, and the U.S. Embassy was told. He had lived in Mexico for years. The "
    "Mexican government said the arrest was made in Mexico."
)
SPELLED_OUT = (
    "Federal agents arrested a Mexican cartel boss in Texas on Monday. The man had lived in the United "
    "States for years, officials in Houston said. The Mexican government said it was not told. He faces "
    "charges in the United States."
)
# the agency the story follows is Paraguay's; the neighbour's police helps across the border
LEAD_AGENCY = (
    "La Secretaría Nacional Antidrogas desarticuló en Paraguay una red de avionetas. La Secretaría Nacional "
    "Antidrogas detuvo a cinco personas en una estancia. Según la Secretaría Nacional Antidrogas, la droga "
    "venía de Bolivia. La Secretaría Nacional Antidrogas incautó dos avionetas. La Fuerza Especial de Lucha "
    "Contra el Narcotráfico (FELCN) detuvo a un piloto en Bolivia y la FELCN allanó un hangar en Santa Cruz "
    "de la Sierra."
)
# each agency named as often: none leads, the places decide
NO_LEAD = (
    "La Secretaría Nacional Antidrogas y la Fuerza Especial de Lucha Contra el Narcotráfico (FELCN) "
    "investigan una red de avionetas. La FELCN detuvo a cinco personas en Bolivia. Según la FELCN, la droga "
    "salía de Santa Cruz de la Sierra. La FELCN incautó dos avionetas en Bolivia."
)


@pytest.mark.parametrize(
    ("text", "lang", "country"),
    [
        (VICTIM_ABROAD, "es", "Chile"),
        (STORY_AT_HOME, "es", "Venezuela"),
        (ACRONYMS, "en", "Mexico"),
        (SPELLED_OUT, "en", "United States"),
        (LEAD_AGENCY, "es", "Paraguay"),
        (NO_LEAD, "es", "Bolivia"),
    ],
)
def test_home_country(text: str, lang: str, country: str) -> None:
    assert home(text, lang) == country


def test_a_lead_agency_of_a_country_the_text_never_names_moves_no_story() -> None:
    text = (
        "La DEA dijo que el Clan del Golfo enviaba cocaína desde Cartagena. La DEA siguió los envíos "
        "durante meses. Agentes de la DEA compartieron datos. La DEA no dio nombres. La Policía Nacional "
        "detuvo a 12 integrantes de la banda el lunes."
    )
    assert home(text, "es") == "Colombia"
