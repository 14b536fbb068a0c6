"""A gang named first in full with where it is from ("Los Ñandúes de Alto Piura") and later
by its first words ("Los Ñandúes") is one gang, and so is a faction ("Los Zorzales" beside
"Los Zorzales del Desierto"); a longer name that is no place qualifier ("Los Halcones Negros")
stays another group."""

from __future__ import annotations


def test_the_short_form_of_a_name_with_its_place_is_the_same_gang(ex) -> None:
    text = (
        'La Policía desarticuló la banda criminal "Los Ñandúes de Alto Piura", dedicada a la extorsión. '
        'Según la Fiscalía, "Los Ñandúes" cobraban cupos a mototaxistas.'
    )
    groups = {name for t, name in ex.nodes(text, "es") if t in ("Gang", "Faction")}
    assert groups == {"Los Ñandúes de Alto Piura"}


def test_a_longer_name_without_a_place_is_another_group(ex) -> None:
    text = (
        'La Policía desarticuló la banda criminal "Los Ñandúes Negros", dedicada a la extorsión. '
        'Según la Fiscalía, la banda "Los Ñandúes" cobraba cupos a mototaxistas.'
    )
    groups = {name for t, name in ex.nodes(text, "es") if t in ("Gang", "Faction")}
    assert groups == {"Los Ñandúes Negros", "Los Ñandúes"}


def test_the_first_words_of_a_known_gang_are_that_gang(ex) -> None:
    text = (
        "Los Caballeros Templarios control drug routes in western Mexico. Police said the Los Caballeros boss, "
        "Ramiro Tello Vargas, was arrested in Morelia."
    )
    groups = {name for t, name in ex.nodes(text, "en") if t in ("Gang", "Faction")}
    assert groups == {"Los Caballeros Templarios"}


def test_a_faction_named_short_in_the_headline_is_the_faction_named_in_full(ex) -> None:
    text = (
        'Prisión preventiva para nueve miembros de "Los Zorzales", la facción del Tren de Aragua que '
        "aterrorizaba Iquique\n\n"
        'El juzgado decretó la prisión preventiva para nueve imputados, acusados de integrar "Los Zorzales '
        'del Desierto", una estructura que funciona como brazo del Tren de Aragua.'
    )
    groups = {name for t, name in ex.nodes(text, "es") if t in ("Gang", "Faction")}
    assert groups == {"Los Zorzales del Desierto", "Tren de Aragua"}


def test_a_faction_is_no_short_form_of_a_gang_sharing_its_first_words(ex) -> None:
    text = (
        "Los Tigres, una facción del Tren de Aragua, controlan el cobro de cupos en Lima. Su rival es la "
        "banda Los Tigres de Tumbes, que opera en la frontera con Ecuador."
    )
    groups = {name for t, name in ex.nodes(text, "es") if t in ("Gang", "Faction")}
    assert {"Los Tigres", "Los Tigres de Tumbes"} <= groups


def test_two_factions_named_in_one_sentence_are_two(ex) -> None:
    text = (
        "Los Gallos, una facción de Los Choneros, pelean con Los Gallos de Manta, una facción de Los Lobos."
    )
    groups = {name for t, name in ex.nodes(text, "es") if t in ("Gang", "Faction")}
    assert {"Los Gallos", "Los Gallos de Manta"} <= groups
