"""One colour per node type and per relation, in ontology order.

Shared by the report (plots and network view) and the Neo4j Browser style
(``ontology/browser.grass``), so a type looks the same everywhere.

>>> type_colors()["Gang"]
'#d62728'
>>> colors_for(get_schema())[1]["OPERATES_IN"]
'#2ca02c'
>>> darker("#ffffff")
'#c4c4c4'
"""

from __future__ import annotations

from functools import cache

from kg.schema import Schema, get_schema

# Colorblind-aware hues, assigned to node types in the ontology's display order.
_HUES = ("#d62728", "#ff7f0e", "#9467bd", "#1f77b4", "#2ca02c", "#8c564b", "#e377c2", "#17becf", "#bcbd22")
# Relations in display order: presence green like countries, arrests blue like agencies,
# factions orange, leadership purple like leaders, rivalry red.
_RELATION_HUES = (
    *("#2ca02c", "#1f77b4", "#8c564b", "#ff7f0e", "#9467bd"),
    *("#7f7f7f", "#17becf", "#bcbd22", "#d62728", "#e377c2"),
)
OTHER = "#7f7f7f"


def _assign(names: tuple[str, ...], hues: tuple[str, ...]) -> dict[str, str]:
    return {name: hues[i] if i < len(hues) else OTHER for i, name in enumerate(names)}


def colors_for(schema: Schema) -> tuple[dict[str, str], dict[str, str]]:
    """(node type -> color, relation -> color) in the display order of ``schema``;
    names beyond the palette share :data:`OTHER`."""
    return _assign(schema.node_type_names, _HUES), _assign(schema.relation_names, _RELATION_HUES)


@cache
def type_colors() -> dict[str, str]:
    """Node type -> hex color for the shipped ontology."""
    return colors_for(get_schema())[0]


def color_of(node_type: str) -> str:
    return type_colors().get(node_type, OTHER)


def darker(color: str, factor: float = 0.77) -> str:
    """The same hue, darker: for borders."""
    channels = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(c * factor):02x}" for c in channels)
