"""``kg build``: articles and fact files in, ``graph.ttl`` and ``graph.json`` out."""

from __future__ import annotations

from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from kg.cli.options import extraction_options
from kg.model import Document
from kg.summary import Summary, summarize

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
        top.add_row(row["name"], row["type"], str(row["degree"]))
    console.print(top)
    console.print(f"wrote {outdir / 'graph.ttl'} and {outdir / 'graph.json'}")


@click.command("build")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option(
    "-o",
    "--out",
    "outdir",
    default="out",
    show_default=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder for graph.ttl and graph.json.",
)
@click.option("--keep-going", is_flag=True, help="Report bad input files, skip them and build the rest.")
@extraction_options
@click.option("-q", "--quiet", is_flag=True, help="Print no summary.")
def command(
    inputs: tuple[str, ...],
    outdir: Path,
    keep_going: bool,
    lang: str | None,
    gazetteers: tuple[str, ...],
    jobs: int,
    quiet: bool,
) -> None:
    """Build one deduplicated graph from articles (.md .txt .html), fact files (.yaml .json)
    and tables (.csv); folders are walked recursively."""
    from kg.build import build_graph  # imports the NLP pipeline: only when building
    from kg.export.output import write_graph_files

    err = Console(stderr=True)
    with Progress(
        TextColumn("extracting"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=quiet,
    ) as bar:
        task = bar.add_task("extract", total=None, visible=False)

        def advance(document: Document, total: int | None) -> None:
            done = bar.tasks[0].completed + 1
            bar.update(task, total=total, advance=1, visible=(total or done) >= PROGRESS_FROM)

        result = build_graph(
            inputs, keep_going=keep_going, lang=lang, gazetteers=gazetteers, jobs=jobs, progress=advance
        )
    for problem in result.skipped:
        click.echo(f"skipped {problem}", err=True)
    if not result.documents and not result.fact_files:
        raise click.ClickException("no input could be read: nothing to build")
    write_graph_files(result.graph, outdir)
    if not quiet:
        print_summary(Console(), summarize(result.graph), outdir)
