"""Countries a sentence names as another's: the country of a person or a body ("el presidente de
Perú", "un ciudadano de Canadá", "suppliers of Colombia"), or of another group named right before
it ("el CJNG de México", "o PCC do Brasil"). Such a country is no place of a group the sentence
also names, whatever a learned score says (:mod:`kg.extract.pair_reader`).

>>> "presidente" in OWNER_NOUNS and "citizens" in OWNER_NOUNS
True
"""

from __future__ import annotations

from collections.abc import Sequence

from kg.extract.entities import GROUP_TYPES, Entity, Ref
from kg.extract.function_words import ARTICLES, OF_FORMS
from kg.extract.langdata import words
from kg.extract.text import Tok

# nouns of people and bodies a country belongs to: "el presidente de Perú", "a citizen of Canada"
OWNER_NOUNS = words("country_owner_nouns")


def _of_before(doc: Sequence[Tok], start: int) -> int | None:
    """Where "of / de / do" stands before the country at ``start``, past an article ("de la", "do")."""
    k = start - 1
    if k > 0 and doc[k].lower_ in ARTICLES and doc[k].lower_ not in OF_FORMS:
        k -= 1
    return k if k > 0 and doc[k].lower_ in OF_FORMS else None


def owned_by_noun(doc: Sequence[Tok], start: int) -> bool:
    """The country at ``start`` is a person's or a body's: "el presidente de Perú", "proveedores de
    Colombia", "citizens of Canada"."""
    k = _of_before(doc, start)
    return k is not None and doc[k - 1].lower_ in OWNER_NOUNS


def owned_by_group(doc: Sequence[Tok], refs: Sequence[Ref], source: Entity, start: int) -> bool:
    """The country at ``start`` follows another group of ``refs`` and "de / do / of": "Los Lobos
    mantienen vínculos con el CJNG de México", "o PCC do Brasil"."""
    k = _of_before(doc, start)
    return k is not None and any(
        r.end == k and r.entity is not source and r.entity.type in GROUP_TYPES for r in refs
    )
