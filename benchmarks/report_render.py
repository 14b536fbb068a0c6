"""Benchmark the report's network view in headless Chromium (not a test).

Writes the report of a synthetic graph (``tests/analytics/large_graph.py``) and opens it
``--runs`` times; prints, for each run, the milliseconds from navigation start to the
first frame sigma.js paints, then one JSON line with the median.

    python benchmarks/report_render.py [--nodes 10000 --runs 3]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "analytics"))

from large_graph import large_graph  # noqa: E402
from selenium import webdriver  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402

from kg.analytics.pipeline import AnalysisOptions, analyze  # noqa: E402
from kg.report.outputs import write_outputs  # noqa: E402

FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--enable-unsafe-swiftshader",
    "--window-size=1400,1000",
)


def first_paint(page: Path) -> float:
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in FLAGS:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        driver.get(page.as_uri())
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            value = driver.execute_script("return window.kgNetwork && window.kgNetwork.firstPaintAt")
            if value:
                return float(value)
            time.sleep(0.05)
        raise SystemExit("the network view never rendered")
    finally:
        driver.quit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    graph = large_graph(args.nodes)
    with tempfile.TemporaryDirectory() as folder:
        write_outputs(graph.nx, analyze(graph.nx, AnalysisOptions(random_seeds=1, disrupt_k=3)), folder)
        page = Path(folder) / "report.html"
        times = []
        for run in range(args.runs):
            times.append(first_paint(page))
            print(f"run {run + 1}: first render after {times[-1]:.0f} ms", file=sys.stderr)
        counts = graph.counts()
        size_mb = page.stat().st_size / 1e6
    print(
        json.dumps(
            {**counts, "report_mb": round(size_mb, 1), "first_render_ms": round(statistics.median(times))}
        )
    )


if __name__ == "__main__":
    main()
