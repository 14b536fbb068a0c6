"""Test inputs written on the fly: PDFs (with fpdf2) and RSS/Atom feeds, all with our own text."""

from __future__ import annotations

from datetime import UTC, datetime
from io import BytesIO
from pathlib import Path
from xml.sax.saxutils import escape

from fpdf import FPDF
from PIL import Image

Paragraph = list[str]
"""The lines of one paragraph, broken exactly where the PDF breaks them."""


class _Report(FPDF):
    running_header: str | None = None
    running_footer: bool = True

    def header(self) -> None:
        if self.running_header:
            self.set_font("Helvetica", size=8)
            self.cell(0, 6, self.running_header, align="C", new_x="LMARGIN", new_y="NEXT")
            self.ln(8)

    def footer(self) -> None:
        if self.running_footer:
            self.set_y(-15)
            self.set_font("Helvetica", size=8)
            self.cell(0, 6, f"Page {self.page_no()} of {{nb}}", align="C")


def write_pdf(
    path: Path,
    pages: list[list[Paragraph]],
    *,
    title: str | None = None,
    created: datetime | None = None,
    lang: str | None = None,
    header: str | None = None,
    footer: bool = True,
    user_password: str | None = None,
) -> Path:
    """A PDF with one list of paragraphs per page, a running header and a "Page N of M" footer."""
    pdf = _Report()
    pdf.running_header, pdf.running_footer = header, footer
    if title:
        pdf.set_title(title)
    pdf.set_creation_date(created or datetime(2024, 1, 1, tzinfo=UTC))
    if lang:
        pdf.set_lang(lang)
    if user_password:
        pdf.set_encryption(owner_password="owner-" + user_password, user_password=user_password)
    for paragraphs in pages:
        pdf.add_page()
        pdf.set_font("Helvetica", size=11)
        for lines in paragraphs:
            for line in lines:
                pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(6)
    pdf.output(str(path))
    return path


def write_columns_pdf(path: Path, left: list[str], right: list[str]) -> Path:
    """One page with two columns of lines side by side."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for row, (a, b) in enumerate(zip(left, right, strict=True)):
        pdf.text(15, 40 + 5 * row, a)
        pdf.text(110, 40 + 5 * row, b)
    pdf.output(str(path))
    return path


def write_scanned_pdf(path: Path) -> Path:
    """A page that is only a picture, as a scanner makes it: no text layer."""
    picture = BytesIO()
    Image.new("L", (200, 260), color=230).save(picture, format="PNG")
    pdf = FPDF()
    pdf.add_page()
    pdf.image(picture, x=10, y=10, w=180)
    pdf.output(str(path))
    return path


def write_rss(
    path: Path, items: list[dict[str, str]], *, title: str = "Example Monitor", lang: str = "en"
) -> Path:
    """An RSS 2.0 file; each item may have title, link, description, content and date (RFC 822)."""
    parts = []
    for item in items:
        fields = [f"<{tag}>{escape(item[key])}</{tag}>" for key, tag in _RSS_TAGS if key in item]
        if "content" in item:
            fields.append(f"<content:encoded><![CDATA[{item['content']}]]></content:encoded>")
        parts.append("<item>" + "".join(fields) + "</item>")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>'
        f"<title>{escape(title)}</title><link>https://monitor.example.org/</link>"
        f"<language>{lang}</language>" + "".join(parts) + "</channel></rss>\n",
        encoding="utf-8",
    )
    return path


_RSS_TAGS = [("title", "title"), ("link", "link"), ("description", "description"), ("date", "pubDate")]


def write_atom(path: Path, entries: list[dict[str, str]], *, lang: str = "es") -> Path:
    """An Atom 1.0 file; each entry may have title, link, summary, content (HTML) and date (ISO)."""
    parts = []
    for entry in entries:
        fields = [f"<title>{escape(entry.get('title', ''))}</title>"]
        if "link" in entry:
            fields.append(f'<link rel="alternate" href="{escape(entry["link"])}"/>')
        if "summary" in entry:
            fields.append(f"<summary>{escape(entry['summary'])}</summary>")
        if "content" in entry:
            fields.append(f'<content type="html">{escape(entry["content"])}</content>')
        if "date" in entry:
            fields.append(f"<updated>{entry['date']}</updated><published>{entry['date']}</published>")
        parts.append(f"<entry><id>urn:example:{len(parts)}</id>{''.join(fields)}</entry>")
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n'
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{lang}"><title>Observatorio</title>'
        "<id>urn:example:feed</id><updated>2024-04-02T00:00:00Z</updated>" + "".join(parts) + "</feed>\n",
        encoding="utf-8",
    )
    return path
