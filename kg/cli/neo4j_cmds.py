"""``kg load``, ``kg pull`` and ``kg query``: the graph in Neo4j.

Connection options fall back on NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD and
NEO4J_DATABASE, the variables ``scripts/neo4j-local start`` prints.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
import neo4j
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.text import Text

from kg.cli.options import connection_options, judgements_option, out_dir_option, report_judgements
from kg.inputs import graph_from_inputs
from kg.model import Judgement
from kg.store import ConnectionOptions, open_store
from kg.store.library import get_query, list_queries, run_query
from kg.store.neo4j_store import DEFAULT_BATCH_SIZE, DEFAULT_WORKERS


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
    graph = graph_from_inputs(inputs, judgements)
    report_judgements(graph)
    console = Console(stderr=True)
    with open_store(connection) as store:
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
@out_dir_option("Folder for graph.ttl and graph.json.")
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

    with open_store(connection) as store:
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
    """Run query NAME from the Cypher library (kg/store/queries/*.cypher) and print a table."""
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
    with open_store(connection) as store:
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
