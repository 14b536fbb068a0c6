"""``report.html``: one self-contained page with the summary, plots, tables and network view.

The page loads nothing from the network (a Content-Security-Policy forbids it):
style, script, data and the PNG plots (as ``data:`` URIs) are all inline.

Tables and sections come from :mod:`kg.report.tables`, the timeline and judgements
sections from :mod:`kg.report.sections`.
"""

from __future__ import annotations

import base64
from collections.abc import Sequence
from html import escape
from importlib.resources import files
from typing import Any

from kg import __version__
from kg.analytics.disruption import AveragedStep, KeyPlayers
from kg.analytics.paths import ShortestPath
from kg.analytics.pipeline import COOPERATION_ROWS, Analysis
from kg.analytics.reach import CountryReach
from kg.palette import type_colors
from kg.report.page import content_security_policy, fill, script_json, text
from kg.report.sections import judgements_section, timeline_section
from kg.report.tables import section as _section
from kg.report.tables import table, type_header
from kg.schema import AGENCY, COUNTRY


def _asset(name: str) -> str:
    return files("kg.report").joinpath(name).read_text(encoding="utf-8")


VENDORED = (("graphology", "graphology.umd.min.js"), ("sigma", "sigma.min.js"))
"""Libraries inlined into the page, from ``kg/report/vendor`` (see its README.md)."""


def report_script() -> str:
    """The page's one script: each vendored library under its licence, then ``report.js``."""
    parts = []
    for name, script in VENDORED:
        vendor = files("kg.report.vendor")
        licence = vendor.joinpath(f"{name}.LICENSE.txt").read_text(encoding="utf-8").replace("*/", "* /")
        parts.append(
            f"/*! {name}: {licence.strip()} */\n" + vendor.joinpath(script).read_text(encoding="utf-8")
        )
    return "\n".join([*parts, _asset("report.js")])


def _summary(analysis: Analysis) -> str:
    s = analysis.summary
    cards = [
        (s["nodes"], "entities"),
        (s["edges"], "relations"),
        (s["sources"], "sources behind relations"),
        (s["components"], "connected components"),
        (len(analysis.communities), "communities"),
        (f"{analysis.modularity:.2f}", "modularity"),
    ]
    html = '<div class="cards">' + "".join(
        f"<div class='card'><b>{v}</b><span>{k}</span></div>" for v, k in cards
    )
    html += "</div>"
    types = [{"type": k, "count": v} for k, v in s["node_types"].items()]
    rels = [{"relation": k, "count": v} for k, v in s["relations"].items()]
    html += "<h3>Entities by type</h3>" + table([("type", "Type"), ("count", "Count")], types)
    html += "<h3>Relations by type</h3>" + table([("relation", "Relation"), ("count", "Count")], rels)
    return html


def _plots(plots: dict[str, bytes]) -> str:
    captions = {
        "top_centrality.png": "Top entities by PageRank and betweenness",
        "country_reach.png": "Country reach of groups; countries hosting most groups",
        "degree_distribution.png": "Degree distribution",
        "disruption.png": "Disruption curve: targeted vs random removal",
    }
    figures = []
    for name, image in plots.items():
        data = base64.b64encode(image).decode("ascii")
        caption = escape(captions.get(name, name))
        figures.append(
            f'<figure><img alt="{caption}" src="data:image/png;base64,{data}">'
            f"<figcaption>{caption} ({escape(name)})</figcaption></figure>"
        )
    return '<div class="plots">' + "".join(figures) + "</div>"


def _network(view: dict[str, Any]) -> str:
    if view["shown"] < view["total"]:
        note = (
            f"Showing the {view['shown']:,} entities with the highest PageRank out of {view['total']:,} "
            f"(cap {view['cap']:,}), and the {view['links_shown']:,} relations among them "
            f"(of {view['links_total']:,})."
        )
    else:
        note = f"All {view['total']:,} entities and {view['links_total']:,} relations."
    note += (
        " Drag to pan, scroll to zoom, search by name, filter by type, country and date; click an entity "
        "for its neighbourhood and evidence. Drawn with sigma.js (WebGL)."
    )
    stage = (
        '<div class="network"><div class="stage"><div id="kg-graph"></div>'
        '<div class="controls" id="kg-controls"></div></div><aside id="kg-panel"></aside></div>'
    )
    return _section("network", "Network", stage, escape(note))


