"""Leaders named again later in the article: by surname, by nickname, or by a pronoun.

"Adolfo Macías Villamar ... Macías had been recaptured", "alias 'El Menchito' ... 'El
Menchito' fue capturado", "Luiz Fernando da Costa ... Ele foi capturado": each later form
becomes a reference to the leader, so the relation rules of that sentence see the person.

>>> sorted(PRONOUNS["pt"])
['ela', 'ele']
"""

from __future__ import annotations

from kg.extract.entities import EntityTable, Ref
from kg.extract.mentions import Analysis
from kg.extract.text import fold_keep_offsets

PRONOUNS = {"en": frozenset({"he", "she"}), "es": frozenset({"el", "ella"}), "pt": frozenset({"ele", "ela"})}


def leader_references(analysis: Analysis, table: EntityTable, blocked: set[int]) -> None:
    """Add references for the later forms of each Leader of ``table``.

    Only forms that name one leader of the document count; a pronoun opening a sentence
    refers to the one leader named in the sentence before, when there is exactly one.
    """
    owners: dict[tuple[str, ...], set[str]] = {}
    for entity in table.of_type("Leader"):
        words = entity.name.split()
        forms: set[tuple[str, ...]] = {(w,) for w in words[1:] if len(w) >= 4 and w[0].isupper()}
        forms.add(tuple(words))  # a leader known by one name ("Coke") makes that name ambiguous
        for alias in entity.aliases:
            tokens = tuple(alias.replace('"', " ").split())
            if tokens and len(alias) >= 3 and tokens[0][0].isupper():
                forms.add(tokens)
        for form in forms:  # tokens carry the accent-folded text
            owners.setdefault(tuple(fold_keep_offsets(w) for w in form), set()).add(entity.key)
    doc = analysis.doc
    if owners:
        longest = max(len(f) for f in owners)
        for token in doc:
            for size in range(longest, 0, -1):
                form = tuple(t.text for t in doc[token.i : token.i + size])
                keys = owners.get(form)
                if not keys or len(keys) != 1 or any(k in blocked for k in range(token.i, token.i + size)):
                    continue
                sent = analysis.sent_of[token.i]
                if any(r.start <= token.i < r.end for r in table.in_sentence(sent)):
                    break
                table.add_ref(sent, Ref(table.entities[next(iter(keys))], token.i, token.i + size))
                break
    pronouns = PRONOUNS.get(analysis.lang, frozenset())
    for sent, (begin, _) in enumerate(analysis.sents):
        if sent == 0 or doc[begin].lower_ not in pronouns or not doc[begin].text[0].isupper():
            continue
        leaders = {r.entity.key: r.entity for r in table.in_sentence(sent - 1, "Leader")}
        if len(leaders) == 1 and not table.in_sentence(sent, "Leader"):
            table.add_ref(sent, Ref(next(iter(leaders.values())), begin, begin + 1))
