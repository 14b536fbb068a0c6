"""RDF terms for the exporters, from the ontology registry, and the IRIs of instances.

Every predicate and class the exporters write is looked up here by its local name
in ``ontology/tco.ttl`` (read once, by :mod:`kg.schema`); asking for a term the ontology does not declare is an
error, so exports cannot drift from the ontology.

>>> vocab = get_vocabulary()
>>> vocab.iri("operatesIn")
'https://w3id.org/tco-kg/ontology#operatesIn'
>>> vocab.datatype_properties["startOffset"].range
'http://www.w3.org/2001/XMLSchema#integer'
>>> node_iri("gang:tren-de-aragua")
'https://w3id.org/tco-kg/id/gang/tren-de-aragua'
>>> node_id_from_iri(node_iri("gang:tren-de-aragua"))
'gang:tren-de-aragua'
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from functools import cache
from urllib.parse import quote, unquote

from rdflib import RDF, RDFS

from kg.model import Evidence
from kg.schema import (
    ONTOLOGY_IRI,
    TCO,
    Schema,
    SchemaError,
    get_schema,
)

# Re-exported: the exporters take all their RDF terms from this module.
from kg.schema import XSD_STRING as XSD_STRING
from kg.schema import DatatypeProperty as DatatypeProperty
from kg.schema import ObjectProperty as ObjectProperty

NAMESPACE = str(TCO)
# Instances live beside the ontology: https://w3id.org/tco-kg/id/<class>/<local name>.
INSTANCE_BASE = str(ONTOLOGY_IRI).rsplit("/", 1)[0] + "/id/"

RDF_NS = str(RDF)
RDFS_NS = str(RDFS)
XSD_NS = "http://www.w3.org/2001/XMLSchema#"
XSD_INTEGER = XSD_NS + "integer"

# Evidence fields whose ontology term is not simply the camelCase field name.
_FIELD_TERMS = {"start": "startOffset", "end": "endOffset", "lang": "language"}
# A local part that can be written as a prefixed name in Turtle and JSON-LD.
_SIMPLE_LOCAL = re.compile(r"[A-Za-z0-9_](?:[A-Za-z0-9_.\-]*[A-Za-z0-9_\-])?\Z")


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The terms the ontology declares in its namespace, by local name."""

    classes: frozenset[str]
    object_properties: Mapping[str, ObjectProperty]
    datatype_properties: Mapping[str, DatatypeProperty]
    superclasses: Mapping[str, frozenset[str]]

    def leaves(self, name: str) -> tuple[str, ...]:
        """The most specific classes under ``name`` (``Entity`` -> the entity classes), sorted.

        >>> get_vocabulary().leaves("Entity")
        ('Agency', 'Country', 'Faction', 'Gang', 'Leader', 'Prison')
        """
        below = {c for c, supers in self.superclasses.items() if name in supers}
        leaves = {c for c in below if not any(c in self.superclasses[d] for d in below)}
        return tuple(sorted(leaves)) or (name,)

    def iri(self, name: str) -> str:
        """The IRI of a declared term; raises :class:`SchemaError` for anything else."""
        if name in self.classes or name in self.object_properties or name in self.datatype_properties:
            return NAMESPACE + name
        raise SchemaError(f"the ontology declares no term tco:{name}")

    def property_for(self, key: str, owner: str) -> DatatypeProperty | None:
        """The datatype property for a model field or property ``key`` on class ``owner``."""
        prop = self.datatype_properties.get(_FIELD_TERMS.get(key, camel_case(key)))
        if prop is None:
            return None
        owners = {owner} | self.superclasses.get(owner, frozenset())
        return prop if owners & set(prop.domain) else None


def camel_case(key: str) -> str:
    """``country_code`` -> ``countryCode``.

    >>> camel_case("fact_date_precision")
    'factDatePrecision'
    """
    head, *rest = key.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def snake_case(name: str) -> str:
    """``countryCode`` -> ``country_code`` (the inverse of :func:`camel_case`).

    >>> snake_case("sourcePath")
    'source_path'
    """
    return re.sub(r"(?<!^)([A-Z])", r"_\1", name).lower()


