"""Outputs: never replace what is not a regular file; publish together; interruptions leave the old set."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import time
from pathlib import Path

import pytest

from kg.analytics.pipeline import AnalysisOptions, analyze
from kg.graphfile import write_graph_json
from kg.report import outputs
from kg.report.outputs import write_outputs
from tests.reliability.conftest import KG, chain_graph, one_line_error, run_kg


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture
def small_json(tmp_path: Path) -> Path:
    path = tmp_path / "small.json"
    write_graph_json(chain_graph(20), path)
    return path


def test_export_never_replaces_a_device(small_json: Path, tmp_path: Path) -> None:
    device = tmp_path / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # the same device as /dev/null
    except PermissionError:
        if os.environ.get("CI"):
            pytest.fail("creating a device needs root, which CI has")
        pytest.skip("creating a device needs root")
    line = one_line_error(run_kg("export", str(small_json), "-o", str(device)))
    assert "not a regular file" in line and str(device) in line
    assert stat.S_ISCHR(device.lstat().st_mode)


def test_export_never_replaces_a_fifo_or_a_symlink(small_json: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert "not a regular file" in one_line_error(run_kg("export", str(small_json), "-o", str(fifo)))
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    target = tmp_path / "precious.txt"
    target.write_text("keep me")
    link = tmp_path / "link.ttl"
    link.symlink_to(target)
    assert "symbolic link" in one_line_error(run_kg("export", str(small_json), "-o", str(link)))
    assert link.is_symlink() and target.read_text() == "keep me"


def test_build_refuses_a_symlinked_output_and_writes_neither_file(small_json: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_kg("build", str(small_json), "-o", str(out), "-q").returncode == 0
    before = _snapshot(out)
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_text("{}")
    (out / "graph.json").unlink()
    (out / "graph.json").symlink_to(elsewhere)
    one_line_error(run_kg("build", str(small_json), "-o", str(out), "-q"))
    assert (out / "graph.ttl").read_bytes() == before["graph.ttl"]
    assert elsewhere.read_text() == "{}" and sorted(p.name for p in out.iterdir()) == sorted(before)


def test_a_failed_analysis_leaves_the_previous_report_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    graph = chain_graph(30).nx
    out = tmp_path / "report"
    write_outputs(graph, analyze(graph, AnalysisOptions(random_seeds=1)), out)
    before = _snapshot(out)

    def broken(*args: object, **kwargs: object) -> str:
        raise RuntimeError("the report could not be rendered")

    monkeypatch.setattr(outputs, "render_report", broken)  # a fault after CSVs and plots are written
    other = chain_graph(40).nx
    with pytest.raises(RuntimeError):
        write_outputs(other, analyze(other, AnalysisOptions(random_seeds=1)), out)
    assert _snapshot(out) == before


def _writing_into(pid: int, folder: Path) -> bool:
    """True while process ``pid`` holds an unnamed temp file in ``folder`` (an output being written)."""
    try:
        links = [os.readlink(f"/proc/{pid}/fd/{fd}") for fd in os.listdir(f"/proc/{pid}/fd")]
    except OSError:
        return False
    return any(link.startswith(f"{folder}/#") and link.endswith("(deleted)") for link in links)


def _name(signum: signal.Signals) -> str:
    return signum.name


def _default_interrupts() -> None:
    """Give the child the default SIGINT and SIGTERM, whatever pytest inherited.

    A shell without job control starts a background job with SIGINT ignored, and an ignored
    signal stays ignored across exec; ``kg`` rightly keeps it so (Ctrl-C at the terminal is
    not meant for a script's background jobs), so a test that sends it must first undo it.
    """
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _interrupt_mid_write(args: list[str], folder: Path, signum: int) -> int:
    process = subprocess.Popen(
        [str(KG), *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, preexec_fn=_default_interrupts
    )
    deadline = time.monotonic() + 120
    while not _writing_into(process.pid, folder):
        assert process.poll() is None, "finished before it could be interrupted"
        assert time.monotonic() < deadline
        time.sleep(0.002)
    process.send_signal(signum)
    _, err = process.communicate(timeout=60)
    assert b"Traceback" not in err
    return process.returncode


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT], ids=_name)
def test_an_interrupted_build_leaves_the_previous_pair_and_no_temp_file(
    signum: int, big_graph_json: Path, small_json: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    assert run_kg("build", str(small_json), "-o", str(out), "-q").returncode == 0
    before = _snapshot(out)
    code = _interrupt_mid_write(["build", str(big_graph_json), "-o", str(out), "-q"], out, signum)
    assert code != 0
    assert _snapshot(out) == before  # both old files, byte for byte, and nothing else


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM], ids=_name)
def test_an_interrupted_neo4j_admin_export_leaves_the_previous_files(
    signum: int, big_graph_json: Path, small_json: Path, tmp_path: Path
) -> None:
    out = tmp_path / "import"
    assert run_kg("export", str(small_json), "-f", "neo4j-admin", "-o", str(out)).returncode == 0
    before = _snapshot(out)
    code = _interrupt_mid_write(
        ["export", str(big_graph_json), "-f", "neo4j-admin", "-o", str(out)], out, signum
    )
    assert code != 0
    assert _snapshot(out) == before


def test_concurrent_builds_into_one_folder_leave_a_matching_pair(tmp_path: Path) -> None:
    from kg.export.rdf import read_rdf
    from kg.graphfile import read_graph_json
    from tests.reliability.strategies import canonical

    inputs = []
    for size in (600, 800, 1000):
        inputs.append(tmp_path / f"in{size}.json")
        write_graph_json(chain_graph(size), inputs[-1])
    out = tmp_path / "out"
    runs = [
        subprocess.Popen([str(KG), "build", str(path), "-o", str(out), "-q"])
        for path in inputs
        for _ in (1, 2)
    ]
    assert [run.wait(timeout=300) for run in runs] == [0] * len(runs)
    assert sorted(p.name for p in out.iterdir()) == ["graph.json", "graph.ttl"]
    assert canonical(read_rdf(out / "graph.ttl", "turtle")) == canonical(read_graph_json(out / "graph.json"))
