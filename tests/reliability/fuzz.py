"""Fuzz targets, one per loader: whatever the bytes, a loader returns or raises :class:`InputError`.

The tests run each target briefly (``test_properties.py``); for a long run::

    .venv/bin/python -m tests.reliability.fuzz --seconds 120      # per loader

prints, per loader, the number of inputs tried and every distinct crash (an exception
other than ``InputError``) with the smallest input hypothesis found for it.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from hypothesis import HealthCheck, given, seed, settings

from kg.errors import InputError
from loaders import LOADERS
from tests.reliability.strategies import LOADER_INPUTS


def load_bytes(suffix: str, data: bytes, folder: Path) -> None:
    """Write ``data`` as a file of type ``suffix`` and load it; only :class:`InputError` may escape.

    The loader is called directly, not through :func:`loaders.load_file`, whose safety net
    would turn any crash into an ``InputError`` and hide it from the fuzzer.
    """
    path = folder / f"input{suffix}"
    path.write_bytes(data)
    with contextlib.suppress(InputError):
        LOADERS[suffix](path, path.name)


def target(suffix: str, folder: Path, counter: list[int]) -> Callable[[], None]:
    """The hypothesis test for one loader (call it to run it)."""

    @given(LOADER_INPUTS[suffix])
    def run(data: bytes) -> None:
        counter[0] += 1
        load_bytes(suffix, data, folder)

    return run


def fuzz(suffix: str, seconds: float, batch: int = 200) -> tuple[int, list[str]]:
    """Run one loader's target for about ``seconds``; the number of executions and the crashes."""
    counter, crashes = [0], []
    deadline = time.monotonic() + seconds
    options = settings(
        max_examples=batch, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    with tempfile.TemporaryDirectory() as folder:
        for round_seed in range(1_000_000):
            if time.monotonic() > deadline:
                break
            try:
                seed(round_seed)(options(target(suffix, Path(folder), counter)))()
            except Exception as exc:  # a crash: hypothesis re-raises it after shrinking
                line = "".join(traceback.format_exception_only(type(exc), exc)).strip().splitlines()[0]
                if line not in crashes:
                    crashes.append(line)
    return counter[0], crashes


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=60, help="time per loader (default 60)")
    parser.add_argument("--loader", action="append", choices=sorted(LOADER_INPUTS), help="only this loader")
    args = parser.parse_args()
    report = {}
    for suffix in args.loader or sorted(LOADER_INPUTS):
        executions, crashes = fuzz(suffix, args.seconds)
        report[suffix] = {"executions": executions, "crashes": crashes}
        print(f"{suffix}: {executions} inputs, {len(crashes)} crash(es)", flush=True)
        for crash in crashes:
            print(f"    {crash}", flush=True)
    print(json.dumps(report))


if __name__ == "__main__":
    main()
