#!/usr/bin/env python3
"""Runs the SPARQL of docs/examples/who_introduced.rq and lineage.rq (rdflib's engine, over the
N-Triples export) for every programme and compares with `policygraph query`.

  check_sparql.py SNAPSHOT NTRIPLES BIN QUERY_FOLDER
"""
import json
import subprocess
import sys

import rdflib


def run_query(binary, snapshot, kind, name):
    done = subprocess.run([binary, "-g", snapshot, "query", kind, name, "--format", "json"], capture_output=True)
    if done.returncode == 3:
        return []
    if done.returncode != 0:
        raise RuntimeError(f"query {kind} {name}: exit {done.returncode}: {done.stderr.decode()}")
    return json.loads(done.stdout)["rows"]


def main(snapshot, ntriples, binary, folder):
    graph = rdflib.Graph().parse(ntriples, format="nt")
    who_sparql = open(f"{folder}/who_introduced.rq", encoding="utf-8").read()
    lineage_sparql = open(f"{folder}/lineage.rq", encoding="utf-8").read()
    programmes = sorted(n["id"] for n in json.load(open(snapshot, encoding="utf-8"))["nodes"] if n["kind"] == "programme")
    problems, answered, lineages = [], 0, 0
    for programme in programmes:
        literal = json.dumps(programme)
        want = [(r["administration"]["id"], r.get("year")) for r in run_query(binary, snapshot, "who-introduced", programme)]
        got = [(str(r.administration), None if r.year is None else int(str(r.year)))
               for r in graph.query(who_sparql.replace('"programme/technopark"', literal))]
        if want != got:
            problems.append(f"who-introduced {programme}: query {want}, SPARQL {got}")
        answered += bool(want)
        steps = run_query(binary, snapshot, "evolution", programme)
        want = sorted((r["programme"]["id"], f["id"], r.get("mode") or "") for r in steps for f in r["from"])
        want_members = sorted(r["programme"]["id"] for r in steps)
        rows = list(graph.query(lineage_sparql.replace('"programme/technopark"', literal)))
        got_members = sorted({str(r.member) for r in rows})
        got = sorted((str(r.member), str(r["from"]), "" if r.mode is None else str(r.mode)) for r in rows if r["from"] is not None)
        # query lists one mode per member (its sources' modes joined); compare sources and modes seen
        want_pairs = sorted({(m, f) for m, f, _ in want})
        got_pairs = sorted({(m, f) for m, f, _ in got})
        if want_members != got_members or want_pairs != got_pairs:
            problems.append(f"evolution {programme}: query {want_members} {want_pairs}, SPARQL {got_members} {got_pairs}")
        for member, source, mode in got:
            modes = next(r.get("mode") or "" for r in steps if r["programme"]["id"] == member)
            if mode and mode not in modes.split(", "):
                problems.append(f"evolution {programme}: mode {mode} of {source} → {member} not in query's '{modes}'")
        lineages += bool(steps)
    if problems:
        sys.exit("\n".join(problems[:20]))
    if answered < 10 or lineages < 5:
        sys.exit(f"too little to compare: {answered} introductions, {lineages} lineages")
    print(f"{len(programmes)} programmes: who_introduced.rq agrees for {answered}, lineage.rq for {lineages} lineages "
          f"({len(graph)} triples)")


if __name__ == "__main__":
    main(*sys.argv[1:])
