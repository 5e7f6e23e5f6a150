// Entities and evidence: the nodes a document's mentions become (pack entities, events, people,
// named things) and the edges its facts give, each citing its sentence.
#include "ingest/document_run.hpp"

namespace policygraph::ingest::extraction {

const AdministrationEntry* DocumentRun::administration_in_office(int year) const {
  // A year two administrations share (a term starts in February) is the one in office at its middle.
  Date middle{year, 7, 1};
  for (const AdministrationEntry& a : pack_.administrations)
    if (a.start <= middle && (!a.end || middle <= *a.end)) return &a;
  return nullptr;
}

Entity DocumentRun::administration_entity(const AdministrationEntry& a) {
  Entity e{make_node_id(NodeKind::administration, a.id), NodeKind::administration, a.label, ""};
  if (!nodes_.count(e.id)) {
    Node node{e.id, NodeKind::administration, a.label, a.aliases, {}, {}};
    if (!a.leader.empty()) {
      node.aliases.push_back(a.leader);
      node.attributes[attributes::leader] = a.leader;
    }
    node.attributes[attributes::start] = a.start.to_string();
    if (a.end) node.attributes[attributes::end] = a.end->to_string();
    pending_nodes_[e.id] = std::move(node);
  }
  return e;
}

Entity DocumentRun::organisation_entity(const OrganisationEntry& o) {
  Entity e{make_node_id(NodeKind::organisation, o.id), NodeKind::organisation, o.label, ""};
  if (!nodes_.count(e.id) && !pending_nodes_.count(e.id)) {
    Node node{e.id, NodeKind::organisation, o.label, o.aliases, {}, {}};
    if (!o.type.empty()) node.attributes[attributes::type] = o.type;
    pending_nodes_[e.id] = std::move(node);
  }
  return e;
}

Entity DocumentRun::programme_entity(const ProgrammeEntry& p) {
  Entity e{make_node_id(NodeKind::programme, p.id), NodeKind::programme, p.label, ""};
  if (!nodes_.count(e.id) && !pending_nodes_.count(e.id))
    pending_nodes_[e.id] = Node{e.id, NodeKind::programme, p.label, p.aliases, {}, {}};
  return e;
}

// Chooses among the pack entities an ambiguous name may mean: one already named in the
// document, else the one that existed at the document's date, else the first.
const GazetteerEntry* DocumentRun::choose(const std::vector<const GazetteerEntry*>& candidates) {
  if (candidates.size() == 1) return candidates.front();
  for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it)
    for (const GazetteerEntry* c : candidates)
      if (it->entity.id == make_node_id(c->kind, c->id)) return c;
  if (document_date_) {
    const GazetteerEntry* best = nullptr;
    Date best_start;
    for (const GazetteerEntry* c : candidates) {
      std::optional<Date> start;
      if (c->kind == NodeKind::administration) {
        if (auto* a = pack_.administration(c->id)) start = a->start;
      } else if (c->kind == NodeKind::organisation) {
        if (auto* o = pack_.organisation(c->id)) start = o->start;
      }
      if (start && *start <= *document_date_ && (!best || best_start < *start)) {
        best = c;
        best_start = *start;
      }
    }
    if (best) return best;
  }
  return candidates.front();
}

Entity DocumentRun::pack_entity(const GazetteerEntry* entry) {
  switch (entry->kind) {
    case NodeKind::administration: return administration_entity(*pack_.administration(entry->id));
    case NodeKind::organisation: return organisation_entity(*pack_.organisation(entry->id));
    default:
      for (const ProgrammeEntry& p : pack_.programmes)
        if (p.id == entry->id) return programme_entity(p);
  }
  throw Error("pack entry '" + entry->id + "' vanished");
}

Entity DocumentRun::event_entity(const Item& item) {
  Entity e;
  e.kind = NodeKind::event;
  std::string head = grammar_.singular(item.head);
  std::string scoped = make_node_id(NodeKind::event, document_.meta.id + "-" + name_slug(head));
  if (auto seeded = pending_nodes_.find(scoped); seeded != pending_nodes_.end() && !item.proper) {
    e.id = scoped;
    e.label = seeded->second.label;
    if (!item.label.empty()) merge_aliases(seeded->second.aliases, {item.label}, seeded->second.label);
  } else if (item.proper) {
    e.id = make_node_id(NodeKind::event, name_slug(item.label));
    e.label = item.label;
    // The title named the event by its kind ("Space forum report"); the text names it in full
    // ("the 2024 Space Economy Policy Forum"): the full name replaces the title's, while no fact
    // has cited it yet.
    if (scoped == seed_id_ && e.id != seed_id_ && (pending_nodes_.count(seed_id_) || nodes_.count(seed_id_))) {
      bool cited = nodes_.count(seed_id_) > 0;
      Node seed = cited ? nodes_[seed_id_] : pending_nodes_[seed_id_];
      nodes_.erase(seed_id_);
      pending_nodes_.erase(seed_id_);
      for (Mention& mention : mentions_)
        if (mention.entity.id == seed_id_) {
          mention.entity = e;
          bool named = e.kind == NodeKind::programme || e.kind == NodeKind::organisation;
          mention.name_words = named ? &name_words(e.label) : nullptr;
        }
      // Facts already given about the title's event are about the named one.
      for (Edge& edge : edges_) {
        if (edge.source == seed_id_) edge.source = e.id;
        if (edge.target == seed_id_) edge.target = e.id;
      }
      seed_id_.clear();
      event_entity(item);
      auto pending = pending_nodes_.find(e.id);
      Node* node = pending != pending_nodes_.end() ? &pending->second : (nodes_.count(e.id) ? &nodes_[e.id] : nullptr);
      if (node) {
        std::vector<std::string> aliases = seed.aliases;
        aliases.push_back(seed.label);
        merge_aliases(node->aliases, aliases, node->label);
        if (cited) {
          merge_evidence(node->evidence, seed.evidence);
          if (pending != pending_nodes_.end()) {
            nodes_[e.id] = std::move(pending->second);
            pending_nodes_.erase(pending);
          }
        }
      }
      return e;
    }
  } else {
    e.id = scoped;
    std::string title = display_text(document_.meta.title);
    std::string folded_title = normalise_name(title);
    bool title_names_it = (" " + folded_title + " ").find(" " + normalise_name(head) + " ") != std::string::npos;
    e.label = title_names_it ? title : item.label;
  }
  if (!nodes_.count(e.id) && !pending_nodes_.count(e.id)) {
    Node node{e.id, NodeKind::event, e.label, {}, {}, {}};
    std::optional<Date> date;
    for (const Item& other : items_)
      if (other.type == "DATE" && other.date && other.date->precision() != Date::Precision::year) date = other.date;
    if (!date) date = document_date_;
    if (date) node.attributes[attributes::date] = date->to_string();
    pending_nodes_[e.id] = std::move(node);
  }
  return e;
}

