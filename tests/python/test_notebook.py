"""The notebook of docs/examples/ runs as a reader would run it: executed by Jupyter's nbconvert
with Debian's ipykernel, it ingests the bundled corpus, answers its three questions with evidence and
saves the timeline plot."""
import os
import struct
import subprocess
import sys

import nbformat
import pytest

from conftest import SOURCE

NOTEBOOK = SOURCE / "docs" / "examples" / "policygraph.ipynb"


def test_the_notebook_runs_and_saves_its_plot(workdir):
    pytest.importorskip("nbconvert")
    plot = workdir / "timeline.png"
    environment = dict(os.environ, POLICYGRAPH_PLOT=str(plot), PYDEVD_DISABLE_FILE_VALIDATION="1")
    result = subprocess.run([sys.executable, "-m", "nbconvert", "--to", "notebook", "--execute",
                             "--ExecutePreprocessor.timeout=600", "--output-dir", str(workdir), str(NOTEBOOK)],
                            capture_output=True, text=True, env=environment, cwd=NOTEBOOK.parent)
    assert result.returncode == 0, result.stderr
    executed = nbformat.read(workdir / NOTEBOOK.name, as_version=4)
    outputs = [output for cell in executed.cells if cell.cell_type == "code" for output in cell.outputs]
    assert not [output for output in outputs if output.output_type == "error"]
    text = "".join(output.get("text", "") for output in outputs)
    # Three questions, each answered by a summary and at least one quoted sentence with its document.
    assert text.count("?\n  ") == 3, text
    assert text.count("” [") >= 3, text
    assert "documents ingested" in text
    data = plot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert width >= 800 and height >= 500
