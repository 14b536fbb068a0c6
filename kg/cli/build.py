"""``kg build``: articles and fact files in, ``graph.ttl`` and ``graph.json`` out."""

from __future__ import annotations

import click


@click.command("build")
def command() -> None:
    """Build the graph (being written)."""
    raise click.ClickException("kg build is not ready yet")
