"""Names of international bodies: an office of the UN is no country's ("la Oficina de la ONU
para ...", "the UN Office on Drugs and Crime"), whatever country the article is about.
"""

from __future__ import annotations

from kg.extract.langdata import words
from kg.extract.text import fold_key

INTERNATIONAL = tuple(sorted(words("international_bodies")))


def international_name(name: str) -> bool:
    """Whether a name holds an international body's, as whole words (not the "un" inside another).

    >>> international_name("Oficina de la ONU para la Coordinación"), international_name("Fundación")
    (True, False)
    """
    folded = f" {fold_key(name).replace('.', '')} "
    return any(f" {word} " in folded for word in INTERNATIONAL)
