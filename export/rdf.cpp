// The "ttl" and "nt" exports: the graph as RDF in the policygraph vocabulary (urn:policygraph:vocab:,
// documented in docs/notebooks.md), evidence in PROV-O. Both formats print one list of triples, so
// they always hold the same statements.
#include <cctype>
#include <cstdio>
#include <ostream>

#include "export/exporter.hpp"
#include "export/text_escape.hpp"

namespace policygraph::exporting {
namespace {

constexpr std::string_view pg = "urn:policygraph:vocab:";
constexpr std::string_view node_base = "urn:policygraph:node:";
constexpr std::string_view document_base = "urn:policygraph:document:";
constexpr std::string_view edge_base = "urn:policygraph:edge:";
constexpr std::string_view rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
constexpr std::string_view rdfs = "http://www.w3.org/2000/01/rdf-schema#";
constexpr std::string_view xsd = "http://www.w3.org/2001/XMLSchema#";
constexpr std::string_view prov = "http://www.w3.org/ns/prov#";
constexpr std::string_view skos = "http://www.w3.org/2004/02/skos/core#";
constexpr std::string_view dcterms = "http://purl.org/dc/terms/";

// Turtle prefixes, in the order they are declared.
constexpr std::pair<std::string_view, std::string_view> prefixes[] = {
    {"pg", pg}, {"rdf", rdf}, {"rdfs", rdfs}, {"xsd", xsd}, {"prov", prov}, {"skos", skos}, {"dcterms", dcterms},
};

struct Term {
  enum class Type { iri, blank, literal } type = Type::iri;
  std::string value;
  std::string datatype;  // full IRI; empty for a plain xsd:string literal
};

struct Triple {
  Term subject, predicate, object;
};

Term iri(std::string_view base, std::string_view local) { return {Term::Type::iri, std::string(base) + std::string(local), ""}; }
Term blank(std::size_t number) { return {Term::Type::blank, "ev" + std::to_string(number), ""}; }
Term literal(std::string_view text, std::string_view datatype = "") {
  return {Term::Type::literal, std::string(text), datatype.empty() ? "" : std::string(xsd) + std::string(datatype)};
}
Term integer(long long value) { return literal(std::to_string(value), "integer"); }

// A date literal typed by its precision: xsd:gYear, xsd:gYearMonth or xsd:date.
Term date_literal(const Date& date) {
  switch (date.precision()) {
    case Date::Precision::year: return literal(date.to_string(), "gYear");
    case Date::Precision::month: return literal(date.to_string(), "gYearMonth");
    case Date::Precision::day: break;
  }
  return literal(date.to_string(), "date");
}

Term node_iri(std::string_view id) { return iri(node_base, iri_encode(id)); }
Term document_iri(std::string_view id) { return iri(document_base, iri_encode(id)); }
Term vocab(std::string_view local) { return iri(pg, iri_encode(local)); }

std::string class_name(NodeKind kind) {
  std::string name(to_string(kind));
  name[0] = static_cast<char>(name[0] - 'a' + 'A');
  return name;
}

std::string_view relation_comment(Relation relation) {
  switch (relation) {
    case Relation::introduced: return "The administration started the programme.";
    case Relation::evolved_into: return "The programme was expanded, converted, replaced, renamed or merged into the other.";
    case Relation::emphasised: return "The administration stated the goal as a focus of its policy.";
    case Relation::resulted_in: return "The programme is credited with the outcome.";
    case Relation::has_problem: return "A weakness pointed out in the programme (or event).";
    case Relation::recommends: return "An improvement proposed by the event, organisation or person.";
    case Relation::part_of: return "A component or sub-unit of the other.";
    case Relation::led_by: return "The ministry or agency in charge of the programme.";
    case Relation::hosted: return "The organisation hosted the event.";
    case Relation::presented_at: return "The person presented at the event.";
    case Relation::affiliated_with: return "The person belongs to the organisation.";
    case Relation::succeeded_by: return "The next administration.";
  }
  return "";
}

class TripleList {
 public:
  void add(const Term& s, const Term& p, const Term& o) { triples_.push_back({s, p, o}); }

