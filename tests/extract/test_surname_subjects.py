"""A leader named again by surname inside a sentence, after a speaker or a source ("Prosecutors
say Kastrati headed G", "Según la Fiscalía, Kastrati dirigía G", "A polícia diz que Kastrati
chefiava G"), stands for the person the article named in full before; not an official's surname."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("lang", "text", "group"),
    [
        (
            "en",
            "Police arrested Ervin Kastrati, a 41-year-old Albanian, in Guayaquil in May. "
            "Prosecutors say Kastrati headed Los Lobos in the port.",
            "Los Lobos",
        ),
        (
            "es",
            "La Policía capturó a Ervin Kastrati, un albanés de 41 años, en Guayaquil. "
            "La Fiscalía sostiene que Kastrati era el jefe de Los Choneros.",
            "Los Choneros",
        ),
        (
            "pt",
            "A Polícia Federal prendeu Ervin Kastrati, um albanês de 41 anos, em Santos. "
            "Segundo a investigação, Kastrati chefiava o Primeiro Comando da Capital no porto.",
            "Primeiro Comando da Capital",
        ),
    ],
)
def test_a_surname_inside_the_sentence_stands_for_the_full_name(
    rules, lang: str, text: str, group: str
) -> None:
    assert ("Ervin Kastrati", group) in rules.leads(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Interior Minister Mark Ruiz visited Quito in May. Officials say Ruiz heads Los Lobos' pursuit.",
        ),
        (
            "es",
            "El fiscal Marco Ruiz visitó Quito. Según la prensa, Ruiz lidera la ofensiva contra Los Lobos.",
        ),
        (
            "en",
            "Police arrested Ervin Kastrati in May. Officials say Kastrati's lawyer heads Los Lobos' defence.",
        ),
    ],
)
def test_an_officials_surname_or_a_possessor_makes_no_leader(rules, lang: str, text: str) -> None:
    assert rules.leads(text, lang) == set()
