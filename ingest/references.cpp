// Reference: the entity an item names, and what pronouns ("it", "he"), descriptions ("the
// programme", "the same government") and "the former"/"the latter" stand for.
#include "ingest/dates.hpp"
#include "ingest/document_run.hpp"

namespace policygraph::ingest::extraction {

// The entity an item names in its own right (pronouns and plain noun phrases excluded).
std::optional<Entity> DocumentRun::own_entity(const Item& item, std::size_t position) {
  if (!item.candidates.empty()) return pack_entity(choose(item.candidates));
  if (item.definite) {
    auto kind = natural_kind(item);
    if (!kind) return std::nullopt;
    if (*kind == NodeKind::event) {
      // "the forum": the latest event of that kind; "the event", "the session": the event the
      // document reports (the first it names), if any.
      for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it)
        if (it->entity.kind == NodeKind::event && !(it->sentence == sentence_index_ && it->position >= position) &&
            grammar_.singular(it->head) == grammar_.singular(item.head))
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
      // "the 2005 act": a year in the description names the programme introduced that year.
      for (std::size_t k = item.first; k < item.last && !found; ++k) {
        if (!is_year_token(tokens_[k])) continue;
        int year = std::stoi(tokens_[k].norm);
        for (auto e = edges_.rbegin(); e != edges_.rend() && !found; ++e) {
          if (e->relation != Relation::introduced || !e->year || *e->year != year) continue;
          for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it)
            if (it->entity.id == e->target && it->entity.kind == NodeKind::programme &&
                (same_head(it->head) == head || normalise_name(it->entity.label).ends_with(" " + head))) {
              found = it->entity;
              break;
            }
        }
      }
      // Passes: the last three sentences, number agreeing; the same, any number; the whole text
      // so far, number agreeing.
      // (A generic head goes to the most salient programme before an old mention.)
      int passes = grammar_.is(grammar_.generic_programme_heads, grammar_.singular(item.head)) ? 2 : 3;
      for (int pass = 0; pass < passes && !found; ++pass)
        for (auto it = mentions_.rbegin(); !found && it != mentions_.rend() && (pass == 2 || it->sentence >= sentence_index_ - 3); ++it)
          if (it->entity.kind == NodeKind::programme && !(it->sentence == sentence_index_ && it->position >= position) &&
              (pass == 1 || plural_name(it->entity.label) == item.plural)) {
            std::string label = normalise_name(it->entity.label);
            std::size_t space = label.rfind(' ');
            // (The head of a name may come before its "of" phrase: "Special Act on …".)
            if (same_head(label.substr(space == std::string::npos ? 0 : space + 1)) == head || same_head(it->head) == head)
              found = it->entity;
          }
      // Only a generic head ("the programme", "the policy") may stand for the topic or the
      // latest programme: "the first three zones" is not the "business hub" just mentioned.
      if (!found && grammar_.is(grammar_.generic_programme_heads, grammar_.singular(item.head))) {
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
      // "the valleys" after "the Smart Farm Innovation Valley programme": the words of a name.
      if (!found) found = named_earlier(description_words(item), item, position);
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
        if (!token_in(k, grammar_.current_modifiers)) continue;
        for (const AdministrationEntry& a : pack_.administrations)
          if (a.start <= *document_date_ && (!a.end || *document_date_ <= *a.end)) found = administration_entity(a);
        break;
      }
    // "the previous government", "the next administration": the one before or after, by term.
    if (found && *kind == NodeKind::administration)
      for (std::size_t k = item.first; k < item.last; ++k) {
        int step = token_in(k, grammar_.previous_modifiers) ? -1 : token_in(k, grammar_.next_modifiers) ? 1 : 0;
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
    if (found) found->note = normalise_name(item_text(item)) + " = " + found->label;
    else
      unresolved_.push_back(document_.meta.id + ": sentence " + std::to_string(sentence_index_) + ": '" + item.label + "'");
    return found;
  }
  if (item.type == "PERSON") return person_entity(item);
  if (item.type == "EVENT") return event_entity(item);
  if (item.type == "ORG") return named_entity(NodeKind::organisation, item.label);
  if (item.type == "PROG" && counted(item)) return std::nullopt;
  // "the Advanced Medical Complex, a project overseen by the ministry": an indefinite kind word
  // in apposition to a programme's name is that programme.
  // ("The Ocean Voucher Programme is a scheme run by …": so is one after a form of "be".)
  if (item.type == "PROG" && !item.proper && token_in(item.first, grammar_.indefinite_articles) && position >= 2 &&
      position < items_.size() && &items_[position] == &item &&
      (is_mark(items_[position - 1], ",") || has_tag(items_[position - 1], "BE")) && resolved_[position - 2] &&
      resolved_[position - 2]->kind == NodeKind::programme) {
    // (With modifiers too: "the Korean New Deal, a recovery package that …".)
    std::string label = normalise_name(item.label);
    std::size_t space = label.rfind(' ');
    std::string head = space == std::string::npos ? label : label.substr(space + 1);
    bool short_description = std::count(label.begin(), label.end(), ' ') <= 3;
    if (short_description && grammar_.is(grammar_.generic_programme_heads, grammar_.singular(head))) {
      Entity found = *resolved_[position - 2];
      found.note = label + " = " + found.label;
      return found;
    }
  }
  // "a plan", "a new programme": an indefinite kind word names no programme.
  if (item.type == "PROG" && !item.proper && item.last - item.first >= 1) {
    std::string label = normalise_name(item.label);
    if (label.find(' ') == std::string::npos && grammar_.is(grammar_.generic_programme_heads, grammar_.singular(label))) return std::nullopt;
    if (characterising(item)) return std::nullopt;
  }
  if (item.type == "PROG") return programme_from_phrase(item);
  return std::nullopt;
}

// "a project", "a new programme", "a mass programme": a kind word alone or with one adjective.
bool DocumentRun::names_nothing(const Item& item) const {
  if (item.proper || !item.candidates.empty()) return false;
  std::string label = normalise_name(item.label);
  if (label.find(' ') == std::string::npos && grammar_.is(grammar_.generic_programme_heads, grammar_.singular(label))) return true;
  return characterising(item);
}

// "turned smart factories into a mass programme": an indefinite kind word with one modifier says
// what something became; it names nothing ("a pilot project for an innovation cluster" does).
bool DocumentRun::characterising(const Item& item) const {
  if (item.proper || !item.candidates.empty() || !token_in(item.first, grammar_.indefinite_articles)) return false;
  std::string label = normalise_name(item.label);
  std::size_t space = label.find(' ');
  bool two_words = space != std::string::npos && label.find(' ', space + 1) == std::string::npos;
  // ("a pilot project": a modifier that is a programme head itself names a kind of programme.)
  // The modifier must be able to be an adjective ("a mass programme", "a national scheme"; not
  // "a welding scheme").
  std::string modifier = label.substr(0, space);
  bool adjective_modifier = !pack_.morphology || (pack_.morphology->parts(modifier) & adjective);
  return two_words && grammar_.is(grammar_.generic_programme_heads, grammar_.singular(label.substr(space + 1))) &&
         !grammar_.is(grammar_.programme_heads, modifier) && adjective_modifier;
}

std::vector<std::string> DocumentRun::description_words(const Item& item) const {
  // Its words, folded as head words ("valleys" → "valley"); modifiers such as "same" or "new" say
  // which one, not what it is called.
  std::vector<std::string> words;
  for (std::size_t k = item.first; k < item.last; ++k) {
    const Token& t = tokens_[k];
    // "the first three zones" counts things; it names none.
    if (token_in(k, grammar_.quantifiers)) return {};
    if (!t.word || token_in(k, grammar_.determiners) || token_in(k, grammar_.definite_modifiers) || token_in(k, grammar_.drop_modifiers))
      continue;
    if (t.number || chunker_.closed_class(t.norm)) return {};
    words.push_back(same_head(t.norm));
  }
  return words;
}

const std::vector<std::string>& DocumentRun::name_words(const std::string& label) const {
  auto cached = name_words_.find(label);
  if (cached != name_words_.end()) return cached->second;
  std::vector<std::string> name;
  std::string folded = normalise_name(label);
  for (std::size_t at = 0; at < folded.size();) {
    std::size_t space = folded.find(' ', at);
    if (space == std::string::npos) space = folded.size();
    name.push_back(same_head(folded.substr(at, space - at)));
    at = space + 1;
  }
  return name_words_.emplace(label, std::move(name)).first->second;
}

std::optional<Entity> DocumentRun::named_earlier(const std::vector<std::string>& words, const Item& item, std::size_t position) const {
  if (words.empty()) return std::nullopt;
  auto contains_words = [&](const std::vector<std::string>& name) {
    if (name.size() <= words.size()) return false;
    for (const std::string& w : words)
      if (std::find(name.begin(), name.end(), w) == name.end()) return false;
    return true;
  };
  auto note = [&](Entity found) {
    found.note = normalise_name(item.label) + " = " + found.label;
    return found;
  };
  // The latest mentions only: a description points back a few paragraphs, not across a book
  // (and a scan of every mention for every description grows with the square of a document).
  std::size_t looked = 0;
  for (auto it = mentions_.rbegin(); it != mentions_.rend() && looked < kDescriptionReach; ++it, ++looked) {
    if (it->sentence == sentence_index_ && it->position >= position) continue;
    if (it->name_words && contains_words(*it->name_words)) return note(it->entity);
  }
  // A name no mention recorded, but a fact made a node of ("set up the Smart Harbour Test Bed"):
  // the shortest such name.
  const Node* best = nullptr;
  for (const auto* nodes : {&nodes_, &pending_nodes_})
    for (const auto& [id, node] : *nodes)
      if ((node.kind == NodeKind::programme || node.kind == NodeKind::organisation) && contains_words(name_words(node.label)) &&
          (!best || node.label.size() < best->label.size()))
        best = &node;
  if (best) return note(Entity{best->id, best->kind, best->label, {}});
  return std::nullopt;
}

std::optional<Entity> DocumentRun::short_name_mention(const Item& item, std::size_t position) const {
  if (!item.candidates.empty() || !item.members.empty() || (item.type != "NP" && item.type != "PROG" && item.type != "ORG"))
    return std::nullopt;
  if (item.definite || !token_in(item.first, grammar_.definite_determiners)) return std::nullopt;
  // "… replaced MEST as the science ministry", "it is the flagship programme": a predicate says
  // what something is; it does not point back.
  if (item.first > 0 && (token_in(item.first - 1, grammar_.predicate_markers) || chunker_.in_class(tokens_[item.first - 1].norm, "BE")))
    return std::nullopt;
  std::vector<std::string> words = description_words(item);
  // A capitalised name of its own ("the Busan Port Authority") is no short name; a single
  // capitalised head word is ("the Act", "the Foundation").
  bool head_only = words.size() == 1 && (grammar_.is(grammar_.programme_heads, words[0]) || grammar_.is(grammar_.organisation_heads, words[0]));
  if (item.proper && !head_only) return std::nullopt;
  return named_earlier(words, item, position);
}

std::optional<std::vector<Entity>> DocumentRun::resolve_slot(const Item& item, std::size_t position, const std::vector<NodeKind>& kinds) {
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
bool DocumentRun::subject_position(std::size_t position) const {
  std::size_t next = position + 1;
  while (next < items_.size() && has_tag(items_[next], "ADV")) ++next;
  return next < items_.size() && items_[next].verb;
}

std::optional<Entity> DocumentRun::resolve_one(const Item& item, std::size_t position, const std::vector<NodeKind>& kinds_in) {
  if (item.type == "PRON") {
    // "he" and "she" are people; "it" and "they" never are.
    bool personal = grammar_.is(grammar_.personal_pronouns, item.head);
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
      // (Not a mention inside a fronted phrase, "Under a plan it announced in 2017, they were
      // recast …", nor one whose number disagrees with the pronoun's.)
      std::optional<Entity> sentence_subject;
      for (std::size_t p = 0; p < position && p < items_.size(); ++p) {
        if (items_[p].verb) break;
        if (entity_like(items_[p]) && items_[p].type != "PRON" && items_[p].members.empty()) {
          bool fronted = p > 0 && items_[p - 1].type.empty() && grammar_.is(grammar_.prepositions, items_[p - 1].head);
          if (fronted) continue;
          bool agrees = items_[p].type == "ADMIN" || items_[p].proper || items_[p].plural == item.plural;
          if (resolved_[p] && p + 1 < position && agrees) sentence_subject = resolved_[p];
          break;
        }
      }
      // "Lee presented results from the Gangso scheme. It was introduced by …": when the previous
      // subject cannot be meant, a thing of the right kind the previous sentence named comes
      // before the older topic.
      // (An administration only as the agent of an active verb: "it created the ministry", not
      // "it was later expanded … to nurture …".)
      std::size_t next = position + 1;
      while (next < items_.size() && has_tag(items_[next], "ADV")) ++next;
      bool active = next < items_.size() && items_[next].verb && !has_tag(items_[next], "BE") && !has_tag(items_[next], "HAVE");
      std::optional<Entity> previous_mention;
      bool subject_fits = (sentence_subject && contains(kinds, sentence_subject->kind)) ||
                          (previous_subject_ && contains(kinds, previous_subject_->kind));
      // (A body before it could be what "it" is: "The ministry was reorganised under X. It created
      // …" is the ministry's act, not the administration's. A person cannot be "it".)
      bool agent_before = previous_subject_ && previous_subject_->kind == NodeKind::organisation;
      if (!subject_fits && !(agent_before && contains(kinds, NodeKind::administration)))
        for (auto it = mentions_.rbegin(); it != mentions_.rend() && it->sentence >= sentence_index_ - 1; ++it)
          if (it->sentence == sentence_index_ - 1 && contains(kinds, it->entity.kind) &&
              (it->entity.kind != NodeKind::administration || (kinds.size() == 1 && active))) {
            previous_mention = it->entity;
            break;
          }
      for (const std::optional<Entity>& candidate : {sentence_subject, previous_subject_, previous_mention, topic_})
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
  if (item.last == item.first + 2 && token_in(item.first, grammar_.articles) &&
      (token_in(item.first + 1, grammar_.latter_words) || token_in(item.first + 1, grammar_.former_words))) {
    bool latter = token_in(item.first + 1, grammar_.latter_words);
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
    found.note = fold_name(item_text(item)) + " = " + found.label;
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
  if (kind == NodeKind::programme && names_nothing(item)) return std::nullopt;
  // "seven zones, including Busan, Daegu and Sejong": a single capitalised word that is neither
  // an acronym nor a programme's head is a place, not a programme.
  if (kind == NodeKind::programme && item.type == "NP" && item.proper) {
    std::size_t k = item.first;
    while (k < item.last && token_in(k, grammar_.determiners)) ++k;
    if (k + 1 == item.last && !tokens_[k].all_caps && !tokens_[k].number) return std::nullopt;
  }
  if (kind == NodeKind::programme) return item.type == "PROG" || item.proper ? std::optional<Entity>(programme_from_phrase(item)) : std::nullopt;
  return named_entity(kind, item.label);
}

}  // namespace policygraph::ingest::extraction
