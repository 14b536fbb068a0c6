"""Every Cypher statement the store runs, in one place.

Labels and relationship types cannot be query parameters, so they are spliced
into the text, and only after :func:`label` / :func:`rel_type` have checked them
against the ontology registry. Values always travel as parameters.

>>> merge_nodes("Gang").splitlines()[1]
'MERGE (n:Gang {id: row.id})'
>>> label("Gang) DETACH DELETE (x")
Traceback (most recent call last):
...
kg.schema.SchemaError: unknown node type 'Gang) DETACH DELETE (x' (expected one of Gang, Faction, Leader, Agency, Country, Prison)
"""

from __future__ import annotations

from kg.schema import get_schema


def label(name: str) -> str:
    """``name`` if the ontology defines it as a node type; raises :class:`SchemaError` otherwise."""
    return get_schema().node_type(name).name


def rel_type(name: str) -> str:
    """``name`` if the ontology defines it as a relation; raises :class:`SchemaError` otherwise."""
    return get_schema().relation(name).name


def constraint_name(node_type: str) -> str:
    return f"{label(node_type).lower()}_id_unique"


def create_constraint(node_type: str) -> str:
    """A uniqueness constraint on ``id``: MERGE is only fast (and only safe) on a constrained key."""
    return (
        f"CREATE CONSTRAINT {constraint_name(node_type)} IF NOT EXISTS "
        f"FOR (n:{label(node_type)}) REQUIRE n.id IS UNIQUE"
    )


def merge_nodes(node_type: str) -> str:
    """Upsert a batch of nodes of one type, replacing all their properties."""
    return f"UNWIND $rows AS row\nMERGE (n:{label(node_type)} {{id: row.id}})\nSET n = row.props"


def merge_edges(edge_type: str, source_type: str, target_type: str) -> str:
    """Upsert a batch of relationships of one type between two node types (ends matched by id)."""
    return (
        "UNWIND $rows AS row\n"
        f"MATCH (s:{label(source_type)} {{id: row.source}})\n"
        f"MATCH (t:{label(target_type)} {{id: row.target}})\n"
        f"MERGE (s)-[r:{rel_type(edge_type)}]->(t)\n"
        "ON CREATE SET r = row.props ON MATCH SET r = row.props"
    )


def naive_merge_node(node_type: str) -> str:
    """One node per statement (the slow baseline the benchmark compares with)."""
    return f"MERGE (n:{label(node_type)} {{id: $id}}) SET n = $props"


def naive_merge_edge(edge_type: str, source_type: str, target_type: str) -> str:
    """One relationship per statement (the slow baseline)."""
    return (
        f"MATCH (s:{label(source_type)} {{id: $source}}) MATCH (t:{label(target_type)} {{id: $target}}) "
        f"MERGE (s)-[r:{rel_type(edge_type)}]->(t) SET r = $props"
    )


# Whole-database wipe, in batches so a large graph does not need one huge transaction.
WIPE = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS"

COUNT_NODES = "MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) RETURN count(n) AS count"
COUNT_EDGES = "MATCH ()-[r]->() WHERE type(r) IN $types RETURN count(r) AS count"

# The whole ontology-typed graph, read back for ``kg pull``.
PULL_NODES = (
    "MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels) "
    "RETURN [l IN labels(n) WHERE l IN $labels] AS labels, properties(n) AS props"
)
PULL_EDGES = (
    "MATCH (s)-[r]->(t) WHERE type(r) IN $types "
    "RETURN type(r) AS type, s.id AS source, t.id AS target, properties(r) AS props"
)

# Nodes named by element id, for the ends of relationships a subgraph query returned alone.
NODES_BY_ELEMENT_ID = "MATCH (n) WHERE elementId(n) IN $ids RETURN elementId(n) AS eid, n"
