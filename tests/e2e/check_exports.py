"""Checks policygraph's exports with the tools that read them, against the snapshot they came from.

Usage: check_exports.py CHECK SNAPSHOT FILE...   (node-link, graphml, gexf, rdf TTL NT, csv DIR,
                                                  timeline, query BINARY GRAPH)
       check_exports.py fixture OUT.json        (writes a small graph with hostile labels)

Each check loads a file with the reader named in docs/notebooks.md (networkx, rdflib, pandas,
xml.etree), compares counts, labels, attributes and evidence with the snapshot, and answers "which
administration introduced X" for every programme. It prints one line per check and exits 1 on the
first failure. Only the node-link and gexf checks import nothing but networkx, so that they also run
under an interpreter that has a newer networkx and nothing else.
"""

import inspect
import json
import re
import sys
import xml.etree.ElementTree as ET


def fail(message):
    print("FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def expect(condition, message):
    if not condition:
        fail(message)


def load_snapshot(path):
    with open(path, encoding="utf-8") as f:
        snapshot = json.load(f)
    expect(snapshot.get("format") == "policygraph", path + ": not a snapshot")
    return snapshot


def who_introduced(snapshot):
    """{programme id: sorted administration ids} from the snapshot, the answer every format must give."""
    answer = {}
    for edge in snapshot["edges"]:
        if edge["relation"] == "introduced":
            answer.setdefault(edge["target"], set()).add(edge["source"])
    return {k: sorted(v) for k, v in answer.items()}


def edge_key(edge):
    return (edge["source"], edge["relation"], edge["target"])


def xml_text(text):
    """The text as XML 1.0 can carry it: the characters it forbids become U+FFFD, as the writer does."""
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]", "\ufffd", text)


def flat_name(key, reserved):
    return "attribute_" + key if key in reserved else key


# ----------------------------------------------------------------------------------------- node-link

NODE_FIELDS = {"id", "kind", "label", "aliases", "first_year", "last_year", "evidence"}
LINK_FIELDS = {"source", "target", "key", "relation", "year", "confidence", "evidence"}


def check_node_link(snapshot, path):
    import networkx as nx
    from networkx.readwrite import json_graph

    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    expect("links" in data, "node-link: no 'links' key")
    parameters = inspect.signature(json_graph.node_link_graph).parameters
    if "edges" in parameters:  # networkx >= 3.4 defaults to "edges": name the key we write
        graph = json_graph.node_link_graph(data, edges="links")
    else:  # networkx 2.x reads "links" by default
        graph = json_graph.node_link_graph(data)
    expect(graph.is_directed() and graph.is_multigraph(), "node-link: not a directed multigraph")
    expect(graph.number_of_nodes() == len(snapshot["nodes"]),
           f"node-link: {graph.number_of_nodes()} nodes, snapshot has {len(snapshot['nodes'])}")
    expect(graph.number_of_edges() == len(snapshot["edges"]),
           f"node-link: {graph.number_of_edges()} edges, snapshot has {len(snapshot['edges'])}")
    expect(len(snapshot["edges"]) == 0 or graph.number_of_edges() > 0, "node-link: loaded with zero edges")
    for node in snapshot["nodes"]:
        data = graph.nodes[node["id"]]
        expect(data["label"] == node["label"], f"node-link: label of {node['id']}: {data['label']!r}")
        expect(data["kind"] == node["kind"], f"node-link: kind of {node['id']}")
        expect(data["aliases"] == node.get("aliases", []), f"node-link: aliases of {node['id']}")
        for key, value in node.get("attributes", {}).items():
            expect(data[flat_name(key, NODE_FIELDS)] == value, f"node-link: attribute {key} of {node['id']}")
        expect([e["text"] for e in data["evidence"]] == [e["text"] for e in node.get("evidence", [])],
               f"node-link: evidence of {node['id']}")
    for edge in snapshot["edges"]:
        expect(graph.has_edge(edge["source"], edge["target"], key=edge["relation"]),
               f"node-link: no edge {edge_key(edge)}")
        data = graph.edges[edge["source"], edge["target"], edge["relation"]]
        expect(data["relation"] == edge["relation"], f"node-link: relation of {edge_key(edge)}")
        expect(data.get("year") == edge.get("year"), f"node-link: year of {edge_key(edge)}")
        for key, value in edge.get("attributes", {}).items():
            expect(data[flat_name(key, LINK_FIELDS)] == value, f"node-link: attribute {key} of {edge_key(edge)}")
        evidence = edge.get("evidence", [])
        expect([(e["document"], e["text"]) for e in data["evidence"]] == [(e["document"], e["text"]) for e in evidence],
               f"node-link: evidence of {edge_key(edge)}")
    answer = {}
    for source, target, key in graph.edges(keys=True):
        if key == "introduced":
            answer.setdefault(target, []).append(source)
    expect({k: sorted(v) for k, v in answer.items()} == who_introduced(snapshot), "node-link: who-introduced differs")
    print(f"node-link: networkx {nx.__version__} loads {graph.number_of_nodes()} nodes, "
          f"{graph.number_of_edges()} edges; who-introduced agrees")


