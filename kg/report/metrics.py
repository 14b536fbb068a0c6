"""``metrics.csv`` (one row per entity) and ``metrics.json`` (the whole analysis).

``metrics.csv`` is meant for a spreadsheet, so no text cell may be a live formula:
text starting with ``= + - @``, a tab or a carriage return gets a leading ``'``, as
OWASP recommends against CSV injection. Numbers are written as numbers.

>>> spreadsheet_cell("=cmd|' /C calc'!A0"), spreadsheet_cell("@SUM(A1)"), spreadsheet_cell(-0.5)
("'=cmd|' /C calc'!A0", "'@SUM(A1)", '-0.5')

>>> import csv, io, networkx as nx
>>> from kg.analytics.pipeline import AnalysisOptions, analyze
>>> out = io.StringIO()
>>> write_metrics_csv(analyze(nx.path_graph(3), AnalysisOptions(random_seeds=1)), out)
>>> rows = list(csv.DictReader(io.StringIO(out.getvalue())))
>>> rows[0]["id"], rows[0]["degree"]
('1', '2')
"""

from __future__ import annotations

import csv
import json
from typing import IO, Any

from kg.analytics.pipeline import Analysis

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_cell(value: Any) -> str:
    """A CSV cell a spreadsheet shows as text, never evaluates (numbers stay numbers)."""
    if isinstance(value, float):
        return f"{value:.6g}"
    if isinstance(value, int | bool) or value is None:
        return "" if value is None else str(value)
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


CSV_COLUMNS = (
    "id",
    "name",
    "type",
    "countries",
    "community",
    "degree",
    "in_degree",
    "out_degree",
    "strength",
    "pagerank",
    "pagerank_weighted",
    "betweenness",
    "eigenvector",
)


def write_metrics_csv(analysis: Analysis, handle: IO[str]) -> None:
    """Per-entity centrality table; countries are joined with ``;``; text cells are never formulas."""
    # The default "\r\n" line end makes the writer quote a cell holding a lone CR.
    writer = csv.writer(handle)
    writer.writerow(CSV_COLUMNS)
    for row in analysis.centrality:
        values = {**row, "countries": ";".join(row["countries"])}
        writer.writerow([spreadsheet_cell(values[c]) for c in CSV_COLUMNS])


def write_metrics_json(analysis: Analysis, handle: IO[str]) -> None:
    """The whole analysis (:meth:`~kg.analytics.pipeline.Analysis.to_dict`) as JSON.

    Node ids that are not JSON values are written as strings.
    """
    # One dumps call runs the C encoder; json.dump would encode piece by piece in Python.
    handle.write(json.dumps(analysis.to_dict(), ensure_ascii=False, default=str))
    handle.write("\n")
