"""Names of international bodies: an office of the UN that a pattern finds is no agency ("la
Oficina de la ONU para ..."; the UN's crime office, which the gazetteer knows, is an agency of no
country), and a multinational force or Interpol belongs to no country, whatever country the
article is about.
"""

from __future__ import annotations

from kg.extract.langdata import words
from kg.extract.text import fold_key

UN_NAMES = tuple(sorted(words("un_names")))
INTERNATIONAL = tuple(sorted(words("international_bodies"))) + UN_NAMES


def _holds(name: str, forms: tuple[str, ...]) -> bool:
    folded = f" {fold_key(name).replace('.', '')} "
    return any(f" {form} " in folded for form in forms)


def un_body(name: str) -> bool:
    """Whether a name holds the UN's, as whole words (not the "un" inside another word).

    >>> un_body("Oficina de la ONU para la Coordinación"), un_body("Fundación")
    (True, False)
    """
    return _holds(name, UN_NAMES)


def international_name(name: str) -> bool:
    """Whether a name holds an international body's, as whole words.

    >>> international_name("Multinational Security Support Mission"), international_name("Policía Nacional")
    (True, False)
    """
    return _holds(name, INTERNATIONAL)