def vocabulary_of(schema: Schema) -> Vocabulary:
    """The RDF terms of a registry (see :func:`kg.schema.load_schema`)."""
    return Vocabulary(
        classes=frozenset(schema.superclasses),
        object_properties=schema.object_properties,
        datatype_properties=schema.datatype_properties,
        superclasses=schema.superclasses,
    )


@cache
def get_vocabulary() -> Vocabulary:
    """The vocabulary of the shipped ontology, from the one registry."""
    return vocabulary_of(get_schema())


def evidence_terms() -> dict[str, tuple[str, DatatypeProperty | None]]:
    """Each :class:`~kg.model.Evidence` field -> (owning class, datatype property).

    The owner is ``Document`` or ``Evidence``, read from the property's domain in
    the ontology; the ``document`` field is the object property ``tco:document``.
    A field without a term is a :class:`SchemaError`, so a new field cannot be
    silently left out of the RDF.
    """
    vocab = get_vocabulary()
    terms: dict[str, tuple[str, DatatypeProperty | None]] = {}
    for f in fields(Evidence):
        if f.name == "document":
            vocab.iri("document")
            terms[f.name] = ("Evidence", None)
            continue
        prop = vocab.property_for(f.name, "Evidence") or vocab.property_for(f.name, "Document")
        if prop is None:
            raise SchemaError(f"evidence field {f.name!r} has no datatype property in the ontology")
        terms[f.name] = ("Evidence" if "Evidence" in prop.domain else "Document", prop)
    return terms


# ---------------------------------------------------------------- instance IRIs


def segment(class_name: str) -> str:
    """The path segment of a class's instances: ``Gang`` -> ``gang``."""
    return class_name.lower()


def node_iri(node_id: str) -> str:
    """The IRI of a node: ``type:slug`` -> ``…/id/type/slug`` (other characters %-encoded)."""
    prefix, sep, local = node_id.partition(":")
    if not sep:
        return INSTANCE_BASE + quote(node_id, safe="")
    return INSTANCE_BASE + quote(prefix, safe="") + "/" + quote(local, safe="")


def node_id_from_iri(iri: str) -> str | None:
    """The node id of an instance IRI minted by :func:`node_iri`, or None for a foreign IRI."""
    if not iri.startswith(INSTANCE_BASE):
        return None
    prefix, sep, local = iri[len(INSTANCE_BASE) :].partition("/")
    return unquote(prefix) + ":" + unquote(local) if sep else unquote(prefix)


def simple_local(local: str) -> bool:
    """True when ``local`` can follow a prefix as is (Turtle, JSON-LD) and needs no %-encoding."""
    return _SIMPLE_LOCAL.match(local) is not None


def curie(iri: str, prefixes: Mapping[str, str]) -> str | None:
    """A prefixed name for ``iri`` when one of ``prefixes`` covers it cleanly."""
    head, sep, local = iri.rpartition("/") if "#" not in iri else iri.rpartition("#")
    namespace = head + sep
    for prefix, ns in prefixes.items():
        if ns == namespace and _SIMPLE_LOCAL.match(local):
            return f"{prefix}:{local}"
    return None


def content_hash(*parts: object) -> str:
    """A short, stable hash of some values, for IRIs of documents, evidence and statements.

    >>> content_hash("a", 1) == content_hash("a", 1) != content_hash("a", None)
    True
    """
    text = json.dumps(parts, ensure_ascii=False, separators=(",", ":"), default=str)  # unambiguous
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


def document_iri(document_id: str, variant: str | None = None) -> str:
    """The IRI of a document; ``variant`` separates records of one id with different metadata."""
    base = INSTANCE_BASE + segment("Document") + "/" + quote(document_id, safe="")
    return base if variant is None else f"{base}/{variant}"


def document_id_from_iri(iri: str) -> str | None:
    """The document id in an IRI minted by :func:`document_iri`."""
    base = INSTANCE_BASE + segment("Document") + "/"
    if not iri.startswith(base):
        return None
    return unquote(iri[len(base) :].split("/", 1)[0])
