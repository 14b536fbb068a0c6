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

import codecs
import hashlib
import os
from pathlib import Path

from kg.errors import InputError
from kg.weburl import is_absolute_uri


def read_bytes(path: Path, shown: str) -> bytes:
    """The file's bytes; raises :class:`InputError` for an unreadable or empty file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(shown, exc.strerror or "cannot be read") from None
    if not data.strip():
        raise InputError(shown, "empty file")
    return data


def _decode(data: bytes, shown: str) -> str:
    """UTF-8 (with or without a BOM), or UTF-16 when the file says so with its byte-order mark."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(shown, f"not valid UTF-16 (at byte offset {exc.start})") from None
    if b"\x00" in data[:8192]:
        guess = _utf16_without_bom(data)
        if guess is None:
            raise InputError(shown, "binary file, not text")
        return guess
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            shown, f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
        ) from None


def _utf16_without_bom(data: bytes) -> str | None:
    """Text saved as UTF-16 without a byte-order mark: every other byte of ASCII text is NUL."""
    head = data[:8192]
    for encoding, zeros in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
        if len(data) % 2 == 0 and zeros.count(0) >= 0.9 * len(zeros):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def read_text(path: Path, shown: str) -> str:
    """The file's text; raises :class:`InputError` for binary, undecodable or empty files.

    UTF-8 is expected; UTF-16 (as some editors save) is read too. A NUL character
    anywhere means the file is not text.
    """
    content = _decode(read_bytes(path, shown), shown)
    nul = content.find("\x00")
    if nul >= 0:
        raise InputError(shown, f"contains a NUL character (at character {nul}): binary data, not text")
    if not content.strip():
        raise InputError(shown, "empty file")
    return content.replace("\r\n", "\n").replace("\r", "\n")


def shown_path(path: str) -> str:
    """A path as text that can be printed and stored: bytes of a non-UTF-8 name become escapes.

    >>> shown_path(os.fsdecode(b"caf\\xe9.md"))
    'caf\\\\xe9.md'
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def content_id(prefix: str, content: str) -> str:
    """A stable document id from the content, so the same text loaded twice is one document."""
    return f"{prefix}-{hashlib.sha256(content.encode('utf-8')).hexdigest()[:16]}"


def checked_url(value: str | None, shown: str, where: str) -> str | None:
    """``value`` when it is an absolute URI (it is typed ``xsd:anyURI`` in RDF), else an :class:`InputError`."""
    if value is None or is_absolute_uri(value):
        return value
    raise InputError(shown, f"{where}: {value!r} is not a URL (expected an address such as https://...)")
