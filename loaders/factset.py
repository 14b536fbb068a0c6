"""Curated facts (from fact files and tables) to typed nodes and edges with evidence.

Edges name their ends by a node name or id (``gang:tren-de-aragua``) given in the
same file; an end that is not listed gets its type from the
relation's domain or range when that allows only one type (``BASED_IN`` ends in
a Country) or when it is a known country name, or from an explicit
``source_type`` / ``target_type``.

>>> b = FactBuilder("facts.yaml", {"url": "https://example.org/report"})
>>> b.add_node({"type": "Gang", "name": "Tren de Aragua"}, "nodes[0]")
>>> b.add_edge({"type": "OPERATES_IN", "source": "Tren de Aragua", "target": "Chile"}, "edges[0]")
>>> [e.target for e in b.build().edges]
['country:chile']
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

import pycountry

from kg import __version__
from kg.errors import InputError
from kg.model import Edge, Evidence, FactSet, Node
from kg.names import node_id, normalize_name
from kg.parsing import iso_date
from kg.schema import COUNTRY, SchemaError, get_schema
from loaders.reading import checked_url, content_id

EXTRACTOR = f"curated/{__version__}"


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, Mapping | list):
        raise ValueError(f"expected text, not a {'mapping' if isinstance(value, Mapping) else 'list'}")
    text = str(value).strip()
    return text or None


def _aliases(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, str):
        return [a.strip() for a in value.split(";") if a.strip()]
    if isinstance(value, list):
        return [text for text in map(_text, value) if text]
    raise ValueError("aliases must be a list or a ';'-separated string")


def _is_country(name: str) -> bool:
    """True when pycountry knows ``name`` as a country name or code."""
    try:
        pycountry.countries.lookup(name)
    except LookupError:
        return False
    return True


class FactBuilder:
    """Collects curated nodes and edges of one file, each with its own evidence."""

    def __init__(self, shown: str, defaults: Mapping[str, Any] | None = None, content: str = "") -> None:
        self.shown = shown
        self.defaults = dict(defaults or {})
        self.document = content_id("facts", content or shown)
        self.nodes: dict[str, Node] = {}
        self.by_name: dict[str, str] = {}
        self.edges: list[Edge] = []

    def fail(self, where: str, problem: str) -> InputError:
        return InputError(self.shown, f"{where}: {problem}")

    def evidence(self, record: Mapping[str, Any], where: str, fallback: str) -> Evidence:
        """Evidence for one record: its quote (or the record itself) and its source."""

        def pick(key: str, *alternatives: str) -> str | None:
            for name in (key, *alternatives):
                if _text(record.get(name)):
                    return _text(record.get(name))
            for name in (key, *alternatives):
                if _text(self.defaults.get(name)):
                    return _text(self.defaults.get(name))
            return None

        return Evidence(
            document=self.document,
            sentence=_text(record.get("quote")) or _text(record.get("sentence")) or fallback,
            url=checked_url(pick("url"), self.shown, f"{where}: url"),
            title=pick("title"),
            publisher=pick("publisher"),
            published=iso_date(pick("published", "date"), self.shown, f"{where}: date"),
            source_path=self.shown,
            extractor=EXTRACTOR,
            rule=where,
            fact_date=iso_date(_text(record.get("fact_date")), self.shown, f"{where}: fact_date"),
            fact_date_precision=_text(record.get("fact_date_precision")),
        )

    def add_node(self, record: Mapping[str, Any], where: str) -> None:
        """Add the node of one record; :class:`InputError` naming the record for any problem."""
        try:
            self._add_node(record, where)
        except ValueError as exc:
            raise self.fail(where, str(exc)) from None

    def add_edge(self, record: Mapping[str, Any], where: str) -> None:
        """Add the edge of one record; :class:`InputError` naming the record for any problem."""
        try:
            self._add_edge(record, where)
        except ValueError as exc:
            raise self.fail(where, str(exc)) from None

    def _add_node(self, record: Mapping[str, Any], where: str) -> None:
        if not isinstance(record, Mapping):
            raise self.fail(where, "expected a mapping with 'type' and 'name'")
        for key in ("type", "name"):
            if not _text(record.get(key)):
                raise self.fail(where, f"missing '{key}'")
        node_type, name = str(record["type"]).strip(), str(record["name"]).strip()
        try:
            properties = record.get("properties") or {}
            if not isinstance(properties, Mapping):
                raise ValueError("properties must be a mapping")
            node = Node.new(
                node_type,
                name,
                aliases=_aliases(record.get("aliases")),
                properties=properties,
                evidence=[self.evidence(record, where, f"{name} ({node_type})")],
            )
        except (SchemaError, ValueError) as exc:
            raise self.fail(where, str(exc)) from None
        self._keep(node)

    def _keep(self, node: Node) -> None:
        if node.id in self.nodes:
            node = self.nodes[node.id].merge(node)
        self.nodes[node.id] = node
        for name in (node.name, *node.aliases):
            self.by_name.setdefault(normalize_name(name), node.id)

    def _end(self, ref: str, explicit_type: str | None, allowed: tuple[str, ...], where: str) -> str:
        """The node id an edge end refers to, creating an implicit node when the type is certain."""
        if ref in self.nodes:
            return ref
        if explicit_type:
            node_type = explicit_type
        elif normalize_name(ref) in self.by_name:
            return self.by_name[normalize_name(ref)]
        elif len(allowed) == 1:
            node_type = allowed[0]
        elif COUNTRY in allowed and _is_country(ref):
            node_type = COUNTRY
        else:
            raise self.fail(
                where,
                f"cannot tell the type of {ref!r} ({' or '.join(allowed)}): "
                "list it as a node or give its type",
            )
        identifier = node_id(node_type, ref)
        if identifier not in self.nodes:
            try:
                self._keep(Node.new(node_type, ref))
            except SchemaError as exc:
                raise self.fail(where, str(exc)) from None
        return identifier

    def _add_edge(self, record: Mapping[str, Any], where: str) -> None:
        if not isinstance(record, Mapping):
            raise self.fail(where, "expected a mapping with 'type', 'source' and 'target'")
        for key in ("type", "source", "target"):
            if not _text(record.get(key)):
                raise self.fail(where, f"missing '{key}'")
        try:
            relation = get_schema().relation(str(record["type"]).strip())
        except SchemaError as exc:
            raise self.fail(where, str(exc)) from None
        source = self._end(
            str(record["source"]).strip(), _text(record.get("source_type")), relation.domain, where
        )
        target = self._end(
            str(record["target"]).strip(), _text(record.get("target_type")), relation.range, where
        )
        if source == target:
            raise self.fail(
                where,
                f"{relation.name} from {self.nodes[source].name!r} to itself: a relation needs two entities",
            )
        source_type, target_type = self.nodes[source].type, self.nodes[target].type
        if not relation.allows(source_type, target_type):
            raise self.fail(where, f"{relation.name} cannot link a {source_type} to a {target_type}")
        fallback = f"{self.nodes[source].name} {relation.name} {self.nodes[target].name}"
        evidence = self.evidence(record, where, fallback)
        self.edges.append(Edge(type=relation.name, source=source, target=target, evidence=(evidence,)))
        # The ends of a curated edge are stated by the same record.
        for end in (source, target):
            if not self.nodes[end].evidence:
                self.nodes[end] = replace(self.nodes[end], evidence=(evidence,))

    def build(self) -> FactSet:
        return FactSet(source=self.shown, nodes=tuple(self.nodes.values()), edges=tuple(self.edges))
