"""Errors from Python: each kind of policygraph error is its own exception, carrying the one-line
message and the exit code of the command line (file and byte offset where there is one)."""
import json

import pytest

import policygraph
from conftest import cli_error_line, run_cli

# Two nodes named alike (a programme and an organisation), for an ambiguous name.
TWIN_SNAPSHOT = {
    "format": "policygraph", "version": 1, "documents": [],
    "nodes": [
        {"id": "organisation/smart-city", "kind": "organisation", "label": "Smart City", "aliases": [],
         "attributes": {}, "evidence": []},
        {"id": "programme/smart-city", "kind": "programme", "label": "Smart City", "aliases": [],
         "attributes": {}, "evidence": []},
    ],
    "edges": [],
}


def test_the_hierarchy():
    assert issubclass(policygraph.InputError, policygraph.PolicygraphError)
    assert issubclass(policygraph.IngestError, policygraph.InputError)
    assert issubclass(policygraph.UnknownName, policygraph.NoAnswer)
    assert issubclass(policygraph.UnrecognisedQuestion, policygraph.NoAnswer)
    assert issubclass(policygraph.UsageError, ValueError)
    for name in ("OutputError", "GraphError", "LockError", "AmbiguousName", "NoAnswer", "UsageError"):
        assert issubclass(getattr(policygraph, name), policygraph.PolicygraphError)
    assert issubclass(policygraph.PolicygraphError, Exception)


def same_as_cli(error, cli):
    assert str(error.value) == cli_error_line(cli)
    assert error.value.exit_code == cli.returncode
    assert "\n" not in str(error.value)


def test_a_missing_snapshot(workdir):
    with pytest.raises(policygraph.InputError) as error:
        policygraph.load(workdir / "missing.json")
    same_as_cli(error, run_cli("-g", workdir / "missing.json", "stats", check=False))
    assert "missing.json" in str(error.value)


def test_a_truncated_snapshot_names_the_byte(corpus_snapshot, workdir):
    path = workdir / "truncated.json"
    data = corpus_snapshot.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(policygraph.InputError) as error:
        policygraph.load(path)
    same_as_cli(error, run_cli("-g", path, "stats", check=False))
    assert f"truncated.json: byte {len(data) // 2}" in str(error.value)
    with pytest.raises(policygraph.InputError, match="^pasted: byte "):
        policygraph.read_snapshot(data[: len(data) // 2], name="pasted")


def test_invalid_utf8_in_a_snapshot_names_the_byte(workdir):
    path = workdir / "latin1.json"
    path.write_bytes(b'{"format": "policygraph", "version": 1, "documents": [{"id": "caf\xe9"}], "nodes": [], "edges": []}')
    with pytest.raises(policygraph.InputError) as error:
        policygraph.load(path)
    same_as_cli(error, run_cli("-g", path, "stats", check=False))
    assert "latin1.json: byte 65" in str(error.value)


def test_a_missing_input_of_ingest(workdir):
    with pytest.raises(policygraph.InputError) as error:
        policygraph.Graph().ingest(workdir / "no-such-folder")
    same_as_cli(error, run_cli("-g", workdir / "g.json", "ingest", workdir / "no-such-folder", check=False))


def test_an_unknown_name_with_suggestions(corpus_graph, corpus_snapshot):
    with pytest.raises(policygraph.UnknownName) as error:
        corpus_graph.who_introduced("Frontier")
    same_as_cli(error, run_cli("-g", corpus_snapshot, "query", "who-introduced", "Frontier", check=False))
    assert error.value.exit_code == 3
    assert {item["id"] for item in error.value.suggestions} == {"programme/21st-century-frontier", "programme/global-frontier"}


def test_an_ambiguous_name_lists_the_candidates(workdir):
    path = workdir / "twins.json"
    path.write_text(json.dumps(TWIN_SNAPSHOT), encoding="utf-8")
    graph = policygraph.load(path)
    with pytest.raises(policygraph.AmbiguousName) as error:
        graph.neighbours("Smart City")
    same_as_cli(error, run_cli("-g", path, "query", "neighbours", "Smart City", check=False))
    assert [item["id"] for item in error.value.candidates] == ["organisation/smart-city", "programme/smart-city"]


def test_a_question_of_no_known_form(corpus_graph, corpus_snapshot):
    with pytest.raises(policygraph.UnrecognisedQuestion) as error:
        corpus_graph.ask("Why is the sky blue?")
    cli = run_cli("-g", corpus_snapshot, "ask", "Why is the sky blue?", check=False)
    assert cli.returncode == error.value.exit_code == 3
    # The message goes on with the forms understood, one a line, as the CLI's does.
    assert str(error.value).splitlines()[0] == cli_error_line(cli)
    assert str(error.value) in cli.stderr


def test_usage_errors(corpus_graph, workdir):
    with pytest.raises(policygraph.UsageError, match="unknown query 'who'"):
        corpus_graph.query("who", "x")
    with pytest.raises(policygraph.UsageError, match="unknown export format 'xls'"):
        corpus_graph.export("xls")
    with pytest.raises(policygraph.UsageError):
        corpus_graph.neighbours("Technopark programme", relations=["introduces"])
    with pytest.raises(ValueError):
        corpus_graph.evolution("Technopark programme", direction="sideways")
    with pytest.raises(policygraph.UsageError, match="on_error"):
        policygraph.Graph().ingest_text("x", on_error="ignore")


def test_an_unwritable_path(corpus_graph, workdir):
    with pytest.raises(policygraph.OutputError) as error:
        corpus_graph.save(workdir / "no-such-folder" / "g.json")
    assert "no-such-folder" in str(error.value)
    with pytest.raises(policygraph.OutputError):
        corpus_graph.export("dot", workdir / "no-such-folder" / "g.dot")