// A title that names an event ("Regional Research Seminar – …", "Seminar notes: "…"") makes
// that event the one the document reports, before any sentence mentions it.
void DocumentRun::seed_title_event() {
  const std::string title = display_text(document_.meta.title);
  if (title.empty()) return;
  std::vector<Token> tokens = tokenize(title);
  std::string head;
  for (const Token& token : tokens)
    if (grammar_.is(grammar_.event_heads, token.norm) && !grammar_.is(grammar_.generic_event_heads, token.norm)) {
      head = grammar_.singular(token.norm);
      break;
    }
  if (head.empty()) return;
  Entity e{make_node_id(NodeKind::event, document_.meta.id + "-" + name_slug(head)), NodeKind::event, title, ""};
  std::string quoted;
  for (const char* pair : {"\"", "\xE2\x80\x9C", "\xE2\x80\x98"}) {
    std::size_t a = title.find(pair);
    if (a == std::string::npos) continue;
    std::size_t start = a + std::char_traits<char>::length(pair);
    std::size_t b = title.find('"', start);
    for (const char* close : {"\xE2\x80\x9D", "\xE2\x80\x99"}) b = std::min(b, title.find(close, start));
    if (b != std::string::npos && b > start) quoted = title.substr(start, b - start);
    break;
  }
  Node node{e.id, NodeKind::event, quoted.empty() ? title : quoted, {title, head}, {}, {}};
  e.label = node.label;
  if (document_date_) node.attributes[attributes::date] = document_date_->to_string();
  pending_nodes_[e.id] = std::move(node);
  seed_id_ = e.id;
  add_mention({-1, 0, e, head});
}

Entity DocumentRun::person_entity(const Item& item) {
  Entity e{make_node_id(NodeKind::person, name_slug(item.label)), NodeKind::person, item.label, ""};
  if (!nodes_.count(e.id) && !pending_nodes_.count(e.id)) {
    Node node{e.id, NodeKind::person, item.label, {}, {}, {}};
    if (!item.role.empty()) node.attributes[attributes::title] = item.role;
    pending_nodes_[e.id] = std::move(node);
  }
  return e;
}

Entity DocumentRun::named_entity(NodeKind kind, const std::string& label) {
  Entity e{make_node_id(kind, name_slug(label)), kind, label, ""};
  if (!nodes_.count(e.id) && !pending_nodes_.count(e.id)) pending_nodes_[e.id] = Node{e.id, kind, label, {}, {}, {}};
  return e;
}

Evidence DocumentRun::evidence(const std::string& rule, double confidence, const std::string& note) const {
  Evidence e;
  e.document = document_.meta.id;
  e.sentence = sentence_index_;
  e.begin = span_.begin;
  e.end = span_.end;
  e.text = text_.substr(span_.begin, span_.end - span_.begin);
  e.rule = rule;
  e.confidence = std::round(confidence * 100) / 100;
  e.note = note;
  return e;
}

void DocumentRun::cite(const Entity& entity, const std::string& rule, double confidence) {
  auto found = nodes_.find(entity.id);
  if (found == nodes_.end()) {
    auto pending = pending_nodes_.find(entity.id);
    Node node = pending != pending_nodes_.end() ? pending->second : Node{entity.id, entity.kind, entity.label, {}, {}, {}};
    found = nodes_.emplace(entity.id, std::move(node)).first;
  }
  merge_evidence(found->second.evidence, {evidence(rule, confidence, entity.note)});
}

void DocumentRun::add_fact(Relation relation, const Entity& subject, const Entity& object, std::optional<int> year, Attributes attributes,
              const std::string& rule, double confidence) {
  if (subject.id == object.id) return;
  if (trace_) *trace_ << "      fact " << subject.id << " " << to_string(relation) << " " << object.id << "\n";
  std::string note = subject.note;
  if (!object.note.empty()) note += (note.empty() ? "" : "; ") + object.note;
  if (!note.empty()) confidence *= 0.9;
  cite(subject, evidence_rule::mention, 1.0);
  cite(object, evidence_rule::mention, 1.0);
  for (Edge& edge : edges_)
    if (edge.source == subject.id && edge.target == object.id && edge.relation == relation) {
      if (year && (!edge.year || *year < *edge.year)) edge.year = year;
      for (auto& [key, value] : attributes) edge.attributes.emplace(key, value);
      merge_evidence(edge.evidence, {evidence(rule, confidence, note)});
      return;
    }
  edges_.push_back(Edge{subject.id, object.id, relation, year, std::move(attributes), {evidence(rule, confidence, note)}});
}

}  // namespace policygraph::ingest::extraction
