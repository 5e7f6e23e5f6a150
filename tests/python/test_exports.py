"""Exports, networkx and pandas from Python: every format gives the CLI's bytes, to a string or a
path; to_networkx and to_pandas hold every node, edge and piece of evidence."""
import pytest

import policygraph
from conftest import run_cli

FORMATS = [item["name"] for item in policygraph.export_formats()]


def test_the_formats_are_those_of_the_cli():
    help_text = run_cli("export", "--help").stdout
    assert {"json", "dot", "svg", "png", "pdf", "node-link", "graphml", "gexf", "ttl", "nt", "csv", "timeline"} <= set(FORMATS)
    for name in FORMATS:
        assert name in help_text


@pytest.mark.parametrize("name", [name for name in FORMATS if name not in ("csv", "pdf")])
def test_each_format_gives_the_bytes_of_the_cli(corpus_graph, corpus_snapshot, workdir, name):
    out = workdir / f"cli.{name}"
    run_cli("-g", corpus_snapshot, "export", "--format", name, "-o", out)
    data = corpus_graph.export(name)
    binary = next(item["binary"] for item in policygraph.export_formats() if item["name"] == name)
    assert isinstance(data, bytes if binary else str)
    assert (data if binary else data.encode("utf-8")) == out.read_bytes()
    assert corpus_graph.export(name, workdir / f"python.{name}") is None
    assert (workdir / f"python.{name}").read_bytes() == out.read_bytes()


def test_pdf_is_a_pdf(corpus_graph, workdir):
    data = corpus_graph.export("pdf")
    assert data.startswith(b"%PDF-")
    corpus_graph.export("pdf", workdir / "graph.pdf")
    assert (workdir / "graph.pdf").read_bytes()[:5] == b"%PDF-"


def test_a_view_is_exported_as_the_cli_exports_it(corpus_graph, corpus_snapshot, workdir):
    run_cli("-g", corpus_snapshot, "export", "--format", "node-link", "--focus", "Technopark programme",
            "--depth", "1", "--kinds", "administration,programme", "-o", workdir / "cli.json")
    data = corpus_graph.export("node-link", focus="Technopark programme", depth=1, kinds=["administration", "programme"])
    assert data.encode() == (workdir / "cli.json").read_bytes()
    run_cli("-g", corpus_snapshot, "export", "--format", "svg", "--view", "lineage", "--focus",
            "regional strategic industry", "--from", "2000", "--to", "2015", "-o", workdir / "cli.svg")
    svg = corpus_graph.export("svg", view="lineage", focus="regional strategic industry", from_year=2000, to_year=2015)
    assert svg.encode() == (workdir / "cli.svg").read_bytes()


def test_csv_to_a_folder_or_to_strings(corpus_graph, corpus_snapshot, workdir):
    run_cli("-g", corpus_snapshot, "export", "--format", "csv", "-o", workdir / "cli")
    files = corpus_graph.export("csv")
    assert sorted(files) == ["nodes.csv", "relationships.csv"]
    corpus_graph.export("csv", workdir / "python")
    for name, text in files.items():
        assert text.encode() == (workdir / "cli" / name).read_bytes()
        assert (workdir / "python" / name).read_bytes() == (workdir / "cli" / name).read_bytes()


def test_to_networkx_holds_every_node_edge_and_evidence(corpus_graph):
    networkx = pytest.importorskip("networkx")
    graph = corpus_graph.to_networkx()
    assert isinstance(graph, networkx.MultiDiGraph)
    nodes, edges = corpus_graph.nodes(), corpus_graph.edges()
    assert graph.number_of_nodes() == len(nodes)
    assert graph.number_of_edges() == len(edges)
    roh = graph.nodes["administration/roh-moo-hyun"]
    assert roh["kind"] == "administration" and roh["leader"] == "Roh Moo-hyun"
    data = graph.get_edge_data("administration/roh-moo-hyun", "programme/regional-strategic-industry", key="introduced")
    assert data["year"] == 2003
    assert any("introduced in 2003" in item["text"] for item in data["evidence"])
    # The same answer as the query: who introduced the regional strategic industry.
    introducers = {source for source, _, key in graph.in_edges("programme/regional-strategic-industry", keys=True)
                   if key == "introduced"}
    answer = corpus_graph.who_introduced("regional strategic industry")
    assert introducers == {row["administration"].id for row in answer.rows}


def test_to_pandas_gives_nodes_edges_and_evidence(corpus_graph):
    pytest.importorskip("pandas")
    frames = corpus_graph.to_pandas()
    nodes, edges = corpus_graph.nodes(), corpus_graph.edges()
    assert list(frames.nodes["id"]) == [node.id for node in nodes]
    assert len(frames.edges) == len(edges)
    assert {"leader", "start", "end"} <= set(frames.nodes.columns)
    assert str(frames.edges["year"].dtype) == "Int64"
    evidence_count = sum(len(node.evidence) for node in nodes) + sum(len(edge.evidence) for edge in edges)
    assert len(frames.evidence) == evidence_count
    assert frames.nodes["evidence"].sum() + frames.edges["evidence"].sum() == evidence_count
    introduced = frames.edges[(frames.edges.relation == "introduced") &
                              (frames.edges.target == "programme/regional-strategic-industry")]
    assert list(introduced["source"]) == ["administration/roh-moo-hyun"]
    assert int(introduced["year"].iloc[0]) == 2003
    sentences = frames.evidence[(frames.evidence.relation == "introduced") &
                                (frames.evidence.target == "programme/regional-strategic-industry")]
    assert sentences["text"].str.contains("introduced in 2003").any()
    assert set(frames.evidence["document"]) <= {d.id for d in corpus_graph.documents()} | \
        {d for d in frames.evidence["document"] if d.startswith("pack:")}


def test_exports_are_the_same_bytes_twice(corpus_graph):
    for name in ("node-link", "graphml", "ttl", "svg"):
        assert corpus_graph.export(name) == corpus_graph.export(name)
