"""PNG plots of an analysis (matplotlib, no display needed).

Each function takes the :class:`~kg.analytics.pipeline.Analysis` from
:func:`kg.analytics.pipeline.analyze` and returns one PNG image as bytes;
:func:`write_plots` adds them to a publication.
"""

from __future__ import annotations

import io
from collections import Counter
from typing import Any, Literal

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
from matplotlib.figure import Figure
from matplotlib.patches import Patch
from matplotlib.ticker import MaxNLocator

from kg.analytics.pipeline import Analysis
from kg.atomic import Publication
from kg.palette import color_of, type_colors

TOP = 15
DPI = 110


def _png(fig: Figure) -> bytes:
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=DPI)
    plt.close(fig)
    return buffer.getvalue()


def _short(name: str, width: int = 34) -> str:
    return name if len(name) <= width else name[: width - 1] + "…"


def _legend(ax: Any, types: set[str]) -> None:
    handles = [Patch(color=c, label=t) for t, c in type_colors().items() if t in types]
    if handles:
        ax.legend(handles=handles, loc="lower right", fontsize=8, frameon=False)


def _empty(ax: Any, text: str) -> None:
    ax.text(0.5, 0.5, text, ha="center", va="center", transform=ax.transAxes, color="#555")
    ax.set_xticks([])
    ax.set_yticks([])


def plot_top_centrality(analysis: Analysis) -> bytes:
    """Top entities by PageRank and by betweenness, side by side, colored by type."""
    rows = analysis.centrality
    fig, axes = plt.subplots(1, 2, figsize=(12, 6.5))
    measures: tuple[tuple[Literal["pagerank", "betweenness"], str], ...] = (
        ("pagerank", "PageRank"),
        ("betweenness", "Betweenness"),
    )
    for ax, (measure, title) in zip(axes, measures, strict=True):
        top = sorted(rows, key=lambda r: (-r[measure], str(r["id"])))[:TOP][::-1]
        if not top:
            _empty(ax, "no entities")
            continue
        ax.barh(
            [_short(r["name"]) for r in top],
            [r[measure] for r in top],
            color=[color_of(r["type"]) for r in top],
        )
        ax.set_title(f"Top {len(top)} entities by {title}")
        ax.set_xlabel(title)
        ax.tick_params(axis="y", labelsize=8)
        _legend(ax, {r["type"] for r in top})
    return _png(fig)


def plot_country_reach(analysis: Analysis) -> bytes:
    """Groups reaching the most countries, and countries hosting the most groups."""
    fig, axes = plt.subplots(1, 2, figsize=(12, 6.5))
    reach = [r for r in analysis.country_reach if r["country_count"]][:TOP][::-1]
    if reach:
        axes[0].barh(
            [_short(r["name"]) for r in reach],
            [r["country_count"] for r in reach],
            color=[color_of(r["type"]) for r in reach],
        )
        axes[0].xaxis.set_major_locator(MaxNLocator(integer=True))
        _legend(axes[0], {r["type"] for r in reach})
    else:
        _empty(axes[0], "no group is linked to a country")
    axes[0].set_title("Country reach of gangs and factions")
    axes[0].set_xlabel("countries")
    hosts = analysis.groups_by_country[:TOP][::-1]
    if hosts:
        axes[1].barh(
            [_short(r["country"]) for r in hosts], [r["group_count"] for r in hosts], color="#2ca02c"
        )
        axes[1].xaxis.set_major_locator(MaxNLocator(integer=True))
    else:
        _empty(axes[1], "no country hosts a group")
    axes[1].set_title("Countries with the most groups present")
    axes[1].set_xlabel("gangs and factions")
    for ax in axes:
        ax.tick_params(axis="y", labelsize=8)
    return _png(fig)


def plot_degree_distribution(analysis: Analysis) -> bytes:
    """How many entities have each number of distinct neighbours (log-log when spread)."""
    degrees = Counter(r["degree"] for r in analysis.centrality)
    fig, ax = plt.subplots(figsize=(8, 5))
    positive = sorted((d, c) for d, c in degrees.items() if d > 0)
    if positive:
        ax.scatter([d for d, _ in positive], [c for _, c in positive], s=18, color="#1f77b4")
        if positive[-1][0] >= 20:
            ax.set_xscale("log")
            ax.set_yscale("log")
        else:
            ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xlabel("degree (distinct neighbours)")
        ax.set_ylabel("number of entities")
    else:
        _empty(ax, "no links")
    isolated = degrees.get(0, 0)
    ax.set_title(
        f"Degree distribution ({isolated} isolated entities not shown)" if isolated else "Degree distribution"
    )
    ax.grid(alpha=0.3)
    return _png(fig)


def plot_disruption(analysis: Analysis) -> bytes:
    """Largest-component share and efficiency as top actors are removed, vs random removal."""
    kp = analysis.key_players
    fig, axes = plt.subplots(1, 2, figsize=(12, 5))
    measures: tuple[tuple[Literal["largest_share", "efficiency"], str], ...] = (
        ("largest_share", "share of actors in largest component"),
        ("efficiency", "global efficiency"),
    )
    for ax, (measure, label) in zip(axes, measures, strict=True):
        targeted, randoms = kp["targeted"], kp["random"]
        if len(targeted) < 2:
            _empty(ax, "too few actors to remove")
            continue
        ax.plot(
            [s["step"] for s in targeted],
            [s[measure] for s in targeted],
            "o-",
            color="#d62728",
            zorder=3,
            label=f"targeted (top {kp['k']} by {kp['by']})",
        )
        if randoms:
            ax.plot(
                [s["step"] for s in randoms],
                [s[measure] for s in randoms],
                "s--",
                color="#7f7f7f",
                label=f"random (mean of {kp['seeds']} seeds)",
            )
        ax.set_xlabel("actors removed")
        ax.set_ylabel(label)
        top = max([s[measure] for s in targeted] + [s[measure] for s in randoms])
        ax.set_ylim(0, top * 1.1 if top > 0 else 1)
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.grid(alpha=0.3)
        ax.legend(fontsize=9)
    fig.suptitle(f"Disruption of the actor network ({kp['nodes']:,} actors, countries left out)")
    return _png(fig)


PLOTS = {
    "top_centrality.png": plot_top_centrality,
    "country_reach.png": plot_country_reach,
    "degree_distribution.png": plot_degree_distribution,
    "disruption.png": plot_disruption,
}


def write_plots(analysis: Analysis, pub: Publication) -> dict[str, bytes]:
    """Add every plot of :data:`PLOTS` to ``pub``; returns each file name with its PNG bytes."""
    images = {}
    for name, plot in PLOTS.items():
        images[name] = plot(analysis)
        with pub.open(name, "wb") as handle:
            handle.write(images[name])
    return images
