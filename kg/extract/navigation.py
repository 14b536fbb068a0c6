"""Page clutter: breadcrumbs ("Site > World > Americas"), link lists ("Lea también: ...",
"More from Site: A | B") and share bars. Patterns find no new names in them; the gazetteer
still may, but a site's own name there ("Court Wire") is not taken for an agency.

>>> "lea tambien" in OPENERS
True
"""

from __future__ import annotations

from kg.extract.langdata import words
from kg.extract.mentions import Analysis
from kg.extract.text import fold_keep_offsets

OPENERS = words("navigation_openers")
# One-word labels of a link or tag list, followed by a colon: "Tags: ...", "Etiquetas: ...".
LABELS = words("navigation_labels")
SEPARATORS = words("navigation_separators")


def navigation_lines(analysis: Analysis) -> set[int]:
    """Sentences that are navigation or link lists rather than prose."""
    found: set[int] = set()
    doc = analysis.doc
    for number, (start, end) in enumerate(analysis.sents):
        words = [fold_keep_offsets(t.lower_) for t in doc[start : min(end, start + 3)] if t.is_alpha]
        opener = " ".join(words[:2])
        if (
            any(t.text in SEPARATORS for t in doc[start:end])
            or opener in OPENERS
            or words[:1]
            in (
                ["tags"],
                ["etiquetas"],
                ["related"],
            )
        ):
            found.add(number)
    return found