# ------------------------------------------------------------------------------------------- graphml

GRAPHML_NODE_FIELDS = {"label", "kind", "aliases", "first_year", "last_year", "confidence", "documents",
                       "evidence_text", "evidence"}
GRAPHML_EDGE_FIELDS = {"relation", "year", "confidence", "documents", "evidence_text", "evidence"}


def check_graphml(snapshot, path):
    import networkx as nx

    graph = nx.read_graphml(path)
    expect(graph.is_directed(), "graphml: not directed")
    expect(graph.number_of_nodes() == len(snapshot["nodes"]), "graphml: node count")
    expect(graph.number_of_edges() == len(snapshot["edges"]), "graphml: edge count")
    for node in snapshot["nodes"]:
        data = graph.nodes[node["id"]]
        expect(data["label"] == xml_text(node["label"]), f"graphml: label of {node['id']}: {data['label']!r}")
        expect(data["kind"] == node["kind"], f"graphml: kind of {node['id']}")
        expect(data.get("aliases", "") == xml_text(" | ".join(node.get("aliases", []))),
               f"graphml: aliases of {node['id']}")
        for key, value in node.get("attributes", {}).items():
            expect(data[flat_name(key, GRAPHML_NODE_FIELDS)] == xml_text(value), f"graphml: attribute {key} of {node['id']}")
        if node.get("evidence"):
            expect(isinstance(data["confidence"], float), "graphml: confidence is not a double")
            expect(json.loads(data["evidence"]) == node["evidence"], f"graphml: evidence of {node['id']}")
    # Parallel edges make networkx read a multigraph; either way, look the edge up by relation.
    edges = {}
    for source, target, data in graph.edges(data=True):
        edges[(source, data["relation"], target)] = data
    for edge in snapshot["edges"]:
        data = edges.get(edge_key(edge))
        expect(data is not None, f"graphml: no edge {edge_key(edge)}")
        if "year" in edge:
            expect(type(data["year"]) is int and data["year"] == edge["year"], f"graphml: year of {edge_key(edge)}")
        else:
            expect("year" not in data, f"graphml: invented year on {edge_key(edge)}")
        for key, value in edge.get("attributes", {}).items():
            expect(data[flat_name(key, GRAPHML_EDGE_FIELDS)] == xml_text(value), f"graphml: attribute {key}")
        if edge.get("evidence"):
            expect(isinstance(data["confidence"], float), "graphml: confidence is not a double")
            expect(data["confidence"] == max(e["confidence"] for e in edge["evidence"]), "graphml: confidence value")
            texts = [e["text"] for e in edge["evidence"] if e["text"]]
            expect(data.get("evidence_text", "") == xml_text("\n".join(texts)), f"graphml: evidence text of {edge_key(edge)}")
            expect(json.loads(data["evidence"]) == edge["evidence"], f"graphml: evidence of {edge_key(edge)}")
    answer = {}
    for (source, relation, target) in edges:
        if relation == "introduced":
            answer.setdefault(target, []).append(source)
    expect({k: sorted(v) for k, v in answer.items()} == who_introduced(snapshot), "graphml: who-introduced differs")
    print(f"graphml: networkx {nx.__version__} read_graphml: {graph.number_of_nodes()} nodes, "
          f"{graph.number_of_edges()} edges, year int, confidence double")


# ---------------------------------------------------------------------------------------------- gexf

GEXF = "{http://gexf.net/1.3}"


def first_day(date):
    parts = date.split("-")
    return "-".join([parts[0], parts[1] if len(parts) > 1 else "01", parts[2] if len(parts) > 2 else "01"])


