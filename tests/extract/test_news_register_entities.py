"""Entities in the registers of Latin American police notes and dailies, on texts written for
these tests: a gang named after its group word and a plural article, a nickname before a
faction word, a one-word force opening its sentence."""

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
        ("pt", "Polícia prende três suspeitos de integrar a facção Os Ferrões.", "Polícia"),
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
    ],
)
def test_a_force_word_opening_a_sentence_without_a_verb_after_it_is_no_agency(ex, lang, text):
    assert not {name for kind, name in ex.nodes(text, lang) if kind == "Agency"}
