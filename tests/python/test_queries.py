"""Queries and ask from Python: every query kind and every question form answers exactly as
`policygraph query/ask --format json` does, as plain values with their evidence."""
import json

import pytest

import policygraph
from conftest import cli_error_line, run_cli

# (Python call, the same query on the command line)
QUERIES = [
    (lambda g: g.who_introduced("regional strategic industry"), ["query", "who-introduced", "regional strategic industry"]),
    (lambda g: g.evolution("Technopark programme"), ["query", "evolution", "Technopark programme"]),
    (lambda g: g.evolution("regional strategic industry", direction="backward"),
     ["query", "evolution", "regional strategic industry", "--direction", "backward"]),
    (lambda g: g.timeline(2003, 2013), ["query", "timeline", "--from", "2003", "--to", "2013"]),
    (lambda g: g.timeline(), ["query", "timeline"]),
    (lambda g: g.programmes_of("Roh Moo-hyun"), ["query", "programmes-of", "Roh Moo-hyun"]),
    (lambda g: g.problems("Innovation Cities"), ["query", "problems", "Innovation Cities"]),
    (lambda g: g.outcomes("Technopark programme"), ["query", "outcomes", "Technopark programme"]),
    (lambda g: g.recommendations(), ["query", "recommendations"]),
    (lambda g: g.neighbours("Technopark programme", depth=2, relations=["introduced", "evolved_into"]),
     ["query", "neighbours", "Technopark programme", "--depth", "2", "--relation", "introduced,evolved_into"]),
    (lambda g: g.path("Technopark programme", "Roh Moo-hyun"), ["query", "path", "Technopark programme", "Roh Moo-hyun"]),
    (lambda g: g.search("cluster", limit=5), ["query", "search", "cluster", "--limit", "5"]),
    (lambda g: g.match("?a introduced ?p . ?p evolved_into ?q"), ["query", "match", "?a introduced ?p . ?p evolved_into ?q"]),
    (lambda g: g.continuity(), ["query", "continuity"]),
    (lambda g: g.continuity("Roh Moo-hyun", summary=True), ["query", "continuity", "Roh Moo-hyun", "--summary"]),
    (lambda g: g.query("who-introduced", "Technopark programme"), ["query", "who-introduced", "Technopark programme"]),
]


@pytest.mark.parametrize("call,command", QUERIES, ids=[" ".join(command[1:3]) for _, command in QUERIES])
def test_each_query_answers_as_the_cli_does(corpus_graph, corpus_snapshot, call, command):
    answer = call(corpus_graph)
    cli = run_cli("-g", corpus_snapshot, *command, "--format", "json").stdout
    assert answer.json == cli
    document = json.loads(cli)
    assert answer.query == document["query"] == command[1]
    assert answer.summary == document["summary"]
    assert len(answer.rows) == len(document["rows"]) > 0
    names = answer.column_names
    for row, expected in zip(answer.rows, document["rows"]):
        assert [(e.document, e.sentence, e.text) for e in row.evidence] == \
               [(e["document"], e["sentence"], e["text"]) for e in expected["evidence"]]
        for name, kind in answer.columns:
            value = row[name]
            if kind == "node" and value is not None:
                assert isinstance(value, policygraph.NodeRef)
                assert corpus_graph.node(value.id).label == value.label
            elif kind == "nodes":
                assert all(isinstance(item, policygraph.NodeRef) for item in value)
            elif kind == "number":
                assert value is None or isinstance(value, int)
            else:
                assert value is None or isinstance(value, str)
        assert set(names) == set(row.values)


def test_who_introduced_gives_the_administration_the_year_and_the_sentence(corpus_graph):
    answer = corpus_graph.who_introduced("regional strategic industry")
    row = answer.rows[0]
    assert row["administration"].id == "administration/roh-moo-hyun"
    assert row["year"] == 2003
    assert row.evidence[0].document == "news-2019-05-21-technopark-forum"
    assert "introduced in 2003" in row.evidence[0].text
    assert answer.subjects[0].id == "programme/regional-strategic-industry"
    assert answer.to_dict()["rows"][0]["evidence"][0]["sentence"] == row.evidence[0].sentence


def test_every_question_form_is_answered_as_the_cli_answers_it(corpus_graph, corpus_snapshot):
    forms = policygraph.question_forms()
    cli_forms = run_cli("ask", "--forms").stdout.splitlines()
    assert [f"{form['query']}\t{form['example']}\t{form['pattern']}" for form in forms] == cli_forms
    answered = 0
    for form in forms:
        cli = run_cli("-g", corpus_snapshot, "ask", form["example"], "--format", "json", check=False)
        if cli.returncode == 0:
            answer = corpus_graph.ask(form["example"])
            assert answer.json == cli.stdout, form["example"]
            assert answer.question == form["example"]
            answered += 1
        else:
            with pytest.raises(policygraph.PolicygraphError) as error:
                corpus_graph.ask(form["example"])
            assert error.value.exit_code == cli.returncode
            assert str(error.value) == cli_error_line(cli)
    assert answered >= len(forms) // 2


def test_query_kinds_are_those_of_the_cli():
    help_text = run_cli("query", "--help").stdout
    for kind in policygraph.query_kinds():
        assert kind in help_text
    assert len(policygraph.query_kinds()) == 12
