"""One color per node type, in ontology order, shared by the plots and the network view.

>>> type_colors()["Gang"]
'#d62728'
"""

from __future__ import annotations

from functools import cache

from kg.schema import get_schema

# Colorblind-aware hues, assigned to node types in the ontology's display order.
_HUES = ("#d62728", "#ff7f0e", "#9467bd", "#1f77b4", "#2ca02c", "#8c564b", "#e377c2", "#17becf", "#bcbd22")
OTHER = "#7f7f7f"


@cache
def type_colors() -> dict[str, str]:
    """Node type -> hex color; types beyond the palette share :data:`OTHER`."""
    names = get_schema().node_type_names
    return {name: _HUES[i] if i < len(_HUES) else OTHER for i, name in enumerate(names)}


def color_of(node_type: str) -> str:
    return type_colors().get(node_type, OTHER)
