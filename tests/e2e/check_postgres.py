#!/usr/bin/env python3
"""Checks a graph loaded by `policygraph export --format postgres` against the snapshot and the
binary, through psycopg2 (Debian's python3-psycopg2) and pandas.read_sql as docs/postgres.md shows.

  check_postgres.py counts   SNAPSHOT DSN SCHEMA          the tables hold the snapshot, row for row
  check_postgres.py views    SNAPSHOT DSN SCHEMA BIN      who_introduced, programme_lineage and timeline
                                                          answer as `policygraph query` for every programme
  check_postgres.py digest   DSN SCHEMA [DOCUMENT]        prints a digest of the tables (or of one
                                                          document's evidence) to compare two loads
"""
import hashlib
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pandas as pd
import psycopg2


def connect(dsn, schema):
    connection = psycopg2.connect(dsn)
    with connection.cursor() as cursor:
        cursor.execute("SET search_path TO " + schema)
    return connection


def rows(connection, sql, params=()):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def evidence_key(e):
    return (e["document"], e["sentence"], e["begin"], e["end"], e["text"], e["rule"], e["confidence"], e.get("note") or None)


def check_counts(snapshot, dsn, schema):
    s = json.load(open(snapshot, encoding="utf-8"))
    db = connect(dsn, schema)
    problems = []

    def same(what, want, got):
        if want != got:
            extra, missing = sorted(set(got) - set(want))[:3], sorted(set(want) - set(got))[:3]
            problems.append(f"{what}: {len(want)} in the snapshot, {len(got)} in the database; extra {extra}, missing {missing}")

    same("documents", sorted((d["id"], d["path"], d["title"], d.get("date") or None, d["sha256"]) for d in s["documents"]),
         sorted(rows(db, "SELECT id, path, title, date, sha256 FROM documents")))
    same("nodes", sorted((n["id"], n["kind"], n["label"], json.dumps(n.get("attributes", {}), sort_keys=True)) for n in s["nodes"]),
         sorted((i, k, l, json.dumps(a, sort_keys=True)) for i, k, l, a in rows(db, "SELECT id, kind, label, attributes FROM nodes")))
    same("aliases", sorted((n["id"], a) for n in s["nodes"] for a in n.get("aliases", [])),
         sorted(rows(db, "SELECT node_id, alias FROM aliases")))
    same("edges", sorted((e["source"], e["relation"], e["target"], e.get("year"), json.dumps(e.get("attributes", {}), sort_keys=True))
                         for e in s["edges"]),
         sorted((a, r, b, y, json.dumps(t, sort_keys=True)) for a, r, b, y, t in
                rows(db, "SELECT source, relation, target, year, attributes FROM edges")))
    want = sorted([("node", n["id"]) + evidence_key(e) for n in s["nodes"] for e in n["evidence"]] +
                  [("edge", f'{x["source"]} {x["relation"]} {x["target"]}') + evidence_key(e) for x in s["edges"] for e in x["evidence"]])
    got = sorted(rows(db, """SELECT CASE WHEN node_id IS NULL THEN 'edge' ELSE 'node' END,
                                    coalesce(node_id, edge_source || ' ' || edge_relation || ' ' || edge_target),
                                    document, sentence, begin_offset, end_offset, text, rule, confidence, note FROM evidence"""))
    same("evidence", want, got)
    if problems:
        sys.exit("\n".join(problems))
    print(f"{len(s['documents'])} documents, {len(s['nodes'])} nodes, {len(s['edges'])} edges, {len(want)} evidence rows: "
          "the database holds the snapshot")


def run_query(binary, snapshot, kind, name):
    done = subprocess.run([binary, "-g", snapshot, "query", kind] + ([name] if name else []) + ["--format", "json"],
                          capture_output=True)
    if done.returncode == 3:
        return None
    if done.returncode != 0:
        raise RuntimeError(f"query {kind} {name}: exit {done.returncode}: {done.stderr.decode()}")
    return json.loads(done.stdout)


