"""policygraph in Python: evidence-backed, time-aware knowledge graphs of policy texts.

    import policygraph
    graph = policygraph.Graph()
    graph.ingest("data/corpus")
    answer = graph.ask("Which administration introduced the regional strategic industry?")

The C++ core (policygraph._core) does the work; docs/python.md describes the API.
"""
from ._core import (AmbiguousName, GraphError, InputError, LockError, NoAnswer, OutputError, PolicygraphError,
                    UnknownName, UnrecognisedQuestion, UsageError, __version__, default_pack_dir, export_formats,
                    query_kinds, question_forms)
from ._graph import Graph, IngestError, PolicygraphWarning, load, read_snapshot
from ._model import (Answer, CorrectionOutcome, Document, DocumentOutcome, Edge, Evidence, IngestReport, Node,
                     NodeRef, Row)

__all__ = [
    "Graph", "load", "read_snapshot", "question_forms", "query_kinds", "export_formats", "default_pack_dir",
    "Answer", "Row", "Evidence", "Node", "NodeRef", "Edge", "Document", "IngestReport", "DocumentOutcome",
    "CorrectionOutcome", "PolicygraphError", "InputError", "IngestError", "OutputError", "GraphError", "LockError",
    "UsageError", "AmbiguousName", "NoAnswer", "UnknownName", "UnrecognisedQuestion", "PolicygraphWarning",
    "__version__",
]
