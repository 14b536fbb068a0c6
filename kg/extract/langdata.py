"""Language data: the cue words of each language, read once from plain data files.

What differs by language lives in one folder per language, ``data/lang/<lang>/``, in small
YAML files grouped by role (``function.yaml``, ``people.yaml``, ``cues.yaml``, ...). Each
word list sits under a named key, and a key may appear in any of the languages; words that
belong to no language (punctuation) sit in ``data/lang/common.yaml``. ``cues.yaml`` holds the
cue phrases the matchers look for, by role (``arrest``, ``leader``, ...).

A rule reads one language's words, or the union over all languages (and the common words)
where it runs on every language:

>>> "nunca" in words("negations", "es")
True
>>> words("negations", "es") <= words("negations")
True
>>> sorted(words_by_language("personal_pronouns")["pt"])
['ela', 'ele']
>>> cue_phrases("es")["arrest"][:2]
('capturado', 'capturados')
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import TypeVar, cast

import yaml

CUES_FILE = "cues.yaml"
COMMON = "common"


@dataclass(frozen=True, slots=True)
class LanguageData:
    """The word lists and cue phrases of one language (or of ``common``)."""

    lang: str
    lists: Mapping[str, frozenset[str]]
    mappings: Mapping[str, Mapping[str, str]]
    cues: Mapping[str, tuple[str, ...]]


_ROOT: list[Traversable] = []
_GENERATION = [0]
_CACHES: list[Callable[[], None]] = []  # how to empty each cache of :func:`data_cache`

F = TypeVar("F", bound=Callable[..., object])


def data_cache(func: F) -> F:
    """:func:`functools.cache` for a function whose result is built from the language data:
    :func:`set_data_root` empties it, so it is built again from the data read from then on."""
    cached = cache(func)
    _CACHES.append(cached.cache_clear)
    return cast(F, cached)


def data_root() -> Traversable:
    """The folder holding ``common.yaml`` and one folder per language."""
    return _ROOT[0] if _ROOT else resources.files("kg.extract") / "data" / "lang"


def set_data_root(root: Path | None) -> None:
    """Read language data from ``root`` (``None``: the shipped data) from now on.

    Word lists bound to module constants were read at import and keep their values; what a
    function caches from the data (:func:`data_cache`, or keyed by :func:`generation`) is built
    again from the new data.
    """
    _ROOT[:] = [root] if root is not None else []
    _GENERATION[0] += 1
    for clear in _CACHES:
        clear()


def generation() -> str:
    """A key that changes with each :func:`set_data_root`, for caches built from the data that
    :func:`data_cache` does not fit (a dictionary keyed by a gazetteer's fingerprint, a module that
    imports this one only when it first needs the data)."""
    return str(_GENERATION[0])


@data_cache
def languages() -> tuple[str, ...]:
    """The languages that have a data folder, in alphabetical order."""
    return tuple(sorted(p.name for p in data_root().iterdir() if p.is_dir() and not p.name.startswith("_")))


def _read(path: Traversable) -> dict[str, object]:
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of named word lists")
    # YAML keeps only the last of two equal keys: a list added twice in one file would silently
    # replace the first
    root = yaml.compose(text)
    top = [node.value for node, _ in root.value] if root is not None else []
    twice = sorted({key for key in top if top.count(key) > 1})
    if twice:
        raise ValueError(f"{path}: {', '.join(twice)} defined twice")
    return data


def _word_list(path: Traversable, key: str, value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise ValueError(f"{path}: {key} must be a list of words (quote words YAML reads otherwise)")
    return value


@data_cache
def _load(lang: str) -> LanguageData:
    folder = data_root()
    files = (
        [folder / "common.yaml"]
        if lang == COMMON
        else sorted((p for p in (folder / lang).iterdir() if p.name.endswith(".yaml")), key=lambda p: p.name)
    )
    lists: dict[str, frozenset[str]] = {}
    mappings: dict[str, Mapping[str, str]] = {}
    cues: dict[str, tuple[str, ...]] = {}
    for path in files:
        for key, value in _read(path).items():
            if key in lists or key in mappings or (path.name == CUES_FILE and key in cues):
                raise ValueError(f"{path}: {key} is defined twice for {lang}")
            if path.name == CUES_FILE:
                cues[key] = tuple(_word_list(path, key, value))
            elif isinstance(value, dict):
                if not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
                    raise ValueError(f"{path}: {key} must map words to words")
                mappings[key] = dict(value)
            else:
                lists[key] = frozenset(_word_list(path, key, value))
    return LanguageData(lang, lists, mappings, cues)


def language_data(lang: str) -> LanguageData:
    """The data of ``lang`` (a code from :func:`languages`, or ``common``)."""
    if lang != COMMON and lang not in languages():
        raise ValueError(f"no language data for {lang!r}")
    return _load(lang)


@data_cache
def _union(key: str) -> frozenset[str]:
    found = [language_data(lang).lists[key] for lang in (*languages(), COMMON) if key in _load(lang).lists]
    if not found:
        raise KeyError(f"no word list {key!r} in the language data")
    return frozenset().union(*found)


def words(key: str, lang: str | None = None) -> frozenset[str]:
    """The words listed under ``key`` for ``lang`` (and the common ones); all languages when ``None``."""
    if lang is None:
        return _union(key)
    own = language_data(lang).lists.get(key, frozenset())
    return own | language_data(COMMON).lists.get(key, frozenset())


def words_by_language(key: str) -> dict[str, frozenset[str]]:
    """``key``'s words per language, for the languages that list them."""
    found = {lang: language_data(lang).lists[key] for lang in languages() if key in _load(lang).lists}
    if not found:
        raise KeyError(f"no word list {key!r} in the language data")
    return found


