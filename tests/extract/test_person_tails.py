"""A group named with the surname of a person the article names in full: the name ends before
"de Surname" and the person leads it ("el cartel de Medellín de Escobar", "Escobar's Medellín
cartel"). Beside each, a tail that is no person's and a possessive that is no group's.
"""

from __future__ import annotations

import pytest

from kg.extract.gazetteer import load_gazetteer
from kg.extract.leader_groups import death_told
from kg.extract.pipeline import analyse


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "es",
            "Pablo Ortega Gaviria murió en 1993. Los caleños libraron una guerra contra el cartel de "
            "Medellín de Ortega.",
            {("Pablo Ortega Gaviria", "cartel de Medellín")},
        ),
        (
            "en",
            "Pablo Ortega Gaviria died in 1993. Rivals fought a war against Ortega's Medellín cartel.",
            {("Pablo Ortega Gaviria", "Medellín cartel")},
        ),
        (
            "pt",
            "Marcos Vieira Camacho foi transferido. O Bonde do Gago de Camacho domina os presídios.",
            {("Marcos Vieira Camacho", "Bonde do Gago")},
        ),
        ("es", "Los Choneros de Macías controlan el puerto de Manta, dijo la Policía.", set()),
        ("en", "Judge Ana Soto Ruiz ruled on Monday. Soto's ruling hit the Gulf Cartel hard.", set()),
    ],
)
def test_a_groups_name_ending_in_a_named_persons_surname_is_that_persons_group(
    rules, lang: str, text: str, expected: set[tuple[str, str]]
) -> None:
    assert rules.leads(text, lang) == expected


def test_the_surname_leaves_the_groups_name(rules) -> None:
    text = "Pablo Ortega Gaviria murió en 1993. Los caleños libraron una guerra contra el cartel de Medellín de Ortega."
    names = {name for kind, name in rules.nodes(text, "es") if kind == "Gang"}
    assert names == {"cartel de Medellín"}


@pytest.mark.parametrize(
    ("lang", "text", "name", "told"),
    [
        ("es", "El cartel creció tras la muerte de Pablo Ortega Gaviria en 1993.", "Pablo", True),
        ("en", "The cartel grew after the murder of the boss Pablo Ortega in 1993.", "boss", True),
        ("es", "El cartel creció bajo el mando de Pablo Ortega Gaviria en 1993.", "Pablo", False),
    ],
)
def test_a_death_told_before_a_name(lang: str, text: str, name: str, told: bool) -> None:
    analysis = analyse(text, lang, load_gazetteer())
    start = next(t.i for t in analysis.doc if t.text == name)
    assert death_told(analysis.doc, start) is told