def check_gexf(snapshot, path):
    root = ET.parse(path).getroot()
    expect(root.tag == GEXF + "gexf" and root.get("version") == "1.3", "gexf: not GEXF 1.3")
    graph = root.find(GEXF + "graph")
    expect(graph.get("mode") == "dynamic" and graph.get("timeformat") == "date", "gexf: not a dynamic graph with dates")
    expect(graph.get("defaultedgetype") == "directed", "gexf: not directed")
    declared = {}
    for attributes in graph.findall(GEXF + "attributes"):
        expect(attributes.get("class") in ("node", "edge"), "gexf: attributes class")
        for a in attributes.findall(GEXF + "attribute"):
            expect(a.get("type") in ("string", "integer", "double"), "gexf: attribute type " + str(a.get("type")))
            declared[(attributes.get("class"), a.get("id"))] = (a.get("title"), a.get("type"))
    types = {title: t for (cls, _), (title, t) in declared.items()}
    expect(types.get("year") == "integer" and types.get("confidence") == "double", "gexf: year/confidence types")

    def values(element, cls):
        out = {}
        for v in element.find(GEXF + "attvalues").findall(GEXF + "attvalue"):
            expect((cls, v.get("for")) in declared, f"gexf: attvalue for undeclared {v.get('for')}")
            out[declared[(cls, v.get("for"))][0]] = v.get("value")
        return out

    nodes = {n.get("id"): n for n in graph.find(GEXF + "nodes").findall(GEXF + "node")}
    expect(len(nodes) == len(snapshot["nodes"]), "gexf: node count")
    by_id = {n["id"]: n for n in snapshot["nodes"]}
    introduced = {}
    for edge in snapshot["edges"]:
        if edge["relation"] == "introduced":
            introduced.setdefault(edge["target"], []).append(edge)
    for node in snapshot["nodes"]:
        element = nodes.get(node["id"])
        expect(element is not None, f"gexf: no node {node['id']}")
        expect(element.get("label") == xml_text(node["label"]), f"gexf: label of {node['id']}: {element.get('label')!r}")
        expect(values(element, "node")["kind"] == node["kind"], f"gexf: kind of {node['id']}")
        attributes = node.get("attributes", {})
        if node["kind"] == "administration" and "start" in attributes:
            expect(element.get("start") == first_day(attributes["start"]), f"gexf: term start of {node['id']}")
            if "end" in attributes:
                expect(element.get("end", "").startswith(attributes["end"][:4]), f"gexf: term end of {node['id']}")
        if node["kind"] == "programme" and node["id"] in introduced:
            edges = sorted(introduced[node["id"]], key=lambda e: (("year" not in e), e.get("year", 0)))
            if "year" in edges[0]:
                expect(element.get("start") == f"{edges[0]['year']:04d}-01-01", f"gexf: start of {node['id']}")
            else:
                term = by_id[edges[0]["source"]].get("attributes", {}).get("start")
                if term:
                    expect(element.get("start") == first_day(term), f"gexf: start of {node['id']} from the term")
    edges = graph.find(GEXF + "edges").findall(GEXF + "edge")
    expect(len(edges) == len(snapshot["edges"]), "gexf: edge count")
    seen = {}
    for element in edges:
        expect(element.get("source") in nodes and element.get("target") in nodes, "gexf: dangling edge")
        expect(element.get("kind") == element.get("label"), "gexf: edge kind")
        seen[(element.get("source"), element.get("kind"), element.get("target"))] = element
    for edge in snapshot["edges"]:
        element = seen.get(edge_key(edge))
        expect(element is not None, f"gexf: no edge {edge_key(edge)}")
        if "year" in edge:
            expect(element.get("start") == f"{edge['year']:04d}-01-01", f"gexf: start of {edge_key(edge)}")
            expect(int(values(element, "edge")["year"]) == edge["year"], f"gexf: year of {edge_key(edge)}")
        texts = [e["text"] for e in edge.get("evidence", []) if e["text"]]
        if texts:
            expect(values(element, "edge")["evidence_text"] == xml_text("\n".join(texts)), f"gexf: evidence of {edge_key(edge)}")
    message = f"gexf: GEXF 1.3 dynamic, {len(nodes)} nodes, {len(edges)} edges, start/end from terms and years"
    try:  # networkx reads GEXF 1.3 from 2.6 on; Debian's 2.8 knows only 1.1draft and 1.2draft
        import networkx as nx
        from networkx.readwrite import gexf
        if "1.3" in gexf.GEXF.versions:
            g = nx.read_gexf(path, version="1.3")
            expect(g.number_of_nodes() == len(nodes) and g.number_of_edges() == len(edges), "gexf: networkx counts")
            message += f"; networkx {nx.__version__} read_gexf agrees"
    except ImportError:
        pass
    print(message)


