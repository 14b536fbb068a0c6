"""RSS and Atom feeds: one document per item, via feedparser.

An item's text is its title and its content (or, without content, its summary),
as plain text; its link is the document URL, its date the item's published (or
updated) date, its language the item's or the feed's, its publisher the feed's
title. Items are deduplicated by link, within a feed and across the feeds of one
run (:func:`unseen`).

Feeds are hostile input: the file is only ever read from disk (nothing is
fetched), and a feed that declares XML entities (entity expansion, external
entities) or is not well-formed XML is refused with one line before feedparser
sees it.

>>> looks_like_feed(b'<?xml version="1.0"?>\\n<!-- news -->\\n<rss version="2.0"><channel>')
True
>>> looks_like_feed(b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/">')
False
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator
from io import BytesIO
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from xml.parsers import expat

import feedparser
import lxml.html

from kg.errors import InputError
from kg.model import Document
from loaders.reading import content_id, read_bytes

SNIFF_BYTES = 4096
_PROLOG = re.compile(rb"<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>\[]*(?:\[.*?\])?\s*>|\s+", re.DOTALL)
_ROOT = re.compile(rb"<(?:[\w.-]+:)?([\w.-]+)")
_BLOCKS = {"p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "table"}
_LANG = re.compile(r"[A-Za-z]{2}(?![A-Za-z])")


def looks_like_feed(head: bytes) -> bool:
    """Whether the start of an XML file is the root element of an RSS or Atom feed."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head.decode("utf-16", "ignore").encode("utf-8")
    head = head.removeprefix(b"\xef\xbb\xbf")
    position = 0
    while match := _PROLOG.match(head, position):
        position = match.end()
    root = _ROOT.match(head, position)
    if root is None:
        return False
    name = root.group(1)
    return name in (b"rss", b"feed") or (name == b"RDF" and b"purl.org/rss/1.0" in head)


def is_feed_file(path: Path) -> bool:
    """Whether a file (a ``.xml`` one, say) is a feed, from its first bytes."""
    try:
        with path.open("rb") as handle:
            return looks_like_feed(handle.read(SNIFF_BYTES))
    except OSError:
        return False


def _check_xml(data: bytes, shown: str) -> None:
    """Refuse entity declarations and malformed XML, with one line, before any parsing."""

    def refuse(*_: object) -> None:
        raise InputError(shown, "refused: the feed declares XML entities (expansion or external fetch)")

    parser = expat.ParserCreate()
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.EntityDeclHandler = refuse  # every entity, general or parameter, internal or external
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        where = f"line {exc.lineno}, column {exc.offset + 1}"
        raise InputError(shown, f"not well-formed XML ({where}: {expat.ErrorString(exc.code)})") from None


def html_text(markup: str) -> str:
    """Plain text of an HTML fragment, a paragraph per block element.

    >>> html_text("<p>Police <b>arrested</b> ten.</p><p>More<br>soon.</p><script>x()</script>")
    'Police arrested ten.\\n\\nMore\\nsoon.'
    """
    if "<" not in markup:
        return " ".join(markup.split())
    root = lxml.html.fragment_fromstring(markup, create_parent="div")
    for element in list(root.iter("script", "style")):
        element.drop_tree()
    for element in root.iter():
        if element.tag in _BLOCKS:
            element.tail = "\n\n" + (element.tail or "")
        elif element.tag == "br":
            element.tail = "\n" + (element.tail or "")
    paragraphs = (
        "\n".join(" ".join(line.split()) for line in block.split("\n") if line.strip())
        for block in root.text_content().split("\n\n")
    )
    return "\n\n".join(p for p in paragraphs if p)


def _detail_text(detail: Any) -> str:
    value = str(detail.get("value") or "")
    return html_text(value) if "html" in str(detail.get("type", "html")) else " ".join(value.split())


def _body(entry: Any) -> str:
    """The item's content (the longest, when there are several), else its summary."""
    contents = [_detail_text(c) for c in entry.get("content") or ()]
    if any(contents):
        return max(contents, key=len)
    summary = entry.get("summary_detail")
    return _detail_text(summary) if summary else ""


def _date(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%d", parsed) if parsed else None


def _lang(entry: Any, feed: Any) -> str | None:
    details = [*(entry.get("content") or ()), entry.get("summary_detail"), entry.get("title_detail")]
    for candidate in [d.get("language") for d in details if d] + [feed.get("language")]:
        match = _LANG.match(candidate or "")
        if match:
            return match.group(0).lower()
    return None


def _url(link: str | None) -> str | None:
    return link if link and urlsplit(link).scheme in ("http", "https") else None


def load(path: Path, shown: str) -> tuple[Document, ...]:
    """Read one RSS or Atom file into one :class:`Document` per item, deduplicated by link."""
    data = read_bytes(path, shown)
    if not looks_like_feed(data[:SNIFF_BYTES]):
        raise InputError(shown, "not an RSS or Atom feed (no <rss>, <feed> or RSS 1.0 root element)")
    _check_xml(data, shown)
    parsed = feedparser.parse(BytesIO(data), sanitize_html=True)  # a stream: never a URL to fetch
    feed = parsed.get("feed", {})
    publisher = " ".join(str(feed.get("title") or "").split()) or None
    documents: list[Document] = []
    for entry in parsed.get("entries", ()):
        title = _detail_text(entry["title_detail"]) if entry.get("title_detail") else ""
        body = _body(entry)
        text = "\n\n".join(part for part in (title, body) if part)
        if not text:
            continue
        document = Document(
            id=content_id("doc", text),
            source=shown,
            text=text,
            url=_url(entry.get("link")),
            title=title or None,
            publisher=publisher,
            published=_date(entry),
            lang=_lang(entry, feed),
        )
        documents.append(document)
    if not documents:
        raise InputError(shown, "the feed has no items with text")
    return tuple(unseen(documents, set()))


def unseen(documents: Iterable[Document], seen: set[str]) -> Iterator[Document]:
    """The documents whose link (or, without one, whose text) is not in ``seen``; adds them to it."""
    for document in documents:
        key = document.url or document.id
        if key not in seen:
            seen.add(key)
            yield document
