// Extraction of one document. The discourse state (mentions in order, the programme a passage is
// about, the event a report describes, the current form of a policy that changed shape) lives in
// DocumentRun; rules decide what is said, this file decides who it is said of.
#include "ingest/extractor.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <ostream>
#include <set>

#include "graph/error.hpp"
#include "graph/name_index.hpp"
#include "ingest/segment.hpp"
#include "ingest/tokens.hpp"

namespace policygraph::ingest {

std::string name_slug(std::string_view name) {
  std::string slug = normalise_name(name);
  for (char& c : slug)
    if (c == ' ') c = '-';
  return slug.empty() ? "unnamed" : slug;
}

namespace {

bool has_tag(const Item& item, const char* tag) { return std::find(item.tags.begin(), item.tags.end(), tag) != item.tags.end(); }
bool is_word(const Item& item, const char* word) { return item.type.empty() && item.head == word; }
bool entity_like(const Item& item) {
  return item.type == "ADMIN" || item.type == "ORG" || item.type == "PROG" || item.type == "NP" || item.type == "PERSON" ||
         item.type == "EVENT" || item.type == "PRON";
}

std::optional<NodeKind> natural_kind(const Item& item) {
  if (item.type == "ADMIN") return NodeKind::administration;
  if (item.type == "ORG") return NodeKind::organisation;
  if (item.type == "PROG") return NodeKind::programme;
  if (item.type == "EVENT") return NodeKind::event;
  if (item.type == "PERSON") return NodeKind::person;
  return std::nullopt;
}

std::vector<NodeKind> subject_kinds(Relation relation) {
  switch (relation) {
    case Relation::introduced:
    case Relation::emphasised:
    case Relation::succeeded_by: return {NodeKind::administration};
    case Relation::evolved_into:
    case Relation::part_of: return {NodeKind::programme, NodeKind::organisation};
    case Relation::resulted_in:
    case Relation::led_by: return {NodeKind::programme};
    case Relation::has_problem: return {NodeKind::programme, NodeKind::event};
    case Relation::recommends: return {NodeKind::event, NodeKind::organisation, NodeKind::person};
    case Relation::hosted: return {NodeKind::organisation};
    case Relation::presented_at:
    case Relation::affiliated_with: return {NodeKind::person};
  }
  return {};
}

std::vector<NodeKind> object_kinds(Relation relation) {
  switch (relation) {
    case Relation::introduced:
    case Relation::evolved_into:
    case Relation::part_of: return {NodeKind::programme, NodeKind::organisation};
    case Relation::emphasised: return {NodeKind::goal};
    case Relation::resulted_in: return {NodeKind::outcome};
    case Relation::has_problem: return {NodeKind::problem};
    case Relation::recommends: return {NodeKind::recommendation};
    case Relation::led_by: return {NodeKind::organisation};
    case Relation::hosted:
    case Relation::presented_at: return {NodeKind::event};
    case Relation::affiliated_with: return {NodeKind::organisation};
    case Relation::succeeded_by: return {NodeKind::administration};
  }
  return {};
}

bool contains(const std::vector<NodeKind>& kinds, NodeKind kind) { return std::find(kinds.begin(), kinds.end(), kind) != kinds.end(); }

std::string singular(std::string word) {
  if (word.size() > 4 && word.compare(word.size() - 3, 3, "ies") == 0) return word.substr(0, word.size() - 3) + "y";
  if (word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's' && word[word.size() - 2] != 'u' &&
      word[word.size() - 2] != 'i')
    return word.substr(0, word.size() - 1);
  return word;
}

// Head words that name the same kind of thing: "program" and "programme", plural and singular.
std::string same_head(const std::string& word) {
  std::string w = singular(word);
  if (w == "program") return "programme";
  if (w == "centre") return "center";
  return w;
}

struct Entity {
  std::string id;
  NodeKind kind = NodeKind::programme;
  std::string label;
  std::string note;  ///< how it was resolved, when it was
};

struct Mention {
  int sentence = 0;
  std::size_t position = 0;
  Entity entity;
  std::string head;
};

class DocumentRun {
 public:
  DocumentRun(const Pack& pack, const Chunker& chunker, const RuleSet& rules, const std::map<std::string, std::string>& modes,
              const SourceDocument& document, std::ostream* trace)
      : pack_(pack), chunker_(chunker), rules_(rules), modes_(modes), document_(document), text_(document.text), trace_(trace) {
    if (auto date = Date::parse(document.meta.date)) document_date_ = date;
    title_folded_ = " " + normalise_name(document.meta.title) + " ";
  }

  Extraction run() {
    Extraction result;
    std::vector<SentenceSpan> sentences = split_sentences(text_, pack_.lexicon);
    result.sentences = sentences.size();
    std::optional<int> year = document_date_ ? std::optional<int>(document_date_->year) : std::nullopt;
    seed_title_event();
    // The lead-in of a list ("Three problems stood out:", a heading line such as "Speakers"): each
    // item that follows is read after it, as if the lead-in had been written before every item.
    // Lead-ins nest: an item that ends with a colon ("* Problems:") is the lead-in of the items
    // indented below it, until an item at its own depth or less ends its list.
    struct LeadIn {
      std::size_t sentence = 0;
      std::size_t indent = 0;
      bool item = false;  ///< the lead-in is itself a list item (it ends at an item as shallow as it)
      std::vector<Token> tokens;
      std::pair<std::optional<Entity>, std::optional<Entity>> context;
    };
    std::vector<LeadIn> leads;
    for (std::size_t k = 0; k < sentences.size(); ++k) {
      sentence_index_ = static_cast<int>(k);
      const SentenceSpan& sentence = sentences[k];
      span_ = sentence;
      std::vector<Token> own = tokenize(std::string_view(text_).substr(sentence.body, sentence.end - sentence.body),
                                        static_cast<uint32_t>(sentence.body));
      if (sentence.opens_line && !sentence.list_item) leads.clear();
      if (sentence.list_item)
        while (!leads.empty() && leads.back().item && leads.back().indent >= sentence.indent) leads.pop_back();
      mention_from_ = 0;
      item_start_token_ = 0;
      std::pair<std::optional<Entity>, std::optional<Entity>> context{topic_, previous_subject_};
      bool item_of_list = sentence.list_item && !leads.empty();
      bool lead_pronoun = false;
      if (item_of_list)
        for (const Token& token : leads.back().tokens) lead_pronoun = lead_pronoun || pack_.lexicon.has("pronouns", token.norm);
      if (item_of_list && lead_pronoun) {
        // Pronouns of the lead-in mean what they meant when it was read.
        topic_ = leads.back().context.first;
        previous_subject_ = leads.back().context.second;
      }
      std::size_t own_from = 0;  // where the sentence's own tokens start in tokens_
      if (item_of_list) {
        const SentenceSpan& lead = sentences[leads.back().sentence];
        tokens_ = leads.back().tokens;
        if (tokens_.empty() || tokens_.back().norm != ":") {
          Token colon;  // a heading line reads as if it ended with a colon
          colon.begin = colon.end = static_cast<uint32_t>(lead.end);
          colon.norm = ":";
          tokens_.push_back(colon);
        }
        std::size_t lead_size = tokens_.size();
        own_from = lead_size;
        tokens_.insert(tokens_.end(), own.begin(), own.end());
        // The evidence runs from the lead-in to the item (the items between included), unless
        // that makes it long: then it is the item alone.
        if (sentence.end - lead.begin <= 1200) span_.begin = lead.begin;
        items_ = chunker_.chunk(tokens_, text_, year);
        // Mentions of the lead-in were counted with it: only the item's own are new.
        while (mention_from_ < items_.size() && items_[mention_from_].first < lead_size) ++mention_from_;
        item_start_token_ = lead_size;
        // A list of noun phrases (no verb in the item) is a list of things, not of statements.
        bool verbless = true;
        int parentheses = 0;  // "Data Dam project (collection, labelling and open use of data)" has no verb
        for (std::size_t p = mention_from_; p < items_.size(); ++p) {
          if (items_[p].type.empty() && items_[p].head == "(") ++parentheses;
          if (items_[p].type.empty() && items_[p].head == ")" && parentheses > 0) --parentheses;
          verbless = verbless && (parentheses > 0 || !items_[p].verb);
        }
        if (verbless) flags_.insert("list_phrase");
        flags_.insert("list_item");
      } else {
        tokens_ = std::move(own);
        items_ = chunker_.chunk(tokens_, text_, year);
      }
      resolved_.assign(items_.size(), std::nullopt);
      if (trace_) trace_items();
      register_mentions();
      note_nicknames();
      note_event_title();
      note_byline();
      run_rules();
      if (item_of_list && lead_pronoun) {
        topic_ = context.first;
        previous_subject_ = context.second;
      }
      update_topic();
      flags_ = std::move(next_flags_);
      next_flags_.clear();
      bool ends_with_colon = !tokens_.empty() && tokens_.back().norm == ":";
      // A heading: a short line of its own with no punctuation ("Speakers", "Green New Deal");
      // "Speaker: Dr. Choi, STEPI" is a label line, not a heading.
      bool heading = sentence.whole_line && !sentence.list_item && !tokens_.empty() && tokens_.size() <= 8 &&
                     std::all_of(tokens_.begin(), tokens_.end(), [](const Token& t) { return t.word || t.norm == "&" || t.norm == "-"; });
      if ((ends_with_colon || heading) && !item_of_list) {
        leads.clear();
        leads.push_back({k, sentence.indent, sentence.list_item && sentence.opens_line, tokens_, context});
      } else if (ends_with_colon && sentence.list_item) {
        leads.push_back({k, sentence.indent, true, std::vector<Token>(tokens_.begin() + static_cast<std::ptrdiff_t>(own_from), tokens_.end()), context});
      }
    }
    result.graph.add_document(document_.meta);
    for (auto& [id, node] : nodes_) result.graph.add_node(node);
    for (const Edge& edge : edges_) result.graph.add_edge(edge);
    result.facts = edges_.size();
    result.unresolved = std::move(unresolved_);
    return result;
  }

