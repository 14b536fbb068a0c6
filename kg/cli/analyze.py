"""``kg analyze``: centrality, communities, brokers, reach, enforcement and disruption of a graph.

The graph comes from a file (``graph.json``, ``graph.ttl``) or, with ``--neo4j``,
straight from the server (connection options as for ``kg pull``).
"""

from __future__ import annotations

from pathlib import Path

import click

from kg.analytics.backend import BACKENDS
from kg.analytics.disruption import MEASURES
from kg.analytics.pipeline import Analysis, AnalysisOptions, analyze
from kg.cli.options import (
    as_of_option,
    connection_options,
    judgements_option,
    out_dir_option,
    report_judgements,
)
from kg.cli.terminal import one_line
from kg.gcpause import gc_paused
from kg.inputs import graph_from
from kg.judgements import apply_judgements
from kg.model import Judgement
from kg.report.network import NETWORK_CAP
from kg.report.outputs import write_outputs
from kg.store import ConnectionOptions
from kg.timeline import graph_as_of


@click.command("analyze")
@click.argument("graph", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--neo4j", is_flag=True, help="Read the graph from Neo4j instead of a file.")
@connection_options
@out_dir_option("Directory for report.html, metrics.csv, metrics.json and the PNG plots.")
@click.option(
    "--path",
    "path",
    nargs=2,
    metavar="FROM TO",
    default=None,
    help="Also find the shortest path between two entities (name, alias or id), with evidence.",
)
@click.option(
    "--disrupt-by",
    type=click.Choice(MEASURES),
    default="betweenness",
    show_default=True,
    help="Centrality that ranks the actors removed in the disruption analysis.",
)
@click.option(
    "--top-k",
    type=click.IntRange(min=1),
    default=10,
    show_default=True,
    help="How many actors the disruption analysis removes.",
)
@click.option(
    "--random-seeds",
    type=click.IntRange(min=1, max=1000),
    default=5,
    show_default=True,
    help="Random removals averaged for the baseline.",
)
@click.option(
    "--seed", type=int, default=0, show_default=True, help="Seed for sampling and community detection."
)
@click.option(
    "--backend",
    type=click.Choice(BACKENDS),
    default="auto",
    show_default=True,
    help="networkx, igraph, or auto (igraph for large graphs).",
)
@judgements_option
@as_of_option
@click.option(
    "--network-cap",
    type=click.IntRange(min=1),
    default=NETWORK_CAP,
    show_default=True,
    help="Most entities drawn in the report's network view (top by PageRank).",
)
def command(
    graph: Path | None,
    neo4j: bool,
    outdir: Path,
    path: tuple[str, str] | None,
    disrupt_by: str,
    top_k: int,
    random_seeds: int,
    seed: int,
    backend: str,
    network_cap: int,
    judgements: list[Judgement],
    as_of: str | None,
    connection: ConnectionOptions,
) -> None:
    """Analyse GRAPH (graph.json or graph.ttl) or the Neo4j graph; write a report with plots into OUT."""
    if neo4j == (graph is not None):
        raise click.UsageError("give either GRAPH or --neo4j")
    options = AnalysisOptions(
        seed=seed,
        backend=backend,
        disrupt_by=disrupt_by,
        disrupt_k=top_k,
        random_seeds=random_seeds,
        path=path or None,
    )
    with gc_paused():
        kg_graph = graph_from(graph, connection if neo4j else None)
        if judgements:
            kg_graph = apply_judgements(kg_graph, judgements)
        if as_of is not None:
            kg_graph = graph_as_of(kg_graph, as_of)
        report_judgements(kg_graph)
        result = analyze(kg_graph.nx, options)
        judged = [j.to_dict() for j in kg_graph.judgements]
        written = write_outputs(kg_graph.nx, result, outdir, network_cap=network_cap, judgements=judged)
    _print(result)
    for item in written:
        click.echo(one_line(f"wrote {item}"))


def _print(result: Analysis) -> None:
    """The counts, then the path asked for with its evidence."""
    summary = result.summary
    click.echo(f"analysed {summary['nodes']} entities and {summary['edges']} relations")
    if result.path is not None:
        found = result.path
        if not found["found"]:
            click.echo(one_line(f"no path from {found['from']} to {found['to']}"))
        for hop in found["hops"]:
            for rel in hop["relations"]:
                click.echo(one_line(f"{rel['from']} -[{rel['relation']}]-> {rel['to']}"))
                for ev in rel["evidence"]:
                    click.echo(one_line(f'    "{ev["sentence"]}" ({ev.get("publisher") or ev["document"]})'))
