"""Files generated from the ontology and shipped beside it (shapes, Browser style).

Each generator module renders its text and calls :func:`write_or_check` from its
``main``; the test suite runs ``--check`` so a shipped file cannot drift from the
ontology.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.atomic import write_text


def write_or_check(path: Path, text: str, module: str, argv: list[str] | None = None) -> int:
    """Write ``text`` to ``path``, or with ``--check`` exit 1 when ``path`` differs from it."""
    parser = argparse.ArgumentParser(
        prog=f"python -m {module}", description=f"Generate ontology/{path.name} from the ontology."
    )
    parser.add_argument("--check", action="store_true", help="only check that the file is up to date")
    args = parser.parse_args(argv)
    if args.check:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != text:
            print(f"{path.name} is out of date: run python -m {module}", file=sys.stderr)
            return 1
        return 0
    write_text(path, text)
    return 0
