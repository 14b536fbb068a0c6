"""Short names that stand for a longer entity of the same document.

A short agency name ("the Army", "Fiscalía", "la policía paraguaya") is the one longer agency
of the document that ends or starts with it, or whose text form starts with it; a gang or
faction name no gazetteer gave that is the first words of the one known gang the article names
("La Familia"), or of the one group whose name goes on with where it is from ("Los Guanacos"
beside "Los Guanacos del Tamarugal"), is that group.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from kg.extract.function_words import ARTICLES as LEADING_ARTICLES
from kg.extract.function_words import OF_FORMS
from kg.extract.langdata import data_cache, words
from kg.extract.matchers import lexicon
from kg.extract.mentions import Mention
from kg.extract.text import LANGUAGES, fold_key
from kg.schema import AGENCY, FACTION, GANG

NATIONAL_WORDS = words("national_force_words")
POLICE_WORDS = words("police_word")
POLICE_FORCES = words("police_forces")  # forces named with no word for police: "Carabinieri"


class Named(Protocol):
    """What these merges read and write of an entity (:class:`kg.extract.entities.Entity`)."""

    key: str
    type: str
    name: str
    aliases: set[str]
    mentions: list[Mention]
    country: str | None


NamedEntity = TypeVar("NamedEntity", bound=Named)


def merge_into(
    entities: dict[str, NamedEntity], short: NamedEntity, target: NamedEntity, *, country: bool = True
) -> None:
    """``short`` is ``target``: its mentions and names become ``target``'s (and its country, when
    ``target`` has none and ``country``), and it leaves ``entities``."""
    target.mentions.extend(short.mentions)
    target.aliases |= {short.name, *short.aliases}
    if country:
        target.country = target.country or short.country
    del entities[short.key]


def resolve_agencies(entities: dict[str, NamedEntity]) -> None:
    """Merge short agency names into the one longer agency that ends or starts with them, until
    none merges ("Policía" waits until "Policía Nacional Civil de San Miguel" has become part of
    "Policía Nacional Civil")."""
    while _merge_short_agencies(entities):
        pass


def _merge_short_agencies(entities: dict[str, NamedEntity]) -> bool:
    merged = False
    agencies = [e for e in entities.values() if e.type == AGENCY]
    for short in sorted(agencies, key=lambda e: len(e.name)):
        words = fold_key(short.name).split()
        if not words or short.key not in entities:
            continue
        longer = [
            e
            for e in agencies
            if e is not short
            and e.key in entities
            and not (e.country and short.country and e.country != short.country)
            and (_police_force(short, e) or len(fold_key(e.name).split()) > len(words))
            and (
                _police_force(short, e)
                or (fold_key(e.name).split()[-len(words) :] == words and not _unit_of(e.name, words))
                or fold_key(e.name).split()[: len(words)] == words
                or any(fold_key(a).split()[: len(words)] == words for a in e.aliases)  # "Ejército de X"
                or _same_force(short, e)
            )
        ]
        if len(longer) == 1:
            merge_into(entities, short, longer[0])
            merged = True
    return merged


def merge_short_groups(entities: dict[str, NamedEntity], sent_of: Sequence[int]) -> None:
    """A gang or faction name no gazetteer gave that is the first words of the one known gang the
    article names ("La Familia's top boss" after "La Familia Michoacana"), or of the one group whose
    name goes on with where it is from ("Los Ñandúes" after "Los Ñandúes de Alto Piura", the
    faction "Los Guanacos" beside "Los Guanacos del Tamarugal"): a short form of that group. A
    faction is the short form of a faction only, and never of a group named in one of its
    sentences ("Los Gallos, una facción de Los Choneros, pelean con Los Gallos de Manta":
    ``sent_of``, each token's sentence)."""
    known = [
        e for e in entities.values() if e.type == GANG and any(m.rule == "gazetteer" for m in e.mentions)
    ]
    for short in [e for e in entities.values() if e.type in (GANG, FACTION) and e not in known]:
        words = fold_key(short.name).split()
        if len(words) < 2:
            continue
        longer = [
            e
            for e in entities.values()
            if e.type in (GANG, FACTION)
            and e is not short
            and any(
                len(form) > len(words)
                and form[: len(words)] == words
                and (e in known or form[len(words)] in OF_FORMS)
                for form in (fold_key(f).split() for f in (e.name, *e.aliases))
            )
        ]
        if short.type == FACTION:
            sentences = {sent_of[m.start] for m in short.mentions}
            longer = [
                e
                for e in longer
                if e.type == FACTION and not sentences & {sent_of[m.start] for m in e.mentions}
            ]
        if len(longer) == 1:
            merge_into(entities, short, longer[0], country=False)


def _unit_of(name: str, tail: list[str]) -> bool:
    """ "Comando Conjunto de las Fuerzas Armadas": the name ends in another body's name after
    "de (las)", so it is a unit of that body, not the body itself."""
    head = fold_key(name).split()[: -len(tail)]
    while head and head[-1] in LEADING_ARTICLES:
        head.pop()
    return bool(head) and head[-1] in OF_FORMS


def _same_force(short: NamedEntity, other: NamedEntity) -> bool:
    """ "la policía paraguaya" is the article's one "Policía Nacional del Paraguay": same country, same
    force word in one of its names (a known agency may be named in English first). A capitalized
    "la Policía ecuatoriana" only joins a name that says it is the whole country's force, not "la
    Policía Judicial de Guayaquil"."""
    lower = bool(short.mentions) and all(m.rule == "agency-nationality" for m in short.mentions)
    if not lower and not _force_and_adjective(short.name):
        return False
    forces = set(fold_key(short.name).split()) & _force_words()
    forms = [set(fold_key(form).split()) for form in (other.name, *other.aliases)]
    return (
        bool(forces)
        and bool(short.country)
        and short.country == other.country
        and any(forces <= form and (lower or form & NATIONAL_WORDS) for form in forms)
    )


def _police_force(short: NamedEntity, other: NamedEntity) -> bool:
    """ "a polícia italiana", "Italian police" told of the one force of that country the article
    names, a police force whose name has no word for police: "Guardia di Finanza", "Carabinieri",
    "Guardia Civil", "Carabineros"."""
    lower = bool(short.mentions) and all(m.rule == "agency-nationality" for m in short.mentions)
    police = set(fold_key(short.name).split()) & POLICE_WORDS
    return (
        lower
        and bool(police)
        and bool(short.country)
        and short.country == other.country
        and fold_key(other.name) in POLICE_FORCES
    )


def _force_and_adjective(name: str) -> bool:
    """ "Policía ecuatoriana", "Polícia paraguaia": a force word and a lower-case adjective of nationality
    (not "Policía Nacional", which every country has)."""
    words = name.split()
    return len(words) == 2 and words[1].islower() and fold_key(words[0]) in _force_words()


@data_cache
def _force_words() -> frozenset[str]:
    return frozenset(
        w
        for lang in LANGUAGES
        for p in lexicon(lang).roles.get("national_force", ())
        for w in fold_key(p).split()
    )
