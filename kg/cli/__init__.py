"""The ``kg`` command line: thin click commands over the library.

Each command lives in its own module of this package and is listed in ``COMMANDS``.
Every error, known (:class:`kg.errors.KgError`) or not, becomes one line on stderr and
exit status 1 in :meth:`KgGroup.invoke`, the one place that does so; ``kg --debug``
(or ``KG_DEBUG=1``) shows the traceback of an unexpected one. SIGTERM ends a run like
Ctrl-C: outputs in progress are dropped and earlier ones kept. A reader that stops early
(``kg eval ... | head -1``) ends the run quietly, with no error line, and status 1 as
Rich (``--format table``) and Python's own advice for a closed pipe have it: output is cut short.
"""

from __future__ import annotations

import importlib
import os
import select
import signal
import sys
import threading
from typing import Any

import click

from kg import __version__
from kg.cli.terminal import one_line
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
        _end_on_sigterm()
        try:
            return super().invoke(ctx)
        except (KgError, SchemaError) as exc:
            if exc.__cause__ is not None and _debugging(ctx):
                raise exc.__cause__ from None
            raise click.ClickException(one_line(exc)) from None
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except KeyboardInterrupt:
            raise click.Abort() from None
        except (Exception, RecursionError) as exc:
            if isinstance(exc, BrokenPipeError) and _stdout_closed():
                _silence_stdout()
                raise click.exceptions.Exit(1) from None
            if _debugging(ctx):
                raise
            raise click.ClickException(_unexpected(exc)) from None


def _debugging(ctx: click.Context) -> bool:
    return bool(ctx.params.get("debug") or os.environ.get("KG_DEBUG"))


def _unexpected(exc: BaseException) -> str:
    """One line for an error no code path expected, with where to look further."""
    if isinstance(exc, MemoryError):
        problem = "out of memory"
    elif isinstance(exc, RecursionError):
        problem = "input nested too deeply"
    elif isinstance(exc, OSError):
        where = f"{exc.filename}: " if exc.filename else ""
        problem = f"{where}{exc.strerror or exc}"
    else:
        problem = f"{type(exc).__name__}: {exc}"
    return one_line(f"{problem} (unexpected; run 'kg --debug ...' for the traceback)")


def _stdout_closed() -> bool:
    """True when nobody reads standard output any more (a pipe whose reader has exited)."""
    try:
        poller = select.poll()
        poller.register(sys.stdout.fileno(), select.POLLOUT)
        return any(events & select.POLLERR for _, events in poller.poll(0))
    except (AttributeError, OSError, ValueError):  # no poll() here, or stdout is no file
        return False


def _silence_stdout() -> None:
    """Point standard output at the null device, so what is still buffered is dropped quietly."""
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, sys.stdout.fileno())
    os.close(null)


def _terminated(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _end_on_sigterm() -> None:
    """Let SIGTERM unwind like Ctrl-C, so unfinished outputs are dropped (main thread only)."""
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _terminated)


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
@click.option("--debug", is_flag=True, help="Show the full traceback of an unexpected error.")
def main(debug: bool) -> None:
    """Build knowledge graphs of transnational criminal organizations from news."""