 private:
  // ------------------------------------------------------------------ entities
  Entity administration_entity(const AdministrationEntry& a) {
    Entity e{make_node_id(NodeKind::administration, a.id), NodeKind::administration, a.label, ""};
    if (!nodes_.count(e.id)) {
      Node node{e.id, NodeKind::administration, a.label, a.aliases, {}, {}};
      if (!a.leader.empty()) {
        node.aliases.push_back(a.leader);
        node.attributes["leader"] = a.leader;
      }
      node.attributes["start"] = a.start.to_string();
      if (a.end) node.attributes["end"] = a.end->to_string();
      pending_nodes_[e.id] = std::move(node);
    }
    return e;
  }

  Entity organisation_entity(const OrganisationEntry& o) {
    Entity e{make_node_id(NodeKind::organisation, o.id), NodeKind::organisation, o.label, ""};
    if (!nodes_.count(e.id) && !pending_nodes_.count(e.id)) {
      Node node{e.id, NodeKind::organisation, o.label, o.aliases, {}, {}};
      if (!o.type.empty()) node.attributes["type"] = o.type;
      pending_nodes_[e.id] = std::move(node);
    }
    return e;
  }

  Entity programme_entity(const ProgrammeEntry& p) {
    Entity e{make_node_id(NodeKind::programme, p.id), NodeKind::programme, p.label, ""};
    if (!nodes_.count(e.id) && !pending_nodes_.count(e.id))
      pending_nodes_[e.id] = Node{e.id, NodeKind::programme, p.label, p.aliases, {}, {}};
    return e;
  }

  // Chooses among the pack entities an ambiguous name may mean: one already named in the
  // document, else the one that existed at the document's date, else the first.
  const GazetteerEntry* choose(const std::vector<const GazetteerEntry*>& candidates) {
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

  Entity pack_entity(const GazetteerEntry* entry) {
    switch (entry->kind) {
      case NodeKind::administration: return administration_entity(*pack_.administration(entry->id));
      case NodeKind::organisation: return organisation_entity(*pack_.organisation(entry->id));
      default:
        for (const ProgrammeEntry& p : pack_.programmes)
          if (p.id == entry->id) return programme_entity(p);
    }
    throw Error("pack entry '" + entry->id + "' vanished");
  }

  Entity event_entity(const Item& item) {
    Entity e;
    e.kind = NodeKind::event;
    std::string head = singular(item.head);
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
          if (mention.entity.id == seed_id_) mention.entity = e;
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
      std::string title = document_.meta.title;
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
      if (date) node.attributes["date"] = date->to_string();
      pending_nodes_[e.id] = std::move(node);
    }
    return e;
  }

  // A title that names an event ("Regional Research Seminar – …", "Seminar notes: "…"") makes
  // that event the one the document reports, before any sentence mentions it.
  void seed_title_event() {
    const std::string& title = document_.meta.title;
    if (title.empty()) return;
    std::vector<Token> tokens = tokenize(title);
    std::string head;
    for (const Token& token : tokens)
      if (pack_.lexicon.has("event_heads", token.norm) && token.norm != "event" && token.norm != "events" &&
          token.norm != "presentation") {
        head = singular(token.norm);
        break;
      }
    if (head.empty()) return;
    Entity e{make_node_id(NodeKind::event, document_.meta.id + "-" + name_slug(head)), NodeKind::event, title, ""};
    std::string quoted;
    for (const char* pair : {"\"", "\xE2\x80\x9C", "\xE2\x80\x98"}) {
      std::size_t a = title.find(pair);
      if (a == std::string::npos) continue;
      std::size_t start = a + std::char_traits<char>::length(pair);
      std::size_t b = title.find_first_of("\"", start);
      for (const char* close : {"\xE2\x80\x9D", "\xE2\x80\x99"}) b = std::min(b, title.find(close, start));
      if (b != std::string::npos && b > start) quoted = title.substr(start, b - start);
      break;
    }
    Node node{e.id, NodeKind::event, quoted.empty() ? title : quoted, {title, head}, {}, {}};
    e.label = node.label;
    if (document_date_) node.attributes["date"] = document_date_->to_string();
    pending_nodes_[e.id] = std::move(node);
    seed_id_ = e.id;
    add_mention({-1, 0, e, head});
  }

  Entity person_entity(const Item& item) {
    Entity e{make_node_id(NodeKind::person, name_slug(item.label)), NodeKind::person, item.label, ""};
    if (!nodes_.count(e.id) && !pending_nodes_.count(e.id)) {
      Node node{e.id, NodeKind::person, item.label, {}, {}, {}};
      if (!item.role.empty()) node.attributes["title"] = item.role;
      pending_nodes_[e.id] = std::move(node);
    }
    return e;
  }

  Entity named_entity(NodeKind kind, const std::string& label) {
    Entity e{make_node_id(kind, name_slug(label)), kind, label, ""};
    if (!nodes_.count(e.id) && !pending_nodes_.count(e.id)) pending_nodes_[e.id] = Node{e.id, kind, label, {}, {}, {}};
    return e;
  }

  // A programme named by a noun phrase; "regional industry promotion projects" after "regional
  // industry promotion policy" is the same family of programmes.
  Entity programme_from_phrase(const Item& item) {
    static const std::set<std::string> generic{"projects", "programmes", "programs", "policies", "initiatives",
                                               "plans", "schemes", "measures", "businesses"};
    if (generic.count(item.head)) {
      std::string label_stem = normalise_name(item.label);
      std::size_t space = label_stem.rfind(' ');
      if (space != std::string::npos) {
        label_stem = label_stem.substr(0, space);
        for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
          if (it->entity.kind != NodeKind::programme) continue;
          std::string other = normalise_name(it->entity.label);
          std::size_t other_space = other.rfind(' ');
          if (other_space != std::string::npos && other.substr(0, other_space) == label_stem) {
            Entity e = it->entity;
            e.note = item.label + " = " + e.label;
            return e;
          }
        }
      }
    }
    return named_entity(NodeKind::programme, item.label);
  }

