"""Options shared by the commands that extract facts (``build``, ``extract``, ``eval``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import click

F = TypeVar("F", bound=Callable[..., object])

LANGUAGES = ("en", "es", "pt")


def extraction_options(func: F) -> F:
    """``--lang``, ``--gazetteer`` and ``--jobs``."""
    func = click.option(
        "-j", "--jobs", default=1, show_default=True, type=click.IntRange(min=1), help="Worker processes."
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
