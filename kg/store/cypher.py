"""Every Cypher statement the store runs, in one place.

Labels and relationship types cannot be query parameters, so they are spliced
into the text, and only after :func:`label` / :func:`rel_type` have checked them
against the ontology registry. Values always travel as parameters.

>>> create_nodes("Gang").splitlines()[1]
'CREATE (n:Gang)'
>>> label("Gang) DETACH DELETE (x")
Traceback (most recent call last):
...
kg.schema.SchemaError: unknown node type 'Gang) DETACH DELETE (x' (expected one of Gang, Faction, Leader, Agency, Country, Prison)
"""

from __future__ import annotations

from kg.schema import SchemaError, get_schema


def label(name: str) -> str:
    """``name`` if the ontology defines it as a node type; raises :class:`SchemaError` otherwise."""
    return get_schema().node_type(name).name


def rel_type(name: str) -> str:
    """``name`` if the ontology defines it as a relation; raises :class:`SchemaError` otherwise."""
    return get_schema().relation(name).name


def constraint_name(node_type: str) -> str:
    return f"{label(node_type).lower()}_id_unique"


def create_constraint(node_type: str) -> str:
    """A uniqueness constraint on ``id``: lookups by id are index seeks, and no id is stored twice."""
    return (
        f"CREATE CONSTRAINT {constraint_name(node_type)} IF NOT EXISTS "
        f"FOR (n:{label(node_type)}) REQUIRE n.id IS UNIQUE"
    )


LOCK = "SET {node}.`_kg_lock` = true REMOVE {node}.`_kg_lock`"
"""Take the write lock of a node (Cypher has no explicit lock): held to the end of the
transaction, so what is read after it stays true until this transaction commits. Two loads
that merge into the same node or add relationships to it then take turns instead of one
overwriting the other's evidence or both creating the same relationship."""


def existing_nodes(node_type: str) -> str:
    """The element id and stored properties of the nodes of one type among ``$rows`` (ids; absent ones give no row).

    Each stored node is locked before it is read (:data:`LOCK`), so the merged record
    written back by :func:`update_nodes` loses nothing another load wrote meanwhile.

    Statements that return rows return them as one list in one record: the driver
    handles a record much more slowly than a list item.
    """
    return (
        f"UNWIND $rows AS id\nMATCH (n:{label(node_type)} {{id: id}})\n"
        f"{LOCK.format(node='n')}\n"
        "RETURN collect({id: n.id, eid: elementId(n), props: properties(n)}) AS rows"
    )


def create_nodes(node_type: str) -> str:
    """Create a batch of nodes of one type known to be new (the constraint still guards ``id``)."""
    return (
        f"UNWIND $rows AS row\nCREATE (n:{label(node_type)})\nSET n = row.props\n"
        "RETURN collect({id: n.id, eid: elementId(n)}) AS rows"
    )


def update_nodes(node_type: str) -> str:
    """Replace the properties of stored nodes with their merged ones."""
    return f"UNWIND $rows AS row\nMATCH (n:{label(node_type)} {{id: row.id}})\nSET n = row.props"


def write_edges(edge_type: str) -> str:
    """Create the relationships of ``$rows`` that are not stored yet, and return the ones that are.

    Each row names its ends by element id (``s``, ``t``: looked up once, when the nodes
    were written; a seek by element id is cheaper than one through the ``id`` index).
    A row whose stored relationship comes back is merged and rewritten by :func:`update_edges`.
    The start node is locked first (:data:`LOCK`): two loads never both create one relationship.
    """
    return (
        "UNWIND $rows AS row\n"
        "MATCH (s) WHERE elementId(s) = row.s\n"
        "MATCH (t) WHERE elementId(t) = row.t\n"
        f"{LOCK.format(node='s')}\n"
        f"WITH row, s, t OPTIONAL MATCH (s)-[old:{rel_type(edge_type)}]->(t)\n"
        "CALL (s, t, row, old) {\n"
        "  WITH * WHERE old IS NULL\n"
        f"  CREATE (s)-[r:{rel_type(edge_type)}]->(t)\n"
        "  SET r = row.props\n"
        "}\n"
        "WITH row, old WHERE old IS NOT NULL\n"
        "RETURN collect({s: row.s, t: row.t, props: properties(old)}) AS rows"
    )


def update_edges(edge_type: str) -> str:
    """Replace the properties of stored relationships (ends by element id) with their merged ones."""
    return (
        "UNWIND $rows AS row\n"
        "MATCH (s) WHERE elementId(s) = row.s\n"
        "MATCH (t) WHERE elementId(t) = row.t\n"
        f"MATCH (s)-[r:{rel_type(edge_type)}]->(t)\n"
        "SET r = row.props"
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
AWAIT_INDEXES = "CALL db.awaitIndexes(300)"
"""Wait (up to 300 s) until the constraints' indexes are online, so a load never scans."""

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


def judgement_label() -> str:
    """The label of judgement nodes: the ontology's ``tco:Judgement`` class (checked there)."""
    name = "Judgement"
    if name not in get_schema().superclasses:
        raise SchemaError(f"the ontology declares no class tco:{name}")
    return name


def write_judgements() -> str:
    """One node per judgement (``$rows`` of property maps), merged by id: loading twice changes nothing."""
    return f"UNWIND $rows AS row\nMERGE (j:{judgement_label()} {{id: row.id}})\nSET j = row"


def pull_judgements() -> str:
    return f"MATCH (j:{judgement_label()}) RETURN properties(j) AS props ORDER BY j.when, j.id"


def existing_edges(edge_type: str, source_type: str, target_type: str) -> str:
    """The stored relationships of one type among ``$rows`` (``{s, t}`` pairs of ids), with their properties."""
    return (
        f"UNWIND $rows AS row\nMATCH (s:{label(source_type)} {{id: row.s}})"
        f"-[r:{rel_type(edge_type)}]->(t:{label(target_type)} {{id: row.t}})\n"
        "RETURN collect({s: row.s, t: row.t, props: properties(r)}) AS rows"
    )