def _path(path: ShortestPath | None) -> str:
    if path is None:
        return ""
    if not path["found"]:
        return _section("path", f"Path from {path['from']} to {path['to']}", '<p class="note">No path.</p>')
    items = []
    for hop in path["hops"]:
        for rel in hop["relations"]:
            quotes = "".join(
                f"<blockquote>{escape(e['sentence'])}</blockquote><div class='note'>"
                f"{escape(' · '.join(str(e[k]) for k in ('publisher', 'published', 'document') if e.get(k)))}</div>"
                for e in rel["evidence"]
            )
            items.append(
                f"<li><b>{escape(rel['from'])}</b> <span class='tag'>{escape(rel['relation'])}</span> "
                f"<b>{escape(rel['to'])}</b>{quotes}</li>"
            )
    title = f"Path from {path['from']} to {path['to']} ({path['length']} hops)"
    return _section("path", title, "<ol>" + "".join(items) + "</ol>")


def _flatten_reach(rows: list[CountryReach]) -> list[dict[str, Any]]:
    return [
        {
            **r,
            "country_list": [
                f"{c['country']} ({c['first_seen']})" if c["first_seen"] else c["country"]
                for c in r["countries"]
            ],
        }
        for r in rows
    ]


def _key_players(kp: KeyPlayers) -> str:
    rows = []
    randoms: Sequence[AveragedStep | None] = kp["random"] or [None] * len(kp["targeted"])
    for t, r in zip(kp["targeted"], randoms, strict=True):
        rows.append(
            {
                "step": t["step"],
                "name": t.get("name", "(none)"),
                "type": t.get("type", ""),
                "components": t["components"],
                "largest_share": t["largest_share"],
                "efficiency": t["efficiency"],
                "random_components": r["components"] if r else None,
                "random_largest_share": r["largest_share"] if r else None,
                "random_efficiency": r["efficiency"] if r else None,
            }
        )
    columns = [
        ("step", "Removed"),
        ("name", "Entity removed"),
        ("type", "Type"),
        ("components", "Components"),
        ("largest_share", "Largest share"),
        ("efficiency", "Efficiency"),
        ("random_components", "Random: components"),
        ("random_largest_share", "Random: largest share"),
        ("random_efficiency", "Random: efficiency"),
    ]
    return table(columns, rows)


SECTIONS = (
    ("summary", "Summary"),
    ("network", "Network"),
    ("plots", "Plots"),
    ("centrality", "Central entities"),
    ("communities", "Communities"),
    ("brokers", "Cross-border brokers"),
    ("reach", "Country reach"),
    ("enforcement", "Law enforcement"),
    ("disruption", "Disruption"),
    ("timeline", "Timeline"),
)


