"""Neo4j Browser, served by the real server, driven by headless Chromium: connect, run a library query."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlparse

import pytest
from conftest import require
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import Select, WebDriverWait

from kg.store import ConnectionOptions, Neo4jStore
from kg.store.library import get_query

pytestmark = pytest.mark.browser
SCREENSHOTS = Path(os.environ.get("KG_SCREENSHOT_DIR", tempfile.gettempdir()))


def browser_url(options: ConnectionOptions) -> str:
    host = urlparse(options.uri).hostname or "127.0.0.1"
    port = os.environ.get("NEO4J_HTTP_PORT", "7474")
    return os.environ.get("NEO4J_BROWSER_URL", f"http://{host}:{port}/browser/")


@pytest.fixture
def chrome(tmp_path: Path) -> Iterator[WebDriver]:
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    chromedriver = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    require(Path(chromium).exists() and Path(chromedriver).exists(), "chromium and chromedriver are needed")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'chrome-profile'}",
        "--window-size=1400,1000",
    ):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(chromedriver), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def stream_text(driver: WebDriver) -> str:
    return str(driver.find_element(By.CSS_SELECTOR, "[data-testid=stream]").text)


def test_browser_connects_and_shows_a_library_query(
    loaded: Neo4jStore, neo4j_options: ConnectionOptions, chrome: WebDriver, request: pytest.FixtureRequest
) -> None:
    wait = WebDriverWait(chrome, 90)
    try:
        chrome.get(browser_url(neo4j_options))
        address = wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, "[data-testid=boltaddress]")))
        scheme, _, host_port = neo4j_options.uri.partition("://")
        Select(
            chrome.find_element(By.CSS_SELECTOR, "[data-testid=bolt-scheme-select]")
        ).select_by_visible_text(f"{scheme}://")
        address.send_keys(Keys.CONTROL, "a")
        address.send_keys(Keys.DELETE)
        address.send_keys(host_port)
        chrome.find_element(By.CSS_SELECTOR, "[data-testid=username]").send_keys(neo4j_options.user)
        chrome.find_element(By.CSS_SELECTOR, "[data-testid=password]").send_keys(neo4j_options.password)
        chrome.find_element(By.CSS_SELECTOR, "[data-testid=connect]").click()
        wait.until(lambda d: "You are connected" in stream_text(d))

        # The library file as it is, comments dropped and on one line (Enter would run it early).
        text = get_query("cross-border-cooperation").text
        one_line = " ".join(line.strip() for line in text.splitlines() if not line.startswith("//"))
        chrome.find_element(By.CSS_SELECTOR, "[data-testid=activeEditor]").click()
        chrome.switch_to.active_element.send_keys(one_line)
        chrome.find_element(By.CSS_SELECTOR, "[data-testid=editor-Run]").click()
        wait.until(lambda d: "Policía Nacional de Colombia" in stream_text(d))
        frame = chrome.find_elements(By.CSS_SELECTOR, "[data-testid=frame]")[0].text
        assert "Policía Nacional del Perú" in frame
        assert "Fiscalía Nacional de Chile" not in frame
        assert "Started streaming 2 records" in frame
    except BaseException:
        shot = SCREENSHOTS / f"{request.node.name}.png"
        chrome.save_screenshot(str(shot))
        print(f"screenshot saved to {shot}")
        raise
