"""SHACL shapes generated from the ontology: ``ontology/shapes.ttl``.

The shapes say what every export must satisfy: each entity has exactly one of
the entity classes and exactly one ``tco:name``; every property is used on its
domain and points into its range; every relation triple is reified by a
``tco:Statement`` that carries evidence; every evidence record has a sentence
and a document. Domains, ranges and datatypes are read from the ontology, so the
shapes cannot drift from it: the test suite regenerates them and compares.

    python -m kg.export.shapes          # rewrite ontology/shapes.ttl
    python -m kg.export.shapes --check  # exit 1 if the file is out of date

>>> "tcosh:OperatesIn" in render_shapes()
True
"""

from __future__ import annotations

import sys

from kg.export.generated import write_or_check
from kg.export.turtle import quote_literal
from kg.export.vocab import NAMESPACE, RDF_NS, XSD_NS, ObjectProperty, Vocabulary, vocabulary_of
from kg.schema import Schema, get_schema
from ontology import SHAPES_PATH

SHAPES_NAMESPACE = NAMESPACE.rstrip("#").replace("/ontology", "/shapes") + "#"
# Cardinalities the ontology does not state (it declares no functional properties):
# the entity name and the sentence and document of evidence are required; every
# datatype property but alias and judgedId has at most one value.
REQUIRED = {
    "Entity": ("name",),
    "Evidence": ("sentence", "document"),
    "Judgement": ("decision", "status", "judgedId"),
}
MULTI_VALUED = {"alias", "judgedId"}


def _shape_name(local: str) -> str:
    return "tcosh:" + local[:1].upper() + local[1:]


def _classes(vocab: Vocabulary, names: tuple[str, ...]) -> list[str]:
    """Class names expanded to the most specific classes (``Entity`` -> the six entity classes)."""
    found: list[str] = []
    for name in names:
        found += [leaf for leaf in vocab.leaves(name) if leaf not in found]
    return found


def _typed(classes: list[str], most: int | None = None) -> str:
    """A property shape: the node has an ``rdf:type`` among ``classes`` (at least one, at most ``most``).

    This says "one of these classes" without ``sh:or``, whose failing branches make
    pyshacl build and discard a result for every node.
    """
    at_most = "" if most is None else f" sh:qualifiedMaxCount {most} ;"
    listed = " ".join(f"tco:{c}" for c in classes)
    return f"sh:path rdf:type ; sh:qualifiedValueShape [ sh:in ( {listed} ) ] ; sh:qualifiedMinCount 1 ;{at_most}"


def _class_constraint(classes: list[str]) -> str:
    """A value is an instance of one of ``classes``."""
    if len(classes) == 1:
        return f"sh:class tco:{classes[0]}"
    return f"sh:node [ sh:property [ {_typed(classes)} ] ]"


def _a(word: str) -> str:
    return f"{'an' if word[:1].lower() in 'aeiou' else 'a'} {word}"


def _either(classes: list[str]) -> str:
    names = [_a(c) for c in classes]
    return ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else names[0]


def _entity_shape(vocab: Vocabulary) -> str:
    entities = _classes(vocab, ("Entity",))
    targets = " , ".join(f"tco:{c}" for c in entities)
    message = "an entity must have exactly one of the classes " + ", ".join(entities)
    return f"""tcosh:Entity a sh:NodeShape ;
    rdfs:comment "An entity has exactly one entity class and exactly one name." ;
    sh:targetClass {targets} ;
    sh:targetSubjectsOf tco:name , tco:alias ;
    sh:property [
        {_typed(entities, most=1)}
        sh:message {quote_literal(message)}
    ] ;
    sh:property [
        sh:path tco:name ; sh:minCount 1 ; sh:maxCount 1 ;
        sh:message "an entity must have exactly one tco:name"
    ] .
"""


def _domain_shape(local: str, domain: list[str], property_shape: str) -> str:
    """Subjects of ``tco:local`` are in its domain; ``property_shape`` constrains its values."""
    return f"""{_shape_name(local)}Domain a sh:NodeShape ;
    sh:targetSubjectsOf tco:{local} ;
    sh:property [
        {_typed(domain)}
        sh:message {quote_literal(f"the subject of tco:{local} must be {_either(domain)}")}
    ] ;
    sh:property [
        sh:path tco:{local} ; {property_shape}
    ] .
"""


def _datatype_shape(vocab: Vocabulary, local: str) -> str:
    prop = vocab.datatype_properties[local]
    datatype = prop.range.replace(XSD_NS, "xsd:")
    if local in MULTI_VALUED:
        counted, message = "", f"tco:{local} takes values of type {datatype}"
    else:
        counted, message = " sh:maxCount 1 ;", f"tco:{local} takes at most one value, of type {datatype}"
    values = f"sh:datatype {datatype} ;{counted}\n        sh:message {quote_literal(message)}"
    return _domain_shape(local, _classes(vocab, prop.domain), values)


def _object_shape(vocab: Vocabulary, prop: ObjectProperty, symmetric: bool) -> str:
    domain = _classes(vocab, prop.domain)
    range_ = _classes(vocab, prop.range)
    if symmetric:  # either end may be written first
        domain = range_ = domain + [c for c in range_ if c not in domain]
    message = f"the object of tco:{prop.name} must be {_either(range_)}"
    values = f"{_class_constraint(range_)} ;\n        sh:message {quote_literal(message)}"
    return _domain_shape(prop.name, domain, values)


