"""The gazetteer: known entities (groups, factions, agencies, countries) and places.

The shipped data lives in ``kg/extract/data/*.yaml``; users add entries with files
in the same format (``kg extract --gazetteer FILE``). Countries take their Spanish
and Portuguese names from pycountry's translations, plus the aliases and demonyms
listed in ``countries.yaml``.

>>> gaz = load_gazetteer()
>>> gaz.entry("Agency", "HSI").country
'United States'
>>> "venezolanas" in {d.form for d in gaz.demonyms if d.country == "Venezuela"}
True
"""

from __future__ import annotations

import gettext
import hashlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import pycountry
import yaml

from kg.errors import InputError
from kg.extract.cities import city_places
from kg.extract.text import name_key
from kg.names import fold
from kg.schema import COUNTRY, get_schema

DATA_FILES = ("countries.yaml", "entities.yaml")


@dataclass(frozen=True, slots=True)
class Entry:
    """A known entity: its type, canonical name and every other name it goes by."""

    type: str
    name: str
    aliases: tuple[str, ...] = ()
    exact: tuple[str, ...] = ()
    country: str | None = None
    of: str | None = None

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True, slots=True)
class Demonym:
    """A nationality adjective or noun (``venezolana``) pointing to its country."""

    form: str
    lang: str
    country: str


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Everything extraction knows in advance. Immutable; matchers are built per process."""

    entries: tuple[Entry, ...]
    demonyms: tuple[Demonym, ...]
    places: tuple[tuple[str, str], ...]
    regions: tuple[str, ...]
    fingerprint: str

    def entry(self, type_: str, form: str) -> Entry | None:
        """The entry of ``type_`` known by ``form`` (any case, accents, article)."""
        return _index(self).get((type_, name_key(form)))

    def lookup(self, form: str) -> list[Entry]:
        """Entries of any type known by ``form``."""
        key = name_key(form)
        return [e for t in get_schema().node_type_names if (e := _index(self).get((t, key)))]


_INDEXES: dict[str, dict[tuple[str, str], Entry]] = {}


def _index(gazetteer: Gazetteer) -> dict[tuple[str, str], Entry]:
    index = _INDEXES.get(gazetteer.fingerprint)
    if index is None:
        index = {}
        for entry in gazetteer.entries:
            for form in (*entry.forms, *entry.exact):
                index.setdefault((entry.type, name_key(form)), entry)
        _INDEXES[gazetteer.fingerprint] = index
    return index


def _inflect(base: str, lang: str) -> set[str]:
    """Gender and number forms of a demonym's base form."""
    forms = {base}
    if lang == "en":
        if not base.endswith(("ese", "ish", "ch", "ss", "-based")):
            forms.add(base + "s")
        return forms
    if base.endswith("ão"):
        forms |= {base[:-2] + "ã", base[:-2] + "ães", base[:-2] + "ãs"}
    elif base.endswith("o"):
        forms |= {base[:-1] + "a", base + "s", base[:-1] + "as"}
    elif base.endswith("ol"):  # "español", "espanhol": "española(s)", "españoles", "espanhóis"
        forms |= {base + "a", base + "as", base + "es" if lang == "es" else base[:-2] + "óis"}
    elif base.endswith(("és", "ês")):
        stem = base[:-2] + "es"
        forms |= {stem + "a", stem + "es", stem + "as"}
    elif base.endswith("e") or base.endswith("a"):
        forms.add(base + "s")
    elif base.endswith(("í", "ã")):
        forms |= {base + "es", base + "s"}
    elif base.endswith("án"):
        forms |= {base[:-2] + "ana", base[:-2] + "anes", base[:-2] + "anas"}
    return forms


@cache
def _translations(lang: str) -> gettext.NullTranslations:
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    except OSError:
        return gettext.NullTranslations()


def _country_names(name: str) -> tuple[set[str], str | None]:
    """pycountry's English, Spanish and Portuguese names of a country, and its ISO alpha-2 code."""
    try:
        country: Any = pycountry.countries.lookup(name)
    except LookupError:
        return set(), None
    english = {country.name, getattr(country, "common_name", country.name)}
    names = set(english)
    for lang in ("es", "pt_BR", "pt"):
        for form in english:
            names.add(_translations(lang).gettext(form))
    return {n.split(",")[0].strip() for n in names if n}, str(country.alpha_2)


