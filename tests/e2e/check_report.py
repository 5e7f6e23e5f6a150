"""Reads a report page (`export --format html`) back with Python's HTML parser and checks it against
the snapshot and `policygraph query` answers. Used by tests/e2e/test_report_page.sh.

  check_report.py corpus PAGE SNAPSHOT TIMELINE_JSON   every programme, its facts and their sentences
  check_report.py recommendations PAGE NAME ANSWER_JSON  one row's recommendations = the query's
  check_report.py hostile-fixture SNAPSHOT               writes a snapshot with hostile words
  check_report.py hostile PAGE SNAPSHOT                  they stay text
"""
import json
import sys
from html.parser import HTMLParser

COLUMNS = ["introduced_by", "year", "became", "came_from", "problems", "outcomes", "recommendations"]


class Page(HTMLParser):
    """The page as a reader's browser builds it: the programme rows with, per column, the facts
    (their text) and the evidence sentences; the page's tags, title and scripts."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.rows = []
        self.tags = []
        self.title = ""
        self.stack = []
        self.row = None
        self.column = -1
        self.capture = None
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append(tag)
        self.stack.append(tag)
        css = attrs.get("class") or ""
        if tag == "tr" and (attrs.get("id") or "").startswith("pg-p"):
            self.row = {"id": attrs["id"], "name": "", "aliases": "", "attrs": attrs,
                        "cells": [{"facts": [], "text": "", "evidence": []} for _ in COLUMNS]}
            self.rows.append(self.row)
            self.column = -1
        elif self.row is not None and tag == "td":
            self.column += 1
        if tag == "title" and "svg" not in self.stack[:-1]:
            self.capture = ["title", ""]
        elif self.row is not None and tag == "span" and css in ("pg-name", "pg-aliases", "pg-fact"):
            self.capture = [css, ""]
        elif self.row is not None and tag == "blockquote":
            self.capture = ["blockquote", ""]

    def handle_endtag(self, tag):
        while self.stack and self.stack.pop() != tag:
            pass
        if tag == "tr":
            self.row = None
        if self.capture and tag in ("title", "span", "blockquote"):
            kind, text = self.capture
            self.capture = None
            if kind == "title":
                self.title = text
            elif kind == "pg-name":
                self.row["name"] = text
            elif kind == "pg-aliases":
                self.row["aliases"] = text
            elif kind == "pg-fact":
                self.row["cells"][self.column]["facts"].append(text)
            elif kind == "blockquote":
                self.row["cells"][self.column]["evidence"].append(text)

    def handle_data(self, data):
        if self.capture:
            self.capture[1] += data
        if self.row is not None and 0 <= self.column < len(COLUMNS):
            self.row["cells"][self.column]["text"] += data


def load(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def cell(row, name):
    return row["cells"][COLUMNS.index(name)]


def fail(message):
    sys.exit("FAIL: " + message)


def corpus(page_path, snapshot_path, timeline_path):
    page = Page(load(page_path))
    snapshot = json.loads(load(snapshot_path))
    timeline = json.loads(load(timeline_path))
    nodes = {n["id"]: n for n in snapshot["nodes"]}
    programmes = [n for n in snapshot["nodes"] if n["kind"] == "programme"]
    names = sorted(r["name"] for r in page.rows)
    if names != sorted(p["label"] for p in programmes):
        fail("rows %d, programmes %d: %s" % (len(names), len(programmes), set(names) ^ {p["label"] for p in programmes}))
    if len(programmes) < 20:
        fail("only %d programmes in the corpus page" % len(programmes))
    by_label = {}
    for row in page.rows:
        by_label.setdefault(row["name"], []).append(row)
    # Each fact of the snapshot is in its column with every sentence that states it.
    relations = {"introduced": ("introduced_by", "source", "target"), "evolved_into": ("became", "target", "source"),
                 "has_problem": ("problems", "target", "source"), "resulted_in": ("outcomes", "target", "source")}
    facts = sentences = 0
    for edge in snapshot["edges"]:
        if edge["relation"] not in relations:
            continue
        column, other, subject = relations[edge["relation"]]
        if nodes[edge[subject]]["kind"] != "programme":
            continue
        rows = by_label[nodes[edge[subject]]["label"]]
        label = nodes[edge[other]]["label"]
        if not any(label in cell(r, column)["facts"] for r in rows):
            fail("%s: %s %s missing" % (nodes[edge[subject]]["label"], column, label))
        for e in edge["evidence"]:
            if e["text"] and not any(e["text"] in cell(r, column)["evidence"] for r in rows):
                fail("%s: sentence of %s %s missing: %s" % (nodes[edge[subject]]["label"], column, label, e["text"]))
            sentences += 1
        facts += 1
        if edge["relation"] == "evolved_into":  # and the other way round
            if not any(nodes[edge["source"]]["label"] in cell(r, "came_from")["facts"] for r in by_label[label]):
                fail("%s: came from %s missing" % (label, nodes[edge["source"]]["label"]))
    # `query timeline` agrees: each programme it lists, with its administration and its year or term.
    listed = 0
    for answer_row in timeline["rows"]:
        # An administration also introduces bodies (a ministry it set up): those are no programmes.
        if answer_row["relation"] != "introduced" or answer_row["item"]["kind"] != "programme":
            continue
        rows = by_label.get(answer_row["item"]["label"])
        if not rows:
            fail("query timeline lists %s; the page does not" % answer_row["item"]["label"])
        if not any(answer_row["administration"]["label"] in cell(r, "introduced_by")["facts"] for r in rows):
            fail("%s: introduced by %s missing" % (answer_row["item"]["label"], answer_row["administration"]["label"]))
        when = answer_row["when"] or ""
        if not any(when in cell(r, "year")["text"] or when in cell(r, "introduced_by")["text"] for r in rows):
            fail("%s: when '%s' missing" % (answer_row["item"]["label"], when))
        for e in answer_row["evidence"]:
            if e["text"] and not any(e["text"] in cell(r, "introduced_by")["evidence"] for r in rows):
                fail("%s: timeline evidence missing" % answer_row["item"]["label"])
        listed += 1
    if page.tags.count("svg") != 1 or page.tags.count("script") != 1:
        fail("svg %d, script %d" % (page.tags.count("svg"), page.tags.count("script")))
    print("%d programmes, %d facts with %d sentences, %d introductions of query timeline: all on the page"
          % (len(programmes), facts, sentences, listed))


def recommendations(page_path, name, answer_path):
    page = Page(load(page_path))
    answer = json.loads(load(answer_path))
    rows = [r for r in page.rows if r["name"] == name]
    if len(rows) != 1:
        fail("%d rows named %s" % (len(rows), name))
    item_column = next(c["name"] for c in answer["columns"] if c["type"] == "node" and c["name"] != "subject")
    expected = sorted(r[item_column]["label"] for r in answer["rows"])
    shown = sorted(cell(rows[0], "recommendations")["facts"])
    if shown != expected:
        fail("recommendations of %s: page %s, query %s" % (name, shown, expected))
    print("%s: the %d recommendations of query recommendations" % (name, len(shown)))


HOSTILE = "</script><script>alert(\"x\")</script> & 'q' <!-- <b>bold</b> ]]> \\N"


def hostile_fixture(path):
    def evidence(text):
        return [{"document": "evil", "sentence": 0, "begin": 0, "end": 10, "text": text, "rule": "rule." + HOSTILE,
                 "confidence": 0.9, "note": "it = " + HOSTILE}]

    snapshot = {
        "format": "policygraph", "version": 1,
        "documents": [{"id": "evil", "path": "evil.txt", "title": HOSTILE, "date": "2019", "sha256": "00"}],
        "nodes": [
            {"id": "administration/evil", "kind": "administration", "label": HOSTILE + " government",
             "aliases": [HOSTILE], "attributes": {"leader": HOSTILE, "start": "2013-02-25", "end": "2017-03-10"},
             "evidence": evidence("Said " + HOSTILE)},
            {"id": "problem/evil", "kind": "problem", "label": "problem " + HOSTILE, "aliases": [], "attributes": {},
             "evidence": evidence("Problem " + HOSTILE)},
            {"id": "programme/evil", "kind": "programme", "label": HOSTILE, "aliases": [HOSTILE + " alias"],
             "attributes": {}, "evidence": evidence("Said " + HOSTILE)},
            {"id": "programme/next", "kind": "programme", "label": "next " + HOSTILE, "aliases": [], "attributes": {},
             "evidence": evidence("Next " + HOSTILE)}],
        "edges": [
            {"source": "administration/evil", "target": "programme/evil", "relation": "introduced", "year": 2014,
             "attributes": {}, "evidence": evidence("Said " + HOSTILE)},
            {"source": "programme/evil", "target": "problem/evil", "relation": "has_problem", "attributes": {},
             "evidence": evidence("Problem " + HOSTILE)},
            {"source": "programme/evil", "target": "programme/next", "relation": "evolved_into", "year": 2016,
             "attributes": {"mode": HOSTILE}, "evidence": evidence("Next " + HOSTILE)}]}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(snapshot, f)


def hostile(page_path, snapshot_path):
    text = load(page_path)
    page = Page(text)
    if page.tags.count("script") != 1:
        fail("%d script elements" % page.tags.count("script"))
    if "b" in page.tags:
        fail("a label opened a <b>")
    if page.title != "</script><script>alert(1)</script>":
        fail("title: " + page.title)
    rows = {r["name"]: r for r in page.rows}
    if set(rows) != {HOSTILE, "next " + HOSTILE}:
        fail("names: %s" % list(rows))
    row = rows[HOSTILE]
    checks = [(HOSTILE + " alias" in row["aliases"], "alias"),
              (cell(row, "introduced_by")["facts"] == [HOSTILE + " government"], "introducer"),
              ("Said " + HOSTILE in cell(row, "introduced_by")["evidence"], "evidence"),
              ("it = " + HOSTILE in cell(row, "introduced_by")["text"], "note"),
              (cell(row, "problems")["facts"] == ["problem " + HOSTILE], "problem"),
              (HOSTILE + ", 2016" in cell(row, "became")["text"], "mode")]
    for ok, what in checks:
        if not ok:
            fail("hostile " + what + ": " + json.dumps(row, ensure_ascii=False)[:600])
    if "alert(\"x\")" in text or "<b>" in text:
        fail("a raw hostile word is in the bytes")
    print("hostile words stay text in %d places" % (len(checks) + 3))


if __name__ == "__main__":
    mode, args = sys.argv[1], sys.argv[2:]
    {"corpus": corpus, "recommendations": recommendations, "hostile-fixture": hostile_fixture, "hostile": hostile}[mode](*args)
