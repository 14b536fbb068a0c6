"""Neo4j Browser, served by the real server, driven by headless Chromium: connect, run a library query."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import Select, WebDriverWait

from kg.store import ConnectionOptions, Neo4jStore
from kg.store.library import get_query
from ontology import BROWSER_STYLE_PATH

pytestmark = pytest.mark.browser
SCREENSHOTS = Path(os.environ.get("KG_SCREENSHOT_DIR", tempfile.gettempdir()))


def browser_url(options: ConnectionOptions) -> str:
    host = urlparse(options.uri).hostname or "127.0.0.1"
    port = os.environ.get("NEO4J_HTTP_PORT", "7474")
    return os.environ.get("NEO4J_BROWSER_URL", f"http://{host}:{port}/browser/")


def stream_text(driver: WebDriver) -> str:
    return str(driver.find_element(By.CSS_SELECTOR, "[data-testid=stream]").text)


def connect(chrome: WebDriver, options: ConnectionOptions) -> WebDriverWait[WebDriver]:
    """Open the Browser and log in through its connect form."""
    wait: WebDriverWait[WebDriver] = WebDriverWait(chrome, 90)
    chrome.get(browser_url(options))
    address = wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, "[data-testid=boltaddress]")))
    scheme, _, host_port = options.uri.partition("://")
    Select(chrome.find_element(By.CSS_SELECTOR, "[data-testid=bolt-scheme-select]")).select_by_visible_text(
        f"{scheme}://"
    )
    address.send_keys(Keys.CONTROL, "a")
    address.send_keys(Keys.DELETE)
    address.send_keys(host_port)
    chrome.find_element(By.CSS_SELECTOR, "[data-testid=username]").send_keys(options.user)
    chrome.find_element(By.CSS_SELECTOR, "[data-testid=password]").send_keys(options.password)
    chrome.find_element(By.CSS_SELECTOR, "[data-testid=connect]").click()
    wait.until(lambda d: "You are connected" in stream_text(d))
    return wait


def run(chrome: WebDriver, text: str) -> None:
    """Type a command into the editor on one line (Enter would run it early) and run it."""
    one_line = " ".join(line.strip() for line in text.splitlines() if not line.startswith("//"))
    chrome.find_element(By.CSS_SELECTOR, "[data-testid=activeEditor]").click()
    chrome.switch_to.active_element.send_keys(one_line)
    chrome.find_element(By.CSS_SELECTOR, "[data-testid=editor-Run]").click()


@pytest.fixture
def screenshot_on_failure(chrome: WebDriver, request: pytest.FixtureRequest) -> Iterator[None]:
    failed_before = request.session.testsfailed
    yield
    if request.session.testsfailed > failed_before:
        shot = SCREENSHOTS / f"{request.node.name}.png"
        chrome.save_screenshot(str(shot))
        print(f"screenshot saved to {shot}")


@pytest.mark.usefixtures("screenshot_on_failure")
def test_browser_connects_and_shows_a_library_query(
    loaded: Neo4jStore, neo4j_options: ConnectionOptions, chrome: WebDriver
) -> None:
    wait = connect(chrome, neo4j_options)
    run(chrome, get_query("cross-border-cooperation").text)
    wait.until(lambda d: "Policía Nacional de Colombia" in stream_text(d))
    frame = chrome.find_elements(By.CSS_SELECTOR, "[data-testid=frame]")[0].text
    assert "Policía Nacional del Perú" in frame
    assert "Fiscalía Nacional de Chile" not in frame
    assert "Started streaming 2 records" in frame


@pytest.mark.usefixtures("screenshot_on_failure")
def test_browser_uses_the_shipped_style(
    loaded: Neo4jStore, neo4j_options: ConnectionOptions, chrome: WebDriver
) -> None:
    wait = connect(chrome, neo4j_options)
    run(chrome, ":style " + BROWSER_STYLE_PATH.read_text(encoding="utf-8"))
    wait.until(lambda d: "node.Gang" in stream_text(d))
    run(chrome, "MATCH p = (:Gang {name: 'MS-13'})-[:RIVAL_OF]-(:Gang) RETURN p")
    wait.until(lambda d: "Displaying 2 nodes, 1 relationships" in stream_text(d))
    fills = chrome.execute_script(
        "return Array.from(document.querySelectorAll('svg circle')).map(c => c.getAttribute('fill'))"
    )
    assert [f.upper() for f in fills if f].count("#D62728") >= 2, fills
