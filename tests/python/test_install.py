"""`cmake --install` puts the package in the Python site folder under the prefix, where the
interpreter imports it without the build tree."""
import glob
import os
import subprocess
import sys

import pytest

from conftest import SOURCE


def test_the_installed_package_imports_and_works(workdir):
    build = os.environ.get("POLICYGRAPH_BUILD_DIR")
    if not build:
        pytest.skip("POLICYGRAPH_BUILD_DIR is not set (ctest sets it)")
    prefix = workdir / "prefix"
    subprocess.run(["cmake", "--install", build, "--prefix", str(prefix)], check=True, capture_output=True)
    found = glob.glob(str(prefix / "lib" / "python3*" / "*-packages" / "policygraph" / "_core*.so"))
    assert len(found) == 1, list(prefix.rglob("*"))
    site = os.path.dirname(os.path.dirname(found[0]))
    script = ("import policygraph, sys\n"
              "assert policygraph.__file__.startswith(sys.argv[1]), policygraph.__file__\n"
              "g = policygraph.Graph()\n"
              "g.ingest_text('Notes\\n\\nThe Participation Government introduced the regional strategic industry in 2004.\\n')\n"
              "print(g.who_introduced('regional strategic industry').rows[0]['administration'].id)\n")
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    environment["PYTHONPATH"] = site
    environment["POLICYGRAPH_PACK"] = str(SOURCE / "data" / "packs" / "korea")
    result = subprocess.run([sys.executable, "-c", script, site], capture_output=True, text=True, env=environment,
                            cwd=workdir)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "administration/roh-moo-hyun"
