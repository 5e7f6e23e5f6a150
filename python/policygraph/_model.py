"""The values policygraph returns: plain, frozen dataclasses holding str, int, float, lists and dicts."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Optional


@dataclass(frozen=True)
class Evidence:
    """Where a fact comes from: a sentence of a document (or a pack entry) and the rule that read it."""
    document: str
    sentence: int
    begin: int
    end: int
    text: str
    rule: str
    confidence: float
    note: str = ""


@dataclass(frozen=True)
class NodeRef:
    """A node named in an answer: its id, kind and label."""
    id: str
    kind: str
    label: str

    def __str__(self) -> str:
        return self.label


@dataclass(frozen=True)
class Node:
    """An entity of the graph with its names, attributes and evidence."""
    id: str
    kind: str
    label: str
    aliases: list[str] = field(default_factory=list)
    attributes: dict[str, str] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(frozen=True)
class Edge:
    """A typed, evidenced link: source RELATION target, with the year the text gives, if any."""
    source: str
    relation: str
    target: str
    year: Optional[int] = None
    attributes: dict[str, str] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass(frozen=True)
class Document:
    """A source document that evidence cites."""
    id: str
    path: str
    title: str
    date: str
    sha256: str


@dataclass(frozen=True)
class Row:
    """One row of an answer: its values by column name, and the evidence that supports it."""
    values: dict[str, Any]
    evidence: list[Evidence]

    def __getitem__(self, column: str) -> Any:
        return self.values[column]


@dataclass(frozen=True)
class Answer:
    """The answer to a query or a question, as `policygraph query` prints it.

    Cells of node columns are NodeRef (lists of NodeRef for columns of several nodes), numbers are
    int, text is str, and an unknown value is None. `json` is the text `--format json` prints.
    """
    query: str
    arguments: list[str]
    question: str
    subjects: list[NodeRef]
    summary: str
    columns: list[tuple[str, str]]
    rows: list[Row]
    json: str = field(repr=False, default="")

    @property
    def column_names(self) -> list[str]:
        return [name for name, _ in self.columns]

    def to_dict(self) -> dict:
        """Returns the answer as the CLI's JSON document (docs/queries.md), parsed."""
        return json.loads(self.json)

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self):
        return iter(self.rows)


@dataclass(frozen=True)
class DocumentOutcome:
    """What ingest did with one input: added, replaced, unchanged, duplicate or failed."""
    path: str
    id: str
    status: str
    bytes: int
    sentences: int
    facts: int
    sha256: str
    duplicate_of: str
    error: str
    warnings: list[str]
    unresolved: list[str]


@dataclass(frozen=True)
class IngestReport:
    """What an ingest did, document by document, with the counts the CLI logs."""
    documents: list[DocumentOutcome]
    skipped: list[str]
    added: int
    replaced: int
    unchanged: int
    duplicates: int
    failed: int
    bytes: int


@dataclass(frozen=True)
class CorrectionOutcome:
    """One correction of the corrections file (docs/curation.md) and how it fared on this graph."""
    line: int
    correction: str
    status: str  # "applied", "unchanged" or "no longer applies"
    message: str


def evidence_of(items: list[dict]) -> list[Evidence]:
    return [Evidence(**item) for item in items]


def node_ref(item: Optional[dict]) -> Optional[NodeRef]:
    return None if item is None else NodeRef(**item)


def node_of(item: dict) -> Node:
    return Node(item["id"], item["kind"], item["label"], list(item["aliases"]), dict(item["attributes"]),
                evidence_of(item["evidence"]))


def edge_of(item: dict) -> Edge:
    return Edge(item["source"], item["relation"], item["target"], item["year"], dict(item["attributes"]),
                evidence_of(item["evidence"]))


def _cell(value: Any, kind: str) -> Any:
    if kind == "nodes":
        return [NodeRef(**node) for node in value]
    if kind == "node" or isinstance(value, dict):
        return node_ref(value)
    return value


def answer_of(item: dict) -> Answer:
    columns = [(name, kind) for name, kind in item["columns"]]
    rows = [Row({name: _cell(value, kind) for (name, kind), value in zip(columns, row["cells"])},
                evidence_of(row["evidence"])) for row in item["rows"]]
    return Answer(item["query"], list(item["arguments"]), item["question"],
                  [NodeRef(**node) for node in item["subjects"]], item["summary"], columns, rows, item["json"])


def report_of(item: dict) -> IngestReport:
    documents = [DocumentOutcome(**outcome) for outcome in item["documents"]]
    return IngestReport(documents, list(item["skipped"]), item["added"], item["replaced"], item["unchanged"],
                        item["duplicates"], item["failed"], item["bytes"])
