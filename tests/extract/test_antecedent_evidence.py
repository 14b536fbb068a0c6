"""A fact told through a reference back ("the group") carries the sentence that named the group too."""

from __future__ import annotations

from kg.extract import extract_document
from kg.model import Document


def test_a_fact_told_through_a_reference_back_shows_both_sentences() -> None:
    first = "The Los Gatos gang runs extortion rackets in Peru."
    second = "Last week the group was dismantled by the Peruvian National Police."
    graph = extract_document(Document(id="d", source="d.md", text=f"{first} {second}")).graph
    (arrest,) = [e for e in graph.edges() if e.type == "ARRESTED_BY"]
    assert [(ev.sentence, ev.rule) for ev in arrest.evidence] == [
        (second, "arrested-by/cue"),
        (first, "arrested-by/cue/antecedent"),
    ]


def test_detainees_said_to_belong_to_a_gang_show_the_arrest_too() -> None:
    first = "La Policía Nacional del Perú capturó a 12 personas en Lima."
    second = "Los detenidos integran la banda Los Pulpos de Trujillo, según la PNP."
    graph = extract_document(Document(id="d", source="d.md", text=f"{first} {second}"), lang="es").graph
    (arrest,) = [e for e in graph.edges() if e.type == "ARRESTED_BY"]
    assert {(ev.sentence, ev.rule) for ev in arrest.evidence} == {
        (second, "arrested-by/detainees-membership"),
        (first, "arrested-by/detainees-membership/arrest"),
    }
