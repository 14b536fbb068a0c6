"""An agency that only says an arrest made in another country did not make it ("X was arrested in
Bogotá, Ecuador's National Police said"; a city places the arrest as a country does), while one that
took custody there keeps it ("quedó bajo custodia de agentes del FBI, informó el Departamento de
Justicia")."""

from __future__ import annotations


def test_a_speaker_of_an_arrest_in_another_countrys_city_made_none(rules) -> None:
    text = (
        "Jorge Vera Mite, a leader of the Los Tejones gang, was arrested in Bogotá on Tuesday, Ecuador's "
        "National Police said, citing Colombian officials."
    )
    assert not rules.arrests(text, "en")


def test_a_speaker_of_an_arrest_at_home_made_it(rules) -> None:
    text = (
        "Jorge Vera Mite, a leader of the Los Tejones gang, was arrested in Guayaquil on Tuesday, Ecuador's "
        "National Police said."
    )
    assert ("Jorge Vera Mite", "Ecuador's National Police") in rules.arrests(text, "en")


def test_an_agency_taking_custody_before_the_speaker_keeps_the_arrest(rules) -> None:
    text = (
        'Élmer Cano Rivas, conocido como "Torcido", cabecilla de la Mara Salvatrucha, fue detenido en México y '
        "trasladado a Texas, donde quedó bajo custodia de agentes del FBI, informó el Departamento de Justicia "
        "de Estados Unidos."
    )
    assert ("Élmer Cano Rivas", "Federal Bureau of Investigation") in rules.arrests(text, "es")