def check_views(snapshot, dsn, schema, binary):
    s = json.load(open(snapshot, encoding="utf-8"))
    programmes = sorted(n["id"] for n in s["nodes"] if n["kind"] == "programme")
    db = connect(dsn, schema)
    # pandas.read_sql on a plain DBAPI connection, as docs/postgres.md shows (pandas warns that it
    # only tests SQLAlchemy connections; psycopg2's works).
    import warnings
    warnings.simplefilter("ignore", UserWarning)
    who = pd.read_sql("SELECT * FROM who_introduced ORDER BY programme_id, rank", db)
    lineage = pd.read_sql("SELECT * FROM programme_lineage ORDER BY programme_id, step", db)
    problems = []
    counts = {"who-introduced": 0, "evolution": 0, "no answer": 0}

    def compare(programme):
        out = []
        answer = run_query(binary, snapshot, "who-introduced", programme)
        want = [] if answer is None else [(r["administration"]["id"], r.get("leader") or None, r.get("term") or None,
                                           r.get("year"), r.get("when") or "") for r in answer["rows"]]
        mine = who[who.programme_id == programme]
        got = [(r.administration_id, r.leader, r.term, None if pd.isna(r.year) else int(r.year), r.when)
               for r in mine.itertuples()]
        if want != got:
            out.append(f"who-introduced {programme}: query {want}, view {got}")
        answer = run_query(binary, snapshot, "evolution", programme)
        want = [] if answer is None else [(r["step"], r["programme"]["id"], [a["id"] for a in r["introduced_by"]],
                                           r.get("when") or "", [f["id"] for f in r["from"]], r.get("mode") or "")
                                          for r in answer["rows"]]
        mine = lineage[lineage.programme_id == programme]
        got = [(int(r["step"]), r["member_id"], list(r["introduced_by"]), r["when"], list(r["from"]), r["mode"])
               for r in mine.to_dict("records")]
        if want != got:
            out.append(f"evolution {programme}:\n  query {want}\n  view  {got}")
        return out, bool(want)

    with ThreadPoolExecutor(max_workers=2) as pool:
        for programme, (found, lineage_found) in zip(programmes, pool.map(compare, programmes)):
            problems += found
            counts["evolution"] += lineage_found
            counts["who-introduced"] += bool(len(who[who.programme_id == programme]))
            counts["no answer"] += not len(who[who.programme_id == programme]) and not lineage_found

    timeline = run_query(binary, snapshot, "timeline", "")
    want = [(r["administration"]["id"], r.get("relation") or None, (r.get("item") or {}).get("id"), r.get("year"),
             r.get("when") or "") for r in timeline["rows"]]
    got = [(a, rel, item, None if y is None else int(y), w or "") for a, rel, item, y, w in
           rows(db, 'SELECT administration_id, relation, item_id, year, "when" FROM timeline ORDER BY position')]
    if want != got:
        problems.append(f"timeline: query {want[:5]}…, view {got[:5]}…")
    if problems:
        sys.exit("\n".join(problems))
    if counts["who-introduced"] < 10 or counts["evolution"] < 5:
        sys.exit(f"too little to compare: {counts}")
    print(f"{len(programmes)} programmes: who_introduced agrees for {counts['who-introduced']} with answers, "
          f"programme_lineage for {counts['evolution']} in lineages, {counts['no answer']} with neither; "
          f"timeline agrees on {len(want)} rows")


def digest(dsn, schema, document=None):
    db = connect(dsn, schema)
    if document:
        data = rows(db, """SELECT node_id, edge_source, edge_relation, edge_target, sentence, begin_offset, end_offset, rule,
                                  confidence, note, text FROM evidence WHERE document = %s ORDER BY 1, 2, 3, 4, 5, 6, 7, 8""",
                    (document,))
    else:
        data = [rows(db, f"SELECT * FROM {table} ORDER BY {order}") for table, order in
                [("documents", "id"), ("nodes", "id"), ("aliases", "1, 2"), ("edges", "1, 2, 3"),
                 ("evidence", "1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11")]]
    print(f"{len(data)} {hashlib.sha256(repr(data).encode()).hexdigest()}")


if __name__ == "__main__":
    command, args = sys.argv[1], sys.argv[2:]
    {"counts": check_counts, "views": check_views, "digest": digest}[command](*args)
