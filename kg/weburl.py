"""Web addresses from articles are hostile text: only ``http``/``https`` URLs with a host are used as links.

>>> is_web_url("https://news.example/a?b=1"), is_web_url("javascript:alert(1)"), is_web_url("http://")
(True, False, False)
>>> web_url(" HTTP://news.example/a "), web_url("data:text/html,hi")
('HTTP://news.example/a', None)
"""

from __future__ import annotations

from urllib.parse import urlsplit

SCHEMES = ("http", "https")
_FORBIDDEN = frozenset(chr(c) for c in range(0x21)) | {"\x7f", "<", ">", '"', "{", "}", "|", "\\", "^", "`"}


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