# ----------------------------------------------------------------------------------------------- rdf

PG = "urn:policygraph:vocab:"


def node_iri(node_id):
    from urllib.parse import quote
    return "urn:policygraph:node:" + quote(node_id, safe="/-._~")


def same_triples(a, b):
    """True when two graphs hold the same triples. The exports' blank nodes (quotations) hang off one
    subject each and point to no other blank node, so naming each by its own properties is exact
    enough, and much faster than rdflib.compare.isomorphic on thousands of triples."""
    import rdflib
    from collections import Counter

    def canonical(graph):
        names = {}
        for node in set(graph.subjects()) | set(graph.objects()):
            if isinstance(node, rdflib.BNode):
                names[node] = tuple(sorted((str(p), o.n3()) for p, o in graph.predicate_objects(node)))
        return Counter((names.get(s, s), p, names.get(o, o)) for s, p, o in graph)

    return len(a) == len(b) and canonical(a) == canonical(b)


def check_rdf(snapshot, ttl_path, nt_path):
    import rdflib
    from rdflib.namespace import RDF, RDFS, XSD

    ttl = rdflib.Graph()
    ttl.parse(ttl_path, format="turtle")
    nt = rdflib.Graph()
    nt.parse(nt_path, format="nt")
    expect(len(ttl) == len(nt) and len(ttl) > 0, f"rdf: {len(ttl)} triples in Turtle, {len(nt)} in N-Triples")
    expect(same_triples(ttl, nt), "rdf: Turtle and N-Triples hold different graphs")
    prov = rdflib.Namespace("http://www.w3.org/ns/prov#")
    pg = rdflib.Namespace(PG)
    for node in snapshot["nodes"]:
        subject = rdflib.URIRef(node_iri(node["id"]))
        labels = list(ttl.objects(subject, RDFS.label))
        expect(labels == [rdflib.Literal(node["label"])], f"rdf: label of {node['id']}: {labels!r}")
        for key in ("start", "end"):
            value = node.get("attributes", {}).get(key)
            if value and len(value) == 10:
                expect(rdflib.Literal(value, datatype=XSD.date) in list(ttl.objects(subject, pg[key])),
                       f"rdf: {key} of {node['id']} as xsd:date")
    # Which administration introduced X, by SPARQL, for every programme, with the years as xsd:gYear.
    query = """
        PREFIX pg: <urn:policygraph:vocab:>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?programme ?administration ?year WHERE {
          ?administration pg:introduced ?programme .
          OPTIONAL { ?statement rdf:subject ?administration ; rdf:predicate pg:introduced ;
                                rdf:object ?programme ; pg:year ?year . }
        }"""
    answer, years = {}, {}
    for row in ttl.query(query):
        programme = row.programme.replace("urn:policygraph:node:", "")
        administration = row.administration.replace("urn:policygraph:node:", "")
        answer.setdefault(programme, []).append(administration)
        if row.year is not None:
            expect(row.year.datatype == XSD.gYear, "rdf: year is not an xsd:gYear")
            years[(administration, programme)] = int(str(row.year))
    from urllib.parse import unquote
    answer = {unquote(k): sorted(unquote(a) for a in v) for k, v in answer.items()}
    expect(answer == who_introduced(snapshot), f"rdf: who-introduced differs: {answer}")
    for edge in snapshot["edges"]:
        if edge["relation"] == "introduced" and "year" in edge:
            expect(years.get((edge["source"], edge["target"])) == edge["year"], f"rdf: year of {edge_key(edge)}")
    # Evidence: each edge's statement derives from its documents and quotes its sentences.
    evidence_query = """
        PREFIX pg: <urn:policygraph:vocab:>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        SELECT ?s ?p ?o ?text WHERE {
          ?statement rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                     prov:wasDerivedFrom ?document ; pg:evidence ?quote .
          ?quote prov:wasQuotedFrom ?document ; prov:value ?text .
        }"""
    quoted = {}
    for row in ttl.query(evidence_query):
        key = (unquote(row.s.replace("urn:policygraph:node:", "")), row.p.replace(PG, ""),
               unquote(row.o.replace("urn:policygraph:node:", "")))
        quoted.setdefault(key, set()).add(str(row.text))
    for edge in snapshot["edges"]:
        texts = {e["text"] for e in edge.get("evidence", []) if e["text"]}
        expect(quoted.get(edge_key(edge), set()) == texts, f"rdf: evidence of {edge_key(edge)}: {quoted.get(edge_key(edge))!r}")
    statements = len(list(ttl.subjects(RDF.type, RDF.Statement)))
    expect(statements == len(snapshot["edges"]), "rdf: one rdf:Statement per edge")
    expect(len(list(ttl.triples((None, prov.wasDerivedFrom, None)))) > 0 or not snapshot["edges"], "rdf: no PROV")
    print(f"rdf: rdflib {rdflib.__version__} parses Turtle and N-Triples ({len(ttl)} triples, the same in both); "
          f"SPARQL who-introduced agrees for {len(answer)} programmes")


