"""Agencies that review an arrest made by another: "la Fiscalía legalizó las capturas", "o
Ministério Público homologou as prisões", "the Justice Department validated the arrests". The
review does not unmake the arrest; it only keeps its reviewer from being read as its agent.
"""

from __future__ import annotations

from kg.extract.arrest_scope import ARTICLES
from kg.extract.entities import Ref
from kg.extract.langdata import words
from kg.extract.mentions import Analysis
from kg.extract.text import Tok

REVIEW_WORDS = words("arrest_reviews")  # "la Fiscalía legalizó las capturas": the reviewer made none
OBJECT_REVIEWS = words("arrest_object_reviews")  # "manteve a prisão": a review only of "the arrest"
REVIEW_OBJECTS = words("review_objects")
REVIEW_REACH = 4  # words from the reviewer to its review word: "The Justice Department later validated"
REVIEW_APPOSITION = 10  # words of an apposition after the reviewer: ", a través de su seccional de Nariño,"


def reviewer(analysis: Analysis, ref: Ref) -> bool:
    """An agency that reviews the arrest, the subject of a review word after it with no arrest word
    between: "la Fiscalía legalizó las capturas", "o Ministério Público homologou as prisões", "the
    Justice Department later validated the arrests". The arrest stands: the agency that made it
    ("la captura ..., realizada por la Policía Nacional") keeps it."""
    doc = analysis.doc
    _, end = analysis.sents[analysis.sent_of[ref.start]]
    start = ref.end
    if start < end and doc[start].text == ",":  # past an apposition: "la Fiscalía, a través de X, legalizó"
        start = next(
            (k + 1 for k in range(start + 1, min(end, start + REVIEW_APPOSITION)) if doc[k].text == ","),
            start,
        )
    review = next((k for k in range(start, min(end, start + REVIEW_REACH)) if _review(doc, k, end)), None)
    return (
        review is not None
        and all(t.text != "," for t in doc[start:review])
        and not any(c.role == "arrest" for c in analysis.cues_between(start, review))
    )


def _review(doc: list[Tok], k: int, end: int) -> bool:
    """A review word at ``k``: "legalizó", "homologou", or a verb that reviews only with the arrest as
    its object ("manteve a prisão", "converteram as prisões"), past its article."""
    if doc[k].lower_ in REVIEW_WORDS:
        return True
    j = k + 1
    while j < end and doc[j].lower_ in ARTICLES:
        j += 1
    return doc[k].lower_ in OBJECT_REVIEWS and j < end and doc[j].lower_ in REVIEW_OBJECTS
