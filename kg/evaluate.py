"""``kg eval`` as a function: extract annotated articles and score them against their gold files.

Each article pairs with the gold file named like it (``017.md`` with ``017.gold.json``);
the gold format is the one of the annotation guidelines.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from kg.build import checked_gazetteer
from kg.extract.scoring import Score, load_gold, score
from kg.scale.stream import stream_extractions
from loaders import expand, load_documents
from loaders.gold import check_gold_folder

GOLD_SUFFIX = ".gold.json"


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

    ``inputs`` are articles or folders of them (``*.gold.json`` files in a folder are skipped).
    With ``subset``, only the gold files of the given articles are scored (a held-aside
    split); otherwise a gold file with no article counts as all missed.
    """
    check_gold_folder(gold_dir)
    golds = load_gold(gold_dir)
    gazetteer = checked_gazetteer(gazetteers)
    # A folder given as input may hold the gold files themselves: they are the answers, not articles.
    articles = [path for path in expand(inputs) if not path.endswith(GOLD_SUFFIX)]
    documents = load_documents(articles)
    predicted = [
        extraction.to_dict()
        for extraction in stream_extractions(documents, lang=lang, gazetteer=gazetteer, jobs=jobs)
    ]
    return score(golds, predicted, only_given=subset)
