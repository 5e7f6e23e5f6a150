"""Snapshots and ingest from Python: the same bytes as the CLI, strings as files, packs, corrections."""
import json
import os
import pathlib
import warnings

import pytest

import policygraph
from conftest import CORPUS, SOURCE, run_cli

SEMINAR = ("Seminar notes\n\nThe Participation Government introduced the regional strategic industry "
           "programme in 2004.\n")


def test_ingest_of_the_corpus_saves_the_bytes_the_cli_writes(corpus_graph, corpus_snapshot, workdir):
    path = workdir / "from-python.json"
    corpus_graph.save(path)
    assert path.read_bytes() == corpus_snapshot.read_bytes()
    assert corpus_graph.snapshot().encode() == corpus_snapshot.read_bytes()


def test_a_loaded_snapshot_saves_the_same_bytes(corpus_snapshot, workdir):
    graph = policygraph.load(corpus_snapshot)
    graph.save(workdir / "again.json")
    assert (workdir / "again.json").read_bytes() == corpus_snapshot.read_bytes()
    text = corpus_snapshot.read_text(encoding="utf-8")
    assert policygraph.read_snapshot(text).snapshot() == text
    assert policygraph.read_snapshot(text.encode()).snapshot() == text


def test_the_report_counts_what_ingest_did(workdir):
    graph = policygraph.Graph()
    report = graph.ingest([CORPUS], jobs=2)
    assert report.added == len(list(CORPUS.iterdir())) == len(report.documents)
    assert report.failed == 0
    assert all(outcome.status == "added" and outcome.sentences > 0 for outcome in report.documents)
    again = graph.ingest(CORPUS)
    assert again.unchanged == report.added and again.added == 0
    stats = graph.stats()
    assert stats["documents"] == report.added
    assert stats["nodes"] == len(graph.nodes()) == len(graph)
    assert stats["edges"] == len(graph.edges())
    assert stats["edges_by_relation"]["introduced"] == len(graph.edges("introduced"))


def test_a_string_is_ingested_as_the_same_file_would_be(workdir):
    (workdir / "seminar.txt").write_text(SEMINAR, encoding="utf-8")
    from_file = policygraph.Graph()
    from_file.ingest(workdir / "seminar.txt")
    from_text = policygraph.Graph()
    report = from_text.ingest_text(SEMINAR, name=str(workdir / "seminar.txt"))
    assert report.added == 1
    assert from_text.snapshot() == from_file.snapshot()
    edges = {(edge.source, edge.relation, edge.target) for edge in from_text.edges()}
    assert ("administration/roh-moo-hyun", "introduced", "programme/regional-strategic-industry") in edges


def test_several_strings_with_their_names_and_formats():
    graph = policygraph.Graph()
    report = graph.ingest_texts({
        "notes.md": "# Seminar\n\nThe Participation Government introduced the *regional strategic industry* in 2004.\n",
        "page.html": "<html><head><title>Page</title></head><body><p>The Moon Jae-in administration launched "
                     "the hydrogen valley programme in 2019.</p></body></html>",
    })
    assert [outcome.id for outcome in report.documents] == ["notes", "page"]
    assert {document.title for document in graph.documents()} == {"Seminar", "Page"}
    answer = graph.who_introduced("hydrogen valley programme")
    assert answer.rows[0]["administration"].id == "administration/moon-jae-in"
    assert answer.rows[0].evidence[0].document == "page"


def test_a_pack_folder_is_used_when_given(workdir):
    pack = pathlib.Path(policygraph.default_pack_dir())
    assert (pack / "pack.json").exists() or any(pack.iterdir())
    with_default = policygraph.Graph()
    with_default.ingest_text(SEMINAR)
    with_pack = policygraph.Graph()
    with_pack.ingest_text(SEMINAR, pack=pack)
    assert with_pack.snapshot() == with_default.snapshot()
    with pytest.raises(policygraph.InputError) as error:
        policygraph.Graph().ingest_text(SEMINAR, pack=workdir / "no-such-pack")
    assert "no-such-pack" in str(error.value)


def test_an_unreadable_input_fails_with_the_cli_message_and_the_others_go_on(workdir):
    (workdir / "corpus").mkdir()
    (workdir / "corpus" / "good.txt").write_text(SEMINAR, encoding="utf-8")
    (workdir / "corpus" / "binary.txt").write_bytes(b"\x00\x01\x02binary\x00" * 10)
    graph = policygraph.Graph()
    with pytest.raises(policygraph.IngestError) as error:
        graph.ingest(workdir / "corpus")
    cli = run_cli("-g", workdir / "cli.json", "ingest", workdir / "corpus", check=False)
    assert cli.returncode == error.value.exit_code == 2
    assert f"policygraph: error: {error.value}" in cli.stderr.splitlines()
    assert error.value.report.failed == 1 and error.value.report.added == 1
    assert len(graph.documents()) == 1
    with pytest.warns(policygraph.PolicygraphWarning, match="binary"):
        policygraph.Graph().ingest(workdir / "corpus", on_error="warn")


