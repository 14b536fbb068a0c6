"""``kg build``: articles and fact files in, ``graph.ttl`` and ``graph.json`` out."""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
from rich.progress import Progress as RichProgress
from rich.table import Table

from kg.cli.options import (
    as_of_option,
    connection_options,
    extraction_options,
    judgements_option,
    out_dir_option,
    report_judgements,
)
from kg.cli.terminal import cell, one_line
from kg.model import Document, Judgement
from kg.scale.outputs import EXTRA_OUTPUTS
from kg.store import ConnectionOptions
from kg.summary import Summary, summarize
from kg.timeline import graph_as_of

if TYPE_CHECKING:
    from kg.build import BuildResult

PROGRESS_FROM = 20
"""Show a progress bar when there are at least this many documents."""


def print_summary(console: Console, summary: Summary, outdir: Path) -> None:
    counts = Table(title="Graph", show_header=True)
    counts.add_column("node type")
    counts.add_column("count", justify="right")
    counts.add_column("relation")
    counts.add_column("count", justify="right")
    node_rows = list(summary["node_types"].items())
    edge_rows = list(summary["relations"].items())
    for index in range(max(len(node_rows), len(edge_rows))):
        left = node_rows[index] if index < len(node_rows) else ("", "")
        right = edge_rows[index] if index < len(edge_rows) else ("", "")
        counts.add_row(left[0], str(left[1]), right[0], str(right[1]))
    counts.add_row("[b]nodes", f"[b]{summary['nodes']}", "[b]edges", f"[b]{summary['edges']}")
    console.print(counts)
    top = Table(title="Most connected")
    for column in ("entity", "type", "links"):
        top.add_column(column)
    for row in summary["top"]:
        top.add_row(cell(row["name"]), row["type"], str(row["degree"]))
    console.print(top)
    console.print(cell(f"wrote {outdir / 'graph.ttl'} and {outdir / 'graph.json'}"))


@contextmanager
def progress_bar(quiet: bool) -> Iterator[Callable[[Document, int | None], None]]:
    """A progress callback for :func:`kg.build.build_graph`: a bar on stderr from PROGRESS_FROM documents."""
    columns = (TextColumn("extracting"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with RichProgress(*columns, console=Console(stderr=True), transient=True, disable=quiet) as bar:
        task = bar.add_task("extract", total=None, visible=False)

        def advance(document: Document, total: int | None) -> None:
            done = bar.tasks[0].completed + 1
            bar.update(task, total=total, advance=1, visible=(total or done) >= PROGRESS_FROM)

        yield advance


@click.command("build")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=str))
@out_dir_option("Folder for graph.ttl and graph.json.", default="out")
@click.option("--keep-going", is_flag=True, help="Report bad input files, skip them and build the rest.")
@extraction_options
@judgements_option
@as_of_option
@click.option(
    "--engine",
    type=click.Choice(["local", "spark"]),
    default="local",
    show_default=True,
    help="local: one process (or --jobs); spark: Apache Spark tasks (pip install 'tco-kg[spark]').",
)
@click.option(
    "--master",
    default=None,
    help="Spark master for --engine spark: local[N], spark://HOST:PORT, yarn, k8s://... "
    "[default: spark-submit's, else local[2]]",
)
@click.option("--spark-conf", multiple=True, metavar="KEY=VALUE", help="A Spark setting; repeatable.")
@click.option(
    "--output",
    "extra_outputs",
    multiple=True,
    type=click.Choice(sorted(EXTRA_OUTPUTS)),
    help="Also write Parquet tables, N-Triples in parts or neo4j-admin CSVs into OUT; repeatable.",
)
@click.option(
    "--neo4j",
    "to_neo4j",
    is_flag=True,
    help="Also write the graph into Neo4j as kg load does (Spark engine: through the Neo4j Spark connector).",
)
@connection_options
@click.option("-q", "--quiet", is_flag=True, help="Print no summary.")
def command(
    inputs: tuple[str, ...],
    outdir: Path,
    keep_going: bool,
    lang: str | None,
    gazetteers: tuple[str, ...],
    jobs: int,
    judgements: list[Judgement],
    as_of: str | None,
    engine: str,
    master: str | None,
    spark_conf: tuple[str, ...],
    extra_outputs: tuple[str, ...],
    to_neo4j: bool,
    connection: ConnectionOptions,
    quiet: bool,
) -> None:
    """Build one deduplicated graph from articles (.md .txt .html), PDFs, feeds (.rss .atom .xml),
    article files (.jsonl .parquet), fact files (.yaml .json) and tables (.csv); folders are walked
    recursively."""
    from kg.export import write_graph_files
    from kg.scale.outputs import write_extra_outputs

    spark = None
    if engine == "spark":
        from kg.spark.session import spark_session

        spark = spark_session(master, spark_conf)
    try:
        # The Spark engine reports its own progress; the local one gets a bar.
        with progress_bar(quiet or spark is not None) as advance:
            if spark is None:
                from kg.build import build_graph  # imports the NLP pipeline: only when building

                build: Callable[..., BuildResult] = functools.partial(
                    build_graph, jobs=jobs, progress=advance
                )
            else:
                from kg.spark.engine import build_graph_spark

                build = functools.partial(build_graph_spark, spark)
            result = build(
                inputs, keep_going=keep_going, lang=lang, gazetteers=gazetteers, judgements=judgements
            )
        for problem in result.skipped:
            click.echo(one_line(f"skipped {problem}"), err=True)
        if not result.documents and not result.fact_files:
            raise click.ClickException("no input could be read: nothing to build")
        graph = result.graph if as_of is None else graph_as_of(result.graph, as_of)
        report_judgements(graph)
        write_graph_files(graph, outdir)
        for folder in write_extra_outputs(graph, outdir, dict.fromkeys(extra_outputs)):
            click.echo(cell(f"wrote {folder}"), err=True)
        if to_neo4j:
            click.echo(write_to_neo4j(graph, connection, spark), err=True)
    finally:
        if spark is not None:
            spark.stop()
    if not quiet:
        print_summary(Console(), summarize(graph), outdir)


def write_to_neo4j(graph: Any, connection: ConnectionOptions, spark: Any) -> str:
    """Write into Neo4j: through the connector on Spark, with ``kg load``'s loader otherwise."""
    if spark is not None:
        from kg.spark.neo4j_write import write_graph_connector

        done = write_graph_connector(spark, graph, connection)
        return (
            f"neo4j (Spark connector): {done.nodes} nodes ({done.nodes_existing} already there), "
            f"{done.edges} relationships ({done.edges_existing} already there); database {connection.database}"
        )
    from kg.store import open_store

    with open_store(connection) as store:
        summary = store.load(graph)
    return (
        f"neo4j: {summary.nodes_created} nodes created, {summary.nodes_existing} already there; "
        f"{summary.edges_created} relationships created, {summary.edges_existing} already there; "
        f"database {connection.database}"
    )
