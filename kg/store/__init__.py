"""Neo4j as a store: idempotent loading, pulling back into the model, the query library.

>>> from kg.store import Neo4jStore, pull_graph
"""

from kg.store.connect import ConnectionOptions, Neo4jConnectionError, open_driver
from kg.store.neo4j_store import LoadSummary, Neo4jStore, StoreError, open_store, pull_graph

__all__ = [
    "ConnectionOptions",
    "LoadSummary",
    "Neo4jConnectionError",
    "Neo4jStore",
    "StoreError",
    "open_driver",
    "open_store",
    "pull_graph",
]
