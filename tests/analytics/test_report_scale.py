"""The report at 10,000 entities in headless Chromium: it renders, searches and filters, and the
page keeps painting frames. The time to first render is printed (``-s``), never asserted; the
benchmark ``benchmarks/report_render.py`` reports it."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kg.analytics.pipeline import AnalysisOptions, analyze
from kg.report.outputs import write_outputs

sys.path.insert(0, str(Path(__file__).resolve().parent))

from large_graph import large_graph

pytestmark = pytest.mark.browser
SIZE = 10_000


def frames_in(driver: Any, milliseconds: int) -> int:
    """Animation frames the page paints in ``milliseconds``: zero means a blocked main thread."""
    driver.set_script_timeout(60)
    return int(
        driver.execute_async_script(
            "var done = arguments[arguments.length - 1], n = 0, end = performance.now() + arguments[0];"
            "function tick() { n++; if (performance.now() < end) { requestAnimationFrame(tick); } else { done(n); } }"
            "requestAnimationFrame(tick);",
            milliseconds,
        )
    )


def write_large_report(out: Path) -> Path:
    graph = large_graph(SIZE)
    write_outputs(graph.nx, analyze(graph.nx, AnalysisOptions(random_seeds=1, disrupt_k=3)), out)
    return out / "report.html"


def test_report_handles_ten_thousand_entities(
    chrome: Any,
    console_errors: Callable[[], list[Any]],
    wait_for: Callable[..., Any],
    screenshot_pixels: Callable[[Any], int],
    tmp_path: Path,
) -> None:
    from selenium.webdriver.common.by import By

    page = write_large_report(tmp_path / "report")
    chrome.get(page.resolve().as_uri())
    wait_for("return window.kgNetwork && window.kgNetwork.ready", 120)
    first = chrome.execute_script("return window.kgNetwork.firstPaintAt")
    print(f"\nfirst render of {SIZE:,} entities: {first:.0f} ms after navigation start", file=sys.stderr)
    assert chrome.execute_script("return window.kgNetwork.drawnNodes") == SIZE
    links = chrome.execute_script("return window.kgNetwork.drawnLinks")
    assert links > SIZE

    stage = chrome.find_element(By.ID, "kg-graph")
    chrome.execute_script("arguments[0].scrollIntoView({block: 'center'})", stage)
    assert screenshot_pixels(stage) > 10_000

    # Search: typed into the box, the matches listed; a match selected shows its evidence.
    search = chrome.find_element(By.CSS_SELECTOR, "#kg-controls input[type=search]")
    search.send_keys("Leader 00418")
    buttons = wait_for("return document.querySelectorAll('#kg-controls .matches button').length")
    assert buttons >= 1
    chrome.find_element(By.CSS_SELECTOR, "#kg-controls .matches button").click()
    assert chrome.execute_script("return window.kgNetwork.selected()") == "leader:leader-00418"
    assert "Leader 00418 is named." in chrome.find_element(By.ID, "kg-panel").text
    assert chrome.execute_script("return window.kgNetwork.neighbours()") >= 2

    # Filters: a type off, one country, a date; each repaints and the page keeps painting.
    leaders = chrome.execute_script(
        "return JSON.parse(document.getElementById('kg-network-data').textContent)"
        ".nodes.filter(n => n.type === 'Leader').length"
    )
    chrome.find_element(By.CSS_SELECTOR, "#kg-controls input[value=Leader]").click()
    assert chrome.execute_script("return window.kgNetwork.drawnNodes") == SIZE - leaders
    chrome.find_element(By.CSS_SELECTOR, "#kg-controls input[value=Leader]").click()
    in_country = chrome.execute_script("return window.kgNetwork.setCountry('Country 07')")
    assert 0 < in_country < SIZE
    chrome.execute_script("window.kgNetwork.setCountry('')")
    early = chrome.execute_script("return window.kgNetwork.setDate('2012-12-31')")
    assert 0 < early < SIZE
    assert chrome.execute_script("return window.kgNetwork.setDate(null)") == SIZE
    assert frames_in(chrome, 1000) > 0

    assert console_errors() == []
