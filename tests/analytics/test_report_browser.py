"""Open report.html in headless Chromium: the network renders, a click shows evidence, no console errors."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kg.analytics.pipeline import AnalysisOptions, analyze
from kg.model import KnowledgeGraph
from kg.report.outputs import write_outputs

pytestmark = pytest.mark.browser

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMEDRIVER = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    if not (shutil.which(CHROMIUM) and shutil.which(CHROMEDRIVER)):
        message = f"headless Chromium not found ({CHROMIUM}, {CHROMEDRIVER})"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'chrome-profile'}",
        "--window-size=1400,1000",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def _wait(driver: Any, script: str, timeout: float = 15.0) -> Any:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = driver.execute_script(script)
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for: {script}")


def test_report_renders_network_without_errors(browser: Any, example: KnowledgeGraph, tmp_path: Path) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.actions.wheel_input import ScrollOrigin
    from selenium.webdriver.common.by import By

    out = tmp_path / "report"
    write_outputs(example.nx, analyze(example.nx, AnalysisOptions(random_seeds=2)), out)
    browser.get((out / "report.html").resolve().as_uri())
    _wait(browser, "return window.kgNetwork && window.kgNetwork.ready")
    assert browser.execute_script("return window.kgNetwork.drawnNodes") == 24
    assert browser.execute_script("return window.kgNetwork.drawnLinks") == 37

    # Pixels were really painted on the canvas (not a blank rectangle).
    painted = browser.execute_script(
        "var c = document.getElementById('kg-canvas'); var d = c.getContext('2d')"
        ".getImageData(0, 0, c.width, c.height).data; var n = 0;"
        "for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) { n++; } } return n;"
    )
    assert painted > 1000

    # A real mouse click on a node shows its evidence in the side panel.
    browser.execute_script("window.kgNetwork.settle()")
    canvas = browser.find_element(By.ID, "kg-canvas")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", canvas)
    point = browser.execute_script("return window.kgNetwork.screenPosition('gang:tren-de-aragua')")
    box = browser.execute_script(
        "var r = arguments[0].getBoundingClientRect(); return [r.left, r.top, r.width, r.height]", canvas
    )
    ActionChains(browser).move_to_element_with_offset(
        canvas, int(point["x"] - box[0] - box[2] / 2), int(point["y"] - box[1] - box[3] / 2)
    ).click().perform()
    panel = _wait(
        browser,
        "var t = document.getElementById('kg-panel').textContent; return t.indexOf('Tren de Aragua') >= 0 && t",
    )
    assert "Test sentence 2: Tren de Aragua operates in Peru." in panel
    assert "Diario Andino" in panel

    # Dragging a node moves it; the wheel zooms.
    before = browser.execute_script("return window.kgNetwork.screenPosition('gang:tren-de-aragua')")
    offset = (int(before["x"] - box[0] - box[2] / 2), int(before["y"] - box[1] - box[3] / 2))
    ActionChains(browser).move_to_element_with_offset(canvas, *offset).click_and_hold().move_by_offset(
        80, 50
    ).release().perform()
    browser.execute_script("window.kgNetwork.settle()")
    after = browser.execute_script("return window.kgNetwork.screenPosition('gang:tren-de-aragua')")
    assert abs(after["x"] - before["x"]) > 20 or abs(after["y"] - before["y"]) > 20
    scale = browser.execute_script("return window.kgNetwork.scale()")
    ActionChains(browser).scroll_from_origin(ScrollOrigin.from_element(canvas), 0, -300).perform()
    assert browser.execute_script("return window.kgNetwork.scale()") > scale

    # Color by community repaints without errors.
    browser.execute_script(
        "var s = document.querySelector('#kg-controls select'); s.value = 'community';"
        "s.dispatchEvent(new Event('change'));"
    )
    assert browser.execute_script("return window.kgNetwork.drawnNodes") == 24

    # Tables sort when a header is clicked.
    header = browser.find_element(By.CSS_SELECTOR, "#centrality th:nth-child(5)")
    header.click()
    header.click()
    first = browser.find_element(By.CSS_SELECTOR, "#centrality tbody tr td:nth-child(5)").text
    assert first == "11"

    errors = [entry for entry in browser.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")]
    assert errors == []
