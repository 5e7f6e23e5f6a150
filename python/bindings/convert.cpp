// Conversions of the model's values into plain Python dicts and lists.
#include "python/bindings/bindings.hpp"

namespace policygraph::python {

namespace {

py::dict attributes_dict(const Attributes& attributes) {
  py::dict out;
  for (const auto& [key, value] : attributes) out[py::str(key)] = value;
  return out;
}

}  // namespace

py::dict evidence_dict(const Evidence& evidence) {
  py::dict out;
  out["document"] = evidence.document;
  out["sentence"] = evidence.sentence;
  out["begin"] = evidence.begin;
  out["end"] = evidence.end;
  out["text"] = evidence.text;
  out["rule"] = evidence.rule;
  out["confidence"] = evidence.confidence;
  out["note"] = evidence.note;
  return out;
}

py::list evidence_list(const std::vector<Evidence>& evidence) {
  py::list out;
  for (const Evidence& item : evidence) out.append(evidence_dict(item));
  return out;
}

py::dict node_ref(const Node& node) {
  py::dict out;
  out["id"] = node.id;
  out["kind"] = std::string(to_string(node.kind));
  out["label"] = node.label;
  return out;
}

py::dict node_dict(const Node& node) {
  py::dict out = node_ref(node);
  py::list aliases;
  for (const std::string& alias : node.aliases) aliases.append(alias);
  out["aliases"] = aliases;
  out["attributes"] = attributes_dict(node.attributes);
  out["evidence"] = evidence_list(node.evidence);
  return out;
}

py::dict edge_dict(const Edge& edge) {
  py::dict out;
  out["source"] = edge.source;
  out["relation"] = std::string(to_string(edge.relation));
  out["target"] = edge.target;
  out["year"] = edge.year ? py::object(py::int_(*edge.year)) : py::object(py::none());
  out["attributes"] = attributes_dict(edge.attributes);
  out["evidence"] = evidence_list(edge.evidence);
  return out;
}

py::dict document_dict(const Document& document) {
  py::dict out;
  out["id"] = document.id;
  out["path"] = document.path;
  out["title"] = document.title;
  out["date"] = document.date;
  out["sha256"] = document.sha256;
  return out;
}

}  // namespace policygraph::python
