"""Options shared by several commands: extraction (``build``, ``extract``, ``eval``), judgements
(``build``, ``load``, ``analyze``) and the Neo4j connection (``build``, ``load``, ``pull``, ``query``,
``analyze``)."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

import click

from kg.model import LANGUAGES, Judgement, KnowledgeGraph

if TYPE_CHECKING:
    from kg.store.connect import ConnectionOptions

F = TypeVar("F", bound=Callable[..., object])

# The driver logs connection failures itself; the commands report them as one line instead.
logging.getLogger("neo4j").addHandler(logging.NullHandler())
logging.getLogger("neo4j").propagate = False

MAX_JOBS = 4 * (os.cpu_count() or 1)
"""More worker processes than this only add memory (each loads the extractor), never speed."""


def extraction_options(func: F) -> F:
    """``--lang``, ``--gazetteer`` and ``--jobs``."""
    func = click.option(
        "-j",
        "--jobs",
        default=1,
        show_default=True,
        type=click.IntRange(min=1, max=MAX_JOBS),
        help=f"Worker processes (at most {MAX_JOBS}: four per CPU).",
    )(func)
    func = click.option(
        "--gazetteer",
        "gazetteers",
        multiple=True,
        type=click.Path(dir_okay=False),
        help="Extra gazetteer file (YAML) of gangs, factions, agencies and aliases; repeatable.",
    )(func)
    func = click.option(
        "--lang",
        type=click.Choice(LANGUAGES),
        default=None,
        help="Language of every input (default: detect).",
    )(func)
    return func


def out_dir_option(help_text: str, default: str | None = None) -> Callable[[F], F]:
    """``-o/--out DIR``, handed to the command as ``outdir`` (a Path); required unless it has a default."""
    given: dict[str, Any] = (
        {"required": True} if default is None else {"default": default, "show_default": True}
    )
    return click.option(
        "-o", "--out", "outdir", type=click.Path(file_okay=False, path_type=Path), help=help_text, **given
    )


def judgements_option(func: F) -> F:
    """``--judgements FILE``, handed to the command as ``judgements`` (a list, empty without it)."""

    def read(ctx: click.Context, param: click.Parameter, value: str | None) -> list[Judgement]:
        from kg.judgements import read_judgements

        return [] if value is None else read_judgements(value)

    return click.option(
        "--judgements",
        type=click.Path(dir_okay=False),
        callback=read,
        help="Judgements file (YAML: same, different, reject, retype, rename) to apply; see kg review.",
    )(func)


def report_judgements(graph: KnowledgeGraph) -> None:
    """One stderr line per judgement that matched nothing, then how many were applied."""
    from kg.judgements import describe

    for judgement in graph.judgements:
        if judgement.status == "stale":
            click.echo(f"stale judgement {describe(judgement)}: {judgement.outcome}", err=True)
    applied = sum(j.status == "applied" for j in graph.judgements)
    if graph.judgements:
        click.echo(f"judgements: {applied} applied, {len(graph.judgements) - applied} stale", err=True)


def as_of_option(func: F) -> F:
    """``--as-of DATE``, handed to the command as ``as_of`` (an ISO day, or None)."""

    def check(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            return dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None

    return click.option(
        "--as-of",
        "as_of",
        metavar="DATE",
        callback=check,
        help="The graph as known on DATE (YYYY-MM-DD): only passages published by then.",
    )(func)


def connection_options(func: F) -> F:
    """``--uri``, ``--user``, ``--password``, ``--database``, ``--timeout``, handed to the
    command as one ``connection: ConnectionOptions`` (explicit values, then the environment)."""

    @functools.wraps(func)
    def command(
        *args: Any,
        uri: str | None,
        user: str | None,
        password: str | None,
        database: str | None,
        timeout: float,
        **kwargs: Any,
    ) -> Any:
        from kg.store.connect import ConnectionOptions  # the driver loads only when a command runs

        connection: ConnectionOptions = ConnectionOptions.from_env(
            uri=uri, user=user, password=password, database=database, timeout=timeout
        )
        return func(*args, connection=connection, **kwargs)

    options = [
        click.option("--uri", help="Bolt URI [env NEO4J_URI, default bolt://127.0.0.1:7687]."),
        click.option("--user", help="User name [env NEO4J_USERNAME, default neo4j]."),
        click.option("--password", help="Password [env NEO4J_PASSWORD]; prefer the variable."),
        click.option("--database", help="Database [env NEO4J_DATABASE, default neo4j]."),
        click.option(
            "--timeout", type=float, default=10.0, show_default=True, help="Seconds to wait for the server."
        ),
    ]
    wrapped: Any = command
    for option in reversed(options):
        wrapped = option(wrapped)
    return cast(F, wrapped)
