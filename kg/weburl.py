"""Web addresses from articles are hostile text: only ``http``/``https`` URLs with a host are used as links.

>>> is_web_url("https://news.example/a?b=1"), is_web_url("javascript:alert(1)"), is_web_url("http://")
(True, False, False)
>>> web_url(" HTTP://news.example/a "), web_url("data:text/html,hi")
('HTTP://news.example/a', None)
>>> is_absolute_uri("urn:isbn:0451450523"), is_absolute_uri("see the print edition")
(True, False)
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

SCHEMES = ("http", "https")
_FORBIDDEN = frozenset(chr(c) for c in range(0x21)) | {"\x7f", "<", ">", '"', "{", "}", "|", "\\", "^", "`"}


_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`\x00-\x1f\x7f]+")


def is_absolute_uri(text: str | None) -> bool:
    """True for an absolute URI (``scheme:rest``, RFC 3986) that may be typed ``xsd:anyURI``."""
    return bool(text) and _URI.fullmatch(text or "") is not None


def is_web_url(text: str | None) -> bool:
    """True for an absolute http(s) URL with a host and no space, control or unsafe character."""
    if not text or any(ch in _FORBIDDEN for ch in text):
        return False
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    return parts.scheme.lower() in SCHEMES and bool(parts.hostname)


def web_url(text: str | None) -> str | None:
    """``text`` stripped when it is a web URL, else ``None``."""
    stripped = text.strip() if text else None
    return stripped if is_web_url(stripped) else None