def render_report(
    analysis: Analysis,
    plots: dict[str, bytes],
    view: dict[str, Any],
    title: str = "Criminal network analysis",
    judgements: Sequence[dict[str, Any]] = (),
) -> str:
    """The full HTML page as a string; ``judgements`` (as in graph.json) get a section of their own."""
    p = analysis.parameters
    kp = analysis.key_players
    centrality_columns = [
        ("name", "Entity"),
        ("type", "Type"),
        ("countries", "Countries"),
        ("community", "Community"),
        ("degree", "Degree"),
        ("in_degree", "In"),
        ("out_degree", "Out"),
        ("strength", "Sources (strength)"),
        ("pagerank", "PageRank"),
        ("pagerank_weighted", "PageRank (evidence)"),
        ("betweenness", "Betweenness"),
        ("eigenvector", "Eigenvector"),
    ]
    parts = [
        _section("summary", "Summary", _summary(analysis)),
        _network(view),
        _section("plots", "Plots", _plots(plots)),
        _section(
            "centrality",
            "Central entities",
            table(centrality_columns, analysis.centrality),
            "All measures on the undirected graph. Evidence-weighted measures count independent sources "
            "(distinct publishers, else documents) per link. The full table is in metrics.csv.",
        ),
        _section(
            "communities",
            "Communities",
            table(
                [("community", "#"), ("size", "Size"), ("top_members", "Top members (PageRank)")],
                analysis.communities,
            )
            + "<h3>Brokers between communities</h3>"
            + table(
                [
                    ("name", "Entity"),
                    ("type", "Type"),
                    ("community", "Community"),
                    ("communities_reached", "Communities reached"),
                    ("links_outside", "Links outside"),
                    ("participation", "Participation"),
                ],
                analysis.community_brokers,
            ),
            f"Modularity communities weighted by evidence (modularity {analysis.modularity:.3f}).",
        ),
        _section(
            "brokers",
            "Cross-border brokers",
            table(
                [
                    ("name", "Entity"),
                    ("type", "Type"),
                    ("country_count", "Countries spanned"),
                    ("direct_countries", "Own countries"),
                    ("countries", "Countries"),
                ],
                analysis.cross_border_brokers,
            ),
            "Entities whose own links and whose neighbours' links reach the most countries.",
        ),
        _section(
            "reach",
            "Country reach",
            table(
                [
                    ("name", "Group"),
                    ("type", "Type"),
                    ("country_count", "Countries"),
                    ("first_seen", "First seen"),
                    ("country_list", "Countries (first seen)"),
                ],
                _flatten_reach(analysis.country_reach),
            )
            + "<h3>Groups present in each country</h3>"
            + table(
                [
                    ("country", type_header(COUNTRY)),
                    ("group_count", "Groups"),
                    ("groups", "Gangs and factions"),
                ],
                analysis.groups_by_country,
            ),
            "First seen: earliest fact date in the evidence, else publication date.",
        ),
        _section(
            "enforcement",
            "Law enforcement",
            "<h3>Agencies and the groups whose members they arrested</h3>"
            + table(
                [
                    ("agency", type_header(AGENCY)),
                    ("countries", "Countries"),
                    ("group_count", "Groups"),
                    ("arrests", "Arrest relations"),
                    ("groups", "Groups"),
                ],
                analysis.agency_targets,
            )
            + "<h3>Arrests</h3>"
            + table(
                [
                    ("agency", type_header(AGENCY)),
                    ("agency_countries", "Agency country"),
                    ("arrested", "Arrested"),
                    ("arrested_type", "Type"),
                    ("groups", "Groups"),
                    ("sources", "Sources"),
                    ("first_seen", "Date"),
                ],
                analysis.arrests,
            )
            + "<h3>Agency cooperation</h3>"
            + f'<p class="note">Cross-border pairs first, then stated cooperation; at most {COOPERATION_ROWS} '
            "pairs are kept (shared targets can pair every agency with every other).</p>"
            + table(
                [
                    ("agencies", "Agencies"),
                    ("countries", "Countries"),
                    ("cross_border", "Cross-border"),
                    ("explicit", "Stated cooperation"),
                    ("shared_targets", "Arrested members of the same groups"),
                    ("sources", "Sources"),
                ],
                analysis.agency_cooperation,
            ),
        ),
        _section(
            "disruption",
            "Disruption (key players)",
            _key_players(kp),
            escape(
                f"The top {kp['k']} actors by {kp['by']} removed one by one, against random removal averaged "
                f"over {kp['seeds']} seeds, on the actor network of {kp['nodes']} entities (countries left "
                "out). Largest share: actors still in the largest connected component."
            ),
        ),
        timeline_section(analysis.timeline),
        judgements_section(judgements),
        _path(analysis.path),
    ]
    nav = "".join(f'<a href="#{a}">{escape(t)}</a>' for a, t in SECTIONS)
    if judgements:
        nav += '<a href="#judgements">Judgements</a>'
    if analysis.path:
        nav += '<a href="#path">Path</a>'
    subtitle = (
        f"{analysis.summary['nodes']:,} entities, {analysis.summary['edges']:,} relations · "
        f"backend {p.backend_used} · seed {p.seed}"
    )
    css, js = _asset("report.css"), report_script()
    values = {
        "csp": content_security_policy(css, js),  # our own text: hashes, no quotes
        "title": text(title),
        "subtitle": text(subtitle),
        "nav": nav,
        "version": text(__version__),
        "css": css,
        "colors": script_json(type_colors()),
        "body": "\n".join(parts),
        "network": script_json(view),
        "js": js,
    }
    return fill(_asset("report.html"), values)
