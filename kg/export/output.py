"""Where an export goes: a file, written atomically, or standard output (``-``)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from kg.atomic import atomic_writer

STDOUT = "-"


@contextmanager
def open_output(out: str | Path) -> Iterator[IO[str]]:
    """A text handle for ``out``: stdout for ``-``, else a temp file renamed on success.

    A path that cannot be written (a directory, a device, a symlink, no permission, a full
    disk) is a :class:`KgError`; nothing is left behind and an existing file stays as it was.
    """
    if str(out) == STDOUT:
        yield sys.stdout
        sys.stdout.flush()
        return
    with atomic_writer(out) as handle:
        yield handle