# ----------------------------------------------------------------------------------------------- csv

# Neo4j's import header: "name:type", ":ID"-style keys, and the property types it documents.
NEO4J_KEYS = {"ID", "LABEL", "START_ID", "END_ID", "TYPE"}
NEO4J_TYPES = {"int", "long", "float", "double", "boolean", "byte", "short", "char", "string", "point", "date",
               "localtime", "time", "localdatetime", "datetime", "duration"}


def check_neo4j_header(columns, required, what):
    for column in columns:
        name, _, kind = column.rpartition(":") if ":" in column else (column, "", "")
        if kind in NEO4J_KEYS:
            continue
        if kind:
            base = kind[:-2] if kind.endswith("[]") else kind
            expect(base in NEO4J_TYPES, f"csv: {what}: unknown Neo4j type in header {column!r}")
            expect(name, f"csv: {what}: typed column without a name: {column!r}")
    for column in required:
        expect(column in columns, f"csv: {what}: no {column} column")


def check_csv(snapshot, folder):
    import pandas as pd

    # keep_default_na=False: a label such as "NA" stays a string; empty int cells stay empty.
    nodes = pd.read_csv(folder + "/nodes.csv", dtype=str, keep_default_na=False)
    relationships = pd.read_csv(folder + "/relationships.csv", dtype=str, keep_default_na=False)
    check_neo4j_header(list(nodes.columns), ["id:ID", ":LABEL", "label", "first_year:int"], "nodes.csv")
    check_neo4j_header(list(relationships.columns), [":START_ID", ":END_ID", ":TYPE", "year:int", "confidence:float",
                                                     "documents:string[]", "evidence_text"], "relationships.csv")
    expect(len(nodes) == len(snapshot["nodes"]), f"csv: {len(nodes)} node rows, snapshot has {len(snapshot['nodes'])}")
    expect(len(relationships) == len(snapshot["edges"]), f"csv: {len(relationships)} relationship rows")
    expect(nodes["id:ID"].is_unique, "csv: node ids are not unique")
    ids = set(nodes["id:ID"])
    expect(set(relationships[":START_ID"]) <= ids and set(relationships[":END_ID"]) <= ids, "csv: dangling ids")
    by_id = {n["id"]: n for n in snapshot["nodes"]}
    for _, row in nodes.iterrows():
        node = by_id[row["id:ID"]]
        expect(row["label"] == node["label"], f"csv: label of {node['id']}: {row['label']!r}")
        expect(row[":LABEL"] == node["kind"].capitalize(), f"csv: :LABEL of {node['id']}")
        aliases = row["aliases:string[]"].split(";") if row["aliases:string[]"] else []
        expect(len(aliases) == len(node.get("aliases", [])), f"csv: alias count of {node['id']}")
    edges = {edge_key(e): e for e in snapshot["edges"]}
    answer = {}
    for _, row in relationships.iterrows():
        key = (row[":START_ID"], row["relation"], row[":END_ID"])
        edge = edges.get(key)
        expect(edge is not None, f"csv: unknown relationship {key}")
        expect(row[":TYPE"] == edge["relation"].upper(), "csv: :TYPE")
        expect(row["year:int"] == (str(edge["year"]) if "year" in edge else ""), f"csv: year of {key}")
        if edge.get("evidence"):
            expect(float(row["confidence:float"]) == max(e["confidence"] for e in edge["evidence"]), "csv: confidence")
            texts = [e["text"] for e in edge["evidence"] if e["text"]]
            expect(row["evidence_text"] == "\n".join(texts), f"csv: evidence text of {key}")
            expect(json.loads(row["evidence"]) == edge["evidence"], f"csv: evidence of {key}")
        if edge["relation"] == "introduced":
            answer.setdefault(edge["target"], []).append(edge["source"])
    expect({k: sorted(v) for k, v in answer.items()} == who_introduced(snapshot), "csv: who-introduced differs")
    # Typed columns parse as their types.
    expect(all(v == "" or re.fullmatch(r"-?\d+", v) for v in relationships["year:int"]), "csv: year:int")
    expect(all(v == "" or float(v) >= 0 for v in relationships["confidence:float"]), "csv: confidence:float")
    print(f"csv: pandas {pd.__version__} reads {len(nodes)} nodes and {len(relationships)} relationships; "
          "Neo4j headers well formed")


