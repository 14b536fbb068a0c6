"""``kg load``, ``kg pull`` and ``kg query``: the graph in Neo4j.

Connection options fall back on NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and
NEO4J_DATABASE, the variables ``scripts/neo4j-local start`` prints.
"""

from __future__ import annotations

import functools
import json
import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar, cast

import click
import neo4j
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from kg.cli.options import judgements_option, report_judgements
from kg.errors import InputError
from kg.export.reading import RDF_SUFFIXES, read_graph
from kg.graphfile import FORMAT
from kg.model import Judgement, KnowledgeGraph
from kg.store import ConnectionOptions, Neo4jStore, open_driver
from kg.store.library import get_query, list_queries, run_query
from kg.store.neo4j_store import DEFAULT_BATCH_SIZE, DEFAULT_WORKERS

F = TypeVar("F", bound=Callable[..., Any])

# The driver logs connection failures itself; the CLI reports them as one line instead.
logging.getLogger("neo4j").addHandler(logging.NullHandler())
logging.getLogger("neo4j").propagate = False


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
        connection = ConnectionOptions.from_env(
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


@contextmanager
def _store(connection: ConnectionOptions) -> Iterator[Neo4jStore]:
    driver = open_driver(connection)
    try:
        yield Neo4jStore(driver, database=connection.database)
    finally:
        driver.close()


def _is_graph_file(path: Path) -> bool:
    if path.suffix.lower() in RDF_SUFFIXES:
        return True
    if path.suffix.lower() != ".json" or not path.is_file():
        return False
    with path.open(encoding="utf-8", errors="replace") as handle:
        head = handle.read(4096)
    return f'"{FORMAT}"' in head


def read_inputs(paths: tuple[Path, ...], judgements: Sequence[Judgement] = ()) -> KnowledgeGraph:
    """Graph files (``graph.json``, ``.ttl``) are read; anything else is built like ``kg build``;
    then ``judgements`` are applied."""
    graph = KnowledgeGraph()
    graph_files = [p for p in paths if _is_graph_file(p)]
    for path in graph_files:
        graph.merge(read_graph(path))
    others = [p for p in paths if p not in graph_files]
    if others:
        from kg.build import build_graph

        for path in others:
            if not path.exists():
                raise InputError(str(path), "no such file or directory")
        graph.merge(build_graph(others, judgements=judgements).graph)
    if not judgements:
        return graph
    from kg.judgements import apply_judgements

    return apply_judgements(graph, judgements)


@click.command("load")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--wipe", is_flag=True, help="Delete every node and relationship in the database first.")
@click.option(
    "--batch-size",
    default=DEFAULT_BATCH_SIZE,
    show_default=True,
    type=click.IntRange(min=1),
    help="Rows per transaction.",
)
@click.option(
    "--workers",
    default=DEFAULT_WORKERS,
    show_default=True,
    type=click.IntRange(min=1, max=32),
    help="Batches written at once (relationship batches written together share no node).",
)
@judgements_option
@connection_options
def load(
    inputs: tuple[Path, ...],
    wipe: bool,
    batch_size: int,
    workers: int,
    judgements: list[Judgement],
    connection: ConnectionOptions,
) -> None:
    """Load GRAPH files (graph.json, graph.ttl) or INPUT articles and fact files into Neo4j.

    Loading merges with what is stored: aliases and evidence are united, never lost.
    Idempotent: loading again, or after an interrupted load, gives the same graph.
    """
    graph = read_inputs(inputs, judgements)
    report_judgements(graph)
    console = Console(stderr=True)
    with _store(connection) as store:
        store.batch_size = batch_size
        store.workers = workers
        if wipe:
            console.print(f"wiping database {store.database}")
            store.wipe()
        total = graph.nx.number_of_nodes() + graph.nx.number_of_edges()
        columns = (TextColumn("loading"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        with Progress(*columns, console=console, transient=True, disable=not console.is_terminal) as bar:
            task = bar.add_task("load", total=total)
            summary = store.load(graph, progress=lambda n: bar.advance(task, n))
    click.echo(
        f"nodes: {summary.nodes_created} created, {summary.nodes_existing} already there "
        f"({summary.nodes_updated} gained evidence or aliases); "
        f"relationships: {summary.edges_created} created, {summary.edges_existing} already there "
        f"({summary.edges_updated} gained evidence); database {store.database}"
    )


@click.command("pull")
@click.option(
    "-o",
    "--out",
    "outdir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for graph.ttl and graph.json.",
)
@click.option("--cypher", "query", help="Pull only the nodes, relationships and paths this query returns.")
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="A parameter of --cypher.")
@connection_options
def pull(
    outdir: Path,
    query: str | None,
    params: tuple[str, ...],
    connection: ConnectionOptions,
) -> None:
    """Read the graph (or a subgraph) back from Neo4j into OUTDIR/graph.ttl and graph.json."""
    from kg.export import write_graph_files

    with _store(connection) as store:
        graph = store.pull(query, _param(params))
    write_graph_files(graph, outdir)
    counts = graph.counts()
    click.echo(f"pulled {counts['nodes']} nodes and {counts['edges']} relationships into {outdir}")


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, neo4j.graph.Node):
        return str(value.get("name", value.element_id))
    if isinstance(value, list):
        return "\n".join(_cell(v) for v in value)
    return str(value)


def _param(values: tuple[str, ...]) -> dict[str, str]:
    params: dict[str, str] = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"expected key=value, got {item!r}", param_hint="--param")
        params[key.strip()] = value
    return params


@click.command("query")
@click.argument("name", required=False)
@click.option("--param", "-p", "params", multiple=True, metavar="KEY=VALUE", help="A query parameter.")
@click.option("--list", "list_only", is_flag=True, help="List the library's queries and their parameters.")
@click.option("--json", "as_json", is_flag=True, help="Print rows as JSON lines instead of a table.")
@connection_options
def query(
    name: str | None,
    params: tuple[str, ...],
    list_only: bool,
    as_json: bool,
    connection: ConnectionOptions,
) -> None:
    """Run query NAME from the Cypher library (queries/*.cypher) and print a table."""
    console = Console()
    if list_only or name is None:
        table = Table(title="Cypher query library")
        for column in ("name", "parameters", "question"):
            table.add_column(column)
        for q in list_queries():
            args = ", ".join(p.name if p.required else f"{p.name}={p.default}" for p in q.params)
            table.add_row(q.name, args, q.description)
        console.print(table)
        return
    get_query(name)
    values = _param(params)
    with _store(connection) as store:
        result = run_query(store, name, values)
    if as_json:
        for row in result.rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=_cell))
        return
    table = Table(title=f"{name} ({len(result.rows)} rows)")
    for column in result.columns:
        table.add_column(column, overflow="fold")
    for row in result.rows:
        table.add_row(*(Text(_cell(row[c])) for c in result.columns))
    console.print(table)
