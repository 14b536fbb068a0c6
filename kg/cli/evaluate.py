"""``kg eval``: score extraction against annotated articles (the gold format of the guidelines)."""

from __future__ import annotations

import json

import click

from kg.cli.options import extraction_options


@click.command("eval")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option(
    "--gold",
    "gold_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=str),
    help="Folder of <id>.gold.json files; an article pairs with the gold file named like it.",
)
@click.option(
    "--errors", "show_errors", is_flag=True, help="List every miss and false positive with its sentence."
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as one JSON object.")
@click.option(
    "--subset",
    is_flag=True,
    help="Score only the gold files of the given articles (a held-aside split); "
    "by default a gold file with no article counts as all missed.",
)
@extraction_options
def command(
    inputs: tuple[str, ...],
    gold_dir: str,
    show_errors: bool,
    as_json: bool,
    subset: bool,
    lang: str | None,
    gazetteers: tuple[str, ...],
    jobs: int,
) -> None:
    """Extract facts from INPUT articles and print precision, recall and F1 against --gold."""
    from kg.evaluate import evaluate_files  # imports the NLP pipeline: only when evaluating

    result = evaluate_files(inputs, gold_dir, subset=subset, lang=lang, gazetteers=gazetteers, jobs=jobs)
    if show_errors:
        for line in result.errors:
            click.echo(line, err=True)
    if as_json:
        click.echo(json.dumps(result.to_dict()))
        return
    for name in ("entities", "relations", "core_relations"):
        tally = result.tallies[name]
        p, r, f = tally.prf()
        click.echo(f"{name:15s} P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={tally.tp} fp={tally.fp} fn={tally.fn})")
    for language, tallies in sorted(result.by_language.items()):
        scores = "  ".join(
            f"{n} F1={t.prf()[2]:.3f}"
            if t.tp + t.fp + t.fn
            else f"{n} F1=n/a (nothing required, nothing extra)"
            for n, t in sorted(tallies.items())
            if ":" not in n
        )
        click.echo(f"  {language}: {scores}")
    for relation, row in result.to_dict()["by_relation"].items():
        click.echo(
            f"  {relation:15s} P={row['precision']:.3f} R={row['recall']:.3f} F1={row['f1']:.3f}"
            f"  (tp={row['tp']} fp={row['fp']} fn={row['fn']})"
        )
