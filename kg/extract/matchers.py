"""spaCy PhraseMatchers for the gazetteer and the cue lexicon, built once per process.

Matching runs on folded text (see :mod:`kg.extract.text`): names and cues match
whatever their accents, and acronyms match only in their exact case.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.matcher import PhraseMatcher

from kg.extract.gazetteer import Demonym, Entry, Gazetteer
from kg.extract.langdata import cue_phrases, generation
from kg.extract.text import fold_keep_offsets, pipeline


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Cue phrases of one language, by role (``arrest``, ``leader``, ...)."""

    lang: str
    roles: dict[str, tuple[str, ...]]

    def words(self, role: str) -> frozenset[str]:
        """Single-word cues of ``role``, folded and lowercased."""
        return frozenset(fold_keep_offsets(p).lower() for p in self.roles.get(role, ()) if " " not in p)


def lexicon(lang: str) -> Lexicon:
    """The cue lexicon of ``lang``: its ``cues.yaml`` in the language data."""
    return _lexicon(lang, generation())


@cache
def _lexicon(lang: str, generation: str) -> Lexicon:
    return Lexicon(lang, cue_phrases(lang))


# Official names keep their own language: a Portuguese article names Bolivia's "Fuerza Especial
# de Lucha contra el Crimen" as it is. Spanish and Portuguese news read each other's agency heads;
# English news gives such names as translations in parentheses, which the alias rules handle.
# Mention kinds that are not ontology types: a nationality word, a city or state, a region.
DEMONYM, PLACE, REGION = "Demonym", "Place", "Region"
SHARED_ROLES = frozenset({"agency_head"})
SHARED_NAMES = {"es": ("es", "pt"), "pt": ("pt", "es")}


def _is_acronym(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return len(form) <= 7 and bool(letters) and all(c.isupper() for c in letters)


@dataclass(slots=True)
class Matchers:
    """Matchers of one gazetteer for one language, and what each match id stands for."""

    names: PhraseMatcher
    exact: PhraseMatcher
    cues: PhraseMatcher
    targets: dict[int, Any]


_CACHE: dict[tuple[str, str, str], Matchers] = {}


def matchers(gazetteer: Gazetteer, lang: str) -> Matchers:
    """The matchers for ``gazetteer`` in ``lang`` (cached per process)."""
    key = (gazetteer.fingerprint, lang, generation())
    if key not in _CACHE:
        _CACHE[key] = _build(gazetteer, lang)
    return _CACHE[key]


def _build(gazetteer: Gazetteer, lang: str) -> Matchers:
    nlp = pipeline(lang)
    strings = nlp.vocab.strings
    names = PhraseMatcher(nlp.vocab, attr="LOWER")
    exact = PhraseMatcher(nlp.vocab, attr="ORTH")
    cues = PhraseMatcher(nlp.vocab, attr="LOWER")
    targets: dict[int, Any] = {}

    def add(matcher: PhraseMatcher, label: str, target: Any, forms: list[str]) -> None:
        forms = sorted({fold_keep_offsets(f) for f in forms if f.strip()})
        if forms:
            targets[strings.add(label)] = target
            matcher.add(label, [nlp.make_doc(form) for form in forms])

    for number, entry in enumerate(gazetteer.entries):
        loose = [f for f in entry.forms if not _is_acronym(f)]
        strict = [f for f in entry.forms if _is_acronym(f)] + list(entry.exact)
        add(names, f"entry:{number}", entry, loose)
        add(exact, f"entry-exact:{number}", entry, strict)
    by_country: dict[str, list[Demonym]] = {}
    for demonym in gazetteer.demonyms:
        by_country.setdefault(demonym.country, []).append(demonym)
    for country, demonyms in by_country.items():
        add(names, f"demonym:{country}", (DEMONYM, country), [d.form for d in demonyms])
    for place, country in gazetteer.places:
        add(names, f"place:{place}", (PLACE, country, place), [place])
    add(names, "region", (REGION, None, None), list(gazetteer.regions))
    for role, phrases in lexicon(lang).roles.items():
        if role in SHARED_ROLES and lang in SHARED_NAMES:  # "a Fuerza Especial de Lucha contra el Crimen"
            phrases = tuple(p for other in SHARED_NAMES[lang] for p in lexicon(other).roles.get(role, ()))
        add(cues, f"cue:{role}", role, list(phrases))
    return Matchers(names, exact, cues, targets)


__all__ = ["DEMONYM", "PLACE", "REGION", "Demonym", "Entry", "Lexicon", "Matchers", "lexicon", "matchers"]
