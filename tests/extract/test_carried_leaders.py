"""A leader introduced in one sentence and his group told in the next: a Spanish or Portuguese
sentence that drops its subject ("Dirigía la banda G", "Era o chefe da facção G") and an English
pronoun after the words that cite a source ("Prosecutors say he led G") go on about the one
person the sentence before named."""

from __future__ import annotations

import pytest


def leads(rules, text: str, lang: str) -> set[tuple[str, str]]:
    return {(a, b) for t, a, b in rules.facts(text, lang) if t == "LEADS"}


@pytest.mark.parametrize(
    ("lang", "text", "leader", "group"),
    [
        (
            "es",
            'Darío Ferrán, alias "El Zorro", fue detenido el lunes en Lima. '
            "Dirigía la banda Los Iturbe desde 2015.",
            "Darío Ferrán",
            "Los Iturbe",
        ),
        (
            "es",
            "Hugo Larra fue capturado en Salta. Era uno de los jefes de la banda Los Grises.",
            "Hugo Larra",
            "Los Grises",
        ),
        (
            "es",
            'Mario Quispe, conocido como "Cholo", cayó en Arequipa. '
            "Según la policía, lideraba la organización criminal Los Pumas.",
            "Mario Quispe",
            "Los Pumas",
        ),
        (
            "pt",
            'Carlos Rocha, conhecido como "Bigode", foi preso em Manaus. '
            "Chefiava a facção Tropa do Vale desde 2019.",
            "Carlos Rocha",
            "Tropa do Vale",
        ),
        (
            "pt",
            'Mário Souza, o "Bigorna", foi capturado no Pará. '
            "Segundo a polícia, era o líder da facção Bonde dos Lobos.",
            "Mário Souza",
            "Bonde dos Lobos",
        ),
        (
            "es",
            "Darío Ferrán cayó en Tacna. Sería el líder de la banda Los Iturbe.",
            "Darío Ferrán",
            "Los Iturbe",
        ),
        (
            "pt",
            "Carlos Rocha foi preso em Manaus. É apontado como chefe da facção Bonde dos Lobos.",
            "Carlos Rocha",
            "Bonde dos Lobos",
        ),
        (
            "pt",
            "Mário Souza, de 38 anos, foi morto em confronto com a polícia no Pará. "
            "Era apontado como um dos líderes da facção Bonde dos Lobos.",
            "Mário Souza",
            "Bonde dos Lobos",
        ),
        (
            "es",
            "Mario Quispe fue abatido en Cusco. Es señalado como uno de los cabecillas de la banda Los Pumas.",
            "Mario Quispe",
            "Los Pumas",
        ),
        (
            "en",
            'Dario Ferran, known as "El Zorro", was arrested on Monday in Lima. '
            "Prosecutors say he led the Iturbe gang for a decade.",
            "Dario Ferran",
            "Iturbe",
        ),
    ],
)
def test_the_person_named_before_leads_the_group_told_next(
    rules, lang: str, text: str, leader: str, group: str
) -> None:
    assert leads(rules, text, lang) == {(leader, group)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # two people named before: the dropped subject may be either
        (
            "es",
            "Hugo Larra y Mario Quispe fueron capturados en Salta. Dirigía la banda Los Grises.",
        ),
        # an official is named before: the subject is not his
        ("es", "El fiscal Hugo Larra presentó la acusación. Era el jefe de la banda Los Grises."),
        # the leadership word is no predicate of the dropped subject
        ("pt", "Carlos Rocha foi preso em Manaus. Era a facção Tropa do Vale que ele temia, disse o chefe."),
        # an impersonal "se" opens the sentence: someone else is sought
        ("es", "Hugo Larra fue capturado en Salta. Se busca al líder de la banda Los Grises."),
        # English names its subject: a verb opening the sentence takes nobody from before
        ("en", "Dario Ferran was arrested on Monday. Led the Iturbe gang, prosecutors said."),
    ],
)
def test_no_single_person_before_or_no_dropped_subject_names_no_leader(rules, lang: str, text: str) -> None:
    assert leads(rules, text, lang) == set()


def test_the_leads_fact_shows_the_sentence_that_named_the_person(rules) -> None:
    text = "Hugo Larra fue capturado en Salta. Dirigía la banda Los Grises."
    graph = rules.run(text, "es").graph
    [edge] = [e for e in graph.edges() if e.type == "LEADS"]
    sentences = {ev.sentence for ev in edge.evidence}
    assert sentences == {"Hugo Larra fue capturado en Salta.", "Dirigía la banda Los Grises."}
