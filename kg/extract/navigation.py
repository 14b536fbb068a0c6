"""Page clutter: breadcrumbs ("Site > World > Americas"), link lists ("Lea también: ...",
"More from Site: A | B") and share bars. Patterns find no new names in them; the gazetteer
still may, but a site's own name there ("Court Wire") is not taken for an agency. Nor in
headlines and menus in Title Case, where capitals mark no names.

>>> "lea tambien" in OPENERS
True
"""

from __future__ import annotations

from kg.extract.langdata import words
from kg.extract.mentions import Analysis
from kg.extract.text import fold_keep_offsets, fold_key

OPENERS = words("navigation_openers")
# One-word labels of a link or tag list, followed by a colon: "Tags: ...", "Etiquetas: ...".
LABELS = words("navigation_labels")
SEPARATORS = words("navigation_separators")
LONE_LABELS = words("navigation_lone_labels")
BYLINE_OPENERS = words("byline_openers")  # "By", "Por"
BYLINE_LINKS = words("byline_links")  # "and", "e", "de" between names
BYLINE_NAMES = 10  # words of names a byline holds at the most


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
            or (bool(words) and words[0] in LONE_LABELS)
        ):
            found.add(number)
    return found


def headline_sentences(analysis: Analysis) -> set[int]:
    """Sentences in Title Case (headlines, menus): capitals there do not mark names.

    Words inside known names do not count, so a plain sentence full of names is not a headline.
    """
    known = {k for m in analysis.mentions for k in range(m.start, m.end)}
    result = set()
    for number, (start, end) in enumerate(analysis.sents):
        words = [t for t in analysis.doc[start:end] if t.is_alpha and len(t.text) > 3 and t.i not in known]
        last = next((t for t in reversed(analysis.doc[start:end]) if t.text.strip()), None)
        if last is not None and last.text == "." and any(t.text.islower() for t in words):
            continue  # a sentence with a period and a verb in lower case is prose, not a headline
        if len(words) >= 4 and sum(t.text[0].isupper() for t in words) / len(words) > 0.75:
            result.add(number)
    return result


def byline_sentences(analysis: Analysis) -> set[int]:
    """Lines of reporters' names ("By Ana Ruiz and Paulo Lima", "Por Thiago Holanda Bezerra |
    Santos"): a country's or a place's name there is part of someone's name."""
    found: set[int] = set()
    doc = analysis.doc
    for number, (start, end) in enumerate(analysis.sents):
        if doc[start].lower_ not in BYLINE_OPENERS or not doc[start].text[:1].isupper():
            continue
        stop = next((k for k in range(start + 1, end) if doc[k].text in SEPARATORS), end)
        line = doc[start + 1 : stop]
        names = [t for t in line if t.is_alpha]
        if (
            2 <= len(names) <= BYLINE_NAMES
            and all(t.is_alpha or t.text == "," or t.text.isspace() for t in line)
            and all(t.text[:1].isupper() or t.lower_ in BYLINE_LINKS for t in names)
        ):
            found.add(number)
    return found


def tag_lines(analysis: Analysis) -> set[int]:
    """Sentences that open a tag or link list: "Etiquetas: ...", "Tags: ...", "Lea también: ..."."""
    found = set()
    doc = analysis.doc
    for number, (start, end) in enumerate(analysis.sents):
        alpha = [k for k in range(start, min(end, start + 4)) if doc[k].is_alpha]
        if not alpha:
            continue
        first = fold_key(doc[alpha[0]].text)
        labelled = first in LABELS and alpha[0] + 1 < end and doc[alpha[0] + 1].text == ":"
        if labelled or " ".join(fold_key(doc[k].text) for k in alpha[:2]) in OPENERS:
            found.add(number)
    return found
