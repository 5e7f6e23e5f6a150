// Rule application: each clause's symbol string matched by the rules, negations and modals
// blocking, slots resolved to entities or phrases, and the facts emitted.
#include "ingest/document_run.hpp"

namespace policygraph::ingest::extraction {

std::string DocumentRun::item_text(const Item& item) const {
  return display_text(std::string_view(text_).substr(tokens_[item.first].begin, tokens_[item.last - 1].end - tokens_[item.first].begin));
}

void DocumentRun::run_rules() {
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
      bool modal_ok = rule.source->modal;
      for (std::size_t k = match.first; k < check_end; ++k) {
        const Item& item = items_[view.items[k]];
        if ((has_tag(item, "NEG") && !negation_ok) || (has_tag(item, "MODAL") && !modal_ok)) blocked = true;
      }
      // "did not … launch" and "plans to …" may also stand just before the match.
      if (match.first > 0) {
        const Item& before = items_[view.items[match.first - 1]];
        if (has_tag(before, "NEG") || (has_tag(before, "MODAL") && !modal_ok)) blocked = true;
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
std::optional<Entity> DocumentRun::quoted_speaker() {

  auto speaker = [&](std::size_t p) -> std::optional<Entity> {
    const Item& item = items_[p];
    if (item.type == "PERSON") return resolved_[p] ? resolved_[p] : std::optional<Entity>(person_entity(item));
    if (item.type == "PRON" && grammar_.is(grammar_.personal_pronouns, item.head)) return latest(NodeKind::person, p);
    return std::nullopt;
  };
  for (std::size_t p = 0; p + 2 < items_.size(); ++p) {
    bool closing = (is_mark(items_[p], "\"") && is_mark(items_[p + 1], ",")) || (is_mark(items_[p], ",") && is_mark(items_[p + 1], "\""));
    if (!closing) continue;
    std::size_t q = p + 2;
    if (has_tag(items_[q], "SAY") && q + 1 < items_.size())
      if (auto found = speaker(q + 1)) return found;
    if (q + 1 < items_.size() && has_tag(items_[q + 1], "SAY"))
      if (auto found = speaker(q)) return found;
  }
  // "A: Three things. First, …": in an interview an answer is the interviewee's, the first person
  // the document names who does not ask the questions.
  if (in_answer_) return interviewee();
  return std::nullopt;
}

std::optional<Entity> DocumentRun::interviewee() const {
  for (const Mention& mention : mentions_)
    if (mention.entity.kind == NodeKind::person && (!interviewer_ || mention.entity.id != interviewer_->id) &&
        (!author_ || mention.entity.id != author_->id))
      return mention.entity;
  return std::nullopt;
}

std::vector<Entity> DocumentRun::argument(const std::string& spec, const CompiledRule& rule, const RuleMatch& match, const View& view,
                             const std::vector<NodeKind>& kinds, std::set<std::string>& claimed, Relation relation) {
  std::size_t bar = spec.find('|');
  if (bar != std::string::npos) {
    std::string head_spec = spec.substr(0, bar);
    auto first = argument(head_spec, rule, match, view, kinds, claimed, relation);
    if (!first.empty()) return first;
    // A stand-in (@TOPIC …) replaces a pronoun or a description that found nothing ("the first
    // phase resulted in …"), not a bare or indefinite phrase that names something else ("Smart
    // ports attracted investors").
    if (head_spec.empty() || head_spec[0] != '@')
      if (auto slot = match.slots.find(head_spec); slot != match.slots.end() && slot->second.last > slot->second.first) {
        const Item& item = items_[view.items[slot->second.first]];
        bool pointing = item.type == "PRON" || token_in(item.first, grammar_.determiners) || token_in(item.first, grammar_.possessive_pronouns);
        if (!pointing || token_in(item.first, grammar_.indefinite_articles)) return first;
      }
    return argument(spec.substr(bar + 1), rule, match, view, kinds, claimed, relation);
  }
  std::vector<Entity> out;
  if (!spec.empty() && spec[0] == '@') {
    std::size_t position = view.items.empty() ? 0 : view.items.front();
    std::optional<Entity> found;
    if (spec == "@EVENT" || spec == "@REPORTED_EVENT") {
      // The event the document reports: the first it names (a title naming one comes first),
      // not a session or panel of it mentioned on the way. @REPORTED_EVENT only when it is named
      // at the document's top: a brief that mentions a forum halfway down proposes nothing of the
      // forum's, though the speakers it lists may have presented there.
      for (const Mention& mention : mentions_)
        if (mention.entity.kind == NodeKind::event) {
          if (spec == "@EVENT" || mention.sentence <= kReportedEventReach) found = mention.entity;
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
        if (grammar_.is(grammar_.possessive_pronouns, first_word)) {
          if (previous_subject_) found = previous_subject_;
          if (found) found->note = first_word + " = " + found->label;
          break;
        }
      }
    }
    else if (spec == "@ITEM" && item_start_token_ > 0) {
      // The entity a list item opens with ("- The Data Dam project led to …"); one named later in
      // it ("- weak links between the hub and the functional areas") is what the item is about.
      std::size_t p = mention_from_;
      // ("- Weak local ownership: the Regional Balanced New Deal relies on …": after a label.)
      for (std::size_t q = mention_from_; q < items_.size() && q < mention_from_ + 6; ++q)
        if (is_mark(items_[q], ":")) {
          p = q + 1;
          break;
        }
      while (p < items_.size() && items_[p].type.empty() && !tokens_[items_[p].first].word) ++p;
      if (p < items_.size() && resolved_[p] && contains(kinds, resolved_[p]->kind)) found = resolved_[p];
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
                      (grammar_.past_endings.of(next.head) ||
                       !grammar_.is(grammar_.nounable, next.head));
        // "…, and the centres now share …": a comma, a conjunction, a subject and its verb.
        bool new_clause = false;
        if (item.type.empty() && item.head == "," && k + 3 < slot->second.last) {
          const Item& conj = items_[view.items[k + 1]];
          std::size_t m = k + 3;
          while (m < slot->second.last && has_tag(items_[view.items[m]], "ADV")) ++m;
          auto verb_like = [&](const Item& candidate) {
            const std::string& w = tokens_[candidate.first].norm;
            return candidate.type.empty() &&
                   (candidate.verb || (tokens_[candidate.first].word && !grammar_.is(grammar_.prepositions, w) &&
                                       !grammar_.is(grammar_.determiners, w) && !grammar_.is(grammar_.conjunctions, w) &&
                                       !grammar_.is(grammar_.function_words, w)));
          };
          new_clause = word_in(conj, grammar_.coordinators) && !items_[view.items[k + 2]].type.empty() &&
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
    // "the regions lack legal authority": what is lacking is the problem only with its verb.
    std::string lack;
    if (relation == Relation::has_problem && first_token > 0 && token_in(first_token - 1, grammar_.lack_verbs))
      lack = std::string(tokens_[first_token - 1].surface(text_)) + " ";
    // In a list item the phrase is the item's, not its lead-in's ("recommends that the government: 1. track …").
    if (item_start_token_ > 0 && first_token < item_start_token_ && last_token > item_start_token_) first_token = item_start_token_;
    // "pointed to the need for …" is a proposal, not a problem; "Problems were raised: …" and
    // "… that the project suffered from X" leave their phrases to the rules that read them.
    if (relation == Relation::has_problem && (has_tag(items_[view.items[slot->second.first]], "NEED") ||
                                              has_tag(items_[view.items[slot->second.first]], "RAISE") ||
                                              has_tag(items_[view.items[slot->second.first]], "CRITICISE")))
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
      std::string phrase = display_text(std::string_view(text_).substr(tokens_[first_token].begin, tokens_[last_token - 1].end - tokens_[first_token].begin));
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
        for (const std::string& phrase : phrases(member.first, member.last, false))
          out.push_back(named_entity(kinds.front(), lack + phrase));
      return out;
    }
    for (const std::string& phrase : phrases(first_token, last_token, rule.clause_slots.count(spec) > 0))
      out.push_back(named_entity(kinds.front(), lack + phrase));
    return out;
  }
  std::size_t index = view.items[slot->second.first];
  if (auto resolved = resolve_slot(items_[index], index, kinds)) out = *resolved;
  return out;
}

std::string DocumentRun::attribute_value(const std::string& spec, const RuleMatch& match, const View& view) const {
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
      if (grammar_.has_mode(tag)) return grammar_.mode(tag);
    return grammar_.mode("");
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
    std::string text = display_text(std::string_view(text_).substr(tokens_[from->first].begin, tokens_[to->last - 1].end - tokens_[from->first].begin));
    std::string label = chunker_.clean_label(tokens_, from->first, to->last, text_);
    return label.empty() ? text : label;
  }
  const Item* item = slot_item(spec);
  if (!item) return "";
  if (item->date) return std::to_string(item->date->year);
  return item->label.empty() ? item_text(*item) : item->label;
}

void DocumentRun::apply(const CompiledRule& rule, const RuleMatch& match, const View& view, std::set<std::string>& claimed) {
  const RuleSource& source = *rule.source;
  for (const EmitSpec& emit : source.emits) {
    if (emit.form) {
      auto whole = argument(emit.subject, rule, match, view, {NodeKind::programme}, claimed, Relation::part_of);
      auto first = argument(emit.object, rule, match, view, {NodeKind::programme}, claimed, Relation::part_of);
      if (whole.size() == 1 && first.size() == 1 && whole[0].id != first[0].id) forms_[whole[0].id] = first[0].id;
      continue;
    }
    if (emit.object == "@NONE" || emit.subject == "@NONE") continue;
    // "@BY_DATE": no administration is named, the year says whose term it was (chosen below, once
    // the year is known).
    bool by_date = emit.subject == "@BY_DATE";
    auto subjects = by_date ? std::vector<Entity>{} : argument(emit.subject, rule, match, view, subject_kinds(emit.relation), claimed, emit.relation);
    if (subjects.empty() && !by_date) continue;
    std::vector<NodeKind> kinds_of_object = object_kinds(emit.relation);
    // A part and its whole are of one kind: a body's whole is a body, so a name of no known kind
    // is recast into one ("KRIT is an affiliated agency of DAPA").
    bool bodies = std::all_of(subjects.begin(), subjects.end(), [](const Entity& e) { return e.kind == NodeKind::organisation; });
    if (emit.relation == Relation::part_of && bodies) kinds_of_object = {NodeKind::organisation, NodeKind::programme};
    auto objects = argument(emit.object, rule, match, view, kinds_of_object, claimed, emit.relation);
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
    if (by_date) {
      const AdministrationEntry* entry = year ? administration_in_office(*year) : nullptr;
      if (!entry) continue;
      subjects = {administration_entity(*entry)};
      attributes[edge_attributes::inferred] = inference::by_date;
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

void DocumentRun::trace_items() const {
  *trace_ << document_.meta.id << " [" << sentence_index_ << "] ";
  for (const Item& item : items_) {
    std::string tags;
    for (const std::string& tag : item.tags) tags += (tags.empty() ? "" : "&") + tag;
    *trace_ << "<" << item_text(item) << ":" << tags << (item.verb ? "*" : "") << (item.members.empty() ? "" : " list") << "> ";
  }
  *trace_ << "\n";
}

}  // namespace policygraph::ingest::extraction
