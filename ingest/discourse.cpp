// The discourse so far: mentions in order, the programme a passage is about (salience), acronyms
// and nicknames a text defines, the byline's author and a reported event's title.
#include "ingest/document_run.hpp"

#include <span>

namespace policygraph::ingest::extraction {

// Head words that name the same kind of thing: "program" and "programme", plural and singular.
std::string DocumentRun::same_head(const std::string& word) const { return grammar_.spelling(grammar_.singular(word)); }

// A programme named by a noun phrase; "regional industry promotion projects" after "regional
// industry promotion policy" is the same family of programmes.
Entity DocumentRun::programme_from_phrase(const Item& item) {
  if (grammar_.is(grammar_.programme_family_heads, item.head)) {
    std::string label_stem = normalise_name(item.label);
    std::size_t space = label_stem.rfind(' ');
    if (space != std::string::npos) {
      label_stem.resize(space);
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
std::optional<Entity> DocumentRun::latest(NodeKind kind, std::size_t position, const std::string& head) {
  std::string word = head.empty() ? "" : " " + same_head(head) + " ";
  // First a mention with that head, then one whose name has the word.
  if (!head.empty())
    for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it)
      if (!(it->sentence == sentence_index_ && it->position >= position) && it->entity.kind == kind &&
          (it->head == head || grammar_.singular(it->head) == grammar_.singular(head)))
        return it->entity;
  for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
    if (it->sentence == sentence_index_ && it->position >= position) continue;
    if (it->entity.kind != kind) continue;
    if (!head.empty() && it->head != head && grammar_.singular(it->head) != grammar_.singular(head)) {
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
  if (!head.empty() && grammar_.is(grammar_.generic_organisation_heads, grammar_.singular(head))) return latest(kind, position);
  return std::nullopt;
}

// "Kang said …" after "Kang Jeong-hoon": a single capitalised word that is part of a person's
// name mentioned earlier is that person.
std::optional<Entity> DocumentRun::person_by_part(const std::string& word) const {
  std::string folded = normalise_name(word);
  for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
    if (it->entity.kind != NodeKind::person) continue;
    std::string name = " " + normalise_name(it->entity.label) + " ";
    if (name.find(" " + folded + " ") != std::string::npos) return it->entity;
  }
  return std::nullopt;
}

// Counts a mention; programmes keep a running score for salient_programme().
void DocumentRun::add_mention(Mention mention) {
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
  if (mention.entity.kind == NodeKind::programme || mention.entity.kind == NodeKind::organisation)
    mention.name_words = &name_words(mention.entity.label);
  mentions_.push_back(std::move(mention));
}

// The programme the document is about so far, for problems and results listed without naming
// it: the most mentioned programme (a mention in the title counts three more, one in the last
// three sentences one more, the current topic two more), the latest of equals. Mentions of the
// sentence being read do not count: it does not choose what it is about. Time: the programmes
// of the document plus the mentions of the last sentences.
std::optional<Entity> DocumentRun::salient_programme() const {
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
bool DocumentRun::counted(const Item& item) const {
  return !item.proper && item.candidates.empty() &&
         (grammar_.is(grammar_.quantifiers, tokens_[item.first].norm) || tokens_[item.first].number);
}

// "the Korea Space Launch Vehicle-II programme, better known as Nuri": a one-word name the text
// gives a programme or body stands for it from then on, like an acronym it defines.
void DocumentRun::note_nicknames() {
  for (std::size_t p = 0; p + 3 < items_.size(); ++p) {
    if (!resolved_[p] || (resolved_[p]->kind != NodeKind::programme && resolved_[p]->kind != NodeKind::organisation)) continue;
    std::size_t q = p + 1;
    if (is_mark(items_[q], ",")) ++q;
    while (q < items_.size() && items_[q].last == items_[q].first + 1 && grammar_.is(grammar_.nickname_adverbs, items_[q].head)) ++q;
    if (q >= items_.size() || !items_[q].type.empty()) continue;
    std::size_t cue = grammar_.match(grammar_.nickname_verbs, tokens_, items_[q].first);
    if (cue == 0) continue;
    // The cue's words are items of their own: the name is the item after them.
    std::size_t end_token = items_[q].first + cue;
    while (q < items_.size() && items_[q].first < end_token) ++q;
    if (q >= items_.size() || items_[q].last != items_[q].first + 1 || !tokens_[items_[q].first].capitalised) continue;
    const std::string& alias = tokens_[items_[q].first].norm;
    if (acronyms_.count(alias)) continue;
    acronyms_[alias] = *resolved_[p];
    nicknames_.insert(alias);
  }
}

// "The seminar, titled "Regional Innovation Hubs after COVID-19", drew …": the quoted title is
// the event's name; its kind word stays an alias.
void DocumentRun::note_event_title() {
  for (std::size_t p = 0; p + 3 < items_.size(); ++p) {
    if (!resolved_[p] || resolved_[p]->kind != NodeKind::event) continue;
    std::size_t q = p + 1;
    if (is_mark(items_[q], ",")) ++q;
    if (q + 1 >= items_.size() || !items_[q].type.empty()) continue;
    if (!grammar_.is(grammar_.title_cues, items_[q].head)) continue;
    // (The tokenizer writes curly quotation marks as '"'.)
    std::size_t open = items_[q + 1].first;
    if (tokens_[open].norm != "\"") continue;
    std::size_t close = open + 1;
    while (close < tokens_.size() && tokens_[close].norm != "\"") ++close;
    if (close >= tokens_.size() || close == open + 1) continue;
    std::string title = display_text(std::string_view(text_).substr(tokens_[open + 1].begin, tokens_[close - 1].end - tokens_[open + 1].begin));
    const std::string id = resolved_[p]->id;
    for (auto* nodes : {&pending_nodes_, &nodes_}) {
      auto found = nodes->find(id);
      if (found == nodes->end() || found->second.label == title) continue;
      std::string old_label = found->second.label;
      found->second.label = title;
      merge_aliases(found->second.aliases, {old_label}, title);
    }
    for (Mention& mention : mentions_)
      if (mention.entity.id == id) {
        mention.entity.label = title;
        if (mention.name_words) mention.name_words = &name_words(title);
      }
  }
}

// "By Kang Hyun-soo", "Author: Dr. Han, KIET": the person who wrote the document, near its top.
void DocumentRun::note_byline() {
  if (author_ || sentence_index_ > 8 || tokens_.empty()) return;
  const std::string& first = tokens_.front().norm;
  if (!grammar_.is(grammar_.byline_openers, first)) return;
  // "By Jung Mi-rae, staff reporter": a reporter reports what others propose.
  for (const Token& token : tokens_)
    if (grammar_.is(grammar_.reporter_nouns, token.norm)) return;
  for (std::size_t p = 0; p < items_.size(); ++p)
    if (resolved_[p] && resolved_[p]->kind == NodeKind::person) {
      author_ = resolved_[p];
      author_->note = "the author = " + author_->label;
      return;
    }
}

void DocumentRun::note_interview() {
  std::size_t label = item_start_token_;
  if (label + 1 >= tokens_.size() || (tokens_[label + 1].norm != ":" && tokens_[label + 1].norm != ".")) return;
  if (token_in(label, grammar_.answer_labels)) in_answer_ = true;
  if (token_in(label, grammar_.question_labels)) {
    in_answer_ = false;
    for (std::size_t p = 0; p < items_.size(); ++p)
      if (resolved_[p] && resolved_[p]->kind == NodeKind::person && items_[p].first > label) {
        interviewer_ = resolved_[p];
        break;
      }
  }
}

// "The Regional Growth Fund (RGF)": the acronym a name defines in parentheses.
std::string DocumentRun::defined_acronym(const Item& item) const {
  if (item.last - item.first < 4) return "";
  const Token& close = tokens_[item.last - 1];
  const Token& acronym = tokens_[item.last - 2];
  const Token& open = tokens_[item.last - 3];
  if (close.norm != ")" || open.norm != "(" || !acronym.all_caps) return "";
  return acronym.norm;
}

// "KIPA", "the RGF": an acronym that a name of this document defined earlier.
std::optional<Entity> DocumentRun::acronym_mention(const Item& item) const {
  if (!item.candidates.empty() || item.type == "PERSON" || item.type == "ADMIN") return std::nullopt;
  std::size_t k = item.first;
  while (k < item.last && grammar_.is(grammar_.determiners, tokens_[k].norm)) ++k;
  if (k + 1 != item.last) return std::nullopt;
  // "KODC" or the possessive "KODC's".
  std::string norm = tokens_[k].norm;
  std::string_view surface = tokens_[k].surface(text_);
  if (std::string_view possessive = grammar_.possessive_endings.which(norm); !possessive.empty()) {
    norm.resize(norm.size() - possessive.size());
    // Drop the "s" and the apostrophe before it, whichever it is (' ’ ′ ´: one to three bytes).
    std::size_t mark = surface.size() - 2;
    while (mark > 0 && (static_cast<unsigned char>(surface[mark]) & 0xC0) == 0x80) --mark;
    surface = surface.substr(0, mark);
  }
  if (!nicknames_.count(norm) &&
      (surface.size() < 2 || surface.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789&") != std::string_view::npos))
    return std::nullopt;
  auto found = acronyms_.find(norm);
  if (found == acronyms_.end()) return std::nullopt;
  return found->second;
}

void DocumentRun::register_mentions() {
  for (std::size_t p = 0; p < items_.size(); ++p) {
    // (In a list item, the lead-in's acronyms are typed and resolved again, but not counted again.)
    if (auto entity = acronym_mention(items_[p])) {
      static const std::map<NodeKind, std::string> type_of{{NodeKind::organisation, "ORG"}, {NodeKind::programme, "PROG"},
                                                           {NodeKind::event, "EVENT"}};
      if (auto type = type_of.find(entity->kind); type != type_of.end() && items_[p].type != type->second) {
        items_[p].proper = true;
        chunker_.retype(items_[p], type->second);
      }
      resolved_[p] = entity;
      if (p >= mention_from_) add_mention({sentence_index_, p, *entity, items_[p].head});
      continue;
    }
    if (p < mention_from_) {
      // The lead-in of a list item: its mentions were counted with the lead-in sentence.
      const Item& item = items_[p];
      if (item.members.empty())
        if (auto entity = own_entity(item, p)) resolved_[p] = entity;
      continue;
    }
    if (auto entity = short_name_mention(items_[p], p)) {
      std::string type = entity->kind == NodeKind::organisation ? "ORG" : "PROG";
      if (items_[p].type != type) chunker_.retype(items_[p], type);
      resolved_[p] = entity;
      add_mention({sentence_index_, p, *entity, items_[p].head});
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
    // (The item itself, or its list's members: no copy of either.)
    std::span<const Item> parts = item.members.empty() ? std::span<const Item>(&item, 1) : std::span<const Item>(item.members);
    for (const Item& part : parts) {
      auto entity = own_entity(part, p);
      if (!entity) continue;
      if (std::string acronym = defined_acronym(part); !acronym.empty() && !acronyms_.count(acronym)) acronyms_[acronym] = *entity;
      if (item.members.empty()) resolved_[p] = entity;
      add_mention({sentence_index_, p, *entity, part.head});
      // Pack names in the text are worth a node even when no rule speaks of them.
      if (!part.candidates.empty() && (entity->kind == NodeKind::administration || entity->kind == NodeKind::organisation))
        cite(*entity, evidence_rule::gazetteer, 1.0);
    }
  }
}

void DocumentRun::update_topic() {
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
  // "Q: …", "Interviewer: …": a short label before a colon is not the subject.
  for (std::size_t k = 1; k < first_clause.size() && k <= 2; ++k)
    if (is_mark(items_[first_clause[k]], ":")) {
      first_clause.erase(first_clause.begin(), first_clause.begin() + static_cast<long>(k) + 1);
      break;
    }
  // "What has the Act achieved?": in a question the subject follows the question word and its
  // auxiliary; it is what the answer is about.
  bool question = !tokens_.empty() && tokens_.back().norm == "?";
  if (question && !first_clause.empty() && has_tag(items_[first_clause.front()], "QUESTION_WORD")) {
    std::size_t k = 1;
    while (k < first_clause.size() && items_[first_clause[k]].verb && items_[first_clause[k]].type.empty()) ++k;
    first_clause.erase(first_clause.begin(), first_clause.begin() + static_cast<long>(k));
  }
  // "Our main instrument is the Women in Science Career Support Programme, which …": when a
  // description that names nothing is said to be a programme or a body, that is what the
  // sentence is about.
  if (first_clause.size() >= 3 && entity_like(items_[first_clause[0]]) && !resolved_[first_clause[0]] &&
      items_[first_clause[0]].type == "NP" && has_tag(items_[first_clause[1]], "BE")) {
    std::size_t index = first_clause[2];
    if (resolved_[index] && (resolved_[index]->kind == NodeKind::programme || resolved_[index]->kind == NodeKind::organisation) &&
        items_[index].members.empty()) {
      previous_subject_ = resolved_[index];
      if (resolved_[index]->kind == NodeKind::programme) {
        topic_ = resolved_[index];
        topic_->note = "topic = " + topic_->label;
      }
      return;
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

}  // namespace policygraph::ingest::extraction
