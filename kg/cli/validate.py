"""``kg validate``: check an export against the SHACL shapes of the ontology."""

from __future__ import annotations

import click

from kg.cli.terminal import one_line
from kg.validate import validate_file


@click.command("validate")
@click.argument("file", metavar="FILE")
@click.option("--limit", default=50, show_default=True, help="Print at most this many violations (0: all).")
@click.option("--full", is_flag=True, help="Run SHACL on every entity of a large graph, not an even sample.")
def command(file: str, limit: int, full: bool) -> None:
    """Validate FILE (.ttl, .nt, .jsonld, or a graph.json) with SHACL.

    Prints each violation and exits 1 when there is any; prints one line and
    exits 0 when the file conforms.
    """
    result = validate_file(file, full=full)
    if result.skipped:
        click.echo(f"note: {result.skipped}", err=True)
    if result.conforms:
        click.echo(f"{file}: conforms ({result.triples} triples)")
        return
    shown = result.violations if limit <= 0 else result.violations[:limit]
    for violation in shown:
        click.echo(one_line(f"{violation.severity}: {violation}"))
    hidden = len(result.violations) - len(shown)
    more = f" ({hidden} not shown; use --limit 0)" if hidden else ""
    click.echo(f"{file}: {len(result.violations)} violation(s){more}", err=True)
    raise click.exceptions.Exit(1)
