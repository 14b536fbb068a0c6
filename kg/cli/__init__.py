"""The ``kg`` command line: thin click commands over the library.

Each command lives in its own module of this package and is listed in ``COMMANDS``.
Known errors (:class:`kg.errors.KgError`) become one line on stderr and exit 1.
"""

from __future__ import annotations

import importlib
from typing import Any

import click

from kg import __version__
from kg.errors import KgError
from kg.schema import SchemaError

COMMANDS = {
    "build": "kg.cli.build:command",
    "extract": "kg.cli.extract:command",
    "eval": "kg.cli.evaluate:command",
    "export": "kg.cli.export:command",
    "validate": "kg.cli.validate:command",
    "ontology": "kg.cli.ontology_cmd:command",
    "load": "kg.cli.neo4j_cmds:load",
    "pull": "kg.cli.neo4j_cmds:pull",
    "query": "kg.cli.neo4j_cmds:query",
    "analyze": "kg.cli.analyze:command",
    "review": "kg.cli.review:command",
}
"""Command name -> ``module:attribute``; a command's module is imported only when it runs,
so ``kg ontology`` does not pay for the NLP, plotting and database imports of the others."""


class KgGroup(click.Group):
    """Lazily loaded commands; user-facing errors become one-line messages."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, _, attribute = target.partition(":")
        command = getattr(importlib.import_module(module), attribute)
        assert isinstance(command, click.Command)
        return command

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (KgError, SchemaError) as exc:
            raise click.ClickException(str(exc)) from None


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """Build knowledge graphs of transnational criminal organizations from news."""
