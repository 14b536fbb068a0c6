"""All-or-nothing file output: files are written unnamed, then published together.

A :class:`Publication` collects the files of one run (``graph.ttl`` and
``graph.json``; the report and its CSVs and plots; the neo4j-admin tables) as
anonymous temp files in the target folder (``O_TMPFILE``, so a crash or
``kill -9`` while writing leaves nothing behind). Only when every file is
complete are they given their names, one rename each, with SIGINT, SIGTERM and
SIGHUP held back so a polite interruption cannot split the set, and under a lock on
the folder so two runs writing into it at once publish one whole set after the other. A failed run
leaves the previous outputs as they were.

A target that exists and is not a regular file (a device, a FIFO, a folder or a
symlink) is never replaced: the run stops with an error before writing anything.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> with publication(folder) as pub:
...     with pub.open("a.txt") as fh:
...         _ = fh.write("first")
...     with pub.open("b.txt") as fh:
...         _ = fh.write("second")
...     sorted(p.name for p in folder.iterdir())  # nothing is named before the end
[]
>>> sorted(p.name for p in folder.iterdir()), (folder / "b.txt").read_text()
(['a.txt', 'b.txt'], 'second')
>>> oct((folder / "a.txt").stat().st_mode & 0o777) == oct(0o666 & ~_umask())
True
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import secrets
import signal
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from kg.errors import KgError

_HELD_SIGNALS = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def check_replaceable(path: str | Path) -> None:
    """Raise :class:`KgError` when ``path`` exists and is not a regular file we may replace."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise KgError(f"{path}: cannot write ({exc.strerror or exc})") from None
    if stat.S_ISLNK(info.st_mode):
        raise KgError(f"{path}: is a symbolic link; will not replace it (give the real path)")
    if stat.S_ISDIR(info.st_mode):
        raise KgError(f"{path}: is a directory; give a file name")
    if not stat.S_ISREG(info.st_mode):
        raise KgError(f"{path}: not a regular file (a device, FIFO or socket); will not replace it")


@dataclass
class _Staged:
    target: Path
    fd: int  # an open descriptor of the finished temp file
    temp: Path | None  # its name when O_TMPFILE was not available


def _anonymous_file(folder: Path, target: Path) -> tuple[int, Path | None]:
    """A new temp file in ``folder``: unnamed when the file system allows it."""
    flag = getattr(os, "O_TMPFILE", 0)
    if flag and Path("/proc/self/fd").is_dir():
        try:
            return os.open(folder, flag | os.O_RDWR | os.O_CLOEXEC, 0o666), None
        except OSError as exc:
            if exc.errno not in (errno.EOPNOTSUPP, errno.EISDIR, errno.EINVAL, errno.ENOENT):
                raise
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    os.fchmod(fd, 0o666 & ~_umask())  # mkstemp makes it private; give it a plain open()'s mode
    return fd, Path(name)


class Publication:
    """Files of one run in ``folder``, given their names together by :meth:`commit`."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.staged: list[_Staged] = []

    @contextmanager
    def open(self, name: str, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO[Any]]:
        """A handle on a new temp file that becomes ``folder/name`` when the publication commits."""
        target = self.folder / name
        check_replaceable(target)
        fd, temp = _anonymous_file(self.folder, target)
        staged = _Staged(target, fd, temp)
        self.staged.append(staged)
        handle = os.fdopen(os.dup(fd), mode, encoding=None if "b" in mode else encoding)
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())

    def commit(self) -> list[Path]:
        """Name every finished file (after checking all targets); returns their paths."""
        for staged in self.staged:
            check_replaceable(staged.target)
        previous = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD_SIGNALS)
        folder_fd = os.open(self.folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            fcntl.flock(folder_fd, fcntl.LOCK_EX)  # two runs into one folder publish one after the other
            for staged in self.staged:
                temp = staged.temp
                if temp is None:
                    temp = self.folder / f".{staged.target.name}.{secrets.token_hex(6)}.tmp"
                    # A dir fd makes os.link call linkat(), which can follow /proc/self/fd/N.
                    os.link(f"/proc/self/fd/{staged.fd}", temp, src_dir_fd=folder_fd, follow_symlinks=True)
                    staged.temp = temp
                os.replace(temp, staged.target)
                staged.temp = None
            os.fsync(folder_fd)
        finally:
            os.close(folder_fd)
            signal.pthread_sigmask(signal.SIG_SETMASK, previous)
            self.close()
        return [staged.target for staged in self.staged]

    def close(self) -> None:
        """Drop every file not yet named (nothing of this run stays behind)."""
        for staged in self.staged:
            with contextlib.suppress(OSError):
                os.close(staged.fd)
            if staged.temp is not None:
                staged.temp.unlink(missing_ok=True)
                staged.temp = None


@contextmanager
def publication(folder: str | Path) -> Iterator[Publication]:
    """A :class:`Publication` in ``folder`` (created when missing), committed if the block succeeds.

    Any error while creating the folder or writing becomes a :class:`KgError` naming the path.
    """
    path = Path(folder)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise KgError(f"{path}: not a directory") from None
    except OSError as exc:
        raise KgError(f"{path}: cannot create the folder ({exc.strerror or exc})") from None
    pub = Publication(path)
    try:
        yield pub
        pub.commit()
    except OSError as exc:
        where = exc.filename if isinstance(exc.filename, str) and exc.filename else path
        raise KgError(f"{where}: cannot write ({exc.strerror or exc})") from None
    finally:
        pub.close()


@contextmanager
def atomic_writer(path: str | Path, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[IO[Any]]:
    """Open ``path`` for writing as a publication of one file: named only if the block succeeds."""
    target = Path(path)
    if target.parent.exists() and not target.parent.is_dir():
        raise KgError(f"{target}: cannot write ({target.parent} is not a folder)")
    with publication(target.parent) as pub, pub.open(target.name, mode, encoding) as handle:
        yield handle


def write_text(path: str | Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically."""
    with atomic_writer(path) as handle:
        handle.write(text)
