"""HTML tables and sections of the report, every value escaped.

>>> html = table([("name", "Name"), ("degree", "Degree")], [{"name": "<b>", "degree": 3}])
>>> "<td>&lt;b&gt;</td>" in html, '<td class="num">3</td>' in html
(True, True)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

from kg.schema import get_schema

TABLE_ROWS = 200
Column = tuple[str, str]


def type_header(node_type: str) -> str:
    """A column header named after a node type, from its ontology label.

    >>> type_header("Country")
    'Country'
    """
    return get_schema().node_type(node_type).label.capitalize()


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return f"<td>{'yes' if value else 'no'}</td>"
    if isinstance(value, float):
        return f'<td class="num" data-sort="{value!r}">{value:.4g}</td>'
    if isinstance(value, int):
        return f'<td class="num">{value}</td>'
    if value is None:
        return '<td data-sort=""></td>'
    if isinstance(value, list | tuple):
        # A pair of lists (the countries of two agencies) reads as "Peru / United States".
        parts = [", ".join(map(str, v)) if isinstance(v, list | tuple) else str(v) for v in value]
        separator = " / " if any(isinstance(v, list | tuple) for v in value) else ", "
        return f"<td>{escape(separator.join(parts))}</td>"
    return f"<td>{escape(str(value))}</td>"


def table(columns: Sequence[Column], rows: Sequence[Mapping[str, Any]], limit: int = TABLE_ROWS) -> str:
    """A sortable HTML table of ``rows`` (at most ``limit``, with a note when cut).

    Every column must be a key of the rows: a misspelt one is an error, not an empty column.
    """
    if not rows:
        return '<p class="note">Nothing found in this graph.</p>'
    unknown = [key for key, _ in columns if key not in rows[0]]
    if unknown:
        raise KeyError(f"no column {', '.join(unknown)} in rows with {', '.join(rows[0])}")
    head = "".join(f"<th>{escape(label)}</th>" for _, label in columns)
    body = "\n".join(
        "<tr>" + "".join(_cell(row.get(key)) for key, _ in columns) + "</tr>" for row in rows[:limit]
    )
    note = f'<p class="note">Showing {limit} of {len(rows)} rows.</p>' if len(rows) > limit else ""
    return (
        f'<div class="table-wrap"><table class="sortable"><thead><tr>{head}</tr></thead>'
        f"<tbody>\n{body}\n</tbody></table></div>{note}"
    )


def section(anchor: str, title: str, content: str, note: str = "") -> str:
    note_html = f'<p class="note">{note}</p>' if note else ""
    return f'<section id="{anchor}"><h2>{escape(title)}</h2>{note_html}{content}</section>'
