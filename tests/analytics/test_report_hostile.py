"""report.html with names and URLs built to break out of their context: nothing runs, the page works."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from kg.analytics.pipeline import AnalysisOptions, analyze
from kg.model import Edge, Evidence, KnowledgeGraph, Node
from kg.report.outputs import write_outputs
from kg.report.page import csp_hash
from tests.analytics.test_report_browser import _wait

PAYLOADS = {
    "template": "{{network}} {{js}}",
    "handler": '<img src=x onerror="window.__pwned=1">',
    "comment": "<!--<script>",
    "close": "</script><script>window.__pwned=2</script>",
    "attribute": '" autofocus onfocus="window.__pwned=3',
    "separators": "line\u2028para\u2029end & <b>",
}
SCRIPT_URL = "javascript:window.__pwned=4"
WEB_URL = "https://news.example/hostile"


def _hostile_graph() -> KnowledgeGraph:
    graph = KnowledgeGraph()
    peru = graph.add_node(Node.new("Country", "Peru"))
    for index, (key, payload) in enumerate(PAYLOADS.items()):
        evidence = Evidence(
            document=f"doc-{key}",
            sentence=f"{payload} operates in Peru.",
            url=SCRIPT_URL if index % 2 else WEB_URL,
            publisher=payload,
            title=payload,
        )
        gang = graph.add_node(Node.new("Gang", f"{payload} {index}", aliases=[payload], evidence=(evidence,)))
        graph.add_edge(Edge("OPERATES_IN", gang.id, peru.id, evidence=(evidence,)))
    return graph


@pytest.fixture
def hostile_report(tmp_path: Path) -> Path:
    graph = _hostile_graph()
    first = f"{PAYLOADS['handler']} 1"
    options = AnalysisOptions(random_seeds=1, path=(first, "Peru"))
    write_outputs(graph.nx, analyze(graph.nx, options), tmp_path / "report")
    return tmp_path / "report" / "report.html"


def test_page_keeps_hostile_text_as_text(hostile_report: Path) -> None:
    page = hostile_report.read_text(encoding="utf-8")
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', page).group(1)
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    script = re.search(r"<script>(.*)</script>\s*</body>", page, re.S).group(1)
    style = re.search(r"<style>(.*?)</style>", page, re.S).group(1)
    assert csp_hash(script) in policy
    assert csp_hash(style) in policy
    # Exactly the page's own three script elements, and no raw markup from a name.
    assert page.count("<script") == 3 and page.count("</script>") == 3
    assert "<img src=x" not in page and "<!--" not in page and "\u2028" not in page
    assert 'onfocus="' not in page
    data = json.loads(re.search(r'id="kg-network-data">(.*?)</script>', page, re.S).group(1))
    names = {node["name"] for node in data["nodes"]}
    # Names are stored with their white space folded (U+2028 and U+2029 are white space).
    assert {" ".join(f"{payload} {i}".split()) for i, payload in enumerate(PAYLOADS.values())} <= names
    urls = {ev["url"] for node in data["nodes"] for ev in node["evidence"]}
    assert urls == {WEB_URL, None}
    assert "javascript:" not in json.dumps(data)


@pytest.mark.browser
def test_no_script_runs_and_the_report_still_works(chrome: Any, hostile_report: Path) -> None:
    from selenium.webdriver.common.by import By

    chrome.get(hostile_report.resolve().as_uri())
    _wait(chrome, "return window.kgNetwork && window.kgNetwork.ready")
    assert chrome.execute_script("return window.kgNetwork.drawnNodes") == len(PAYLOADS) + 1
    # Focus and click everything a handler could hang on; then look for any effect.
    for element in chrome.find_elements(By.CSS_SELECTOR, "a, td, th, blockquote, b")[:200]:
        chrome.execute_script(
            "arguments[0].focus(); arguments[0].dispatchEvent(new Event('mouseover'))", element
        )
    ids = chrome.execute_script(
        "return JSON.parse(document.getElementById('kg-network-data').textContent).nodes.map(n => n.id)"
    )
    gang_ids = [node_id for node_id in ids if node_id.startswith("gang:")]
    assert len(gang_ids) == len(PAYLOADS)
    for gang_id in gang_ids:
        assert chrome.execute_script("return window.kgNetwork.select(arguments[0])", gang_id)
        panel = chrome.find_element(By.ID, "kg-panel")
        hrefs = [a.get_attribute("href") for a in panel.find_elements(By.TAG_NAME, "a")]
        assert all(href == WEB_URL for href in hrefs), hrefs
        for link in panel.find_elements(By.TAG_NAME, "a"):
            assert link.get_attribute("href").startswith("https:")
    panel_text = chrome.find_element(By.ID, "kg-panel").text
    assert panel_text  # the last selected entity's name and evidence are shown as text
    body = chrome.find_element(By.TAG_NAME, "main").text
    for payload in ("{{network}} {{js}}", '<img src=x onerror="window.__pwned=1">', "<!--<script>"):
        assert payload in body
    assert chrome.execute_script("return typeof window.__pwned") == "undefined"
    assert chrome.find_elements(By.CSS_SELECTOR, "img:not([src^='data:image/png'])") == []
    assert chrome.find_elements(By.CSS_SELECTOR, "a[href^='javascript']") == []
    # Tables still sort.
    header = chrome.find_element(By.CSS_SELECTOR, "#centrality th:nth-child(1)")
    header.click()
    assert "sorted-asc" in header.get_attribute("class")
    errors = [entry for entry in chrome.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")]
    assert errors == []