# ------------------------------------------------------------------------------------------ timeline

# Field names as Knight Lab documents them (timeline.knightlab.com/docs/json-format.html).
TL_TOP = {"title", "events", "eras", "scale"}
TL_SLIDE = {"start_date", "end_date", "text", "media", "group", "display_date", "background", "autolink", "unique_id"}
TL_DATE = {"year", "month", "day", "hour", "minute", "second", "millisecond", "display_date", "format"}
TL_TEXT = {"headline", "text"}
VIS_ITEM = {"id", "content", "start", "end", "type", "group", "title", "className", "style", "subgroup", "editable"}
VIS_GROUP = {"id", "content", "title", "className", "style", "order", "visible", "nestedGroups"}


def check_tl_date(date, what):
    expect(set(date) <= TL_DATE, f"timeline: {what}: unknown date fields {set(date) - TL_DATE}")
    expect(isinstance(date.get("year"), int), f"timeline: {what}: year is not an integer")
    expect(1 <= date.get("month", 1) <= 12 and 1 <= date.get("day", 1) <= 31, f"timeline: {what}: month/day")


def check_timeline(snapshot, path):
    import html

    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    expect(set(data) == TL_TOP | {"vis"}, f"timeline: top-level fields {sorted(data)}")
    expect(set(data["title"]) <= TL_SLIDE and set(data["title"]["text"]) <= TL_TEXT, "timeline: title slide")
    expect(data["scale"] in ("human", "cosmological"), "timeline: scale")
    administrations = [n for n in snapshot["nodes"] if n["kind"] == "administration"
                       and "start" in n.get("attributes", {})]
    expect(len(data["eras"]) == len(administrations), "timeline: one era per administration with a term")
    era_names = set()
    for era in data["eras"]:
        expect(set(era) == {"start_date", "end_date", "text"}, "timeline: era fields")
        check_tl_date(era["start_date"], "era start")
        check_tl_date(era["end_date"], "era end")
        expect(set(era["text"]) <= TL_TEXT, "timeline: era text")
        era_names.add(html.unescape(era["text"]["headline"]))
    expect(era_names == {a["label"] for a in administrations}, "timeline: era headlines are the administrations")
    by_id = {n["id"]: n for n in snapshot["nodes"]}
    events = {}
    for event in data["events"]:
        expect(set(event) <= TL_SLIDE, f"timeline: unknown slide fields {set(event) - TL_SLIDE}")
        check_tl_date(event["start_date"], "event")
        expect(set(event["text"]) <= TL_TEXT, "timeline: event text")
        node = by_id[event["unique_id"]]
        expect(html.unescape(event["text"]["headline"]) == node["label"], f"timeline: headline of {node['id']}")
        events[node["id"]] = event
    years = {}
    for edge in snapshot["edges"]:
        if edge["relation"] == "introduced" and "year" in edge:
            years[edge["target"]] = min(years.get(edge["target"], 9999), edge["year"])
    for programme, administrations_of in who_introduced(snapshot).items():
        if programme not in events:
            continue
        event = events[programme]
        if programme in years:
            expect(event["start_date"]["year"] == years[programme], f"timeline: year of {programme}")
        text = html.unescape(event["text"]["text"])
        for administration in administrations_of:
            expect("Introduced by " + by_id[administration]["label"] in text, f"timeline: who introduced {programme}")
    for edge in snapshot["edges"]:  # lineage in the text, both ways
        if edge["relation"] == "evolved_into" and edge["source"] in events:
            text = html.unescape(events[edge["source"]]["text"]["text"])
            expect("Evolved into " + by_id[edge["target"]]["label"] in text, f"timeline: lineage of {edge['source']}")
    vis = data["vis"]
    expect(set(vis) == {"items", "groups"}, "timeline: vis fields")
    groups = set()
    for group in vis["groups"]:
        expect(set(group) <= VIS_GROUP, "timeline: vis group fields")
        groups.add(group["id"])
    backgrounds = 0
    for item in vis["items"]:
        expect(set(item) <= VIS_ITEM, f"timeline: vis item fields {set(item) - VIS_ITEM}")
        expect(item["type"] in ("box", "point", "range", "background"), "timeline: vis item type")
        expect(re.fullmatch(r"\d{4}-\d{2}-\d{2}", item["start"]), "timeline: vis start date")
        if item["type"] == "background":
            backgrounds += 1
            expect(re.fullmatch(r"\d{4}-\d{2}-\d{2}", item["end"]), "timeline: vis end date")
        else:
            expect(item["group"] in groups, "timeline: vis item in an unknown group")
    expect(backgrounds == len(administrations), "timeline: one background range per term")
    print(f"timeline: {len(data['eras'])} eras, {len(events)} events, {len(vis['items'])} vis items; "
          "TimelineJS and vis-timeline field names as documented")


