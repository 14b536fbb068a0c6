"""A name a pattern found once names the same entity wherever it recurs in the document: "la
facción Los Pinos del Tren de Aragua opera en Lima. Los Pinos extorsionan ..." makes both a Faction.
A prison named in full by its kind ("Complexo Penitenciário da Papuda") recurs by its own name
alone ("nasceu na Papuda") where no place of that name stands."""

from __future__ import annotations

from kg.extract.function_words import OF_FORMS as OF_WORDS
from kg.extract.mentions import Analysis, Mention
from kg.schema import PRISON

SHORT_FORM_WORDS = 3  # words of a prison's own name after its kind: "da Papuda", "de Santa Martha"


def _own_name(analysis: Analysis, mention: Mention) -> tuple[str, ...] | None:
    """ "Complexo Penitenciário da Papuda": the capitalized words after the name's last "de"."""
    doc = analysis.doc
    if mention.type != PRISON or not doc[mention.start].text[:1].isupper():
        return None
    of = max((k for k in range(mention.start + 1, mention.end) if doc[k].lower_ in OF_WORDS), default=None)
    if of is None or not 0 < mention.end - of - 1 <= SHORT_FORM_WORDS:
        return None
    own = tuple(t.text for t in doc[of + 1 : mention.end])
    return own if own[0][:1].isupper() else None


def recurrences(analysis: Analysis, found: list[Mention]) -> list[Mention]:
    """A name found once by a pattern names the same entity wherever it recurs in the document."""
    forms: dict[str, dict[tuple[str, ...], Mention]] = {}  # first word -> distinct forms, first mention
    short: set[tuple[str, ...]] = set()  # prisons' own names
    for mention in found:
        words = tuple(t.text for t in analysis.doc[mention.start : mention.end])
        if len(words) > 1 or words[0][:1].isupper():
            forms.setdefault(words[0], {}).setdefault(words, mention)
        own = _own_name(analysis, mention)
        if own is not None:
            forms.setdefault(own[0], {}).setdefault(own, mention)
            short.add(own)
    taken = {k for m in found for k in range(m.start, m.end)}
    known = {k for m in analysis.mentions for k in range(m.start, m.end)}  # a town of the same name
    extra: list[Mention] = []
    doc = analysis.doc
    for token in doc:
        if token.text not in forms:
            continue
        for words, mention in forms[token.text].items():
            end = token.i + len(words)
            if token.i in taken or end > len(doc) or tuple(t.text for t in doc[token.i : end]) != words:
                continue
            if words in short and any(k in known for k in range(token.i, end)):
                continue
            extra.append(
                Mention(
                    mention.type,
                    mention.name,
                    token.i,
                    end,
                    "recurrence",
                    None,
                    mention.country,
                    list(mention.aliases),
                )
            )
            taken.update(range(token.i, end))
            break
    return extra