  // Adds the evidence of a node or an edge statement: the documents it derives from, and a
  // quotation node per sentence.
  void add_evidence(const Term& subject, const std::vector<Evidence>& evidence) {
    for (const std::string& document : cited_documents(evidence))
      add(subject, iri(prov, "wasDerivedFrom"), document_iri(document));
    for (const Evidence& e : evidence) {
      Term quote = blank(++blanks_);
      add(subject, vocab("evidence"), quote);
      add(quote, iri(rdf, "type"), vocab("Evidence"));
      add(quote, iri(prov, "wasQuotedFrom"), document_iri(e.document));
      if (!e.text.empty()) add(quote, iri(prov, "value"), literal(e.text));
      if (e.sentence >= 0) add(quote, vocab("sentence"), integer(e.sentence));
      if (e.end > e.begin) {
        add(quote, vocab("spanBegin"), integer(static_cast<long long>(e.begin)));
        add(quote, vocab("spanEnd"), integer(static_cast<long long>(e.end)));
      }
      if (!e.rule.empty()) add(quote, vocab("rule"), literal(e.rule));
      add(quote, vocab("confidence"), literal(number_text(e.confidence), "double"));
      if (!e.note.empty()) add(quote, vocab("note"), literal(e.note));
    }
  }

  const std::vector<Triple>& triples() const { return triples_; }

 private:
  std::vector<Triple> triples_;
  std::size_t blanks_ = 0;
};

// Attributes become pg:KEY, except where KEY names a term the vocabulary uses itself.
Term attribute_property(const std::string& key) {
  return vocab(attribute_name(key, {"evidence", "year", "path", "sha256", "sentence", "spanBegin", "spanEnd", "rule",
                                    "confidence", "note", "Evidence", "Document"}));
}

// An attribute value: terms and dates (start, end, date) as typed literals, anything else as a string.
Term attribute_value(const std::string& key, const std::string& value) {
  if (key == "start" || key == "end" || key == "date")
    if (auto date = Date::parse(value)) return date_literal(*date);
  return literal(value);
}

std::vector<Triple> graph_triples(const PolicyGraph& graph, const ExportOptions& options) {
  TripleList list;
  const Term type = iri(rdf, "type");
  const Term label = iri(rdfs, "label");

  // The vocabulary describes itself, so a store that loads the data also knows its terms.
  Term dataset = iri("urn:policygraph:", "dataset");
  list.add(dataset, iri(dcterms, "title"), literal(options.title.empty() ? "policygraph" : options.title));
  for (NodeKind kind : all_node_kinds()) {
    list.add(vocab(class_name(kind)), type, iri(rdfs, "Class"));
    list.add(vocab(class_name(kind)), label, literal(to_string(kind)));
  }
  for (Relation relation : all_relations()) {
    list.add(vocab(to_string(relation)), type, iri(rdf, "Property"));
    list.add(vocab(to_string(relation)), label, literal(to_string(relation)));
    list.add(vocab(to_string(relation)), iri(rdfs, "comment"), literal(relation_comment(relation)));
  }

  for (const Document* document : graph.documents()) {
    Term subject = document_iri(document->id);
    list.add(subject, type, vocab("Document"));
    list.add(subject, type, iri(prov, "Entity"));
    list.add(subject, iri(dcterms, "identifier"), literal(document->id));
    if (!document->title.empty()) list.add(subject, iri(dcterms, "title"), literal(document->title));
    if (auto date = Date::parse(document->date)) list.add(subject, iri(dcterms, "date"), date_literal(*date));
    if (!document->path.empty()) list.add(subject, vocab("path"), literal(document->path));
    if (!document->sha256.empty()) list.add(subject, vocab("sha256"), literal(document->sha256));
  }

  for (const Node* node : graph.nodes()) {
    Term subject = node_iri(node->id);
    list.add(subject, type, vocab(class_name(node->kind)));
    list.add(subject, iri(dcterms, "identifier"), literal(node->id));
    list.add(subject, label, literal(node->label));
    for (const std::string& alias : node->aliases) list.add(subject, iri(skos, "altLabel"), literal(alias));
    for (const auto& [key, value] : node->attributes) list.add(subject, attribute_property(key), attribute_value(key, value));
    list.add_evidence(subject, node->evidence);
  }

  for (const Edge* edge : graph.edges()) {
    Term predicate = vocab(to_string(edge->relation));
    list.add(node_iri(edge->source), predicate, node_iri(edge->target));
    // RDF 1.1 has no statements about statements (rdflib 6 reads no RDF-star): a reified statement
    // per edge carries its year, attributes and evidence.
    Term statement = iri(edge_base, iri_encode(edge->source) + ":" + std::string(to_string(edge->relation)) + ":" +
                                        iri_encode(edge->target));
    list.add(statement, type, iri(rdf, "Statement"));
    list.add(statement, iri(rdf, "subject"), node_iri(edge->source));
    list.add(statement, iri(rdf, "predicate"), predicate);
    list.add(statement, iri(rdf, "object"), node_iri(edge->target));
    if (edge->year) list.add(statement, vocab("year"), literal(Date{*edge->year, 0, 0}.to_string(), "gYear"));
    for (const auto& [key, value] : edge->attributes) list.add(statement, attribute_property(key), attribute_value(key, value));
    list.add_evidence(statement, edge->evidence);
  }
  return list.triples();
}

// Escapes a literal for N-Triples and Turtle alike: the short escapes, \u for other controls, the
// rest as UTF-8 (both grammars accept it).
std::string escape_literal(std::string_view text) {
  std::string clean = valid_utf8(text);
  std::string out;
  for (char c : clean) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04X", static_cast<unsigned>(static_cast<unsigned char>(c)));
          out += buffer;
        } else {
          out += c;
        }
    }
  }
  return out;
}

