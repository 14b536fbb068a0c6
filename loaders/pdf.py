"""PDF reports, rulings and indictments: the text layer, page by page, via pdfminer.six.

pdfminer's layout analysis groups characters into lines and text boxes;
:mod:`loaders.pdf_text` puts the boxes in reading order (a column to its end
before the next), drops running headers and footers and joins words hyphenated
at line ends.
The document remembers where each page starts, so evidence names its page.
Title, date and language come from the file's metadata. There is no OCR: a
scanned PDF without a text layer is reported, as are encrypted and broken files.
"""

from __future__ import annotations

import logging
import re
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path
from typing import Any

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LAParams, LTFigure, LTImage, LTPage, LTTextContainer, LTTextLine
from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pdfminer.pdfparser import PDFParser
from pdfminer.pdftypes import resolve1
from pdfminer.utils import decode_text

from kg.errors import InputError
from kg.model import Document
from loaders.pdf_text import Line, Page, page_text
from loaders.reading import content_id, read_bytes

_PDF_DATE = re.compile(r"(?:D:)?(\d{4})(\d{2})?(\d{2})?")
_LANG = re.compile(r"[A-Za-z]{2}(?![A-Za-z])")
NO_TEXT = "no text layer (a scanned PDF? run OCR on it first; this tool does not OCR)"


@contextmanager
def _quiet() -> Iterator[None]:
    """pdfminer logs and warns about every oddity of a file; the loader reports what matters."""
    logger = logging.getLogger("pdfminer")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)


def _read_pdf(path: Path, shown: str) -> bytes:
    data = read_bytes(path, shown)
    if b"%PDF-" not in data[:1024]:
        raise InputError(shown, "not a PDF file (no %PDF- header)")
    return data


def _has_image(items: Any) -> bool:
    return any(
        isinstance(item, LTImage) or (isinstance(item, LTFigure) and _has_image(item)) for item in items
    )


def _page(layout: LTPage) -> tuple[Page, bool]:
    """The text blocks of a laid-out page, and whether it shows an image."""
    page = Page(height=layout.height, width=layout.width)
    for item in layout:
        if isinstance(item, LTTextContainer):
            lines: list[LTTextContainer[Any]] = [line for line in item if isinstance(line, LTTextLine)]
            page.blocks.append([Line(line.get_text(), line.y1, line.x0, line.x1) for line in lines or [item]])
    return page, _has_image(layout)


def _info(document: PDFDocument) -> dict[str, str]:
    """The document information dictionary as text (title, dates, ...)."""
    found: dict[str, str] = {}
    for info in document.info:
        for key, value in info.items():
            value = resolve1(value)
            if isinstance(value, bytes):
                value = decode_text(value)
            if isinstance(value, str) and value.strip():
                found.setdefault(key, " ".join(value.split()))
    return found


def pdf_date(value: str | None) -> str | None:
    """A PDF date (``D:20240506120000Z``) as ISO 8601, at the precision it has.

    >>> pdf_date("D:20240506120000+02'00'"), pdf_date("D:2024"), pdf_date("May 2024")
    ('2024-05-06', '2024', None)
    """
    match = _PDF_DATE.match(value or "")
    if match is None:
        return None
    return "-".join(part for part in match.groups() if part)


def _lang(document: PDFDocument) -> str | None:
    lang = resolve1(document.catalog.get("Lang"))
    if isinstance(lang, bytes):
        lang = decode_text(lang)
    match = _LANG.match(lang) if isinstance(lang, str) else None
    return match.group(0).lower() if match else None


def _layout(data: bytes, shown: str) -> tuple[PDFDocument, list[Page], bool]:
    """Parse the file: its document, its pages, and whether any page shows an image."""
    try:
        document = PDFDocument(PDFParser(BytesIO(data)))
    except PDFPasswordIncorrect:
        raise InputError(shown, "encrypted PDF: it needs a password to open") from None
    except PDFEncryptionError as exc:
        raise InputError(
            shown, f"encrypted PDF that cannot be read ({exc or 'unsupported encryption'})"
        ) from None
    manager = PDFResourceManager()
    # Boxes are ordered by loaders.pdf_text, not by pdfminer's slower grouping of boxes.
    device = PDFPageAggregator(manager, laparams=LAParams(boxes_flow=None))
    interpreter = PDFPageInterpreter(manager, device)
    pages, images = [], False
    for pdf_page in PDFPage.create_pages(document):
        interpreter.process_page(pdf_page)
        page, image = _page(device.get_result())
        pages.append(page)
        images = images or image
    return document, pages, images


def load(path: Path, shown: str) -> Document:
    """Read one PDF into a :class:`Document` whose ``pages`` say where each page starts."""
    data = _read_pdf(path, shown)
    with _quiet():
        try:
            document, pages, images = _layout(data, shown)
        except InputError:
            raise
        except Exception as exc:  # a hostile or damaged file can break the parser anywhere
            problem = " ".join(str(exc).split()) or type(exc).__name__
            raise InputError(shown, f"broken PDF that cannot be read ({problem})") from None
        if not pages:
            raise InputError(shown, "a PDF without pages")
        text, starts = page_text(pages)
        info, lang = _info(document), _lang(document)
    if not text.strip():
        raise InputError(shown, NO_TEXT if images else "no text in the PDF")
    return Document(
        id=content_id("doc", text),
        source=shown,
        text=text,
        title=info.get("Title"),
        published=pdf_date(info.get("CreationDate")) or pdf_date(info.get("ModDate")),
        lang=lang,
        pages=starts,
    )
