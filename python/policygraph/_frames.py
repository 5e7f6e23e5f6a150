"""Conversions to networkx and pandas, imported only when asked for (neither is needed otherwise)."""
from __future__ import annotations

from dataclasses import asdict


def to_networkx(graph):
    """A networkx.MultiDiGraph: nodes by id with kind, label, aliases, attributes and evidence (a
    list of dicts); edges keyed by relation with year, attributes and evidence. Node attributes of
    the snapshot (leader, start, end …) are also set on the node itself, as node-link loading does."""
    import networkx

    result = networkx.MultiDiGraph()
    for node in graph.nodes():
        data = dict(node.attributes)
        data.update(kind=node.kind, label=node.label, aliases=list(node.aliases),
                    attributes=dict(node.attributes), evidence=[asdict(item) for item in node.evidence])
        result.add_node(node.id, **data)
    for edge in graph.edges():
        result.add_edge(edge.source, edge.target, key=edge.relation, relation=edge.relation, year=edge.year,
                        attributes=dict(edge.attributes), evidence=[asdict(item) for item in edge.evidence])
    return result


def to_pandas(graph):
    """Three DataFrames, as a named tuple (nodes, edges, evidence):

    - nodes: id, kind, label, aliases (a list), one column per node attribute, evidence (a count);
    - edges: source, relation, target, year (nullable integer), one column per edge attribute, evidence;
    - evidence: one row per piece of evidence, of a node (node set) or an edge (source, relation,
      target set), with document, sentence, begin, end, text, rule, confidence and note.
    """
    import pandas
    from collections import namedtuple

    nodes, edges = graph.nodes(), graph.edges()
    node_keys = sorted({key for node in nodes for key in node.attributes})
    edge_keys = sorted({key for edge in edges for key in edge.attributes})
    node_rows = [dict(id=node.id, kind=node.kind, label=node.label, aliases=list(node.aliases),
                      **{key: node.attributes.get(key) for key in node_keys}, evidence=len(node.evidence))
                 for node in nodes]
    edge_rows = [dict(source=edge.source, relation=edge.relation, target=edge.target, year=edge.year,
                      **{key: edge.attributes.get(key) for key in edge_keys}, evidence=len(edge.evidence))
                 for edge in edges]
    evidence_rows = []
    for node in nodes:
        for item in node.evidence:
            evidence_rows.append(dict(node=node.id, source=None, relation=None, target=None, **asdict(item)))
    for edge in edges:
        for item in edge.evidence:
            evidence_rows.append(dict(node=None, source=edge.source, relation=edge.relation, target=edge.target,
                                      **asdict(item)))
    node_columns = ["id", "kind", "label", "aliases", *node_keys, "evidence"]
    edge_columns = ["source", "relation", "target", "year", *edge_keys, "evidence"]
    evidence_columns = ["node", "source", "relation", "target", "document", "sentence", "begin", "end", "text",
                        "rule", "confidence", "note"]
    node_frame = pandas.DataFrame(node_rows, columns=node_columns)
    edge_frame = pandas.DataFrame(edge_rows, columns=edge_columns)
    edge_frame["year"] = edge_frame["year"].astype("Int64")
    evidence_frame = pandas.DataFrame(evidence_rows, columns=evidence_columns)
    Frames = namedtuple("Frames", ["nodes", "edges", "evidence"])
    return Frames(node_frame, edge_frame, evidence_frame)
