"""``kg extract``: per-document facts (no merging across documents) as JSON, JSON lines or a table."""

from __future__ import annotations

import json
import sys
import textwrap
from collections.abc import Iterable
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from kg.cli.options import extraction_options
from kg.cli.terminal import cell, one_line
from kg.errors import InputError


def _print_table(extractions: list[Any]) -> None:
    console = Console(width=None if sys.stdout.isatty() else 200, soft_wrap=False)
    for extraction in extractions:
        graph = extraction.graph
        table = Table(
            title=cell(f"{extraction.document.source} ({extraction.lang})"), show_lines=True, expand=False
        )
        for column in ("fact", "date", "rule", "sentence"):
            table.add_column(column, overflow="fold")
        for edge in graph.edges():
            evidence = edge.evidence[0]
            fact = f"{graph.node(edge.source).name} -[{edge.type}]-> {graph.node(edge.target).name}"
            table.add_row(
                cell(fact), cell(evidence.fact_date or ""), cell(evidence.rule or ""), cell(evidence.sentence)
            )
        console.print(table)


def _echo_json_documents(extractions: Iterable[Any]) -> None:
    """``{"documents": [...]}`` exactly as ``json.dumps(..., indent=1)`` lays it out, one document at a time."""
    opened = False
    for extraction in extractions:
        item = json.dumps(extraction.to_dict(), ensure_ascii=False, indent=1)
        click.echo(("," if opened else '{\n "documents": [') + "\n" + textwrap.indent(item, "  "), nl=False)
        opened = True
    click.echo("\n ]\n}" if opened else '{\n "documents": []\n}')


@click.command("extract")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl", "table"]),
    default="json",
    show_default=True,
    help="json: one object with every document; jsonl: one document per line; table: facts beside sentences.",
)
@click.option(
    "--keep-going", is_flag=True, help="Report bad input files on stderr, skip them, extract the rest."
)
@extraction_options
def command(
    inputs: tuple[str, ...],
    fmt: str,
    keep_going: bool,
    lang: str | None,
    gazetteers: tuple[str, ...],
    jobs: int,
) -> None:
    """Extract typed facts with evidence from each article, without merging across documents."""
    from kg.build import extract_files  # imports the NLP pipeline: only when extracting

    errors: list[InputError] = []
    # Documents stream through: each is written as soon as it is extracted.
    extractions = extract_files(
        inputs, lang=lang, gazetteers=gazetteers, jobs=jobs, keep_going=keep_going, errors=errors
    )
    if fmt == "jsonl":
        for extraction in extractions:
            click.echo(json.dumps(extraction.to_dict(), ensure_ascii=False))
    elif fmt == "json":
        _echo_json_documents(extractions)
    else:
        for extraction in extractions:
            _print_table([extraction])
    for error in errors:
        click.echo(one_line(f"skipped {error}"), err=True)