def _sparql(message: str, query: str) -> str:
    return f"""    sh:sparql [
        a sh:SPARQLConstraint ;
        sh:prefixes tcosh: ;
        sh:message {quote_literal(message)} ;
        sh:select \"\"\"
        {query}
        \"\"\"
    ]"""


def _evidence_shape(prop: ObjectProperty) -> str:
    # One query over the whole graph (the property itself is the focus node, each offending
    # subject a value): per-subject SPARQL constraints make pyshacl re-run the query per node.
    # Counting over a union keeps the query linear in rdflib (a FILTER NOT EXISTS is re-run
    # per row, scanning every statement).
    query = f"""SELECT $this ?value ?object WHERE {{
            {{ ?value tco:{prop.name} ?object . BIND (0 AS ?reified) }}
            UNION
            {{
                ?statement rdf:predicate tco:{prop.name} ; rdf:subject ?value ; rdf:object ?object ;
                    a tco:Statement ; tco:evidence ?evidence .
                BIND (1 AS ?reified)
            }}
        }}
        GROUP BY $this ?value ?object
        HAVING (SUM(?reified) = 0)"""
    message = f"tco:{prop.name} {{?object}} has no tco:Statement with tco:evidence"
    return f"""{_shape_name(prop.name)}Evidence a sh:NodeShape ;
    rdfs:comment "Every tco:{prop.name} triple is reified by a tco:Statement that carries evidence." ;
    sh:targetNode tco:{prop.name} ;
{_sparql(message, query)} .
"""


def _statement_shape(relations: list[str]) -> str:
    ends = "\n".join(
        f"""    sh:property [
        sh:path rdf:{end} ; sh:minCount 1 ; sh:maxCount 1 ;
        sh:message "a statement must have exactly one rdf:{end}"
    ] ;"""
        for end in ("subject", "predicate", "object")
    )
    query = """SELECT $this ?value WHERE {
            ?value a tco:Statement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
            FILTER NOT EXISTS { ?s ?p ?o }
        }"""
    return f"""tcosh:Statement a sh:NodeShape ;
    rdfs:comment "A reified relation: one subject, one relation, one object, and its evidence." ;
    sh:targetClass tco:Statement ;
{ends}
    sh:property [
        sh:path rdf:predicate ; sh:in ( {" ".join(relations)} ) ;
        sh:message "the rdf:predicate of a statement must be a relation of the ontology"
    ] ;
    sh:property [
        sh:path tco:evidence ; sh:minCount 1 ;
        sh:message "a statement must carry at least one tco:evidence"
    ] .

tcosh:StatementTriple a sh:NodeShape ;
    rdfs:comment "The triple of every tco:Statement is asserted in the graph." ;
    sh:targetNode tco:Statement ;
{_sparql("the statement's triple is not asserted in the graph", query)} .
"""


def _required_shape(owner: str, names: tuple[str, ...]) -> str:
    properties = " ;\n".join(
        f"""    sh:property [
        sh:path tco:{name} ; sh:minCount 1 ;
        sh:message "{_a(owner.lower())} must have a tco:{name}"
    ]"""
        for name in names
    )
    return f"""tcosh:{owner} a sh:NodeShape ;
    sh:targetClass tco:{owner} ;
{properties} .
"""


def render_shapes(schema: Schema | None = None) -> str:
    """The SHACL shapes for ``schema`` (the shipped ontology by default), as Turtle text."""
    schema = schema or get_schema()
    vocab = vocabulary_of(schema)
    relations = {r.iri[len(NAMESPACE) :]: r for r in schema.relations}
    parts = [
        f"""# SHACL shapes for exports of the TCO knowledge graph (ontology {schema.version}).
# Generated from ontology/tco.ttl by `python -m kg.export.shapes`: do not edit by hand.

@prefix sh:    <http://www.w3.org/ns/shacl#> .
@prefix rdf:   <{RDF_NS}> .
@prefix rdfs:  <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:   <http://www.w3.org/2001/XMLSchema#> .
@prefix tco:   <{NAMESPACE}> .
@prefix tcosh: <{SHAPES_NAMESPACE}> .

# Prefixes for the SPARQL constraints below.
tcosh: sh:declare
    [ sh:prefix "rdf" ; sh:namespace "{RDF_NS}"^^xsd:anyURI ] ,
    [ sh:prefix "tco" ; sh:namespace "{NAMESPACE}"^^xsd:anyURI ] .
""",
        "# ---------------------------------------------------------------- entities\n",
        _entity_shape(vocab),
        "# ---------------------------------------------------------------- evidence and documents\n",
        _required_shape("Evidence", REQUIRED["Evidence"]),
        _required_shape("Judgement", REQUIRED["Judgement"]),
        _statement_shape([f"tco:{name}" for name in relations]),
        "# ---------------------------------------------------------------- relations\n",
    ]
    for name, relation in relations.items():
        prop = vocab.object_properties[name]
        parts.append(_object_shape(vocab, prop, relation.symmetric))
        parts.append(_evidence_shape(prop))
    parts.append("# ---------------------------------------------------------------- provenance links\n")
    for name in sorted(set(vocab.object_properties) - set(relations)):
        parts.append(_object_shape(vocab, vocab.object_properties[name], symmetric=False))
    parts.append("# ---------------------------------------------------------------- datatype properties\n")
    for name in sorted(vocab.datatype_properties):
        parts.append(_datatype_shape(vocab, name))
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    return write_or_check(SHAPES_PATH, render_shapes(), "kg.export.shapes", argv)


if __name__ == "__main__":
    sys.exit(main())
