"""Acronyms a text gives in parentheses after a name: "Peruvian National Police (PNP)",
"Departamento Penitenciário Nacional (Depen)", "(MP-SP)", "(Translation - ACR)". The acronym
becomes an alias and names the entity wherever it recurs in the document.
"""

from __future__ import annotations

from kg.extract.matchers import DEMONYM, PLACE
from kg.extract.mentions import Analysis, Mention
from kg.extract.text import Tok, fold_key
from kg.schema import AGENCY, COUNTRY, FACTION, GANG, PRISON


def short_form(analysis: Analysis, token: Tok, name: str) -> bool:
    """A capitalized word in parentheses spelt from the name's letters in order, and no place:
    "Depen", "Sernic", "Dirandro" (acronyms written as words in Spanish and Portuguese)."""
    word, letters = fold_key(token.text), fold_key(name).replace(" ", "")
    if not (token.is_alpha and 3 <= len(word) <= 10 and token.text[:1].isupper() and word[0] == letters[:1]):
        return False
    if any(m.type in (PLACE, DEMONYM, COUNTRY) for m in analysis.covering(token.i)):
        return False
    rest = iter(letters)
    return all(c in rest for c in word)  # a subsequence of the name's letters


def acronym_mentions(analysis: Analysis, mentions: list[Mention]) -> list[Mention]:
    """``Name (ACR)`` or ``Name (Translation - ACR)``: the acronym names the entity elsewhere."""
    doc = analysis.doc
    forms: dict[str, Mention] = {}
    # "the Defense Ministry (Sedena)": a known name in the parentheses names the same body
    known = {(m.type, m.start, m.end) for m in mentions if m.entry is not None}
    # "the Attorney General's Office (Ministerio Público)", "Brazil's Federal Police (Polícia
    # Federal)": an agency's name in another language glosses the one before it
    glosses = {(m.start, m.end) for m in mentions if m.type == AGENCY}
    for mention in mentions:
        if mention.type not in {GANG, FACTION, AGENCY, PRISON}:
            continue
        j = mention.end
        if j + 2 < len(doc) and doc[j].text == "(":
            close = next((k for k in range(j + 1, min(j + 12, len(doc))) if doc[k].text == ")"), None)
            if close is None:
                continue
            inner = [t for t in doc[j + 1 : close]]
            acronym = (
                inner[-1].text if inner and inner[-1].text.isupper() and len(inner[-1].text) >= 2 else None
            )
            glossed = mention.type == AGENCY and (j + 1, close) in glosses and close - j > 2
            if (mention.entry is None and (mention.type, j + 1, close) in known) or glossed:
                mention.aliases.append(analysis.surface(j + 1, close))
                continue
            if len(inner) == 1 and short_form(analysis, inner[0], mention.name):
                acronym = inner[0].text  # "Departamento Penitenciário Nacional (Depen)"
            hyphenated = len(inner) > 1 and all(t.text.isupper() or t.text == "-" for t in inner)
            if hyphenated and not any(t.whitespace_ for t in inner[:-1]):  # "(MP-SP)": one acronym
                acronym = "".join(t.text for t in inner)
                mention.aliases.append(acronym)
                forms[acronym] = mention
                continue
            if acronym and len(inner) > 1 and inner[-2].text == "-":
                mention.aliases.append(analysis.surface(j + 1, close - 2))
            if acronym and (len(inner) == 1 or inner[-2].text == "-"):
                mention.aliases.append(acronym)
                forms[acronym] = mention
    found: list[Mention] = []
    if forms:
        for token in doc:
            owner = forms.get(token.text)
            if owner is not None:
                found.append(
                    Mention(
                        owner.type, owner.name, token.i, token.i + 1, "acronym", owner.entry, owner.country
                    )
                )
    return found
