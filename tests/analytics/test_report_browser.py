"""Open report.html in headless Chromium: the network renders (WebGL), a click shows evidence,
search, filters and the date slider work, and the console stays clean."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from kg.analytics.pipeline import AnalysisOptions, analyze
from kg.model import KnowledgeGraph
from kg.report.outputs import write_outputs

pytestmark = pytest.mark.browser


def test_report_renders_network_without_errors(
    chrome: Any,
    console_errors: Callable[[], list[Any]],
    wait_for: Callable[..., Any],
    screenshot_pixels: Callable[[Any], int],
    example: KnowledgeGraph,
    tmp_path: Path,
) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.actions.wheel_input import ScrollOrigin
    from selenium.webdriver.common.by import By

    out = tmp_path / "report"
    write_outputs(example.nx, analyze(example.nx, AnalysisOptions(random_seeds=2)), out)
    chrome.get((out / "report.html").resolve().as_uri())
    wait_for("return window.kgNetwork && window.kgNetwork.ready")
    assert chrome.execute_script("return window.kgNetwork.drawnNodes") == 24
    assert chrome.execute_script("return window.kgNetwork.drawnLinks") == 37

    # Pixels were really painted by WebGL (not a blank rectangle).
    stage = chrome.find_element(By.ID, "kg-graph")
    chrome.execute_script("arguments[0].scrollIntoView({block: 'center'})", stage)
    assert screenshot_pixels(stage) > 1000

    # A real mouse click on a node shows its evidence and its neighbourhood.
    point = chrome.execute_script("return window.kgNetwork.screenPosition('gang:tren-de-aragua')")
    box = chrome.execute_script(
        "var r = arguments[0].getBoundingClientRect(); return [r.left, r.top, r.width, r.height]", stage
    )
    ActionChains(chrome).move_to_element_with_offset(
        stage, int(point["x"] - box[0] - box[2] / 2), int(point["y"] - box[1] - box[3] / 2)
    ).click().perform()
    panel = wait_for(
        "var t = document.getElementById('kg-panel').textContent; return t.indexOf('Tren de Aragua') >= 0 && t",
    )
    assert "Test sentence 2: Tren de Aragua operates in Peru." in panel
    assert "Diario Andino" in panel
    assert chrome.execute_script("return window.kgNetwork.selected()") == "gang:tren-de-aragua"
    # Tren de Aragua and its 11 distinct neighbours stay lit.
    assert chrome.execute_script("return window.kgNetwork.neighbours()") == 12

    # The wheel zooms.
    scale = chrome.execute_script("return window.kgNetwork.scale()")
    ActionChains(chrome).scroll_from_origin(ScrollOrigin.from_element(stage), 0, -300).perform()
    wait_for(f"return window.kgNetwork.scale() > {scale}")

    # Search by name or alias, typed into the box.
    search = chrome.find_element(By.CSS_SELECTOR, "#kg-controls input[type=search]")
    search.send_keys("PCC")
    buttons = chrome.find_elements(By.CSS_SELECTOR, "#kg-controls .matches button")
    assert [b.text for b in buttons] == ["Primeiro Comando da Capital (Gang)"]
    buttons[0].click()
    assert chrome.execute_script("return window.kgNetwork.selected()") == "gang:primeiro-comando-da-capital"

    # Filters: a type unticked, a country, a date on the slider.
    chrome.find_element(By.CSS_SELECTOR, "#kg-controls input[value=Country]").click()
    assert chrome.execute_script("return window.kgNetwork.drawnNodes") == 16
    chrome.find_element(By.CSS_SELECTOR, "#kg-controls input[value=Country]").click()
    assert (
        chrome.execute_script("return window.kgNetwork.setCountry('Peru')") == 4
    )  # Peru, and the gang, faction and police linked to it
    assert chrome.execute_script("return window.kgNetwork.setCountry('')") == 24
    # Known by 2015: the two origins told with the date 2014, and their three ends.
    assert chrome.execute_script("return window.kgNetwork.setDate('2015-01-01')") == 3
    assert chrome.execute_script("return window.kgNetwork.drawnLinks") == 2
    slider = chrome.find_element(By.ID, "kg-date")
    chrome.execute_script(
        "arguments[0].value = arguments[0].max; arguments[0].dispatchEvent(new Event('input'))", slider
    )
    assert chrome.execute_script("return window.kgNetwork.drawnNodes") == 24

    # Color by community repaints without errors.
    chrome.execute_script(
        "var s = document.querySelectorAll('#kg-controls select')[0]; s.value = 'community';"
        "s.dispatchEvent(new Event('change'));"
    )

    # Tables sort when a header is clicked.
    header = chrome.find_element(By.CSS_SELECTOR, "#centrality th:nth-child(5)")
    header.click()
    header.click()
    first = chrome.find_element(By.CSS_SELECTOR, "#centrality tbody tr td:nth-child(5)").text
    assert first == "11"

    assert console_errors() == []
