"""Reading a file as text, with one clear error for each way it can be unreadable.

>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "bad.txt"
>>> _ = p.write_bytes(b"caf\\xe9")
>>> try:
...     read_text(p, "bad.txt")
... except InputError as exc:
...     print(exc)
bad.txt: not valid UTF-8 (byte 0xe9 at offset 3)
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from kg.errors import InputError


def read_bytes(path: Path, shown: str) -> bytes:
    """The file's bytes; raises :class:`InputError` for an unreadable or empty file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(shown, exc.strerror or "cannot be read") from None
    if not data.strip():
        raise InputError(shown, "empty file")
    return data


def read_text(path: Path, shown: str) -> str:
    """The file's text; raises :class:`InputError` for binary, non-UTF-8 or empty files."""
    data = read_bytes(path, shown)
    if b"\x00" in data[:8192]:
        raise InputError(shown, "binary file, not text")
    try:
        content = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            shown, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None
    if not content.strip():
        raise InputError(shown, "empty file")
    return content.replace("\r\n", "\n").replace("\r", "\n")


def content_id(prefix: str, content: str) -> str:
    """A stable document id from the content, so the same text loaded twice is one document."""
    return f"{prefix}-{hashlib.sha256(content.encode('utf-8')).hexdigest()[:16]}"


def iso_date(value: object) -> str | None:
    """A front-matter or table date as ISO 8601 text (dates, datetimes and strings)."""
    if value is None or value == "":
        return None
    isoformat = getattr(value, "isoformat", None)
    if callable(isoformat):
        return str(isoformat())
    return str(value).strip() or None
