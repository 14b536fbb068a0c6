"""The ``kg`` command line: thin click commands over the library.

Each command lives in its own module of this package and is registered below.
Known errors (:class:`kg.errors.KgError`) become one line on stderr and exit 1.
"""

from __future__ import annotations

from typing import Any

import click

from kg import __version__
from kg.errors import KgError
from kg.schema import SchemaError


class KgGroup(click.Group):
    """A click group that turns user-facing errors into one-line messages."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (KgError, SchemaError) as exc:
            raise click.ClickException(str(exc)) from None


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build knowledge graphs of transnational criminal organizations from news."""


def _register() -> None:
    from kg.cli import analyze, build, evaluate, export, extract, neo4j_cmds, ontology_cmd, validate

    for module in (build, ontology_cmd, extract, evaluate, export, validate, analyze):
        main.add_command(module.command)
    for c in neo4j_cmds.commands:
        main.add_command(c)


_register()
