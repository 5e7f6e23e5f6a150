"""Fixtures of the Python tests: the source tree, the policygraph binary to compare with, and the
graph of the bundled corpus ingested once (by the module) and once by the CLI."""
import os
import pathlib
import shutil
import subprocess

import pytest

import policygraph

SOURCE = pathlib.Path(os.environ.get("POLICYGRAPH_SOURCE_DIR", pathlib.Path(__file__).resolve().parents[2]))
BINARY = os.environ.get("POLICYGRAPH_BIN", str(SOURCE / "build" / "policygraph"))
CORPUS = SOURCE / "data" / "corpus"


def run_cli(*arguments, check=True, cwd=None):
    """Runs the policygraph binary; returns the CompletedProcess (stdout and stderr as text)."""
    result = subprocess.run([BINARY, *map(str, arguments)], capture_output=True, text=True, cwd=cwd)
    if check and result.returncode != 0:
        raise AssertionError(f"policygraph {' '.join(map(str, arguments))}: exit {result.returncode}: {result.stderr}")
    return result


def cli_error_line(result):
    """The message of the CLI's error line ('policygraph: error: MESSAGE')."""
    lines = [line for line in result.stderr.splitlines() if line.startswith("policygraph: error: ")]
    assert len(lines) == 1, result.stderr
    return lines[0][len("policygraph: error: "):]


@pytest.fixture(scope="session")
def source_dir():
    return SOURCE


@pytest.fixture(scope="session")
def corpus_snapshot(tmp_path_factory):
    """The CLI's snapshot of the bundled corpus."""
    folder = tmp_path_factory.mktemp("cli")
    path = folder / "policygraph.json"
    run_cli("-g", path, "ingest", "--fresh", "-q", CORPUS)
    return path


@pytest.fixture(scope="session")
def corpus_graph():
    """The bundled corpus ingested by the module (not to be changed by tests)."""
    graph = policygraph.Graph()
    graph.ingest(CORPUS)
    return graph


@pytest.fixture
def workdir(tmp_path):
    yield tmp_path
    shutil.rmtree(tmp_path, ignore_errors=True)
