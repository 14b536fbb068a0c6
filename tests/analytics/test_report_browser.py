"""Open report.html in headless Chromium: the network renders, a click shows evidence, no console errors."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from kg.analytics.pipeline import AnalysisOptions, analyze
from kg.model import KnowledgeGraph
from kg.report.outputs import write_outputs

pytestmark = pytest.mark.browser


def _wait(driver: Any, script: str, timeout: float = 15.0) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = driver.execute_script(script)
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for: {script}")


def test_report_renders_network_without_errors(chrome: Any, example: KnowledgeGraph, tmp_path: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.actions.wheel_input import ScrollOrigin
    from selenium.webdriver.common.by import By

    out = tmp_path / "report"
    write_outputs(example.nx, analyze(example.nx, AnalysisOptions(random_seeds=2)), out)
    chrome.get((out / "report.html").resolve().as_uri())
    _wait(chrome, "return window.kgNetwork && window.kgNetwork.ready")
    assert chrome.execute_script("return window.kgNetwork.drawnNodes") == 24
    assert chrome.execute_script("return window.kgNetwork.drawnLinks") == 37

    # Pixels were really painted on the canvas (not a blank rectangle).
    painted = chrome.execute_script(
        "var c = document.getElementById('kg-canvas'); var d = c.getContext('2d')"
        ".getImageData(0, 0, c.width, c.height).data; var n = 0;"
        "for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) { n++; } } return n;"
    )
    assert painted > 1000

    # A real mouse click on a node shows its evidence in the side panel.
    chrome.execute_script("window.kgNetwork.settle()")
    canvas = chrome.find_element(By.ID, "kg-canvas")
    chrome.execute_script("arguments[0].scrollIntoView({block: 'center'})", canvas)
    point = chrome.execute_script("return window.kgNetwork.screenPosition('gang:tren-de-aragua')")
    box = chrome.execute_script(
        "var r = arguments[0].getBoundingClientRect(); return [r.left, r.top, r.width, r.height]", canvas
    )
    ActionChains(chrome).move_to_element_with_offset(
        canvas, int(point["x"] - box[0] - box[2] / 2), int(point["y"] - box[1] - box[3] / 2)
    ).click().perform()
    panel = _wait(
        chrome,
        "var t = document.getElementById('kg-panel').textContent; return t.indexOf('Tren de Aragua') >= 0 && t",
    )
    assert "Test sentence 2: Tren de Aragua operates in Peru." in panel
    assert "Diario Andino" in panel

    # Dragging a node moves it; the wheel zooms.
    before = chrome.execute_script("return window.kgNetwork.screenPosition('gang:tren-de-aragua')")
    offset = (int(before["x"] - box[0] - box[2] / 2), int(before["y"] - box[1] - box[3] / 2))
    ActionChains(chrome).move_to_element_with_offset(canvas, *offset).click_and_hold().move_by_offset(
        80, 50
    ).release().perform()
    chrome.execute_script("window.kgNetwork.settle()")
    after = chrome.execute_script("return window.kgNetwork.screenPosition('gang:tren-de-aragua')")
    assert abs(after["x"] - before["x"]) > 20 or abs(after["y"] - before["y"]) > 20
    scale = chrome.execute_script("return window.kgNetwork.scale()")
    ActionChains(chrome).scroll_from_origin(ScrollOrigin.from_element(canvas), 0, -300).perform()
    assert chrome.execute_script("return window.kgNetwork.scale()") > scale

    # Color by community repaints without errors.
    chrome.execute_script(
        "var s = document.querySelector('#kg-controls select'); s.value = 'community';"
        "s.dispatchEvent(new Event('change'));"
    )
    assert chrome.execute_script("return window.kgNetwork.drawnNodes") == 24

    # Tables sort when a header is clicked.
    header = chrome.find_element(By.CSS_SELECTOR, "#centrality th:nth-child(5)")
    header.click()
    header.click()
    first = chrome.find_element(By.CSS_SELECTOR, "#centrality tbody tr td:nth-child(5)").text
    assert first == "11"

    errors = [entry for entry in chrome.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")]
    assert errors == []
