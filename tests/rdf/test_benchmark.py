"""The Turtle benchmark script still runs (tiny size; no timing is checked)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "benchmarks" / "export_turtle.py"


def test_benchmark_prints_its_json_line() -> None:
    done = subprocess.run(
        [sys.executable, str(SCRIPT), "--triples", "3000", "--sample", "500", "--repeat", "1"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    for key in ("triples", "seconds", "triples_per_s", "rdflib_triples_per_s", "ratio_vs_rdflib"):
        assert result[key] > 0
    assert result["parsed_back"] == result["triples"]
    assert 2000 < result["triples"] < 4000
    assert result["rdflib_sample_triples"] == 500
