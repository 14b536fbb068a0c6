"""Judgements: a person's corrections to the graph, kept in a file and applied on every build.

:mod:`kg.judgements.file` reads and writes the YAML file; :mod:`kg.judgements.apply`
applies judgements to a resolved graph and records what each one did.
"""

from __future__ import annotations

from kg.judgements.apply import apply_judgements, describe, stale
from kg.judgements.file import add_judgement, pairs, read_judgements

__all__ = ["add_judgement", "apply_judgements", "describe", "pairs", "read_judgements", "stale"]
