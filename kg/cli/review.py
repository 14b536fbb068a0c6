"""``kg review``: candidates for a human look, as a table or JSON, or asked one by one.

Every string from an article is printed as plain text (``rich.text.Text``), never read as markup.
"""

from __future__ import annotations

import getpass
import json
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table
from rich.text import Text

from kg.export.reading import read_graph
from kg.judgements import add_judgement, read_judgements
from kg.model import Judgement, KnowledgeGraph
from kg.review import Candidate, review_candidates
from kg.review.decide import judgement_for, needs_node, still_open
from kg.schema import get_schema

CHOICES = {"s": "same", "d": "different", "r": "reject", "t": "retype", "k": "skip", "q": "quit"}
PROMPT = "same (s) / different (d) / reject (r) / retype (t) / skip (k, Enter) / quit (q)"


def _about(candidate: Candidate, graph: KnowledgeGraph) -> str:
    def name(node_id: str) -> str:
        node = graph.node(node_id)
        return f"{node.name} ({node.type}, {node_id})"

    if candidate.edge is not None:
        source, relation, target = candidate.edge
        return f"{name(source)} {relation} {name(target)}"
    return " / ".join(name(n) for n in candidate.nodes)


def _evidence_text(candidate: Candidate, limit: int | None = None) -> Text:
    text = Text()
    for passage in candidate.evidence[:limit]:
        source = " · ".join(str(passage[k]) for k in ("source", "date") if passage.get(k))
        text.append(f"{passage['about']}: ", style="bold")
        text.append(f"\u201c{passage['sentence']}\u201d")
        text.append(f" ({source})\n" if source else "\n", style="dim")
    return text


def print_table(console: Console, candidates: list[Candidate], graph: KnowledgeGraph) -> None:
    table = Table(title=f"Review: {len(candidates)} candidate(s), most useful first", show_lines=True)
    for column in ("#", "kind", "score", "about", "why", "suggests", "evidence"):
        table.add_column(column, overflow="fold")
    for rank, c in enumerate(candidates, start=1):
        suggests = " ".join(x for x in (c.suggestion, c.suggested_type) if x)
        table.add_row(
            str(rank),
            c.kind,
            f"{c.score:.2f}",
            Text(_about(c, graph)),
            Text(c.reason),
            suggests,
            _evidence_text(c, 2),
        )
    console.print(table)


def _ask_type(console: Console, candidate: Candidate) -> str:
    types = list(get_schema().node_type_names)
    return str(
        click.prompt(
            "new type", type=click.Choice(types), default=candidate.suggested_type or types[0], err=True
        )
    )


def _decide(console: Console, candidate: Candidate, who: str) -> Judgement | str | None:
    """The judgement for one answer, None to skip, or "quit"."""
    while True:
        answer = str(click.prompt(PROMPT, default="k", show_default=False, err=True)).strip().lower()
        decision = answer if answer in CHOICES.values() else CHOICES.get(answer)
        if decision is None:
            console.print(Text(f"answer one of: {PROMPT}"))
            continue
        if decision in ("quit", "skip"):
            return "quit" if decision == "quit" else None
        node = new_type = None
        if needs_node(candidate, decision):
            which = click.Choice(list(candidate.nodes))
            node = str(click.prompt(f"{decision} which node", type=which, err=True))
        if decision == "retype" and candidate.edge is None:
            new_type = _ask_type(console, candidate)
        try:
            return judgement_for(candidate, decision, who, node=node, new_type=new_type)
        except ValueError as exc:
            console.print(Text(str(exc)))


def interactive(
    console: Console, candidates: list[Candidate], graph: KnowledgeGraph, path: Path, who: str
) -> int:
    """Ask about each candidate, appending each decision to ``path`` at once; returns how many."""
    decided: set[str] = set()
    written = 0
    for rank, candidate in enumerate(candidates, start=1):
        if not still_open(candidate, decided):
            continue
        console.print(
            Text(f"\n[{rank}/{len(candidates)}] {candidate.kind}: {_about(candidate, graph)}", style="bold")
        )
        console.print(Text(f"why: {candidate.reason}"))
        if candidate.suggestion:
            console.print(Text(f"suggests: {candidate.suggestion} {candidate.suggested_type or ''}".rstrip()))
        console.print(_evidence_text(candidate))
        judgement = _decide(console, candidate, who)
        if judgement == "quit":
            break
        if isinstance(judgement, Judgement):
            add_judgement(path, judgement)
            written += 1
            if judgement.decision != "different":
                decided.update(judgement.nodes)
    return written


@click.command("review")
@click.argument("graph", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="How to print the candidates.",
)
@click.option(
    "--interactive", "ask", is_flag=True, help="Ask same / different / reject / retype / skip for each one."
)
@click.option(
    "--judgements",
    "judgements_path",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Judgements file: what it judged is not asked again; --interactive appends each decision "
    "to it [default with --interactive: judgements.yaml].",
)
@click.option("--who", default=None, help="Name recorded with each decision [default: the login name].")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="At most this many candidates.")
def command(
    graph: Path, fmt: str, ask: bool, judgements_path: Path | None, who: str | None, limit: int | None
) -> None:
    """List what in GRAPH (graph.json or graph.ttl) deserves a human look, most useful first:
    likely duplicates, nodes typed against their evidence, single-source facts from weak rules,
    nodes with no relation; each with its evidence."""
    kg_graph = read_graph(graph)
    if ask and judgements_path is None:
        judgements_path = Path("judgements.yaml")
    known = read_judgements(judgements_path) if judgements_path and judgements_path.exists() else []
    candidates = review_candidates(kg_graph, known)[:limit]
    console = Console(highlight=False)
    if ask:
        assert judgements_path is not None
        err = Console(stderr=True, highlight=False)
        written = interactive(err, candidates, kg_graph, judgements_path, who or getpass.getuser())
        click.echo(f"wrote {written} judgement(s) to {judgements_path}", err=True)
    elif fmt == "json":
        click.echo(json.dumps([c.to_dict() for c in candidates], ensure_ascii=False, indent=1))
    else:
        print_table(console, candidates, kg_graph)
