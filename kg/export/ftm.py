"""FollowTheMoney entities (JSON lines) for Aleph / OpenAleph and the OpenSanctions tools.

Gangs and factions are ``Organization`` (topic ``crime``), leaders ``Person`` (topic
``crime.boss``), agencies ``PublicBody``, prisons ``Organization``. Countries are not
entities in FollowTheMoney: a relation to a country (operates in, based in, originated
in, located in) becomes a ``country`` of its subject. Other relations become link
entities: who leads a group is a ``Directorship``, a faction of a gang a ``Membership``,
and relations FollowTheMoney has no schema for (allied with, rival of, arrested by,
cooperates with, originated in a prison) an ``UnknownLink`` whose ``role`` names the
relation. Evidence travels as ``sourceUrl``, ``publisher`` and the quoted sentences
(``notes`` on entities, ``description`` on links); the date a link's evidence gives
it is its ``date``.

Every entity is built and cleaned by the followthemoney library and checked against
its schema before it is written. followthemoney is an optional extra
(``pip install 'tco-kg[ftm]'``): its name matching needs PyICU, a C++ build against
the ICU libraries that not every machine has.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import KgError
from kg.export.output import open_output
from kg.model import Edge, Evidence, KnowledgeGraph, Node
from kg.schema import COUNTRY, FACTION_OF, LEADS, get_schema

if TYPE_CHECKING:
    from followthemoney.proxy import EntityProxy

SCHEMATA = {"group": "Organization", "member": "Person", "agency": "PublicBody"}
"""Role of a node type -> FollowTheMoney schema; any other role but place is an Organization."""
TOPICS = {"group": "crime", "member": "crime.boss"}
LINKS = {
    LEADS: ("Directorship", "director", "organization"),
    FACTION_OF: ("Membership", "member", "organization"),
}
"""Relation -> (link schema, property of the source, property of the target)."""
UNKNOWN_LINK = ("UnknownLink", "subject", "object")
_PLAIN_ID = re.compile(r"[0-9a-z][0-9a-z.-]*")


def entity_id(key: str) -> str:
    """A FollowTheMoney id for a node id or link key: readable when it can be, else a hash.

    >>> entity_id("gang:tren-de-aragua"), len(entity_id("gang:ñ"))
    ('tco-gang-tren-de-aragua', 44)
    """
    readable = "tco-" + key.replace(":", "-")
    if _PLAIN_ID.fullmatch(readable):
        return readable
    return "tco-" + hashlib.sha1(key.encode("utf-8")).hexdigest()


def quote(evidence: Evidence) -> str:
    """The sentence with where it is from: ``“…” (publisher, date, p. 3)``."""
    where = [evidence.publisher or evidence.title, evidence.published or evidence.fact_date]
    where.append(f"p. {evidence.page}" if evidence.page else None)
    said = ", ".join(part for part in where if part)
    return f"“{evidence.sentence}”" + (f" ({said})" if said else "")


def _add_evidence(proxy: EntityProxy, evidence: Iterable[Evidence], text_property: str) -> None:
    for item in evidence:
        proxy.add(text_property, quote(item))
        proxy.add("sourceUrl", item.url, quiet=True)
        proxy.add("publisher", item.publisher or None, quiet=True)


def _thing(node: Node) -> EntityProxy:
    from followthemoney import model

    role = get_schema().role_of(node.type)
    proxy = model.make_entity(SCHEMATA.get(role, "Organization"))
    proxy.id = entity_id(node.id)
    proxy.add("name", node.name)
    proxy.add("alias", list(node.aliases))
    proxy.add("topics", TOPICS.get(role), quiet=True)
    if role == "prison":
        proxy.add("classification", "prison")
    _add_evidence(proxy, node.evidence, "notes")
    return proxy


def _country(proxy: EntityProxy, country: Node, edge: Edge) -> None:
    """A relation to a country as a country of the entity, its evidence as the entity's."""
    from followthemoney.types import registry

    names = [country.name, *country.aliases]
    code = dict(country.properties).get("country_code") or next(
        (found for name in names if (found := registry.country.clean(name))), None
    )
    if code:
        proxy.add("country", code)
    else:  # a country FollowTheMoney does not know: keep the statement as a note
        proxy.add("notes", f"{get_schema().relation(edge.type).label} {country.name}")
    _add_evidence(proxy, edge.evidence, "notes")


def _link(edge: Edge, things: dict[str, EntityProxy]) -> EntityProxy:
    from followthemoney import model

    schema, source, target = LINKS.get(edge.type, UNKNOWN_LINK)
    proxy = model.make_entity(schema)
    proxy.id = entity_id(f"{edge.source}:{edge.type}:{edge.target}")
    proxy.add(source, things[edge.source].id)
    proxy.add(target, things[edge.target].id)
    proxy.add("role", get_schema().relation(edge.type).label)
    _add_evidence(proxy, edge.evidence, "description")
    for item in edge.evidence:
        proxy.add("date", item.fact_date, quiet=True)
    return proxy


def ftm_entities(graph: KnowledgeGraph) -> list[EntityProxy]:
    """The graph as FollowTheMoney entities: the things first, then the links between them."""
    try:
        import followthemoney  # noqa: F401
    except ImportError:
        raise KgError("the ftm format needs followthemoney: pip install 'tco-kg[ftm]'") from None
    things = {node.id: _thing(node) for node in graph.nodes() if node.type != COUNTRY}
    links = []
    for edge in graph.edges():
        target = graph.node(edge.target)
        if target.type == COUNTRY:
            _country(things[edge.source], target, edge)
        else:
            links.append(_link(edge, things))
    return [*things.values(), *links]


def _checked(proxy: EntityProxy) -> dict[str, Any]:
    data = proxy.to_dict()
    problem = proxy.schema.validate({"properties": data["properties"]})
    if problem:
        raise KgError(f"FollowTheMoney rejects {proxy.schema.name} {proxy.id}: {problem}")
    return data


def export_ftm(graph: KnowledgeGraph, out: str | Path) -> int:
    """Write FollowTheMoney entities as JSON lines (to stdout for ``-``); returns how many."""
    entities = [_checked(proxy) for proxy in ftm_entities(graph)]
    with open_output(out) as handle:
        for data in entities:
            handle.write(json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n")
    return len(entities)
