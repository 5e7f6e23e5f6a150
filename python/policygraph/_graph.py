"""Graph: a policy graph in a Python program. Snapshots, ingest, queries and exports run in the C++
core (policygraph._core) with the GIL released; what comes back is plain Python values (_model.py)."""
from __future__ import annotations

import os
import warnings
from typing import Iterable, Mapping, Optional, Sequence, Union

from . import _core
from ._model import (Answer, CorrectionOutcome, Document, Edge, IngestReport, Node, answer_of, edge_of,
                     node_of, report_of)

PathLike = Union[str, os.PathLike]


class PolicygraphWarning(UserWarning):
    """A problem that did not stop the work: a correction that no longer applies, a replaced byte."""


class IngestError(_core.InputError):
    """Some inputs of an ingest failed; the graph took the others. `.report` says what happened to each."""

    def __init__(self, message: str, report: IngestReport):
        super().__init__(message)
        self.exit_code = 2
        self.report = report


def _names(value: Optional[Iterable[str]]) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    return ",".join(value)


class Graph:
    """A policy graph: the snapshot as extracted, with the corrections file laid over it for every
    query and export (as the command line reads it; docs/curation.md). An empty graph by default."""

    def __init__(self, _state: Optional[_core.Graph] = None):
        self._state = _state if _state is not None else _core.Graph()

    # Snapshots ------------------------------------------------------------------------------

    def save(self, path: PathLike) -> None:
        """Saves the graph as extracted (without the corrections, as `ingest` does) to a snapshot
        file, atomically: a failed save leaves the old file whole."""
        self._state.save(os.fspath(path))

    def snapshot(self) -> str:
        """Returns the snapshot text: the bytes `save` writes."""
        return self._state.snapshot_text()

    @property
    def corrections(self) -> list[CorrectionOutcome]:
        """The corrections laid over the graph and how each fared (`policygraph curate list`)."""
        return [CorrectionOutcome(**item) for item in self._state.corrections()]

    def use_corrections(self, path: Optional[PathLike]) -> None:
        """Lays the corrections file at `path` over the graph instead (None: no corrections)."""
        self._state.set_corrections("" if path is None else os.fspath(path))
        self._warn_stale()

    def _warn_stale(self) -> None:
        name = self._state.corrections_name()
        for item in self.corrections:
            if item.status == "no longer applies":
                warnings.warn(f"{name}:{item.line}: {item.correction}: no longer applies: {item.message}",
                              PolicygraphWarning, stacklevel=3)

    # Ingest ----------------------------------------------------------------------------------

    def ingest(self, paths: Union[PathLike, Sequence[PathLike]], *, pack: Optional[PathLike] = None, jobs: int = 0,
               inference: bool = True, max_document_mb: int = 16, on_error: str = "raise") -> IngestReport:
        """Extracts files and folders (recursively: .txt, .md, .html) into the graph, as
        `policygraph ingest` does, with the default pack or the pack folder given.

        An input that cannot be read is reported and the others go on; then, with on_error="raise"
        (the default), IngestError says so with the CLI's message, else a warning does."""
        if isinstance(paths, (str, os.PathLike)):
            paths = [paths]
        inputs = [os.fspath(path) for path in paths]
        report = report_of(self._state.ingest(inputs, "" if pack is None else os.fspath(pack), jobs, inference,
                                              _document_bytes(max_document_mb)))
        return self._after_ingest(report, on_error)

    def ingest_text(self, text: Union[str, bytes], name: str = "text.txt", **options) -> IngestReport:
        """Extracts one document given as a string (or bytes); `name` stands for its path: its
        extension chooses the reader (.txt, .md, .html) and its file name the document id."""
        return self.ingest_texts({name: text}, **options)

    def ingest_texts(self, texts: Union[Mapping[str, Union[str, bytes]], Sequence[tuple[str, Union[str, bytes]]]], *,
                     pack: Optional[PathLike] = None, jobs: int = 0, inference: bool = True,
                     max_document_mb: int = 16, on_error: str = "raise") -> IngestReport:
        """Extracts documents given as {name: text}, in order, as ingest extracts files."""
        items = texts.items() if isinstance(texts, Mapping) else texts
        pairs = [(name, text.encode("utf-8") if isinstance(text, str) else bytes(text)) for name, text in items]
        report = report_of(self._state.ingest_texts(pairs, "" if pack is None else os.fspath(pack), jobs, inference,
                                                    _document_bytes(max_document_mb)))
        return self._after_ingest(report, on_error)

    def _after_ingest(self, report: IngestReport, on_error: str) -> IngestReport:
        if on_error not in ("raise", "warn"):
            raise _core.UsageError(f"on_error: '{on_error}' is not one of raise, warn")
        for line in report.skipped:
            warnings.warn(line, PolicygraphWarning, stacklevel=3)
        for outcome in report.documents:
            for line in outcome.warnings:
                warnings.warn(line, PolicygraphWarning, stacklevel=3)
        self._warn_stale()
        failures = [outcome.error for outcome in report.documents if outcome.status == "failed"]
        if failures and on_error == "raise":
            more = f" (and {len(failures) - 1} more inputs failed)" if len(failures) > 1 else ""
            raise IngestError(failures[0] + more, report)
        for line in failures:
            warnings.warn(line, PolicygraphWarning, stacklevel=3)
        return report

    # The graph's content -----------------------------------------------------------------------

    def nodes(self, kind: Optional[str] = None) -> list[Node]:
        """Every node (of a kind, when given), ordered by id."""
        return [node_of(item) for item in self._state.nodes(kind or "")]

    def edges(self, relation: Optional[str] = None) -> list[Edge]:
        """Every edge (of a relation, when given), ordered by source, relation, target."""
        return [edge_of(item) for item in self._state.edges(relation or "")]

    def documents(self) -> list[Document]:
        """Every document the evidence cites, ordered by id."""
        return [Document(**item) for item in self._state.documents()]

    def node(self, name: str) -> Node:
        """The node a name (label, alias, id or leader) resolves to, as `query` resolves names."""
        return node_of(self._state.node(name))

    def stats(self) -> dict:
        """Counts: documents, nodes, edges, evidence, nodes by kind, edges by relation."""
        return self._state.stats()

    def __len__(self) -> int:
        return self._state.counts()[0]

    def __repr__(self) -> str:
        nodes, edges, documents = self._state.counts()
        return f"<policygraph.Graph: {nodes} nodes, {edges} edges, {documents} documents>"

    # Queries (docs/queries.md) -------------------------------------------------------------------

    def query(self, kind: str, *arguments: str, from_year: Optional[int] = None, to_year: Optional[int] = None,
              depth: int = 1, relations: Optional[Iterable[str]] = None, direction: str = "both", limit: int = 0,
              summary: bool = False) -> Answer:
        """Runs `policygraph query KIND ARGUMENTS...` and returns its answer with evidence."""
        return answer_of(self._state.query(kind, list(arguments), from_year, to_year, depth, _names(relations),
                                           direction, limit, summary))

    def ask(self, question: str) -> Answer:
        """Answers a question in plain English, as `policygraph ask` does (forms: question_forms())."""
        return answer_of(self._state.ask(question))

    def who_introduced(self, programme: str) -> Answer:
        return self.query("who-introduced", programme)

    def evolution(self, programme: str, direction: str = "both") -> Answer:
        return self.query("evolution", programme, direction=direction)

    def timeline(self, from_year: Optional[int] = None, to_year: Optional[int] = None) -> Answer:
        return self.query("timeline", from_year=from_year, to_year=to_year)

    def programmes_of(self, administration: str) -> Answer:
        return self.query("programmes-of", administration)

    def problems(self, name: str) -> Answer:
        return self.query("problems", name)

    def outcomes(self, name: str) -> Answer:
        return self.query("outcomes", name)

    def recommendations(self, name: Optional[str] = None) -> Answer:
        return self.query("recommendations", *([name] if name else []))

    def neighbours(self, name: str, depth: int = 1, relations: Optional[Iterable[str]] = None) -> Answer:
        return self.query("neighbours", name, depth=depth, relations=relations)

    def path(self, source: str, target: str) -> Answer:
        return self.query("path", source, target)

    def search(self, text: str, limit: int = 0) -> Answer:
        return self.query("search", text, limit=limit)

    def match(self, pattern: str, limit: int = 0) -> Answer:
        return self.query("match", pattern, limit=limit)

    def continuity(self, outgoing: Optional[str] = None, incoming: Optional[str] = None,
                   summary: bool = False) -> Answer:
        names = [name for name in (outgoing, incoming) if name]
        return self.query("continuity", *names, summary=summary)

    # Exports (docs/notebooks.md) -------------------------------------------------------------------

    def export(self, format: str, path: Optional[PathLike] = None, *, title: str = "", view: str = "timeline",
               vertical: bool = False, engine: str = "dot", focus: Optional[str] = None, depth: Optional[int] = None,
               from_year: Optional[int] = None, to_year: Optional[int] = None,
               kinds: Optional[Iterable[str]] = None, relations: Optional[Iterable[str]] = None):
        """Writes the graph (or a view of it) in a format of export_formats(), as `policygraph
        export` does. With a path: writes the file atomically (a folder for csv) and returns None.
        Without: returns str for text formats, bytes for png and pdf, and for csv a dict
        {"nodes.csv": text, "relationships.csv": text}."""
        return self._state.export(format, "" if path is None else os.fspath(path), title, view, vertical, engine,
                                  focus or "", 2 if depth is None else depth, from_year, to_year, _names(kinds),
                                  _names(relations), depth is not None)

    def to_networkx(self):
        """The graph as a networkx.MultiDiGraph (edge keys are relations); see docs/python.md."""
        from ._frames import to_networkx
        return to_networkx(self)

    def to_pandas(self):
        """The graph as three pandas DataFrames: nodes, edges and evidence; see docs/python.md."""
        from ._frames import to_pandas
        return to_pandas(self)


def _document_bytes(megabytes: int) -> int:
    if not 1 <= megabytes <= 1024:
        raise _core.UsageError(f"max_document_mb: {megabytes} is not in 1 to 1024")
    return megabytes << 20


def load(path: PathLike, corrections: Union[bool, PathLike] = True) -> Graph:
    """Loads a snapshot file. corrections=True lays corrections.json beside it over it when there is
    one (as the CLI does); a path lays that file (which must exist); False reads it as extracted."""
    if isinstance(corrections, bool):
        state = _core.load(os.fspath(path), corrections, "")
    else:
        state = _core.load(os.fspath(path), True, os.fspath(corrections))
    graph = Graph(state)
    graph._warn_stale()
    return graph


def read_snapshot(text: Union[str, bytes], name: str = "<string>") -> Graph:
    """Reads snapshot text; errors name `name` and the byte offset, as for a file."""
    data = text if isinstance(text, str) else bytes(text)
    return Graph(_core.read_snapshot(data, name))
