"""The command line: help on every command, `kg build` end to end, bad input, the installed command."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.graphfile import read_graph_json

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def test_every_command_has_help() -> None:
    ctx = click.Context(main)
    names = main.list_commands(ctx)
    assert len(names) >= 10, names
    for name in names:
        command = main.get_command(ctx, name)
        assert command is not None and command.name == name, name
        assert command.help and command.help.strip(), f"kg {name} has no help text"
        result = CliRunner().invoke(main, [name, "--help"])
        assert result.exit_code == 0, (name, result.output)
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"kg {name} {param.opts[0]} has no help text"


def test_build_examples(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(EXAMPLES), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "Most connected" in result.output
    graph = read_graph_json(out / "graph.json")
    names = {node.name for node in graph.nodes()}
    assert {"Tren de Aragua", "Mara Salvatrucha", "Venezuela"} <= names
    assert (out / "graph.ttl").read_text(encoding="utf-8").strip()
    for node in graph.nodes():
        assert node.evidence, f"{node.id} has no evidence"
    for edge in graph.edges():
        assert edge.evidence, f"{edge.key} has no evidence"
    leftovers = [p.name for p in out.iterdir() if p.name not in ("graph.json", "graph.ttl")]
    assert leftovers == []


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("missing.md", None, "no such file or directory"),
        ("empty.md", b"", "empty file"),
        ("binary.txt", b"\x00\x01\x02", "binary file"),
        ("latin1.md", "Perú".encode("latin-1"), "not valid UTF-8"),
        ("front.md", b"---\ntitle: [x\n---\nText.\n", "broken front matter"),
        ("bad.yaml", b"edges: [\n", "malformed YAML"),
        ("bad.json", b"{", "malformed JSON"),
        ("bad.csv", b"type,name\nGang\n", "line 2"),
    ],
)
def test_build_bad_input_one_line_no_output(
    tmp_path: Path, name: str, data: bytes | None, problem: str
) -> None:
    bad = tmp_path / name
    if data is not None:
        _write(bad, data)
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.json").write_text("earlier", encoding="utf-8")
    result = CliRunner().invoke(main, ["build", str(bad), "-o", str(out)])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert str(bad) in lines[0] and problem in lines[0]
    assert "Traceback" not in result.output
    assert (out / "graph.json").read_text(encoding="utf-8") == "earlier", "an earlier output was changed"
    assert sorted(p.name for p in out.iterdir()) == ["graph.json"]


def test_keep_going_skips_bad_files(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    shutil.copytree(EXAMPLES, inputs)
    _write(inputs / "broken.md", b"\xff\xfe\x00")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(inputs), "--keep-going", "-o", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert "skipped" in result.stderr and "broken.md" in result.stderr
    assert len(read_graph_json(out / "graph.json")) > 10


def test_nothing_readable_is_an_error(tmp_path: Path) -> None:
    _write(tmp_path / "a.md", b"")
    result = CliRunner().invoke(
        main, ["build", str(tmp_path / "a.md"), "--keep-going", "-o", str(tmp_path / "o")]
    )
    assert result.exit_code == 1
    assert "nothing to build" in result.stderr
    assert not (tmp_path / "o").exists()


def test_installed_command_from_a_wheel(tmp_path: Path) -> None:
    """A non-editable install works from any directory: the ontology ships inside the package."""
    wheelhouse, target = tmp_path / "wheels", tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(wheelhouse),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    wheel = next(wheelhouse.glob("*.whl"))
    with zipfile.ZipFile(wheel) as archive:
        top = {
            name.split("/")[0] for name in archive.namelist() if not name.split("/")[0].endswith(".dist-info")
        }
    assert top == {"kg", "loaders", "ontology"}  # docs/architecture.md, "Packaging", says why these
    assert "kg/store/queries/operates-in.cypher" in archive.namelist()
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copytree(EXAMPLES, elsewhere / "examples")
    env = {**os.environ, "PYTHONPATH": str(target)}
    run = subprocess.run(
        [sys.executable, "-c", "from kg.cli import main; main()", "build", "examples", "-o", "out", "-q"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr
    data = json.loads((elsewhere / "out" / "graph.json").read_text(encoding="utf-8"))
    assert data["format"] == "tco-kg/graph" and data["nodes"]
    probe = subprocess.run(
        [sys.executable, "-c", "import kg, ontology; print(kg.__file__, ontology.ONTOLOGY_PATH.exists())"],
        cwd=elsewhere,
        env=env,
        capture_output=True,
        text=True,
    )
    assert str(target) in probe.stdout and probe.stdout.strip().endswith("True"), probe.stdout


def test_console_script_subprocess(tmp_path: Path) -> None:
    """The `kg` console script of the environment runs as a real process."""
    kg = Path(sys.executable).with_name("kg")
    assert kg.exists(), "the kg console script is not installed"
    run = subprocess.run(
        [str(kg), "build", str(EXAMPLES), "-o", str(tmp_path / "o")], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stderr
    assert (tmp_path / "o" / "graph.ttl").exists()
    bad = subprocess.run([str(kg), "build", str(tmp_path / "nope.md")], capture_output=True, text=True)
    assert bad.returncode == 1
    assert bad.stderr.strip() == f"Error: {tmp_path / 'nope.md'}: no such file or directory"


def test_commands_without_a_server_do_not_load_the_driver() -> None:
    """Shared options import the Neo4j driver only when a command that connects runs."""
    probe = "import sys, kg.cli.extract, kg.cli.evaluate, kg.cli.ontology_cmd; print('neo4j' in sys.modules)"
    run = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "False"
