"""Where a document was published, from its URL: the country of a country-code domain.

A national agency named without its country ("la Policía Nacional", "Fiscalía") in an article
from ``abc.com.py`` is most likely Paraguay's. Domains that are sold worldwide for their
letters (``.co``, ``.tv``, ``.io``...) say nothing of the publisher.

>>> from kg.extract.gazetteer import load_gazetteer
>>> source_country("https://www.abc.com.py/policiales/nota", load_gazetteer())
'Paraguay'
>>> source_country("https://elcolombiano.co/nota", load_gazetteer()) is None
True
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pycountry

from kg.extract.gazetteer import Gazetteer
from kg.schema import COUNTRY

# Country-code domains used worldwide as generic ones
GENERIC_DOMAINS = frozenset(
    {"co", "tv", "io", "me", "ai", "ly", "fm", "cc", "ws", "to", "gg", "la", "am", "nu", "tk"}
)
OTHER_CODES = {"uk": "GB"}


def source_country(url: str | None, gazetteer: Gazetteer) -> str | None:
    """The gazetteer's name of the country whose domain published ``url``, if any."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    domain = host.rsplit(".", 1)[-1].lower()
    if len(domain) != 2 or domain in GENERIC_DOMAINS:
        return None
    country = pycountry.countries.get(alpha_2=OTHER_CODES.get(domain, domain.upper()))
    if country is None:
        return None
    names = [country.name, getattr(country, "common_name", None)]
    return next((e.name for name in names if name for e in gazetteer.lookup(name) if e.type == COUNTRY), None)
