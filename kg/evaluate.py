"""``kg eval`` as a function: extract annotated articles and score them against their gold files.

Each article pairs with the gold file named like it (``017.md`` with ``017.gold.json``);
the gold format is the one of the annotation guidelines.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from kg.build import extract_files
from kg.errors import InputError
from kg.extract.scoring import Score, load_gold, score
from loaders import expand
from loaders.gold import GOLD_SUFFIX, check_gold_folder


def evaluate_files(
    inputs: Sequence[str | Path],
    gold_dir: str | Path,
    *,
    subset: bool = False,
    lang: str | None = None,
    gazetteers: Sequence[str | Path] = (),
    jobs: int = 1,
) -> Score:
    """Precision, recall and F1 of the facts extracted from ``inputs`` against ``gold_dir``.

    ``inputs`` are articles, or folders whose articles with a gold file are taken (the
    annotated folder itself, gold files and all, will do).
    With ``subset``, only the gold files of the given articles are scored (a held-aside
    split); otherwise a gold file with no article counts as all missed.
    """
    check_gold_folder(gold_dir)
    golds = load_gold(gold_dir)
    articles = article_files(inputs, golds)
    extractions = extract_files(articles, lang=lang, gazetteers=gazetteers, jobs=jobs)
    predicted = [extraction.to_dict() for extraction in extractions]
    return score(golds, predicted, only_given=subset)


def article_files(inputs: Sequence[str | Path], golds: Mapping[str, object]) -> list[str]:
    """The articles named, and in each folder named the articles that have a gold file."""
    articles: list[str] = []
    for given in inputs:
        if Path(given).is_dir():
            found = expand([given])
            articles += [p for p in found if not p.endswith(GOLD_SUFFIX) and Path(p).stem in golds]
        else:
            articles.append(str(given))
    if not articles:
        raise InputError(", ".join(map(str, inputs)), "no annotated article among the inputs")
    return articles