# ------------------------------------------------------------------------------------------- query

def check_query(snapshot, binary, graph_path):
    """`policygraph query who-introduced` gives, for every programme, the answer the exports give."""
    import subprocess

    kinds = {n["id"]: n["kind"] for n in snapshot["nodes"]}
    expected = {p: a for p, a in who_introduced(snapshot).items() if kinds[p] == "programme"}
    years = {}
    for edge in snapshot["edges"]:
        if edge["relation"] == "introduced" and "year" in edge:
            years[(edge["source"], edge["target"])] = edge["year"]
    for programme, administrations in sorted(expected.items()):
        run = subprocess.run([binary, "-g", graph_path, "query", "-f", "json", "who-introduced", programme],
                             capture_output=True, text=True)
        if run.returncode != 0 and "not available" in run.stderr:
            print("query: who-introduced is not in this build; skipped")
            return
        expect(run.returncode == 0, f"query who-introduced {programme}: exit {run.returncode}: {run.stderr}")
        rows = json.loads(run.stdout)["rows"]
        found = sorted(row["administration"]["id"] for row in rows)
        expect(found == administrations, f"query who-introduced {programme}: {found}, exports say {administrations}")
        for row in rows:
            expect(row.get("year") == years.get((row["administration"]["id"], programme)),
                   f"query who-introduced {programme}: year {row.get('year')}")
    print(f"query: who-introduced agrees with the exports for {len(expected)} programmes")


# ------------------------------------------------------------------------------------------- fixture