  // The latest mention of a kind before `position`; with a head word, the latest whose head or
  // name has that word ("the committee" is the Presidential Committee on …), else, for a generic
  // head ("the organisation", "the body"), the latest of the kind.
  std::optional<Entity> latest(NodeKind kind, std::size_t position, const std::string& head = "") {
    std::string word = head.empty() ? "" : " " + same_head(head) + " ";
    // First a mention with that head, then one whose name has the word.
    if (!head.empty())
      for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it)
        if (!(it->sentence == sentence_index_ && it->position >= position) && it->entity.kind == kind &&
            (it->head == head || singular(it->head) == singular(head)))
          return it->entity;
    for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
      if (it->sentence == sentence_index_ && it->position >= position) continue;
      if (it->entity.kind != kind) continue;
      if (!head.empty() && it->head != head && singular(it->head) != singular(head)) {
        std::string name = " ";
        std::string folded = normalise_name(it->entity.label);
        for (std::size_t at = 0; at < folded.size();) {
          std::size_t space = folded.find(' ', at);
          if (space == std::string::npos) space = folded.size();
          name += same_head(folded.substr(at, space - at)) + " ";
          at = space + 1;
        }
        if (name.find(word) == std::string::npos) continue;
      }
      return it->entity;
    }
    if (!head.empty() && pack_.lexicon.has("generic_organisation_heads", singular(head))) return latest(kind, position);
    return std::nullopt;
  }

  // The entity an item names in its own right (pronouns and plain noun phrases excluded).
  std::optional<Entity> own_entity(const Item& item, std::size_t position) {
    if (!item.candidates.empty()) return pack_entity(choose(item.candidates));
    if (item.definite) {
      auto kind = natural_kind(item);
      if (!kind) return std::nullopt;
      if (*kind == NodeKind::event) {
        // "the forum": the latest event of that kind; "the event", "the session": the event the
        // document reports (the first it names), if any.
        for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it)
          if (it->entity.kind == NodeKind::event && !(it->sentence == sentence_index_ && it->position >= position) &&
              singular(it->head) == singular(item.head))
            return it->entity;
        for (const Mention& mention : mentions_)
          if (mention.entity.kind == NodeKind::event && !(mention.sentence == sentence_index_ && mention.position >= position))
            return mention.entity;
        return event_entity(item);
      }
      std::optional<Entity> found;
      if (*kind == NodeKind::programme) {
        // "The programme is now managed by KIAT": a programme of the last sentences named with the
        // same head word, else the topic, else the latest programme.
        std::string head = same_head(item.head);
        // "the centres" prefers the Creative Economy Innovation Centers to the Daegu centre.
        auto plural_name = [](const std::string& label) {
          std::size_t space = label.rfind(' ');
          std::string last = label.substr(space == std::string::npos ? 0 : space + 1);
          return last.size() > 3 && (last.back() == 's' || last.back() == 'S') && last[last.size() - 2] != 's';
        };
        // Passes: the last three sentences, number agreeing; the same, any number; the whole text
        // so far, number agreeing.
        // (A generic head goes to the most salient programme before an old mention.)
        int passes = pack_.lexicon.has("generic_programme_heads", singular(item.head)) ? 2 : 3;
        for (int pass = 0; pass < passes && !found; ++pass)
          for (auto it = mentions_.rbegin(); !found && it != mentions_.rend() && (pass == 2 || it->sentence >= sentence_index_ - 3); ++it)
            if (it->entity.kind == NodeKind::programme && !(it->sentence == sentence_index_ && it->position >= position) &&
                (pass == 1 || plural_name(it->entity.label) == item.plural)) {
              std::string label = normalise_name(it->entity.label);
              std::size_t space = label.rfind(' ');
              if (same_head(label.substr(space == std::string::npos ? 0 : space + 1)) == head) found = it->entity;
            }
        // Only a generic head ("the programme", "the policy") may stand for the topic or the
        // latest programme: "the first three zones" is not the "business hub" just mentioned.
        if (!found && pack_.lexicon.has("generic_programme_heads", singular(item.head))) {
          found = salient_programme();
          if (!found) found = latest(NodeKind::programme, position);
        }
        // "Seminar marks ten years of Daedeok Innopolis. … The zone, which …": a singular
        // description that opens a sentence, right after the salient programme was named, is it.
        if (!found && !item.plural && item.first == item_start_token_ && sentence_index_ > 0) {
          auto salient = salient_programme();
          bool just_named = false;
          for (auto it = mentions_.rbegin(); it != mentions_.rend() && it->sentence >= sentence_index_ - 1; ++it)
            if (salient && it->entity.id == salient->id && it->sentence == sentence_index_ - 1) just_named = true;
          if (just_named) found = salient;
        }
        if (!found) {
          unresolved_.push_back(document_.meta.id + ": sentence " + std::to_string(sentence_index_) + ": '" + item.label + "'");
          return std::nullopt;
        }
      }
      if (!found) found = latest(*kind, position, *kind == NodeKind::administration ? "" : item.head);
      // "the current government", "the present administration": the one in office on the
      // document's date, whatever was mentioned last.
      if (*kind == NodeKind::administration && document_date_)
        for (std::size_t k = item.first; k < item.last; ++k) {
          const std::string& w = tokens_[k].norm;
          if (w != "current" && w != "present" && w != "incumbent" && w != "sitting") continue;
          for (const AdministrationEntry& a : pack_.administrations)
            if (a.start <= *document_date_ && (!a.end || *document_date_ <= *a.end)) found = administration_entity(a);
          break;
        }
      // "the previous government", "the next administration": the one before or after, by term.
      if (found && *kind == NodeKind::administration)
        for (std::size_t k = item.first; k < item.last; ++k) {
          const std::string& w = tokens_[k].norm;
          int step = (w == "previous" || w == "preceding" || w == "former" || w == "last") ? -1 : (w == "next" || w == "following" || w == "succeeding") ? 1 : 0;
          if (step == 0) continue;
          const auto& all = pack_.administrations;
          for (std::size_t a = 0; a < all.size(); ++a)
            if (make_node_id(NodeKind::administration, all[a].id) == found->id) {
              long b = static_cast<long>(a) + step;
              found = b >= 0 && b < static_cast<long>(all.size()) ? std::optional<Entity>(administration_entity(all[b])) : std::nullopt;
              break;
            }
          break;
        }
      if (found) found->note = normalise_name(std::string(std::string_view(text_).substr(
                                   tokens_[item.first].begin, tokens_[item.last - 1].end - tokens_[item.first].begin))) +
                               " = " + found->label;
      else
        unresolved_.push_back(document_.meta.id + ": sentence " + std::to_string(sentence_index_) + ": '" + item.label + "'");
      return found;
    }
    if (item.type == "PERSON") return person_entity(item);
    if (item.type == "EVENT") return event_entity(item);
    if (item.type == "ORG") return named_entity(NodeKind::organisation, item.label);
    if (item.type == "PROG" && counted(item)) return std::nullopt;
    // "a plan", "a new programme": an indefinite kind word names no programme.
    if (item.type == "PROG" && !item.proper && item.last - item.first >= 1) {
      std::string label = normalise_name(item.label);
      if (label.find(' ') == std::string::npos && pack_.lexicon.has("generic_programme_heads", singular(label))) return std::nullopt;
    }
    if (item.type == "PROG") return programme_from_phrase(item);
    return std::nullopt;
  }

  // "Kang said …" after "Kang Jeong-hoon": a single capitalised word that is part of a person's
  // name mentioned earlier is that person.
  std::optional<Entity> person_by_part(const std::string& word) const {
    std::string folded = normalise_name(word);
    for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
      if (it->entity.kind != NodeKind::person) continue;
      std::string name = " " + normalise_name(it->entity.label) + " ";
      if (name.find(" " + folded + " ") != std::string::npos) return it->entity;
    }
    return std::nullopt;
  }

  // Counts a mention; programmes keep a running score for salient_programme().
  void add_mention(Mention mention) {
    if (mention.entity.kind == NodeKind::programme) {
      auto [it, fresh] = programme_scores_.try_emplace(mention.entity.id);
      Salience& salience = it->second;
      if (fresh) {
        salience.entity = mention.entity;
        salience.entity.note.clear();
        salience.first_sentence = mention.sentence;
        std::string label = normalise_name(mention.entity.label);
        if (!label.empty() && title_folded_.find(" " + label + " ") != std::string::npos) salience.score += 3;
      }
      salience.score += 1;
      salience.last_seen = mentions_.size();
    }
    mentions_.push_back(std::move(mention));
  }

  // The programme the document is about so far, for problems and results listed without naming
  // it: the most mentioned programme (a mention in the title counts three more, one in the last
  // three sentences one more, the current topic two more), the latest of equals. Mentions of the
  // sentence being read do not count: it does not choose what it is about. Time: the programmes
  // of the document plus the mentions of the last sentences.
  std::optional<Entity> salient_programme() const {
    std::map<std::string, double> bonus;
    for (auto it = mentions_.rbegin(); it != mentions_.rend() && it->sentence >= sentence_index_ - 3; ++it) {
      if (it->entity.kind != NodeKind::programme) continue;
      if (it->sentence == sentence_index_) bonus[it->entity.id] -= 1;  // its count, taken back
      else bonus[it->entity.id] += 1;
    }
    if (topic_ && topic_->kind == NodeKind::programme) bonus[topic_->id] += 2;
    std::optional<Entity> best;
    double best_score = 0;
    std::size_t best_seen = 0;
    auto consider = [&](const Entity& entity, double score, std::size_t seen) {
      if (score <= 0) return;
      if (!best || score > best_score || (score == best_score && seen > best_seen)) {
        best = entity;
        best_score = score;
        best_seen = seen;
      }
    };
    for (const auto& [id, salience] : programme_scores_) {
      auto extra = bonus.find(id);
      double score = salience.score + (extra == bonus.end() ? 0.0 : extra->second);
      // A programme first named in this sentence has no score yet.
      if (salience.first_sentence == sentence_index_) continue;
      consider(salience.entity, score, salience.last_seen);
    }
    if (topic_ && topic_->kind == NodeKind::programme && !programme_scores_.count(topic_->id)) consider(*topic_, 2, mentions_.size());
    if (best) best->note = "topic = " + best->label;
    return best;
  }

  // "several centres", "seven zones": a count of things, which names no programme.
  bool counted(const Item& item) const {
    return !item.proper && item.candidates.empty() &&
           (pack_.lexicon.has("quantifiers", tokens_[item.first].norm) || tokens_[item.first].number);
  }

  // "the Korea Space Launch Vehicle-II programme, better known as Nuri": a one-word name the text
  // gives a programme or body stands for it from then on, like an acronym it defines.
  void note_nicknames() {
    for (std::size_t p = 0; p + 3 < items_.size(); ++p) {
      if (!resolved_[p] || (resolved_[p]->kind != NodeKind::programme && resolved_[p]->kind != NodeKind::organisation)) continue;
      std::size_t q = p + 1;
      if (is_word(items_[q], ",")) ++q;
      while (q < items_.size() && items_[q].last == items_[q].first + 1 &&
             (items_[q].head == "better" || items_[q].head == "also" || items_[q].head == "commonly" || items_[q].head == "popularly"))
        ++q;
      if (q + 1 < items_.size() && is_word(items_[q], "known") && is_word(items_[q + 1], "as"))
        q += 2;
      else if (q < items_.size() && (is_word(items_[q], "dubbed") || is_word(items_[q], "nicknamed")))
        q += 1;
      else
        continue;
      if (q >= items_.size() || items_[q].last != items_[q].first + 1 || !tokens_[items_[q].first].capitalised) continue;
      const std::string& alias = tokens_[items_[q].first].norm;
      if (acronyms_.count(alias)) continue;
      acronyms_[alias] = *resolved_[p];
      nicknames_.insert(alias);
    }
  }

  // "The seminar, titled "Regional Innovation Hubs after COVID-19", drew …": the quoted title is
  // the event's name; its kind word stays an alias.
  void note_event_title() {
    for (std::size_t p = 0; p + 3 < items_.size(); ++p) {
      if (!resolved_[p] || resolved_[p]->kind != NodeKind::event) continue;
      std::size_t q = p + 1;
      if (is_word(items_[q], ",")) ++q;
      if (q + 1 >= items_.size() || !items_[q].type.empty()) continue;
      const std::string& cue = items_[q].head;
      if (cue != "titled" && cue != "entitled" && cue != "called" && cue != "named") continue;
      // (The tokenizer writes curly quotation marks as '"'.)
      std::size_t open = items_[q + 1].first;
      if (tokens_[open].norm != "\"") continue;
      std::size_t close = open + 1;
      while (close < tokens_.size() && tokens_[close].norm != "\"") ++close;
      if (close >= tokens_.size() || close == open + 1) continue;
      std::string title(std::string_view(text_).substr(tokens_[open + 1].begin, tokens_[close - 1].end - tokens_[open + 1].begin));
      const std::string id = resolved_[p]->id;
      for (auto* nodes : {&pending_nodes_, &nodes_}) {
        auto found = nodes->find(id);
        if (found == nodes->end() || found->second.label == title) continue;
        std::string old_label = found->second.label;
        found->second.label = title;
        merge_aliases(found->second.aliases, {old_label}, title);
      }
      for (Mention& mention : mentions_)
        if (mention.entity.id == id) mention.entity.label = title;
    }
  }

  // "By Kang Hyun-soo", "Author: Dr. Han, KIET": the person who wrote the document, near its top.
  void note_byline() {
    if (author_ || sentence_index_ > 8 || tokens_.empty()) return;
    const std::string& first = tokens_.front().norm;
    if (first != "by" && first != "author" && first != "authors" && first != "written") return;
    // "By Jung Mi-rae, staff reporter": a reporter reports what others propose.
    for (const Token& token : tokens_)
      if (pack_.lexicon.has("reporter_nouns", token.norm)) return;
    for (std::size_t p = 0; p < items_.size(); ++p)
      if (resolved_[p] && resolved_[p]->kind == NodeKind::person) {
        author_ = resolved_[p];
        author_->note = "the author = " + author_->label;
        return;
      }
  }

  // "The Regional Growth Fund (RGF)": the acronym a name defines in parentheses.
  std::string defined_acronym(const Item& item) const {
    if (item.last - item.first < 4) return "";
    const Token& close = tokens_[item.last - 1];
    const Token& acronym = tokens_[item.last - 2];
    const Token& open = tokens_[item.last - 3];
    if (close.norm != ")" || open.norm != "(" || !acronym.all_caps) return "";
    return acronym.norm;
  }

  // "KIPA", "the RGF": an acronym that a name of this document defined earlier.
  std::optional<Entity> acronym_mention(const Item& item) const {
    if (!item.candidates.empty() || item.type == "PERSON" || item.type == "ADMIN") return std::nullopt;
    std::size_t k = item.first;
    while (k < item.last && pack_.lexicon.has("determiners", tokens_[k].norm)) ++k;
    if (k + 1 != item.last) return std::nullopt;
    // "KODC" or the possessive "KODC's".
    std::string norm = tokens_[k].norm;
    std::string_view surface = tokens_[k].surface(text_);
    if (norm.size() > 2 && norm.ends_with("'s")) {
      norm.resize(norm.size() - 2);
      surface = surface.substr(0, surface.size() >= 4 && surface.substr(surface.size() - 4, 3) == "\xE2\x80\x99" ? surface.size() - 4 : surface.size() - 2);
    }
    if (!nicknames_.count(norm) &&
        (surface.size() < 2 || surface.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789&") != std::string_view::npos))
      return std::nullopt;
    auto found = acronyms_.find(norm);
    if (found == acronyms_.end()) return std::nullopt;
    return found->second;
  }

  void register_mentions() {
    for (std::size_t p = 0; p < items_.size(); ++p) {
      if (p >= mention_from_) {
        if (auto entity = acronym_mention(items_[p])) {
          static const std::map<NodeKind, std::string> type_of{{NodeKind::organisation, "ORG"}, {NodeKind::programme, "PROG"},
                                                               {NodeKind::event, "EVENT"}};
          if (auto type = type_of.find(entity->kind); type != type_of.end() && items_[p].type != type->second)
          {
            items_[p].proper = true;
            chunker_.retype(items_[p], type->second);
          }
          resolved_[p] = entity;
          add_mention({sentence_index_, p, *entity, items_[p].head});
          continue;
        }
      }
      if (p < mention_from_) {
        // The lead-in of a list item: its mentions were counted with the lead-in sentence.
        const Item& item = items_[p];
        if (item.members.empty())
          if (auto entity = own_entity(item, p)) resolved_[p] = entity;
        continue;
      }
      Item& candidate = items_[p];
      bool single_word = candidate.last - candidate.first == 1 || (candidate.type == "PERSON" && candidate.label.find(' ') == std::string::npos);
      // ("Park said …" after "Park Min-jae": "Park" is a programme head, but here the person.)
      if ((candidate.type == "NP" || candidate.type == "PERSON" || candidate.type == "PROG") &&
          tokens_[candidate.last - 1].capitalised && single_word && candidate.candidates.empty()) {
        if (auto person = person_by_part(candidate.label)) {
          if (candidate.type != "PERSON") chunker_.retype(candidate, "PERSON");
          resolved_[p] = person;
          add_mention({sentence_index_, p, *person, candidate.head});
          continue;
        }
      }
      const Item& item = items_[p];
      const std::vector<Item>& parts = item.members.empty() ? std::vector<Item>{item} : item.members;
      for (const Item& part : parts) {
        auto entity = own_entity(part, p);
        if (!entity) continue;
        if (std::string acronym = defined_acronym(part); !acronym.empty() && !acronyms_.count(acronym)) acronyms_[acronym] = *entity;
        if (item.members.empty()) resolved_[p] = entity;
        add_mention({sentence_index_, p, *entity, part.head});
        // Pack names in the text are worth a node even when no rule speaks of them.
        if (!part.candidates.empty() && (entity->kind == NodeKind::administration || entity->kind == NodeKind::organisation))
          cite(*entity, "gazetteer", 1.0);
      }
    }
  }

  // ------------------------------------------------------------------ evidence and facts
  Evidence evidence(const std::string& rule, double confidence, const std::string& note) const {
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

  void cite(const Entity& entity, const std::string& rule, double confidence) {
    auto found = nodes_.find(entity.id);
    if (found == nodes_.end()) {
      auto pending = pending_nodes_.find(entity.id);
      Node node = pending != pending_nodes_.end() ? pending->second : Node{entity.id, entity.kind, entity.label, {}, {}, {}};
      found = nodes_.emplace(entity.id, std::move(node)).first;
    }
    merge_evidence(found->second.evidence, {evidence(rule, confidence, entity.note)});
  }

  void add_fact(Relation relation, const Entity& subject, const Entity& object, std::optional<int> year, Attributes attributes,
                const std::string& rule, double confidence) {
    if (subject.id == object.id) return;
    if (trace_) *trace_ << "      fact " << subject.id << " " << to_string(relation) << " " << object.id << "\n";
    std::string note = subject.note;
    if (!object.note.empty()) note += (note.empty() ? "" : "; ") + object.note;
    if (!note.empty()) confidence *= 0.9;
    cite(subject, "mention", 1.0);
    cite(object, "mention", 1.0);
    for (Edge& edge : edges_)
      if (edge.source == subject.id && edge.target == object.id && edge.relation == relation) {
        if (year && (!edge.year || *year < *edge.year)) edge.year = year;
        for (auto& [key, value] : attributes) edge.attributes.emplace(key, value);
        merge_evidence(edge.evidence, {evidence(rule, confidence, note)});
        return;
      }
    edges_.push_back(Edge{subject.id, object.id, relation, year, std::move(attributes), {evidence(rule, confidence, note)}});
  }

  // ------------------------------------------------------------------ clauses
  struct View {
    std::vector<std::size_t> items;  ///< indices into items_
  };

  std::vector<View> clause_views() const {
    std::vector<View> views;
    const std::size_t n = items_.size();
    std::size_t clause_start = 0;      // start of the current clause in items_
    std::size_t subject_start = 0;     // start of the clause whose subject continuations share
    std::vector<std::size_t> prefix;   // subject (and auxiliaries) a continuation borrows
    bool continuation = false;
    auto first_verb = [&](std::size_t from, std::size_t to) -> std::size_t {
      for (std::size_t k = from; k < to; ++k)
        if (items_[k].verb) return k;
      return to;
    };
    auto subject_prefix = [&](std::size_t from, std::size_t to) {
      std::vector<std::size_t> out;
      std::size_t verb = first_verb(from, to);
      for (std::size_t k = from; k < verb; ++k) out.push_back(k);
      // Auxiliaries carry the voice: "was started …, and then expanded" is passive in both halves.
      for (std::size_t k = verb; k < to; ++k) {
        bool aux = has_tag(items_[k], "BE") || has_tag(items_[k], "HAVE") || has_tag(items_[k], "ADV");
        if (!aux || k + 1 >= to || !(items_[k + 1].verb || has_tag(items_[k + 1], "ADV"))) break;
        out.push_back(k);
      }
      return out;
    };
    auto close = [&](std::size_t end) {
      View view;
      if (continuation) view.items = prefix;
      for (std::size_t k = clause_start; k < end; ++k) view.items.push_back(k);
      if (!view.items.empty()) views.push_back(std::move(view));
    };
    for (std::size_t p = 0; p < n; ++p) {
      const Item& item = items_[p];
      bool semicolon = is_word(item, ";");
      bool joint = is_word(item, ",") || is_word(item, "and") || is_word(item, "but") || is_word(item, "while") ||
                   is_word(item, "whereas");
      if (!semicolon && !joint) continue;
      std::size_t q = p + 1;
      if (is_word(item, ",") && q < n &&
          (is_word(items_[q], "and") || is_word(items_[q], "but") || is_word(items_[q], "while") || is_word(items_[q], "yet")))
        ++q;
      std::size_t after = q;
      while (after < n && has_tag(items_[after], "ADV") && items_[after].type.empty()) ++after;
      bool left_has_verb = first_verb(clause_start, p) < p;
      if (semicolon) {
        close(p);
        clause_start = subject_start = p + 1;
        continuation = false;
        continue;
      }
      if (!left_has_verb || after >= n) continue;
      bool shares_subject = items_[after].verb && !has_tag(items_[after], "NEED");
      bool own_subject = false;
      if (!shares_subject && entity_like(items_[after])) {
        std::size_t next = after + 1;
        while (next < n && has_tag(items_[next], "ADV")) ++next;
        own_subject = next < n && items_[next].verb;
      }
      if (!shares_subject && !own_subject) continue;
      if (is_word(item, ",") && q == p + 1 && shares_subject) continue;  // "X, launched in 2004, …" is a relative
      close(p);
      if (shares_subject) {
        if (!continuation) prefix = subject_prefix(subject_start, p);
        // A continuation that brings its own auxiliary keeps only the subject; so does one whose
        // verb is finite ("X is managed by Y and consists of …"), not a participle.
        std::string verb_word = items_[after].head.substr(0, items_[after].head.find(' '));
        bool participle = verb_word.ends_with("ed") || verb_word.ends_with("en") || verb_word.ends_with("wn") ||
                          verb_word.ends_with("t");
        if (has_tag(items_[after], "BE") || has_tag(items_[after], "HAVE") ||
            (verb_word.ends_with("s") && !verb_word.ends_with("ss") && !participle)) {
          std::size_t verb = first_verb(subject_start, p);
          prefix.clear();
          for (std::size_t k = subject_start; k < verb; ++k) prefix.push_back(k);
        }
        continuation = true;
      } else {
        continuation = false;
        subject_start = q;
      }
      clause_start = q;
    }
    close(n);
    return views;
  }

  // ------------------------------------------------------------------ rule application
  std::optional<std::vector<Entity>> resolve_slot(const Item& item, std::size_t position, const std::vector<NodeKind>& kinds) {
    std::vector<Entity> out;
    if (!item.members.empty()) {
      for (const Item& member : item.members)
        if (auto e = resolve_one(member, position, kinds)) out.push_back(*e);
    } else if (auto e = resolve_one(item, position, kinds)) {
      out.push_back(*e);
    }
    return out;
  }

  // True when the item is the first mention of its clause: the subject, give or take adverbs.
  // True when the item is the subject of the verb after it ("Under X, it was renamed …").
  bool subject_position(std::size_t position) const {
    std::size_t next = position + 1;
    while (next < items_.size() && has_tag(items_[next], "ADV")) ++next;
    return next < items_.size() && items_[next].verb;
  }

  std::optional<Entity> resolve_one(const Item& item, std::size_t position, const std::vector<NodeKind>& kinds_in) {
    if (item.type == "PRON") {
      // "he" and "she" are people; "it" and "they" never are.
      bool personal = item.head == "he" || item.head == "she";
      std::vector<NodeKind> kinds;
      for (NodeKind kind : kinds_in)
        if ((kind == NodeKind::person) == personal) kinds.push_back(kind);
      if (personal && contains(kinds, NodeKind::person)) {
        if (previous_subject_ && previous_subject_->kind == NodeKind::person && subject_position(position)) {
          Entity found = *previous_subject_;
          found.note = item.head + " = " + found.label;
          return found;
        }
        if (auto found = latest(NodeKind::person, position)) {
          found->note = item.head + " = " + found->label;
          return found;
        }
        return std::nullopt;
      }
      // A subject pronoun continues the previous sentence's subject ("The programme was launched
      // in 1997. It was later expanded …"); an object pronoun takes the latest mention of its kind.
      if (subject_position(position)) {
        // "The same government established A in 2009, and in 2010 it founded B": the subject of
        // the sentence's first clause comes before the previous sentence's.
        std::optional<Entity> sentence_subject;
        for (std::size_t p = 0; p < position && p < items_.size(); ++p) {
          if (items_[p].verb) break;
          if (entity_like(items_[p]) && items_[p].type != "PRON" && items_[p].members.empty()) {
            if (resolved_[p] && p + 1 < position) sentence_subject = resolved_[p];
            break;
          }
        }
        for (const std::optional<Entity>& candidate : {sentence_subject, previous_subject_, topic_})
          if (candidate && contains(kinds, candidate->kind)) {
            Entity found = *candidate;
            found.note = item.head + " = " + found.label;
            return found;
          }
        unresolved_.push_back(document_.meta.id + ": sentence " + std::to_string(sentence_index_) + ": '" + item.head + "'");
        return std::nullopt;
      }
      for (NodeKind kind : kinds)
        if (kind != NodeKind::administration)
          if (auto found = latest(kind, position)) {
            found->note = item.head + " = " + found->label;
            return found;
          }
      unresolved_.push_back(document_.meta.id + ": sentence " + std::to_string(sentence_index_) + ": '" + item.head + "'");
      return std::nullopt;
    }
    // "Compare RISE with LINC 3.0. The latter was …": of the last two things named, the second
    // (the latter) or the first (the former).
    if (item.last == item.first + 2 && tokens_[item.first].norm == "the" &&
        (tokens_[item.first + 1].norm == "latter" || tokens_[item.first + 1].norm == "former")) {
      bool latter = tokens_[item.first + 1].norm == "latter";
      // The pair: the two things of the right kind named last in one of the two sentences before
      // ("A and B started in 2020. The former was … . The latter was …").
      std::vector<Entity> recent;
      for (int back = 0; back <= 2 && recent.size() < 2; ++back) {
        recent.clear();
        int sentence = sentence_index_ - back;
        for (auto it = mentions_.rbegin(); it != mentions_.rend() && recent.size() < 2; ++it) {
          if (it->sentence != sentence || (it->sentence == sentence_index_ && it->position >= position)) continue;
          if (!contains(kinds_in, it->entity.kind) || it->entity.kind == NodeKind::administration) continue;
          bool seen = false;
          for (const Entity& e : recent) seen = seen || e.id == it->entity.id;
          if (!seen) recent.push_back(it->entity);
        }
      }
      if (recent.size() < 2) return std::nullopt;
      Entity found = latter ? recent[0] : recent[1];
      found.note = std::string(latter ? "the latter" : "the former") + " = " + found.label;
      return found;
    }
    std::optional<Entity> own;
    if (item.members.empty() && position < resolved_.size() && resolved_[position] && &items_[position] == &item)
      own = resolved_[position];
    else
      own = own_entity(item, position);
    const std::vector<NodeKind>& kinds = kinds_in;
    if (own && contains(kinds, own->kind)) return own;
    // A phrase of the wrong type is recast into the slot's kind ("focus on regional innovation
    // systems" makes a goal); pack entities and definite descriptions keep their kind.
    bool recastable = item.candidates.empty() && !item.definite && (item.type == "NP" || item.type == "PROG");
    if (!recastable || item.label.empty()) return std::nullopt;
    NodeKind kind = kinds.front();
    if (kind == NodeKind::administration || kind == NodeKind::person || kind == NodeKind::event) return std::nullopt;
    if (kind == NodeKind::organisation && !item.proper) return std::nullopt;
    // Only a programme-like phrase or a name becomes a programme ("the phase", "the goals" do not).
    if (kind == NodeKind::programme && counted(item)) return std::nullopt;
    if (kind == NodeKind::programme) return item.type == "PROG" || item.proper ? std::optional<Entity>(programme_from_phrase(item)) : std::nullopt;
    return named_entity(kind, item.label);
  }

  // Phrases of a REST or CLAUSE slot: split at commas and the final "and" of a list, trimmed of
  // introducers, determiners and trailing relative clauses.
  std::vector<std::string> phrases(std::size_t first_token, std::size_t last_token, bool whole_clause) const {
    std::vector<std::pair<std::size_t, std::size_t>> parts;
    const auto& t = tokens_;
    auto gerund = [&](std::size_t k) {
      return k < last_token && t[k].norm.size() > 4 && t[k].norm.compare(t[k].norm.size() - 3, 3, "ing") == 0;
    };
    if (whole_clause) {
      // Coordinated proposals: "that X should …, and that Y is needed"; "attracting A and building B".
      std::size_t start = first_token;
      for (std::size_t k = first_token + 1; k + 1 < last_token; ++k)
        if ((t[k].norm == "," && t[k + 1].norm == "that") ||
            (t[k].norm == "and" && (t[k + 1].norm == "that" || (gerund(start) && gerund(k + 1)) ||
                                   (first_token > 0 && t[k + 1].norm == t[first_token - 1].norm &&
                                    (t[k + 1].norm == "for" || pack_.lexicon.has("prepositions", t[k + 1].norm)))))) {
          parts.emplace_back(start, k);
          // "called for A and for B": the repeated preposition belongs to the cue, not to B.
          start = t[k + 1].norm == t[first_token - 1].norm && t[k + 1].norm != "that" ? k + 2 : k + 1;
        }
      parts.emplace_back(start, last_token);
      // "recommends (a) A, (b) B and (c) C": enumerated proposals.
      auto marker = [&](std::size_t k) {
        return k + 2 < last_token && t[k].norm == "(" && t[k + 2].norm == ")" && t[k + 1].word && t[k + 1].norm.size() <= 3 &&
               (t[k + 1].number || t[k + 1].norm.find_first_not_of("abcdefghivx") == std::string::npos);
      };
      std::vector<std::pair<std::size_t, std::size_t>> enumerated;
      for (auto [a, b] : parts) {
        std::size_t from = a;
        for (std::size_t k = a; k < b; ++k)
          if (marker(k)) {
            if (k > from) enumerated.emplace_back(from, k);
            from = k + 3;
            k += 2;
          }
        enumerated.emplace_back(from, b);
      }
      if (enumerated.size() > parts.size()) {
        parts.clear();
        for (auto [a, b] : enumerated) {
          while (b > a && (!t[b - 1].word || t[b - 1].norm == "and" || t[b - 1].norm == "or")) --b;
          if (b > a) parts.emplace_back(a, b);
        }
      }
    } else {
      bool oxford = false;
      int depth = 0;
      for (std::size_t k = first_token; k + 1 < last_token; ++k) {
        if (t[k].norm == "(") ++depth;
        if (t[k].norm == ")") --depth;
        if (depth == 0 && t[k].norm == "," && (t[k + 1].norm == "and" || t[k + 1].norm == "or")) oxford = true;
      }
      // ", including …", ", especially …" elaborate the phrase before them; they are not items.
      for (std::size_t k = first_token; k + 1 < last_token; ++k)
        if (t[k].norm == "," && (t[k + 1].norm == "including" || t[k + 1].norm == "especially" || t[k + 1].norm == "notably" ||
                                 t[k + 1].norm == "particularly")) {
          last_token = k;
          break;
        }
      // "technologies such as semiconductors and quantum computing" is one phrase: what follows
      // "such as" illustrates it.
      std::size_t split_end = last_token;
      for (std::size_t k = first_token + 1; k + 1 < last_token; ++k)
        if (t[k].norm == "such" && t[k + 1].norm == "as") {
          split_end = k;
          break;
        }
      // Commas make a list only when a conjunction follows the last of them ("A, B and C"); in
      // "a shift towards a low-carbon, digital economy" the comma joins two adjectives.
      std::size_t last_comma = 0, final_conjunction = 0;
      depth = 0;
      for (std::size_t k = first_token; k < split_end; ++k) {
        if (t[k].norm == "(") ++depth;
        if (t[k].norm == ")") --depth;
        if (depth != 0) continue;
        if (t[k].norm == ",") last_comma = k;
        if (t[k].norm == "and" || t[k].norm == "or" || t[k].norm == ";") final_conjunction = k;
      }
      bool comma_list = last_comma == 0 || final_conjunction > last_comma;
      bool commas = false;
      std::size_t start = first_token;
      std::size_t last_and = 0;
      depth = 0;
      for (std::size_t k = first_token; k < split_end; ++k) {
        if (t[k].norm == "(") ++depth;
        if (t[k].norm == ")") --depth;
        if (depth != 0) continue;
        // "a permanent, non-partisan body": a comma after a lone adjective joins it to the next.
        auto adjective_only = [&](std::size_t from, std::size_t to) {
          while (from < to && pack_.lexicon.has("determiners", t[from].norm)) ++from;
          if (to != from + 1) return false;
          const std::string& w = t[from].norm;
          if (w.size() < 6 || w.ends_with("ment")) return false;
          for (const char* suffix : {"ent", "ant", "al", "ive", "ous", "ic", "ary", "ful", "less", "able", "ible", "ian", "san"})
            if (w.ends_with(suffix)) return true;
          return false;
        };
        if (t[k].norm == "," && comma_list && adjective_only(start, k)) continue;
        if ((t[k].norm == "," && comma_list) || t[k].norm == ";") {
          parts.emplace_back(start, k);
          start = k + 1;
          commas = true;
        } else if ((t[k].norm == "and" || t[k].norm == "or") && !oxford) {
          last_and = k;
        }
      }
      // "A, B and C": the last "and" of a comma list separates items; "A and B" only when "B"
      // starts a noun phrase of its own ("and the growth of …") or repeats the preposition that
      // began "A" ("from X and from Y").
      if (last_and > start && last_and + 1 < last_token) {
        const std::string& next = t[last_and + 1].norm;
        bool repeated = (next == t[start].norm || (start > 0 && next == t[start - 1].norm) || next == "on") &&
                        pack_.lexicon.has("prepositions", next);
        bool np_start = next == "the" || next == "a" || next == "an" || next == "its" || next == "their" || repeated;
        // "semiconductor and other high-tech talent": "and other" continues one phrase.
        bool and_other = next == "other";
        // "fragmentation into many projects and weak evaluation": two substantial noun phrases;
        // but not "small and medium", "science and technology".
        std::string pair = t[last_and - 1].norm + " and " + next;
        bool fixed_pair = pack_.lexicon.has("no_split_pairs", pair) ||
                          (last_and + 2 < last_token && pack_.lexicon.has("no_split_pairs", pair + " " + t[last_and + 2].norm));
        bool substantial = last_and - start >= 3 && last_token - last_and >= 3 && !fixed_pair &&
                           !pack_.lexicon.has("prepositions", t[last_and - 1].norm) && t[last_and - 1].word;
        np_start = (np_start || substantial) && !fixed_pair && !and_other;
        if (and_other) commas = false;
        // "a dispute between the government and Daejeon": "between … and" joins, it does not list.
        for (std::size_t k = start; k < last_and; ++k)
          if (t[k].norm == "between" || t[k].norm == "both") np_start = commas = false;
        if ((commas || np_start) && !chunker_.is_verb_word(next) && !(next.size() > 3 && next.compare(next.size() - 3, 3, "ing") == 0)) {
          parts.emplace_back(start, last_and);
          start = last_and + 1;
        }
      }
      parts.emplace_back(start, last_token);
    }
    std::vector<std::string> out;
    static const std::set<std::string> lead_words{"and", "or", "but", "that", "also", "then", "first", "second", "third",
                                                  "finally", "lastly", "namely", "including", "such", "as", "to", "we", "they",
                                                  "it", "there"};
    for (auto [a, b] : parts) {
      // Leading subject and modal of a proposal: "we need to build …" → "build …".
      if (whole_clause) {
        for (std::size_t k = a; k < b && k < a + 6; ++k) {
          const std::string& n = t[k].norm;
          if ((n == "to" && k > a && (t[k - 1].norm == "need" || t[k - 1].norm == "needs" || t[k - 1].norm == "has" ||
                                      t[k - 1].norm == "have" || t[k - 1].norm == "ought")) ||
              n == "should" || n == "must") {
            // "An independent review of X should be carried out before …": the subject is part of
            // the proposal, which stays whole.
            // (Not "technoparks should be given more autonomy": an object after the participle.)
            auto ends_passive = [&](std::size_t at) {
              return at >= b || !t[at].word || pack_.lexicon.has("prepositions", t[at].norm) ||
                     pack_.lexicon.has("verb_particles", t[at].norm);
            };
            bool passive = (n == "should" || n == "must") && k > a && k + 2 < b && t[k + 1].norm == "be" &&
                           (t[k + 2].norm.ends_with("ed") || t[k + 2].norm.ends_with("en")) && ends_passive(k + 3);
            if (!passive) a = k + 1;
            break;
          }
        }
        // "The programme failed to attract investors": the failure is the problem, not "attract …".
        if (a == first_token && a >= 2 && t[a - 1].norm == "to" &&
            (t[a - 2].norm == "failed" || t[a - 2].norm == "fail" || t[a - 2].norm == "fails"))
          a -= 2;
        // "There should have been …": a regret about the past, not a proposal.
        if (b - a >= 1 && (t[a].norm == "have" || t[a].norm == "been") && (a + 1 >= b || t[a + 1].norm == "been" || t[a].norm == "been"))
          continue;
        // "… said the civil space budget should be doubled by 2030": the slot starts after the modal;
        // a passive proposal takes its subject from before it.
        bool passive_after = a + 2 >= b || !t[a + 2].word || pack_.lexicon.has("prepositions", t[a + 2].norm);
        if (a == first_token && a + 1 < b && t[a].norm == "be" && (t[a + 1].norm.ends_with("ed") || t[a + 1].norm.ends_with("en")) &&
            passive_after && a >= 2 && (t[a - 1].norm == "should" || t[a - 1].norm == "must")) {
          std::size_t from = a - 1;
          while (from > 0 && t[from - 1].word && !chunker_.is_verb_word(t[from - 1].norm) && t[from - 1].norm != "that" &&
                 !pack_.lexicon.has("conjunctions", t[from - 1].norm) && a - from < 10)
            --from;
          if (from < a - 1) a = from;
        }
      }
      // A leading verb of a result ("helped create more jobs") or a repeated preposition goes.
      if (!whole_clause && b - a > 2 && (pack_.lexicon.has("prepositions", t[a].norm) ||
                                        (chunker_.is_verb_word(t[a].norm) && !pack_.lexicon.has("nounable", t[a].norm))))
        ++a;
      if (whole_clause && b - a > 2 && (t[a].norm == "was" || t[a].norm == "were" || t[a].norm == "is" || t[a].norm == "are" ||
                                        t[a].norm == "has" || t[a].norm == "have" || t[a].norm == "had"))
        ++a;
      while (a < b && (!t[a].word || lead_words.count(t[a].norm) || pack_.lexicon.has("determiners", t[a].norm) ||
                       pack_.lexicon.has("drop_modifiers", t[a].norm) || (t[a].norm.size() > 2 && t[a].norm.compare(t[a].norm.size() - 2, 2, "'s") == 0 && !t[a].capitalised)))
        ++a;
      for (std::size_t k = a + 1; k < b; ++k) {
        const std::string& n = t[k].norm;
        // (A short head keeps its relative clause: "an evaluation system that still counts papers"
        // says the problem; "evaluation system" alone does not.)
        bool relative = (n == "which" || n == "who" || (n == "that" && k > a + 1)) && k > a + 1 && (whole_clause || k - a > 3);
        bool purpose = (n == "in" && k + 2 < b && (t[k + 1].norm == "preparation" || t[k + 1].norm == "order")) ||
                       (n == "so" && k + 1 < b && t[k + 1].norm == "that");
        // A time adjunct ends the phrase: "inclusive growth in 2019", "the zones since March 2003".
        auto year_like = [&](std::size_t at) {
          return at < b && ((t[at].number && t[at].norm.size() == 4) || pack_.lexicon.months.count(t[at].norm) > 0);
        };
        bool time = (n == "in" || n == "since" || n == "from" || n == "until" || n == "by" || n == "during" || n == "after" ||
                     n == "before") &&
                    (year_like(k + 1) || (k + 2 < b && (t[k + 1].norm == "early" || t[k + 1].norm == "late" || t[k + 1].norm == "mid") &&
                                           year_like(k + 2)));
        // A subordinate clause ends it too: "a low share of foreign firms, since most investors are …".
        bool subordinate = k > a + 1 && (n == "because" || n == "although" || n == "though" || n == "whereas" || n == "but" ||
                                         (n == "since" && !year_like(k + 1)) || (n == "while" && t[k - 1].norm == ","));
        // A closing quotation mark ends it: "… bio-health as one of three engines," Seo said.
        bool quote = n == "\"";
        if (relative || purpose || time || subordinate || quote) {
          b = k;
          break;
        }
      }
      while (b > a && !t[b - 1].word) --b;
      // "… is needed", "… are required": the proposal is what comes before.
      if (whole_clause && b - a > 3) {
        const std::string& last = t[b - 1].norm;
        if ((last == "needed" || last == "required" || last == "necessary" || last == "essential" || last == "desirable") &&
            (t[b - 2].norm == "is" || t[b - 2].norm == "are" || t[b - 2].norm == "be"))
          b -= 2;
      }
      if (b <= a) continue;
      // The phrase as written, without its parentheses: "job creation (1.9 million jobs by 2025)".
      std::string phrase;
      int parentheses = 0;
      std::size_t piece = a;
      for (std::size_t k = a; k <= b; ++k) {
        bool open = k < b && t[k].norm == "(";
        if (k == b || (open && parentheses == 0)) {
          if (k > piece && parentheses == 0) {
            if (!phrase.empty()) phrase += ' ';
            phrase += std::string_view(text_).substr(t[piece].begin, t[k - 1].end - t[piece].begin);
          }
        }
        if (k == b) break;
        if (open) ++parentheses;
        if (t[k].norm == ")" && parentheses > 0 && --parentheses == 0) piece = k + 1;
      }
      if (phrase.empty()) phrase = std::string_view(text_).substr(t[a].begin, t[b - 1].end - t[a].begin);
      // A phrase of closed-class words only ("not", "it", "to them") says nothing, nor does a bare
      // cue noun ("weaknesses", "the results"): what they are comes after.
      std::size_t letters = 0;
      bool content = false;
      for (std::size_t k = a; k < b; ++k) {
        letters += t[k].word ? 1 : 0;
        content = content || (t[k].word && !chunker_.closed_class(t[k].norm) && !chunker_.in_class(t[k].norm, "PROBLEM_NOUN") &&
                              !chunker_.in_class(t[k].norm, "OUTCOME_NOUN") && !chunker_.in_class(t[k].norm, "RECOMMEND_NOUN"));
      }
      if (letters == 0 || !content) continue;
      out.push_back(phrase);
    }
    return out;
  }

  std::string item_text(const Item& item) const {
    return std::string(std::string_view(text_).substr(tokens_[item.first].begin, tokens_[item.last - 1].end - tokens_[item.first].begin));
  }

  void run_rules() {
    // A question asserts nothing ("What should be done?", "Did the zones work?").
    for (std::size_t k = tokens_.size(); k-- > item_start_token_;) {
      if (tokens_[k].norm == "\"" || tokens_[k].norm == ")") continue;
      if (tokens_[k].norm == "?") return;
      break;
    }
    std::vector<View> views = clause_views();
    for (std::size_t v = 0; v < views.size(); ++v) {
      const View& view = views[v];
      std::string symbols;
      for (std::size_t index : view.items) append_symbol(symbols, items_[index].symbol);
      std::set<std::string> claimed;  // relation + object, so that a general rule does not repeat a specific one
      for (const RuleMatch& match : rules_.match(symbols)) {
        const CompiledRule& rule = *match.rule;
        if (!rule.needs.empty() && !flags_.count(rule.needs)) continue;
        bool blocked = false;
        std::size_t check_end = match.last;
        for (const std::string& rest : rule.rest_slots)
          if (auto slot = match.slots.find(rest); slot != match.slots.end() && slot->second.last > slot->second.first)
            check_end = std::min(check_end, slot->second.first);
        bool negation_ok = rule.source->negation;
        for (std::size_t k = match.first; k < check_end; ++k) {
          const Item& item = items_[view.items[k]];
          if ((has_tag(item, "NEG") && !negation_ok) || has_tag(item, "MODAL")) blocked = true;
        }
        // "did not … launch" and "plans to …" may also stand just before the match.
        if (match.first > 0) {
          const Item& before = items_[view.items[match.first - 1]];
          if (has_tag(before, "NEG") || has_tag(before, "MODAL")) blocked = true;
        }
        if (blocked) continue;
        if (!rule.sets.empty()) next_flags_.insert(rule.sets);
        if (trace_) {
          *trace_ << "    view " << v << " rule " << rule.source->id << ":";
          for (auto& [name, slot] : match.slots)
            if (slot.last > slot.first)
              *trace_ << " " << name << "=[" << item_text(items_[view.items[slot.first]]) << (slot.last - slot.first > 1 ? " …" : "") << "]";
          *trace_ << "\n";
        }
        apply(rule, match, view, claimed);
      }
    }
  }

  // The person a quotation in the sentence is attributed to: '"…," Seo said', '"…," he said',
  // '"…," said Lee Jae-won, Director …'. A pronoun is the person last mentioned.
  std::optional<Entity> quoted_speaker() {

    auto speaker = [&](std::size_t p) -> std::optional<Entity> {
      const Item& item = items_[p];
      if (item.type == "PERSON") return resolved_[p] ? resolved_[p] : std::optional<Entity>(person_entity(item));
      if (item.type == "PRON" && (item.head == "he" || item.head == "she")) return latest(NodeKind::person, p);
      return std::nullopt;
    };
    for (std::size_t p = 0; p + 2 < items_.size(); ++p) {
      bool closing = (is_word(items_[p], "\"") && is_word(items_[p + 1], ",")) || (is_word(items_[p], ",") && is_word(items_[p + 1], "\""));
      if (!closing) continue;
      std::size_t q = p + 2;
      if (has_tag(items_[q], "SAY") && q + 1 < items_.size())
        if (auto found = speaker(q + 1)) return found;
      if (q + 1 < items_.size() && has_tag(items_[q + 1], "SAY"))
        if (auto found = speaker(q)) return found;
    }
    return std::nullopt;
  }

  std::vector<Entity> argument(const std::string& spec, const CompiledRule& rule, const RuleMatch& match, const View& view,
                               const std::vector<NodeKind>& kinds, std::set<std::string>& claimed, Relation relation) {
    std::size_t bar = spec.find('|');
    if (bar != std::string::npos) {
      auto first = argument(spec.substr(0, bar), rule, match, view, kinds, claimed, relation);
      return first.empty() ? argument(spec.substr(bar + 1), rule, match, view, kinds, claimed, relation) : first;
    }
    std::vector<Entity> out;
    if (!spec.empty() && spec[0] == '@') {
      std::size_t position = view.items.empty() ? 0 : view.items.front();
      std::optional<Entity> found;
      if (spec == "@EVENT") {
        // The event the document reports: the first it names (a title naming one comes first),
        // not a session or panel of it mentioned on the way.
        for (const Mention& mention : mentions_)
          if (mention.entity.kind == NodeKind::event) {
            found = mention.entity;
            break;
          }
      }
      else if (spec == "@TOPIC") found = salient_programme();
      else if (spec == "@PROG") found = latest(NodeKind::programme, position);
      else if (spec == "@ADMIN") found = latest(NodeKind::administration, position);
      else if (spec == "@AUTHOR") found = author_;
      else if (spec == "@SPEAKER") found = quoted_speaker();
      else if (spec == "@POSSESSOR") {
        // "Its weaknesses were …": what "its" stands for, the previous sentence's subject.
        for (std::size_t k = match.first; k < match.last && k < view.items.size(); ++k) {
          const std::string& first_word = tokens_[items_[view.items[k]].first].norm;
          if (first_word == "its" || first_word == "their") {
            if (previous_subject_) found = previous_subject_;
            if (found) found->note = first_word + " = " + found->label;
            break;
          }
        }
      }
      else if (spec == "@ITEM" && item_start_token_ > 0) {
        // The first entity a list item names ("- The Data Dam project led to …").
        for (std::size_t p = mention_from_; p < items_.size() && !found; ++p)
          if (resolved_[p] && contains(kinds, resolved_[p]->kind)) found = resolved_[p];
      }
      if (found && contains(kinds, found->kind)) out.push_back(*found);
      return out;
    }
    auto slot = match.slots.find(spec);
    if (slot == match.slots.end() || slot->second.last <= slot->second.first) return out;
    if (rule.rest_slots.count(spec)) {
      std::size_t first_token = items_[view.items[slot->second.first]].first;
      // A proposal runs to the end of the sentence even where a coordinated verb split the clause.
      std::size_t last_item = slot->second.last;
      if (!rule.clause_slots.count(spec)) {
        // A rest ends where a comma and a verb start another predicate ("The government, which
        // emphasised X, established Y").
        for (std::size_t k = slot->second.first + 1; k + 1 < slot->second.last; ++k) {
          const Item& item = items_[view.items[k]];
          const Item& next = items_[view.items[k + 1]];
          // (Not "…, support concentration on manufacturing, …": a word that may be a noun, in a list.)
          bool finite = next.verb && !has_tag(next, "ADV") && next.type.empty() &&
                        ((next.head.size() > 2 && next.head.ends_with("ed")) ||
                         !pack_.lexicon.has("nounable", next.head));
          // "…, and the centres now share …": a comma, a conjunction, a subject and its verb.
          bool new_clause = false;
          if (item.type.empty() && item.head == "," && k + 3 < slot->second.last) {
            const Item& conj = items_[view.items[k + 1]];
            std::size_t m = k + 3;
            while (m < slot->second.last && has_tag(items_[view.items[m]], "ADV")) ++m;
            auto verb_like = [&](const Item& candidate) {
              const std::string& w = tokens_[candidate.first].norm;
              return candidate.type.empty() && (candidate.verb || (tokens_[candidate.first].word && !pack_.lexicon.has("prepositions", w) &&
                                                                   !pack_.lexicon.has("determiners", w) && !pack_.lexicon.has("conjunctions", w) &&
                                                                   w != "of" && w != "for" && w != "to"));
            };
            new_clause = (conj.head == "and" || conj.head == "but") && !items_[view.items[k + 2]].type.empty() &&
                         m < slot->second.last && verb_like(items_[view.items[m]]);
          }
          if (new_clause) {
            last_item = k;
            break;
          }
          if (item.type.empty() && item.head == "," && finite) {
            last_item = k;
            break;
          }
        }
      }
      std::size_t last_token = rule.clause_slots.count(spec) ? tokens_.size() : items_[view.items[last_item - 1]].last;
      // In a list item the phrase is the item's, not its lead-in's ("recommends that the government: 1. track …").
      if (item_start_token_ > 0 && first_token < item_start_token_ && last_token > item_start_token_) first_token = item_start_token_;
      // "pointed to the need for …" is a proposal, not a problem; "Problems were raised: …" leaves
      // its list to the rules that read it.
      if (relation == Relation::has_problem && (has_tag(items_[view.items[slot->second.first]], "NEED") ||
                                                has_tag(items_[view.items[slot->second.first]], "RAISE")))
        return out;
      // A lead-in ("The author recommends that the government:") leaves its phrase to its items.
      if (item_start_token_ == 0 && !tokens_.empty() && tokens_.back().norm == ":" && last_token >= tokens_.size() - 1) {
        bool verb_after = false;
        for (std::size_t k = slot->second.first; k < slot->second.last; ++k) verb_after = verb_after || items_[view.items[k]].verb;
        if (!verb_after) return out;
      }
      // "- Weak local ownership: the fund relies on central funding, with …": an item that opens
      // with a short label is one point, the label and its first clause.
      bool labelled = false;
      if (item_start_token_ > 0 && first_token == item_start_token_ && !rule.clause_slots.count(spec)) {
        for (std::size_t k = first_token + 1; k < last_token && k < first_token + 7; ++k) {
          if (tokens_[k].norm == ":") {
            for (std::size_t m = k + 1; m < last_token; ++m)
              if (tokens_[m].norm == "," || tokens_[m].norm == ";") {
                last_token = m;
                break;
              }
            labelled = true;
            break;
          }
          if (!tokens_[k].word && tokens_[k].norm != "-") break;
        }
      }

      // One list (or proposal) per relation and clause end: the first, most specific rule wins.
      std::string key = std::string(to_string(relation)) + "@" + std::to_string(last_token);
      if (claimed.count(key)) return out;
      claimed.insert(key);
      if (labelled) {
        std::string phrase(std::string_view(text_).substr(tokens_[first_token].begin, tokens_[last_token - 1].end - tokens_[first_token].begin));
        while (!phrase.empty() && (phrase.back() == '.' || phrase.back() == ';' || phrase.back() == ',')) phrase.pop_back();
        out.push_back(named_entity(kinds.front(), phrase));
        return out;
      }
      // A rest that is one list the chunker found ("regulatory reform and private investment")
      // gives its members.
      std::size_t words = 0;
      const Item* only = nullptr;
      for (std::size_t k = slot->second.first; k < slot->second.last; ++k) {
        const Item& item = items_[view.items[k]];
        if (item.type.empty() && !tokens_[item.first].word) continue;
        ++words;
        only = &item;
      }
      if (words == 1 && !only->members.empty() && !rule.clause_slots.count(spec)) {
        for (const Item& member : only->members)
          for (const std::string& phrase : phrases(member.first, member.last, false)) out.push_back(named_entity(kinds.front(), phrase));
        return out;
      }
      for (const std::string& phrase : phrases(first_token, last_token, rule.clause_slots.count(spec) > 0))
        out.push_back(named_entity(kinds.front(), phrase));
      return out;
    }
    std::size_t index = view.items[slot->second.first];
    if (auto resolved = resolve_slot(items_[index], index, kinds)) out = *resolved;
    return out;
  }

  std::string attribute_value(const std::string& spec, const RuleMatch& match, const View& view) const {
    if (spec.size() >= 2 && spec.front() == '"' && spec.back() == '"') return spec.substr(1, spec.size() - 2);
    auto slot_item = [&](const std::string& name) -> const Item* {
      auto found = match.slots.find(name);
      if (found == match.slots.end() || found->second.last <= found->second.first) return nullptr;
      return &items_[view.items[found->second.first]];
    };
    auto call = [&](const char* function) -> std::optional<std::string> {
      std::string prefix = std::string(function) + "(";
      if (spec.rfind(prefix, 0) != 0 || spec.back() != ')') return std::nullopt;
      return spec.substr(prefix.size(), spec.size() - prefix.size() - 1);
    };
    if (auto argument = call("modeof")) {
      const Item* verb = slot_item(*argument);
      if (!verb) return "";
      for (const std::string& tag : verb->tags)
        if (auto mode = modes_.find(tag); mode != modes_.end()) return mode->second;
      return "converted";
    }
    if (auto argument = call("title")) {
      const Item* person = slot_item(*argument);
      return person ? person->role : "";
    }
    if (auto arguments = call("span")) {
      std::size_t comma = arguments->find(',');
      const Item* from = slot_item(arguments->substr(0, comma));
      const Item* to = comma == std::string::npos ? nullptr : slot_item(arguments->substr(comma + 1));
      if (!from) return "";
      if (!to) to = from;
      std::string text(std::string_view(text_).substr(tokens_[from->first].begin, tokens_[to->last - 1].end - tokens_[from->first].begin));
      std::string label = chunker_.clean_label(tokens_, from->first, to->last, text_);
      return label.empty() ? text : label;
    }
    const Item* item = slot_item(spec);
    if (!item) return "";
    if (item->date) return std::to_string(item->date->year);
    return item->label.empty() ? item_text(*item) : item->label;
  }

  void apply(const CompiledRule& rule, const RuleMatch& match, const View& view, std::set<std::string>& claimed) {
    const RuleSource& source = *rule.source;
    for (const EmitSpec& emit : source.emits) {
      if (emit.form) {
        auto whole = argument(emit.subject, rule, match, view, {NodeKind::programme}, claimed, Relation::part_of);
        auto first = argument(emit.object, rule, match, view, {NodeKind::programme}, claimed, Relation::part_of);
        if (whole.size() == 1 && first.size() == 1 && whole[0].id != first[0].id) forms_[whole[0].id] = first[0].id;
        continue;
      }
      if (emit.object == "@NONE" || emit.subject == "@NONE") continue;
      auto subjects = argument(emit.subject, rule, match, view, subject_kinds(emit.relation), claimed, emit.relation);
      if (subjects.empty()) continue;
      auto objects = argument(emit.object, rule, match, view, object_kinds(emit.relation), claimed, emit.relation);
      Attributes attributes;
      std::optional<int> year;
      for (const auto& [key, spec] : emit.attributes) {
        std::string value = attribute_value(spec, match, view);
        if (value.empty()) continue;
        if (key == "year") {
          if (value.size() == 4 && std::all_of(value.begin(), value.end(), ::isdigit)) year = std::stoi(value);
          continue;
        }
        attributes[key] = value;
      }
      if (emit.relation == Relation::introduced && !year) {
        // The year of the clause, when it gives exactly one.
        std::set<int> years;
        for (std::size_t index : view.items)
          if (items_[index].date && items_[index].year_given) years.insert(items_[index].date->year);
        if (years.size() == 1) year = *years.begin();
      }
      for (const Entity& subject : subjects) {
        for (const Entity& object : objects) {
          if (emit.relation == Relation::part_of && subject.kind != object.kind) continue;
          if (emit.relation == Relation::evolved_into) {
            if (subject.kind != object.kind) continue;
            // A policy that changed shape evolves from its current form.
            std::string from = subject.id;
            for (int hops = 0; hops < 8 && forms_.count(from) && forms_[from] != object.id; ++hops) from = forms_[from];
            Entity source_entity = subject;
            if (from != subject.id) {
              auto node = nodes_.find(from);
              source_entity = Entity{from, subject.kind, node != nodes_.end() ? node->second.label : from,
                                     subject.label + " = " + (node != nodes_.end() ? node->second.label : from)};
              if (!subject.note.empty()) source_entity.note = subject.note + "; " + source_entity.note;
            }
            forms_[subject.id] = object.id;
            if (from != subject.id) forms_[from] = object.id;
            add_fact(emit.relation, source_entity, object, year, attributes, source.id, source.confidence);
            continue;
          }
          add_fact(emit.relation, subject, object, year, attributes, source.id, source.confidence);
          // What an administration has just introduced is what the next sentences talk about.
          if (emit.relation == Relation::introduced && object.kind == NodeKind::programme) {
            topic_ = object;
            topic_->note.clear();
          }
        }
      }
    }
  }

  void trace_items() const {
    *trace_ << document_.meta.id << " [" << sentence_index_ << "] ";
    for (const Item& item : items_) {
      std::string tags;
      for (const std::string& tag : item.tags) tags += (tags.empty() ? "" : "&") + tag;
      *trace_ << "<" << item_text(item) << ":" << tags << (item.verb ? "*" : "") << (item.members.empty() ? "" : " list") << "> ";
    }
    *trace_ << "\n";
  }

  void update_topic() {
    std::vector<View> views = clause_views();
    // A list item's subject is in the item, not in its lead-in.
    std::vector<std::size_t> first_clause;
    for (const View& view : views) {
      for (std::size_t index : view.items)
        if (index >= mention_from_) first_clause.push_back(index);
      if (!first_clause.empty()) break;
    }
    // "According to Dr. Choi, the account gave …": a fronted phrase up to its comma is not the subject.
    if (!first_clause.empty() && items_[first_clause.front()].type.empty() && !items_[first_clause.front()].verb) {
      for (std::size_t k = 0; k < first_clause.size(); ++k) {
        const Item& item = items_[first_clause[k]];
        if (item.verb) break;
        if (item.type.empty() && item.head == ",") {
          first_clause.erase(first_clause.begin(), first_clause.begin() + static_cast<long>(k) + 1);
          break;
        }
      }
    }
    bool subject_seen = false;
    for (std::size_t index : first_clause) {
      const Item& item = items_[index];
      if (item.verb) break;
      if (!subject_seen && entity_like(item) && item.members.empty()) {
        subject_seen = true;
        if (resolved_[index]) previous_subject_ = resolved_[index];
        else if (item.type == "PRON" && previous_subject_) {
        } else previous_subject_.reset();
      }
      if (item.type == "PROG" && item.members.empty() && resolved_[index] && resolved_[index]->kind == NodeKind::programme) {
        topic_ = resolved_[index];
        topic_->note = "topic = " + topic_->label;
        return;
      }
      if (entity_like(item) && item.type != "PROG") return;
    }
  }

  const Pack& pack_;
  const Chunker& chunker_;
  const RuleSet& rules_;
  const std::map<std::string, std::string>& modes_;
  const SourceDocument& document_;
  const std::string& text_;
  std::ostream* trace_ = nullptr;
  std::optional<Date> document_date_;

  int sentence_index_ = 0;
  SentenceSpan span_;
  std::size_t mention_from_ = 0; ///< items before this one belong to a list item's lead-in
  std::size_t item_start_token_ = 0;  ///< the first token of a list item read after its lead-in, else 0
  std::vector<Token> tokens_;
  std::vector<Item> items_;
  std::vector<std::optional<Entity>> resolved_;
  std::vector<Mention> mentions_;
  std::optional<Entity> topic_;
  std::string seed_id_;            ///< the event the title named, until the text names it in full
  std::optional<Entity> author_;  ///< the byline's person, for recommendations the text makes in its own voice
  std::optional<Entity> previous_subject_;
  std::map<std::string, std::string> forms_;
  std::map<std::string, Entity> acronyms_;  ///< acronyms the document defined, to what they name
  std::set<std::string> nicknames_;         ///< one-word names defined by "known as", not in capitals
  struct Salience {
    Entity entity;
    double score = 0;
    std::size_t last_seen = 0;
    int first_sentence = 0;
  };
  std::map<std::string, Salience> programme_scores_;  ///< running scores of the programmes mentioned
  std::string title_folded_;                          ///< the title, normalised, between spaces
  std::set<std::string> flags_, next_flags_;
  std::map<std::string, Node> nodes_;
  std::map<std::string, Node> pending_nodes_;
  std::vector<Edge> edges_;
  std::vector<std::string> unresolved_;
};

}  // namespace

Extractor::Extractor(Pack pack) : pack_(std::move(pack)) {
  gazetteer_ = std::make_unique<Gazetteer>(pack_);
  rules_ = std::make_unique<RuleSet>(pack_);
  chunker_ = std::make_unique<Chunker>(pack_, *gazetteer_, rules_->symbols());
  modes_ = {{"EXPAND", "expanded"}, {"CONVERT", "converted"}, {"REPLACE", "replaced"}, {"RENAME", "renamed"},
            {"MERGE", "merged"},    {"REORGANISE", "reorganised"}, {"FOLLOW", "followed_by"}};
}

Extractor::~Extractor() = default;

Extraction Extractor::extract(const SourceDocument& document) const {
  DocumentRun run(pack_, *chunker_, *rules_, modes_, document, trace_);
  return run.run();
}

void Extractor::link_successions(PolicyGraph& graph) const {
  const auto& list = pack_.administrations;
  for (std::size_t k = 0; k + 1 < list.size(); ++k) {
    std::string from = make_node_id(NodeKind::administration, list[k].id);
    std::string to = make_node_id(NodeKind::administration, list[k + 1].id);
    if (!graph.node(from) || !graph.node(to)) continue;
    Evidence e;
    e.document = "pack:" + pack_.name;
    e.text = list[k].label + " (" + list[k].start.to_string() + " to " + (list[k].end ? list[k].end->to_string() : "") +
             ") was followed by " + list[k + 1].label + " (from " + list[k + 1].start.to_string() + ")";
    e.rule = "pack.terms";
    graph.add_edge(Edge{from, to, Relation::succeeded_by, std::nullopt, {}, {e}});
  }
}

}  // namespace policygraph::ingest
