"""``kg export``: a graph (``graph.json`` or an RDF export) in another format."""

from __future__ import annotations

import click

from kg.export import EXPORTERS, export
from kg.export.output import STDOUT
from kg.export.reading import read_graph


@click.command("export")
@click.argument("graph", metavar="GRAPH")
@click.option(
    "-f",
    "--format",
    "format_",
    type=click.Choice(list(EXPORTERS)),
    default="ttl",
    show_default=True,
    help="; ".join(f"{name}: {entry.description}" for name, entry in EXPORTERS.items()) + ".",
)
@click.option("-o", "--out", default=STDOUT, show_default=True, help="Output path, or - for standard output.")
def command(graph: str, format_: str, out: str) -> None:
    """Export GRAPH (a graph.json, .ttl, .nt or .jsonld) in another format.

    Files are written atomically: an error leaves no partial output.
    """
    export(read_graph(graph), format_, out)
    if out != STDOUT:
        click.echo(f"wrote {out} ({format_})", err=True)