def test_invalid_utf8_in_a_text_is_replaced_with_a_warning_as_the_cli_warns(workdir):
    data = b"Notes\n\nThe Participation Government introduced the caf\xe9 programme in 2004.\n"
    (workdir / "latin1.txt").write_bytes(data)
    with pytest.warns(policygraph.PolicygraphWarning) as caught:
        policygraph.Graph().ingest(workdir / "latin1.txt")
    cli = run_cli("-g", workdir / "cli.json", "ingest", workdir / "latin1.txt")
    messages = [str(item.message) for item in caught]
    assert any(f"policygraph: warning: {message}" in cli.stderr.splitlines() for message in messages), (messages, cli.stderr)
    assert any("UTF-8" in message and "byte" in message for message in messages)


def write_corrections(snapshot, *command):
    run_cli("-g", snapshot, "curate", *command)


def test_corrections_beside_the_snapshot_are_laid_over_it_as_the_cli_lays_them(corpus_snapshot, workdir):
    snapshot = workdir / "policygraph.json"
    snapshot.write_bytes(corpus_snapshot.read_bytes())
    write_corrections(snapshot, "rename", "regional strategic industry", "Regional Strategic Industries (RSI)",
                      "--note", "the name the ministry uses")
    graph = policygraph.load(snapshot)
    assert [item.status for item in graph.corrections] == ["applied"]
    assert graph.node("regional strategic industry").label == "Regional Strategic Industries (RSI)"
    cli_answer = run_cli("-g", snapshot, "query", "who-introduced", "regional strategic industry", "-f", "json").stdout
    assert graph.who_introduced("regional strategic industry").json == cli_answer
    # Saving keeps the graph as extracted; the corrections stay in their own file.
    graph.save(workdir / "saved.json")
    assert (workdir / "saved.json").read_bytes() == corpus_snapshot.read_bytes()
    raw = policygraph.load(snapshot, corrections=False)
    assert raw.corrections == []
    assert raw.node("regional strategic industry").label != "Regional Strategic Industries (RSI)"
    cli_raw = run_cli("-g", snapshot, "--no-corrections", "query", "who-introduced", "regional strategic industry",
                      "-f", "json").stdout
    assert raw.who_introduced("regional strategic industry").json == cli_raw
    # Ingest re-applies them to what it adds.
    graph.ingest_text(SEMINAR)
    assert graph.node("regional strategic industry").label == "Regional Strategic Industries (RSI)"


def test_a_correction_that_no_longer_applies_is_a_warning(corpus_snapshot, workdir):
    snapshot = workdir / "policygraph.json"
    snapshot.write_bytes(corpus_snapshot.read_bytes())
    write_corrections(snapshot, "remove", "regional strategic industry", "--note", "test")
    corrections = workdir / "corrections.json"
    moved = workdir / "other.json"
    corrections.rename(moved)
    empty = workdir / "empty" / "policygraph.json"
    empty.parent.mkdir()
    policygraph.Graph().save(empty)
    with pytest.warns(policygraph.PolicygraphWarning, match="no longer applies"):
        graph = policygraph.load(empty, corrections=moved)
    assert graph.corrections[0].status == "no longer applies"
    with pytest.raises(policygraph.InputError, match="no such corrections file"):
        policygraph.load(snapshot, corrections=workdir / "missing.json")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        graph = policygraph.load(snapshot, corrections=moved)
    with pytest.raises(policygraph.UnknownName):
        graph.node("regional strategic industry")
    graph.use_corrections(None)
    assert graph.node("regional strategic industry").kind == "programme"


def test_nodes_edges_and_documents_carry_their_evidence(corpus_graph):
    nodes = corpus_graph.nodes("administration")
    assert nodes and all(node.kind == "administration" for node in nodes)
    roh = corpus_graph.node("Roh Moo-hyun")
    assert roh.id == "administration/roh-moo-hyun" and roh.attributes["start"] == "2003-02-25"
    introduced = corpus_graph.edges("introduced")
    documents = {document.id for document in corpus_graph.documents()}
    for edge in introduced:
        assert edge.evidence, edge
        for evidence in edge.evidence:
            assert evidence.text and evidence.rule
            assert evidence.document in documents or evidence.document.startswith("pack:")
    with pytest.raises(policygraph.UsageError, match="unknown relation 'introduces'"):
        corpus_graph.edges("introduces")