def _load_yaml(path: Path | str, shown: str) -> dict[str, Any]:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(shown, "no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(shown, f"cannot read gazetteer ({exc})") from None
    try:
        data = yaml.safe_load(text) or {}
    except yaml.YAMLError as exc:
        raise InputError(shown, f"not valid YAML ({getattr(exc, 'problem', exc)})") from None
    if not isinstance(data, dict):
        raise InputError(shown, "a gazetteer is a mapping with 'entities' and/or 'countries'")
    return data


def _strings(value: Any, shown: str, what: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str | int) for v in value):
        raise InputError(shown, f"{what} must be a list of names")
    return tuple(str(v) for v in value)


def _entries(data: Mapping[str, Any], shown: str) -> Iterator[Entry]:
    items = data.get("entities") or []
    if not isinstance(items, list):
        raise InputError(shown, "'entities' must be a list")
    types = get_schema().node_type_names
    for number, item in enumerate(items, 1):
        if not isinstance(item, dict) or not isinstance(item.get("name"), str) or not item["name"].strip():
            raise InputError(shown, f"entity #{number} needs a 'name'")
        if item.get("type") not in types:
            raise InputError(
                shown,
                f"entity {item['name']!r}: type must be one of {', '.join(types)}, not {item.get('type')!r}",
            )
        yield Entry(
            type=item["type"],
            name=item["name"].strip(),
            aliases=_strings(item.get("aliases"), shown, "aliases"),
            exact=_strings(item.get("case_sensitive_aliases"), shown, "case_sensitive_aliases"),
            country=item.get("country"),
            of=item.get("of"),
        )


def _countries(data: Mapping[str, Any], shown: str) -> Iterator[tuple[Entry, list[Demonym], str | None]]:
    countries = data.get("countries") or {}
    if not isinstance(countries, dict):
        raise InputError(shown, "'countries' must be a mapping of country names")
    for name, info in countries.items():
        info = info or {}
        if not isinstance(info, dict):
            raise InputError(shown, f"country {name!r}: expected aliases/en/es/pt lists")
        display = str(name)
        code = str(info.get("iso") or name)
        official, iso_code = _country_names(code)
        aliases = sorted((official | set(_strings(info.get("aliases"), shown, "aliases"))) - {display})
        demonyms = [
            Demonym(form, lang, display)
            for lang in ("en", "es", "pt")
            for base in _strings(info.get(lang), shown, f"{lang} demonyms")
            for form in sorted(_inflect(base, lang))
        ]
        yield Entry(COUNTRY, display, tuple(aliases)), demonyms, iso_code


def _build(sources: Iterable[tuple[dict[str, Any], str]], fingerprint: str) -> Gazetteer:
    entries: dict[tuple[str, str], Entry] = {}
    demonyms: list[Demonym] = []
    places: dict[str, str] = {}
    regions: list[str] = []
    codes: dict[str, str] = {}  # ISO code -> the gazetteer's country name
    stoplist: set[str] = set()
    for data, shown in sources:
        for country, forms, code in _countries(data, shown):
            entries[(COUNTRY, name_key(country.name))] = country
            demonyms.extend(forms)
            codes[code or country.name] = country.name
        stoplist.update(_strings(data.get("place_stoplist"), shown, "place_stoplist"))
        for entry in _entries(data, shown):
            entries[(entry.type, name_key(entry.name))] = entry
        place_map = data.get("places") or {}
        if not isinstance(place_map, dict):
            raise InputError(shown, "'places' must map place names to countries")
        places.update({str(k): str(v) for k, v in place_map.items()})
        regions.extend(_strings(data.get("regions"), shown, "regions"))
    # GeoNames cities under the hand list: none that is a known name, a demonym or a listed word
    known = {fold(f) for e in entries.values() for f in e.forms} | {fold(d.form) for d in demonyms}
    excluded = frozenset(known | {fold(r) for r in regions} | stoplist)
    places = {**dict(city_places(excluded, tuple(sorted(codes.items())))), **places}
    return Gazetteer(
        entries=tuple(entries.values()),
        demonyms=tuple(demonyms),
        places=tuple(sorted(places.items())),
        regions=tuple(regions),
        fingerprint=fingerprint,
    )


@cache
def _shipped() -> tuple[tuple[dict[str, Any], str], ...]:
    data_dir = resources.files("kg.extract") / "data"
    return tuple((_load_yaml(str(data_dir / name), name), name) for name in DATA_FILES)


def load_gazetteer(paths: Sequence[str | Path] = ()) -> Gazetteer:
    """The shipped gazetteer plus the user's files; a bad file raises :class:`InputError`."""
    user = [(_load_yaml(p, str(p)), str(p)) for p in paths]
    digest = hashlib.sha1(repr([d for d, _ in user]).encode()).hexdigest()[:16]
    return _build([*_shipped(), *user], f"shipped+{digest}")
