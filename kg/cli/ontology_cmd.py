"""``kg ontology``: the node types and relations the ontology defines."""

from __future__ import annotations

import json

import click
from rich.console import Console
from rich.table import Table

from kg.schema import get_schema


@click.command("ontology")
@click.option("--json", "as_json", is_flag=True, help="Print the registry as JSON.")
def command(as_json: bool) -> None:
    """List node types and relations with their domains and ranges."""
    schema = get_schema()
    if as_json:
        click.echo(json.dumps(schema.to_dict(), indent=2, ensure_ascii=False))
        return
    console = Console()
    types = Table(title=f"Node types (ontology {schema.version})")
    for column in ("type", "label (en / es)", "description"):
        types.add_column(column)
    for t in schema.node_types:
        types.add_row(t.name, f"{t.label} / {t.label_es}", t.comment)
    console.print(types)
    relations = Table(title="Relations")
    for column in ("relation", "domain", "range", "symmetric"):
        relations.add_column(column)
    for r in schema.relations:
        relations.add_row(r.name, " | ".join(r.domain), " | ".join(r.range), "yes" if r.symmetric else "")
    console.print(relations)
