"""Fixtures shared by every test folder."""

from __future__ import annotations

import io
import os
import shutil
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.remote.webdriver import WebDriver


@pytest.fixture
def chrome(tmp_path: Path) -> Iterator[WebDriver]:
    """Debian's headless Chromium through chromedriver, with the browser console logged.

    Missing Chromium skips the test on a developer's machine and fails it in CI.
    """
    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    chromedriver = os.environ.get("CHROMEDRIVER") or shutil.which("chromedriver") or "/usr/bin/chromedriver"
    if not (Path(chromium).exists() and Path(chromedriver).exists()):
        message = f"headless Chromium not found ({chromium}, {chromedriver})"
        if os.environ.get("CI"):
            pytest.fail(f"{message} (required in CI)")
        pytest.skip(message)
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        # WebGL (the report's network view) on the CPU: headless Chromium has no GPU here.
        "--enable-unsafe-swiftshader",
        "--disable-component-update",
        "--no-first-run",
        f"--user-data-dir={tmp_path / 'chrome-profile'}",
        "--window-size=1400,1000",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(chromedriver), options=options)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def console_errors(chrome: WebDriver) -> Callable[[], list[dict[str, object]]]:
    """Reads the errors and warnings in the browser console so far, without the software GL
    driver's performance notes ("GPU stall due to ReadPixels"), which say nothing about the page."""

    def read() -> list[dict[str, object]]:
        return [
            entry
            for entry in chrome.get_log("browser")
            if entry["level"] in ("SEVERE", "WARNING") and "GL Driver Message" not in str(entry["message"])
        ]

    return read


@pytest.fixture
def wait_for(chrome: WebDriver) -> Callable[..., Any]:
    """``wait_for(script, timeout=30)``: the first truthy value the script returns, polled."""

    def wait(script: str, timeout: float = 30.0) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = chrome.execute_script(script)
            if value:
                return value
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for: {script}")

    return wait


def painted_pixels(element: Any) -> int:
    """Pixels of a page element that differ from its top-left background, from a real screenshot."""
    import matplotlib.image

    image = matplotlib.image.imread(io.BytesIO(element.screenshot_as_png), format="png")
    return int((abs(image[:, :, :3] - image[2, 2, :3]).sum(axis=2) > 0.1).sum())


@pytest.fixture
def screenshot_pixels() -> Callable[[Any], int]:
    """:func:`painted_pixels`, for the browser tests."""
    return painted_pixels
