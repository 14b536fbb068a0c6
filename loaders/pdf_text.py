"""The text of a PDF from its laid-out lines: running headers and footers dropped,
words hyphenated at line ends joined, pages and paragraphs kept apart.

A page is a list of blocks (pdfminer's text boxes); a block is a list of
:class:`Line`. Positions are in points, heights measured from the bottom of the
page as in PDF. :func:`reading_order` puts the blocks of a page in the order a
person reads them: top to bottom, and a column to its end before the next.

>>> def page(number):
...     return Page(height=800, blocks=[
...         [Line("Annual Report on Organized Crime", 780)],
...         [Line("The gang moved its cocaine through the har-", 600),
...          Line("bour of the capital.", 585)],
...         [Line(f"Page {number}", 20)]])
>>> text, starts = page_text([page(1), page(2)])
>>> print(text)
The gang moved its cocaine through the harbour of the capital.
<BLANKLINE>
The gang moved its cocaine through the harbour of the capital.
>>> starts
(0, 64)
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

MARGIN = 0.12
"""Headers and footers are looked for in this share of the page height, top and bottom."""
MARGIN_LINES = 2
"""... and among this many lines at each edge of a page."""

_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
_HYPHENATED = re.compile(r"(\w+)[-\u00ad]\Z")
_FIRST_WORD = re.compile(r"\A([a-zà-öø-ÿ]\w*)")
_WORDS = re.compile(r"\w+(?:-\w+)*")
_ENDS_SENTENCE = re.compile(r"[.!?:;\"”»)\]]")


@dataclass(frozen=True, slots=True)
class Line:
    """One line of text, the height of its top edge and where it starts and ends across the page."""

    text: str
    top: float
    left: float = 0.0
    right: float = 0.0


@dataclass(slots=True)
class Page:
    """The blocks of one page."""

    height: float
    width: float = 0.0
    blocks: list[list[Line]] = field(default_factory=list)


def reading_order(page: Page) -> list[list[Line]]:
    """The blocks top to bottom; where the page has two columns, the left one first.

    A block that reaches across the middle of the page (a title, a running header,
    single-column text) closes the columns above it.

    >>> left = [[Line("left, top", 700, 50, 250)], [Line("left, bottom", 600, 50, 250)]]
    >>> right = [[Line("right, top", 700, 320, 550)]]
    >>> title = [[Line("Title", 760, 200, 400)]]
    >>> page = Page(800, 600, right + left + title)
    >>> [block[0].text for block in reading_order(page)]
    ['Title', 'left, top', 'left, bottom', 'right, top']
    """
    middle = page.width / 2
    ordered: list[list[Line]] = []
    columns: tuple[list[list[Line]], list[list[Line]]] = ([], [])
    for block in sorted(page.blocks, key=lambda block: -max(line.top for line in block)):
        left, right = min(line.left for line in block), max(line.right for line in block)
        if left < middle < right:
            ordered += columns[0] + columns[1] + [block]
            columns[0].clear()
            columns[1].clear()
        else:
            columns[left >= middle].append(block)
    return ordered + columns[0] + columns[1]


def _clean(text: str) -> str:
    return " ".join(text.translate(_LIGATURES).split())


def _running_key(text: str) -> str:
    """What stays the same in a running header or footer: case and numbers folded.

    >>> _running_key("Page 3 of 12") == _running_key("page 4 of 12")
    True
    """
    return re.sub(r"\d+", "#", text.casefold())


def _edge_lines(page: Page) -> list[Line]:
    """The lines near the top and bottom edge of a page, where headers and footers sit."""
    lines = sorted((line for block in page.blocks for line in block), key=lambda line: -line.top)
    edge = lines[:MARGIN_LINES] + lines[-MARGIN_LINES:]
    top, bottom = page.height * (1 - MARGIN), page.height * MARGIN
    return [line for line in edge if line.top >= top or line.top <= bottom]


def running_lines(pages: list[Page]) -> set[str]:
    """Keys of the lines repeated at the edge of every page (the first page may lack them).

    >>> pages = [Page(800, blocks=[[Line("Title page", 700)]])] + [
    ...     Page(800, blocks=[[Line("Court ruling 12/2024", 790)], [Line("Body", 500)]]) for _ in range(2)]
    >>> sorted(running_lines(pages))
    ['court ruling #/#']
    """
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    first: set[str] = set()
    for number, page in enumerate(pages):
        keys = {_running_key(_clean(line.text)) for line in _edge_lines(page)}
        seen.update(keys)
        if number == 0:
            first = keys
    needed = len(pages) - 1 if len(pages) >= 3 else len(pages)
    return {
        key for key, count in seen.items() if count == len(pages) or (count >= needed and key not in first)
    }


def _join(left: str, right: str, words: set[str]) -> str:
    """Join two lines of one paragraph, undoing a hyphen at the line end.

    The hyphen is kept when the document spells the word with it elsewhere and
    never without (``cross-border``); otherwise the halves are one word.
    """
    broken, following = _HYPHENATED.search(left, max(0, len(left) - 80)), _FIRST_WORD.match(right)
    if broken and following:
        head, tail = broken.group(1), following.group(1)
        hyphen = (
            left.endswith("-") and f"{head}-{tail}".lower() in words and (head + tail).lower() not in words
        )
        return left[: broken.end(1)] + ("-" if hyphen else "") + right
    return f"{left} {right}"


def page_text(pages: list[Page]) -> tuple[str, tuple[int, ...]]:
    """The document text and where each page starts in it.

    Blocks are paragraphs, separated by a blank line; a sentence that runs on
    from one block to the next (no closing punctuation, the next block starts in
    lower case: a column or page break mid-sentence) is joined up again.
    """
    running = running_lines(pages)
    paragraphs: list[list[list[str]]] = []  # per page, per block, the lines kept
    for page in pages:
        blocks = []
        for block in reading_order(page):
            lines = [text for line in block if (text := _clean(line.text))]
            lines = [text for text in lines if _running_key(text) not in running]
            if lines:
                blocks.append(lines)
        paragraphs.append(blocks)
    words = {
        w.lower() for blocks in paragraphs for lines in blocks for text in lines for w in _WORDS.findall(text)
    }
    parts: list[str] = []  # paragraphs, to be separated by blank lines
    starts: list[int] = []
    offset = 0  # where parts[-1] starts in the text
    for blocks in paragraphs:
        page_start = None
        for body in (_join_lines(lines, words) for lines in blocks):
            if parts and not _ENDS_SENTENCE.match(parts[-1][-1]) and _FIRST_WORD.match(body):
                parts[-1] = _join(parts[-1], body, words)  # a sentence runs on past a column or page
                where = offset + len(parts[-1]) - len(body)
            else:
                offset += len(parts[-1]) + 2 if parts else 0
                parts.append(body)
                where = offset
            page_start = where if page_start is None else page_start
        starts.append(page_start if page_start is not None else offset + len(parts[-1]) if parts else 0)
    return "\n\n".join(parts), tuple(starts)


def _join_lines(lines: list[str], words: set[str]) -> str:
    text = lines[0]
    for line in lines[1:]:
        text = _join(text, line, words)
    return text
