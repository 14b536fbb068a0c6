"""Where an export goes: a file, written atomically, or standard output (``-``)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from kg.atomic import atomic_writer
from kg.errors import KgError

STDOUT = "-"


@contextmanager
def open_output(out: str | Path) -> Iterator[IO[str]]:
    """A text handle for ``out``: stdout for ``-``, else a temp file renamed on success.

    A path that cannot be written (a directory, no permission, a full disk) is a
    :class:`KgError`; the temp file is removed and an existing file left as it was.
    """
    if str(out) == STDOUT:
        yield sys.stdout
        sys.stdout.flush()
        return
    if Path(out).is_dir():
        raise KgError(f"{out}: is a directory; give a file name")
    try:
        with atomic_writer(out) as handle:
            yield handle
    except OSError as exc:
        raise KgError(f"{out}: cannot write ({exc.strerror or exc})") from None
