"""Options shared by the commands that extract facts (``build``, ``extract``, ``eval``)."""

from __future__ import annotations

import os
from collections.abc import Callable
from typing import TypeVar

import click

F = TypeVar("F", bound=Callable[..., object])

LANGUAGES = ("en", "es", "pt")
MAX_JOBS = 4 * (os.cpu_count() or 1)
"""More worker processes than this only add memory (each loads the extractor), never speed."""


def extraction_options(func: F) -> F:
    """``--lang``, ``--gazetteer`` and ``--jobs``."""
    func = click.option(
        "-j",
        "--jobs",
        default=1,
        show_default=True,
        type=click.IntRange(min=1, max=MAX_JOBS),
        help=f"Worker processes (at most {MAX_JOBS}: four per CPU).",
    )(func)
    func = click.option(
        "--gazetteer",
        "gazetteers",
        multiple=True,
        type=click.Path(dir_okay=False),
        help="Extra gazetteer file (YAML) of gangs, factions, agencies and aliases; repeatable.",
    )(func)
    func = click.option(
        "--lang",
        type=click.Choice(LANGUAGES),
        default=None,
        help="Language of every input (default: detect).",
    )(func)
    return func
