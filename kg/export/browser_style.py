"""The Neo4j Browser style sheet, generated from the ontology: ``ontology/browser.grass``.

Every node type gets its colour (the report's, see :mod:`kg.palette`), a darker
border, a size by its role and its name as caption; every relation its colour
and type as caption, symmetric relations a thicker shaft. The test suite
regenerates the file and compares, like the SHACL shapes.

    python -m kg.export.browser_style          # rewrite ontology/browser.grass
    python -m kg.export.browser_style --check  # exit 1 if the file is out of date

>>> "node.Gang {" in render_browser_style()
True
"""

from __future__ import annotations

import sys

from kg.export.generated import write_or_check
from kg.palette import colors_for, darker
from kg.schema import Schema, get_schema
from ontology import BROWSER_STYLE_PATH

# Node size by role: groups are what an analyst looks for first.
DIAMETERS = {"group": 75, "agency": 60, "member": 55, "place": 55, "prison": 50}
DEFAULT_DIAMETER = 50

_DEFAULTS = """node {
  diameter: 50px;
  color: #A5ABB6;
  border-color: #9AA1AC;
  border-width: 2px;
  text-color-internal: #FFFFFF;
  font-size: 10px;
}
relationship {
  color: #A5ABB6;
  shaft-width: 2px;
  font-size: 8px;
  padding: 3px;
  text-color-external: #000000;
  text-color-internal: #FFFFFF;
  caption: "<type>";
}
"""


def _rule(selector: str, properties: dict[str, str]) -> str:
    body = "".join(f"  {key}: {value};\n" for key, value in properties.items())
    return f"{selector} {{\n{body}}}\n"


def render_browser_style(schema: Schema | None = None) -> str:
    """The Browser style sheet for ``schema`` (the shipped ontology by default)."""
    schema = schema or get_schema()
    colours, relation_colours = colors_for(schema)
    rules = [_DEFAULTS]
    for node_type in schema.node_types:
        colour = colours[node_type.name]
        diameter = DIAMETERS.get(node_type.role, DEFAULT_DIAMETER)
        rules.append(
            _rule(
                f"node.{node_type.name}",
                {
                    "color": colour.upper(),
                    "border-color": darker(colour).upper(),
                    "text-color-internal": "#FFFFFF",
                    "diameter": f"{diameter}px",
                    "caption": '"{name}"',
                },
            )
        )
    for relation in schema.relations:
        properties = {"color": relation_colours[relation.name].upper()}
        if relation.symmetric:
            properties["shaft-width"] = "3px"
        properties["caption"] = '"<type>"'
        rules.append(_rule(f"relationship.{relation.name}", properties))
    return "".join(rules)


def main(argv: list[str] | None = None) -> int:
    return write_or_check(BROWSER_STYLE_PATH, render_browser_style(), "kg.export.browser_style", argv)


if __name__ == "__main__":
    sys.exit(main())
