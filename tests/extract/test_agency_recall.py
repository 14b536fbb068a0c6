"""Agencies in the shapes news names them: possessive and demonym forms, state-level bodies,
units inside long official names, and what is not an agency (newspapers, NGOs, embassies)."""

from __future__ import annotations

import pytest


def agencies(ex, text: str, lang: str) -> dict[str, str | None]:
    """Each Agency node's name and the country it is BASED_IN."""
    graph = ex.run(text, lang).graph
    based = {
        graph.node(e.source).name: graph.node(e.target).name for e in graph.edges() if e.type == "BASED_IN"
    }
    return {n.name: based.get(n.name) for n in graph.nodes() if n.type == "Agency"}


@pytest.mark.parametrize(
    ("lang", "text", "agency", "country"),
    [
        # a country's lower-case prosecutors, as the police are: "Colombia's prosecutor's office"
        (
            "en",
            "Colombia's prosecutor's office charged Iván Prado, a Clan del Golfo leader.",
            "Colombia's prosecutor's office",
            "Colombia",
        ),
        (
            "en",
            "Chilean prosecutors said the Tren de Aragua runs extortion rings in Santiago.",
            "Chilean prosecutors",
            "Chile",
        ),
        (
            "en",
            "Peru's attorney general's office opened a case against the Tren de Aragua.",
            "Peru's attorney general's office",
            "Peru",
        ),
        # a state body named by an adjective only one country's state has
        (
            "pt",
            "O Ministério Público paulista denunciou Marcos Lima, líder do PCC.",
            "Ministério Público paulista",
            "Brazil",
        ),
        (
            "pt",
            "A Polícia Civil fluminense prendeu Carlos Melo, líder do Comando Vermelho.",
            "Polícia Civil fluminense",
            "Brazil",
        ),
        (
            "es",
            "La Fiscalía sinaloense detuvo a Pablo Mena, líder de Los Chapitos.",
            "Fiscalía sinaloense",
            "Mexico",
        ),
        (
            "es",
            "La Policía bonaerense detuvo a Diego Sosa, líder de Los Tordos.",
            "Policía bonaerense",
            "Argentina",
        ),
        # shapes already read, pinned
        (
            "en",
            "The Salvadoran army arrested Mario Lemus, a leader of MS-13.",
            "Salvadoran army",
            "El Salvador",
        ),
        (
            "en",
            "The Colombian Coast Guard seized a semi-submersible of the Clan del Golfo.",
            "Colombian Coast Guard",
            "Colombia",
        ),
        (
            "es",
            "La Fiscalía chilena acusó a Pedro Soto, líder del Tren de Aragua.",
            "Fiscalía chilena",
            "Chile",
        ),
        (
            "es",
            "La Fiscalía de Sinaloa detuvo a Pablo Mena, líder de Los Chapitos.",
            "Fiscalía de Sinaloa",
            "Mexico",
        ),
        (
            "es",
            "La Guardia Costera de Colombia interceptó un semisumergible del Clan del Golfo.",
            "Guardia Costera de Colombia",
            "Colombia",
        ),
        (
            "pt",
            "A Polícia Civil do Rio prendeu Carlos Melo, líder do Comando Vermelho.",
            "Polícia Civil do Rio",
            "Brazil",
        ),
        (
            "pt",
            "A Polícia Nacional paraguaia prendeu Pedro Ramos, líder do PCC, em Assunção.",
            "Polícia Nacional paraguaia",
            "Paraguay",
        ),
    ],
)
def test_agency_and_its_country(ex, lang, text, agency, country):
    assert agencies(ex, text, lang).get(agency, "missing") == country


@pytest.mark.parametrize(
    ("lang", "text", "fact"),
    [
        (
            "en",
            "Chilean prosecutors arrested Pedro Soto, a leader of the Tren de Aragua.",
            ("Pedro Soto", "Chilean prosecutors"),
        ),
        (
            "es",
            "La Policía bonaerense detuvo a Diego Sosa, líder del Tren de Aragua, en La Plata.",
            ("Diego Sosa", "Policía bonaerense"),
        ),
        (
            "pt",
            "A Polícia Civil fluminense prendeu Carlos Melo, líder do Comando Vermelho.",
            ("Carlos Melo", "Polícia Civil fluminense"),
        ),
    ],
)
def test_arrest_by_the_new_shapes(ex, lang, text, fact):
    assert ("ARRESTED_BY", *fact) in ex.facts(text, lang)


def test_unit_and_its_parent_are_two_agencies(ex):
    text = (
        "La Dirección Antinarcóticos de la Policía Nacional del Ecuador capturó a Jorge Ruiz, "
        "cabecilla de Los Lobos."
    )
    found = agencies(ex, text, "es")
    assert {"Dirección Antinarcóticos", "Policía Nacional del Ecuador"} <= set(found)


def test_one_body_in_two_forms_is_one_agency(ex):
    text = (
        "La Policía Nacional del Perú (PNP) detuvo a Raúl Vera, cabecilla del Tren de Aragua. "
        "La PNP informó que el grupo opera en Lima."
    )
    assert list(agencies(ex, text, "es")) == ["Policía Nacional del Perú"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Washington Post reported that the Sinaloa Cartel operates in Chicago."),
        ("en", "Human Rights Watch said the Tren de Aragua operates in Chile."),
        ("en", "The U.S. Embassy in Mexico said the Sinaloa Cartel operates in Sonora."),
        ("en", "Prosecutors said the Tren de Aragua runs extortion rings in Santiago."),
        ("en", "Chile's prosecutors' union met in Santiago."),
        ("es", "El diario El Universo informó que Los Lobos operan en Guayaquil."),
        ("es", "La ONG Insight Crime dijo que el Tren de Aragua opera en Perú."),
        ("pt", "O jornal Folha de S.Paulo informou que o PCC atua no Paraguai."),
        ("pt", "O PCC, a facção paulista, atua no Paraguai."),
        ("pt", "O empresário paulista Marcos Lima foi preso com integrantes do PCC."),
    ],
)
def test_not_an_agency(ex, lang, text):
    assert agencies(ex, text, lang) == {}
