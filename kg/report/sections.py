"""The report's timeline and judgements sections.

>>> html = judgements_section([{"decision": "reject", "nodes": ["leader:x"], "who": "<a>", "when": "2025",
...                              "status": "stale", "outcome": "no node leader:x"}])
>>> "&lt;a&gt;" in html and 'id="judgements"' in html
True
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kg.analytics.timeline import Timeline
from kg.report.tables import section, table, type_header
from kg.schema import AGENCY, COUNTRY


def timeline_section(timeline: Timeline) -> str:
    """Expansion (each group's first-seen presence per country), by country, by group, and arrests."""
    content = (
        "<h3>Expansion</h3>"
        + table(
            [
                ("group", "Group"),
                ("country", type_header(COUNTRY)),
                ("first_seen", "First seen"),
                ("sources", "Passages"),
            ],
            timeline["expansion"],
        )
        + "<h3>By country: groups in the order they arrived</h3>"
        + table(
            [
                ("country", type_header(COUNTRY)),
                ("first_seen", "First group seen"),
                ("groups", "Groups (first seen)"),
            ],
            timeline["by_country"],
        )
        + "<h3>By group: countries in the order they were reached</h3>"
        + table(
            [("group", "Group"), ("first_seen", "First seen"), ("countries", "Countries (first seen)")],
            timeline["by_group"],
        )
        + "<h3>Arrests</h3>"
        + table(
            [
                ("date", "Date"),
                ("arrested", "Arrested"),
                ("agency", type_header(AGENCY)),
                ("sources", "Sources"),
            ],
            timeline["arrests"],
        )
    )
    note = (
        "Each passage is dated by the fact date its text gives, else by its publication; a fact by its "
        "earliest passage. The library query expansion-timeline (kg query) gives the same rows."
    )
    return section("timeline", "Timeline", content, note)


def judgements_section(judgements: Sequence[dict[str, Any]]) -> str:
    """The judgements applied to the graph (and the stale ones), or nothing when there are none."""
    if not judgements:
        return ""
    rows = [
        {
            "decision": j["decision"],
            "about": " ".join(j["edge"]) if j.get("edge") else ", ".join(j.get("nodes", ())),
            "change": j.get("type") or j.get("name"),
            **{key: j.get(key) for key in ("who", "when", "status", "outcome", "reason")},
        }
        for j in judgements
    ]
    columns = [
        ("decision", "Decision"),
        ("about", "About"),
        ("change", "To"),
        ("who", "Who"),
        ("when", "When"),
        ("status", "Status"),
        ("outcome", "Outcome"),
        ("reason", "Reason"),
    ]
    return section("judgements", "Judgements", table(columns, rows), "Corrections from the judgements file.")
