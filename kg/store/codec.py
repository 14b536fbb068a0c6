"""The property-map codec, kept in :mod:`kg.codec` (no driver needed); re-exported for the store."""

from kg.codec import (
    EVIDENCE_PREFIX,
    INT_FIELDS,
    JSON_PROPERTY_KEYS,
    PROPERTY_KEYS,
    edge_from_properties,
    edge_properties,
    edge_row,
    evidence_columns,
    evidence_from_columns,
    node_from_properties,
    node_row,
)

__all__ = [
    "EVIDENCE_PREFIX",
    "INT_FIELDS",
    "JSON_PROPERTY_KEYS",
    "PROPERTY_KEYS",
    "edge_from_properties",
    "edge_properties",
    "edge_row",
    "evidence_columns",
    "evidence_from_columns",
    "node_from_properties",
    "node_row",
]