def languages_with(trait: str) -> frozenset[str]:
    """The languages whose ``language_traits`` list holds ``trait`` ("pro_drop")."""
    return frozenset(lang for lang, traits in words_by_language("language_traits").items() if trait in traits)


def phrases(key: str) -> frozenset[tuple[str, ...]]:
    """Multi-word entries of ``key`` in every language, each as its tuple of words.

    >>> ("each", "other") in phrases("reciprocal_after")
    True
    """
    return frozenset(tuple(p.split()) for p in words(key))


def mapping(key: str) -> dict[str, str]:
    """Word-to-word pairs listed under ``key`` in every language."""
    found: dict[str, str] = {}
    for lang in languages():
        found.update(language_data(lang).mappings.get(key, {}))
    if not found:
        raise KeyError(f"no mapping {key!r} in the language data")
    return found


def mappings_by_language(key: str) -> dict[str, dict[str, str]]:
    """``key``'s word-to-word pairs per language, for the languages that list them (a word may
    mean one thing in one language and another in the next: "dos" is two in Spanish, "of the" in
    Portuguese).

    >>> mappings_by_language("number_words")["es"]["tres"]
    '3'
    """
    found = {
        lang: dict(language_data(lang).mappings[key]) for lang in languages() if key in _load(lang).mappings
    }
    if not found:
        raise KeyError(f"no mapping {key!r} in the language data")
    return found


def cue_phrases(lang: str) -> dict[str, tuple[str, ...]]:
    """The cue phrases of ``lang`` by role, in the order of its ``cues.yaml``; a phrase ending in
    a preposition also ends in its contractions with an article (``contractions``), one opening
    with an article also opens with the contractions that hold it (``article_contractions``), and
    one opening with a reflexive pronoun is also written with the pronoun after the verb.

    >>> "atua nas" in cue_phrases("pt")["operates"]
    True
    >>> "instalou-se nas" in cue_phrases("pt")["operates"]
    True
    >>> "do grupo" in cue_phrases("pt")["anaphor_gang"], "del grupo" in cue_phrases("es")["anaphor_gang"]
    (True, True)
    """
    data = language_data(lang)
    contracted = data.mappings.get("contractions", {})
    families: dict[str, list[str]] = {}
    for form, preposition in contracted.items():
        families.setdefault(preposition, [preposition]).append(form)
    clitics = data.lists.get("enclitic_pronouns", frozenset())
    articles: dict[str, list[str]] = {}
    for form, article in data.mappings.get("article_contractions", {}).items():
        articles.setdefault(article, []).append(form)
    return {
        role: _contracted(_opening(_enclitic(phrases, clitics), articles), contracted, families)
        for role, phrases in data.cues.items()
    }


def _opening(phrases: tuple[str, ...], articles: Mapping[str, list[str]]) -> tuple[str, ...]:
    """ "el grupo" also opens with the preposition it contracts with: "del grupo", "al grupo"."""
    found = dict.fromkeys(phrases)
    for phrase in phrases:
        first, _, rest = phrase.partition(" ")
        if rest:
            found.update(dict.fromkeys(f"{form} {rest}" for form in articles.get(first, [])))
    return tuple(found)


def _enclitic(phrases: tuple[str, ...], clitics: frozenset[str]) -> tuple[str, ...]:
    """ "se instalou em" also written "instalou-se em" (one token): Portuguese puts the pronoun after
    the verb as often as before it."""
    found = dict.fromkeys(phrases)
    for phrase in phrases:
        words = phrase.split()
        if len(words) >= 2 and words[0] in clitics:
            found.update(dict.fromkeys([" ".join([f"{words[1]}-{words[0]}", *words[2:]])]))
    return tuple(found)


def _contracted(
    phrases: tuple[str, ...], contracted: Mapping[str, str], families: Mapping[str, list[str]]
) -> tuple[str, ...]:
    found = dict.fromkeys(phrases)
    for phrase in phrases:
        head, _, last = phrase.rpartition(" ")
        family = families.get(contracted.get(last, last), [])
        if head and last in family:
            found.update(dict.fromkeys(f"{head} {form}" for form in family))
    return tuple(found)


__all__ = [
    "LanguageData",
    "cue_phrases",
    "data_cache",
    "data_root",
    "generation",
    "language_data",
    "languages",
    "mapping",
    "mappings_by_language",
    "phrases",
    "set_data_root",
    "words",
    "words_by_language",
]
