"""The Neo4j Browser style sheet is generated from the ontology and covers every type and relation."""

from __future__ import annotations

import re

from kg.export.browser_style import main as browser_style_main
from kg.export.browser_style import render_browser_style
from kg.schema import get_schema
from ontology import BROWSER_STYLE_PATH


def rules() -> dict[str, dict[str, str]]:
    text = BROWSER_STYLE_PATH.read_text(encoding="utf-8")
    parsed: dict[str, dict[str, str]] = {}
    for selector, body in re.findall(r"^([\w.]+) \{\n(.*?)^\}", text, re.M | re.S):
        parsed[selector] = dict(
            (key.strip(), value.strip().strip('"'))
            for key, value in (
                line.split(":", 1) for line in body.strip().rstrip(";").split(";") if line.strip()
            )
        )
    return parsed


def test_every_node_type_has_a_colour_and_a_name_caption() -> None:
    style = rules()
    colours = []
    for name in get_schema().node_type_names:
        rule = style[f"node.{name}"]
        assert re.fullmatch(r"#[0-9A-F]{6}", rule["color"]), name
        assert rule["caption"] == "{name}", name
        colours.append(rule["color"])
    assert len(set(colours)) == len(colours), "two node types share a colour"


def test_every_relation_is_styled_and_nothing_else() -> None:
    style = rules()
    schema = get_schema()
    for name in schema.relation_names:
        assert style[f"relationship.{name}"]["caption"] == "<type>"
    known = {"node", "relationship"}
    known |= {f"node.{n}" for n in schema.node_type_names} | {
        f"relationship.{r}" for r in schema.relation_names
    }
    assert set(style) == known


def test_the_style_file_is_generated_from_the_ontology() -> None:
    assert BROWSER_STYLE_PATH.read_text(encoding="utf-8") == render_browser_style()
    assert browser_style_main(["--check"]) == 0


def test_node_size_follows_the_role() -> None:
    style = rules()
    schema = get_schema()
    (gang,) = [t for t in schema.types_with_role("group")][:1]
    (country,) = schema.types_with_role("place")
    assert int(style[f"node.{gang}"]["diameter"].rstrip("px")) > int(
        style[f"node.{country}"]["diameter"].rstrip("px")
    )
