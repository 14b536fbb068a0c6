"""A name a pattern found once names the same entity wherever it recurs in the document: "la
facción Los Pinos del Tren de Aragua opera en Lima. Los Pinos extorsionan ..." makes both a Faction."""

from __future__ import annotations

from kg.extract.mentions import Analysis, Mention


def recurrences(analysis: Analysis, found: list[Mention]) -> list[Mention]:
    """A name found once by a pattern names the same entity wherever it recurs in the document."""
    forms: dict[str, dict[tuple[str, ...], Mention]] = {}  # first word -> distinct forms, first mention
    for mention in found:
        words = tuple(t.text for t in analysis.doc[mention.start : mention.end])
        if len(words) > 1 or words[0][:1].isupper():
            forms.setdefault(words[0], {}).setdefault(words, mention)
    taken = {k for m in found for k in range(m.start, m.end)}
    extra: list[Mention] = []
    doc = analysis.doc
    for token in doc:
        if token.text not in forms:
            continue
        for words, mention in forms[token.text].items():
            end = token.i + len(words)
            if token.i in taken or end > len(doc) or tuple(t.text for t in doc[token.i : end]) != words:
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