// IRIs here are built from percent-encoded parts, so only characters IRIREF forbids need care.
std::string full_iri(const std::string& value) { return "<" + value + ">"; }

bool simple_local_name(std::string_view local) {
  if (local.empty() || !std::isalpha(static_cast<unsigned char>(local[0]))) return false;
  for (char c : local)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-') return false;
  return true;
}

std::string turtle_iri(const std::string& value) {
  for (const auto& [prefix, base] : prefixes) {
    if (value.size() > base.size() && value.compare(0, base.size(), base) == 0) {
      std::string_view local = std::string_view(value).substr(base.size());
      if (simple_local_name(local)) return std::string(prefix) + ":" + std::string(local);
    }
  }
  return full_iri(value);
}

std::string print(const Term& term, bool turtle) {
  switch (term.type) {
    case Term::Type::iri: return turtle ? turtle_iri(term.value) : full_iri(term.value);
    case Term::Type::blank: return "_:" + term.value;
    case Term::Type::literal: break;
  }
  std::string out = "\"" + escape_literal(term.value) + "\"";
  if (!term.datatype.empty()) out += "^^" + (turtle ? turtle_iri(term.datatype) : full_iri(term.datatype));
  return out;
}

bool same(const Term& a, const Term& b) { return a.type == b.type && a.value == b.value; }

}  // namespace

void write_ntriples(const PolicyGraph& graph, std::ostream& out, const ExportOptions& options) {
  for (const Triple& t : graph_triples(graph, options))
    out << print(t.subject, false) << ' ' << print(t.predicate, false) << ' ' << print(t.object, false) << " .\n";
}

void write_turtle(const PolicyGraph& graph, std::ostream& out, const ExportOptions& options) {
  for (const auto& [prefix, base] : prefixes) out << "@prefix " << prefix << ": <" << base << "> .\n";
  const std::string rdf_type = std::string(rdf) + "type";
  const std::vector<Triple> triples = graph_triples(graph, options);
  // Consecutive triples about one subject share it ("s p o ; p o ."), as the list is built per subject.
  for (std::size_t i = 0; i < triples.size(); ++i) {
    const Triple& t = triples[i];
    bool first = i == 0 || !same(triples[i - 1].subject, t.subject);
    bool last = i + 1 == triples.size() || !same(triples[i + 1].subject, t.subject);
    if (first) out << '\n' << print(t.subject, true) << '\n';
    out << "    " << (t.predicate.value == rdf_type ? std::string("a") : print(t.predicate, true)) << ' '
        << print(t.object, true) << (last ? " .\n" : " ;\n");
  }
}

}  // namespace policygraph::exporting