def fixture(path):
    """A graph in the snapshot format with realistic content and labels that break naive writers."""
    hostile = 'Say "no" \\ <b>R&D</b>\n\'참여정부\'\x01 end, ; | tab\there'

    def ev(doc, sentence, text, confidence=0.9, rule="rule.test"):
        return {"document": doc, "sentence": sentence, "begin": sentence * 100, "end": sentence * 100 + 90,
                "text": text, "rule": rule, "confidence": confidence}

    pack = {"document": "pack:korea", "sentence": -1, "begin": 0, "end": 0, "text": "", "rule": "pack",
            "confidence": 1}
    s1 = ev("krihs-2019", 3, "The People's Government launched a pilot project for an innovation cluster in 1999.")
    s2 = ev("krihs-2019", 5, "It was expanded into the regional strategic industry by the Participation Government "
                            "in 2004.", 0.8)
    s3 = ev("stepi-2018", 7, 'The Lee Myung-bak administration converted it to R&D-oriented regional industry; '
                            '"results" were <weak>.', 0.85)
    s4 = ev("stepi-2018", 9, "Line one\nline two, with \"quotes\"; and a tab\there.", 0.7)
    snapshot = {
        "format": "policygraph", "version": 1,
        "documents": [
            {"id": "krihs-2019", "path": "corpus/krihs-2019.txt", "title": 'Regional <systems> & "clusters"',
             "date": "2019-04-02", "sha256": "ab"},
            {"id": "stepi-2018", "path": "corpus/stepi-2018.txt", "title": "STEPI seminar", "date": "2018",
             "sha256": "cd"}],
        "nodes": [
            {"id": "administration/kim-dae-jung", "kind": "administration", "label": "People's Government",
             "aliases": ["국민의 정부"], "attributes": {"end": "2003-02-24", "leader": "Kim Dae-jung",
                                                    "start": "1998-02-25"}, "evidence": [pack]},
            {"id": "administration/lee-myung-bak", "kind": "administration", "label": "Lee Myung-bak administration",
             "aliases": ["이명박 정부"], "attributes": {"leader": "Lee Myung-bak", "start": "2008-02-25"},
             "evidence": [pack]},
            {"id": "administration/roh-moo-hyun", "kind": "administration", "label": "Participation Government",
             "aliases": ["Participatory Government", "참여정부"],
             "attributes": {"end": "2008-02-24", "leader": "Roh Moo-hyun", "start": "2003-02-25"},
             "evidence": [pack]},
            {"id": "event/stepi-seminar", "kind": "event", "label": "STEPI seminar", "aliases": [],
             "attributes": {"date": "2018-04"}, "evidence": [s3]},
            {"id": "problem/weak-linkage", "kind": "problem", "label": "weak linkage between R&D and firms",
             "aliases": [], "attributes": {}, "evidence": [s4]},
            {"id": "programme/hostile", "kind": "programme", "label": hostile, "aliases": ["a;b", "x,y"],
             "attributes": {"label": "an attribute named label"}, "evidence": [s3]},
            {"id": "programme/pilot-project-for-an-innovation-cluster", "kind": "programme",
             "label": "pilot project for an innovation cluster", "aliases": [], "attributes": {}, "evidence": [s1]},
            {"id": "programme/r-d-oriented-regional-industry", "kind": "programme",
             "label": "R&D-oriented regional industry", "aliases": [], "attributes": {}, "evidence": [s3]},
            {"id": "programme/regional-strategic-industry", "kind": "programme", "label": "regional strategic industry",
             "aliases": ["지역전략산업"], "attributes": {}, "evidence": [s2]}],
        "edges": [
            {"source": "administration/kim-dae-jung", "target": "administration/roh-moo-hyun",
             "relation": "succeeded_by", "attributes": {}, "evidence": [pack]},
            {"source": "administration/kim-dae-jung", "target": "programme/pilot-project-for-an-innovation-cluster",
             "relation": "introduced", "year": 1999, "attributes": {}, "evidence": [s1]},
            {"source": "administration/lee-myung-bak", "target": "programme/hostile", "relation": "introduced",
             "year": 2009, "attributes": {}, "evidence": [s3]},
            {"source": "administration/lee-myung-bak", "target": "programme/r-d-oriented-regional-industry",
             "relation": "introduced", "attributes": {}, "evidence": [s3]},
            {"source": "administration/roh-moo-hyun", "target": "programme/regional-strategic-industry",
             "relation": "introduced", "year": 2004, "attributes": {}, "evidence": [s2]},
            {"source": "programme/pilot-project-for-an-innovation-cluster",
             "target": "programme/regional-strategic-industry", "relation": "evolved_into", "year": 2004,
             "attributes": {"mode": "expanded"}, "evidence": [s2]},
            {"source": "programme/regional-strategic-industry", "target": "problem/weak-linkage",
             "relation": "has_problem", "attributes": {}, "evidence": [s4]},
            {"source": "programme/regional-strategic-industry", "target": "programme/r-d-oriented-regional-industry",
             "relation": "evolved_into", "year": 2008, "attributes": {"mode": "converted"}, "evidence": [s3]},
            {"source": "programme/regional-strategic-industry", "target": "programme/r-d-oriented-regional-industry",
             "relation": "part_of", "attributes": {}, "evidence": [s3]}],
    }
    with open(path, "w", encoding="utf-8") as f:
        json.dump(snapshot, f, ensure_ascii=False, indent=1)


def main(argv):
    if len(argv) == 3 and argv[1] == "fixture":
        fixture(argv[2])
        return
    checks = {"node-link": check_node_link, "graphml": check_graphml, "gexf": check_gexf, "rdf": check_rdf,
              "csv": check_csv, "timeline": check_timeline, "query": check_query}
    if len(argv) < 4 or argv[1] not in checks:
        fail("usage: check_exports.py {" + ",".join(checks) + "} SNAPSHOT FILE... | fixture OUT.json")
    checks[argv[1]](load_snapshot(argv[2]), *argv[3:])


if __name__ == "__main__":
    main(sys.argv)
