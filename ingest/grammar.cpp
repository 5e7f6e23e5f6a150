// The named word lists of the extraction stages (grammar.hpp).
#include "ingest/grammar.hpp"

#include <algorithm>

namespace policygraph::ingest {
namespace {

// Every list member of Grammar with the name it has in the lexicon.
const std::vector<std::pair<std::string_view, Grammar::List Grammar::*>>& table() {
  static const std::vector<std::pair<std::string_view, Grammar::List Grammar::*>> lists{
      {"determiners", &Grammar::determiners},
      {"articles", &Grammar::articles},
      {"prepositions", &Grammar::prepositions},
      {"extending_prepositions", &Grammar::extending_prepositions},
      {"conjunctions", &Grammar::conjunctions},
      {"pronouns", &Grammar::pronouns},
      {"relatives", &Grammar::relatives},
      {"personal_pronouns", &Grammar::personal_pronouns},
      {"possessive_pronouns", &Grammar::possessive_pronouns},
      {"relative_pronouns", &Grammar::relative_pronouns},
      {"complementizers", &Grammar::complementizers},
      {"infinitive_markers", &Grammar::infinitive_markers},
      {"function_words", &Grammar::function_words},
      {"passive_auxiliaries", &Grammar::passive_auxiliaries},
      {"past_participles_of_be", &Grammar::past_participles_of_be},
      {"finite_auxiliaries", &Grammar::finite_auxiliaries},
      {"copulas", &Grammar::copulas},
      {"verb_particles", &Grammar::verb_particles},
      {"clause_conjunctions", &Grammar::clause_conjunctions},
      {"coordinators", &Grammar::coordinators},
      {"list_conjunctions", &Grammar::list_conjunctions},
      {"subordinators", &Grammar::subordinators},
      {"comma_subordinators", &Grammar::comma_subordinators},
      {"time_prepositions", &Grammar::time_prepositions},
      {"period_modifiers", &Grammar::period_modifiers},
      {"phrase_openers", &Grammar::phrase_openers},
      {"phrase_lead_words", &Grammar::phrase_lead_words},
      {"elaborations", &Grammar::elaborations},
      {"illustrations", &Grammar::illustrations},
      {"and_continuers", &Grammar::and_continuers},
      {"pair_words", &Grammar::pair_words},
      {"repeated_prepositions", &Grammar::repeated_prepositions},
      {"purpose_phrases", &Grammar::purpose_phrases},
      {"enumeration_markers", &Grammar::enumeration_markers},
      {"no_split_pairs", &Grammar::no_split_pairs},
      {"drop_modifiers", &Grammar::drop_modifiers},
      {"obligation_verbs", &Grammar::obligation_verbs},
      {"proposal_modals", &Grammar::proposal_modals},
      {"perfect_auxiliaries", &Grammar::perfect_auxiliaries},
      {"failure_verbs", &Grammar::failure_verbs},
      {"need_adjectives", &Grammar::need_adjectives},
      {"current_modifiers", &Grammar::current_modifiers},
      {"previous_modifiers", &Grammar::previous_modifiers},
      {"next_modifiers", &Grammar::next_modifiers},
      {"former_words", &Grammar::former_words},
      {"latter_words", &Grammar::latter_words},
      {"programme_family_heads", &Grammar::programme_family_heads},
      {"generic_event_heads", &Grammar::generic_event_heads},
      {"generic_programme_heads", &Grammar::generic_programme_heads},
      {"generic_organisation_heads", &Grammar::generic_organisation_heads},
      {"quantifiers", &Grammar::quantifiers},
      {"nickname_adverbs", &Grammar::nickname_adverbs},
      {"nickname_verbs", &Grammar::nickname_verbs},
      {"title_cues", &Grammar::title_cues},
      {"byline_openers", &Grammar::byline_openers},
      {"reporter_nouns", &Grammar::reporter_nouns},
      {"nounable", &Grammar::nounable},
      {"event_heads", &Grammar::event_heads},
      {"programme_heads", &Grammar::programme_heads},
      {"organisation_heads", &Grammar::organisation_heads},
      {"administration_heads", &Grammar::administration_heads},
      {"person_titles", &Grammar::person_titles},
      {"person_roles", &Grammar::person_roles},
      {"expletive_cues", &Grammar::expletive_cues},
      {"definite_modifiers", &Grammar::definite_modifiers},
      {"quantity_nouns", &Grammar::quantity_nouns},
      {"record_nouns", &Grammar::record_nouns},
      {"complement_heads", &Grammar::complement_heads},
      {"not_adverbs", &Grammar::not_adverbs},
      {"subject_pronouns", &Grammar::subject_pronouns},
      {"object_pronouns", &Grammar::object_pronouns},
      {"do_auxiliaries", &Grammar::do_auxiliaries},
      {"predicate_markers", &Grammar::predicate_markers},
      {"title_prepositions", &Grammar::title_prepositions},
      {"answer_labels", &Grammar::answer_labels},
      {"lack_verbs", &Grammar::lack_verbs},
      {"question_labels", &Grammar::question_labels},
      {"name_prepositions", &Grammar::name_prepositions},
      {"name_connectors", &Grammar::name_connectors},
      {"additive_conjunctions", &Grammar::additive_conjunctions},
      {"definite_articles", &Grammar::definite_articles},
      {"indefinite_articles", &Grammar::indefinite_articles},
      {"definite_determiners", &Grammar::definite_determiners},
      {"possessor_determiners", &Grammar::possessor_determiners},
      {"referring_pronouns", &Grammar::referring_pronouns},
      {"demonstratives", &Grammar::demonstratives},
      {"singular_pronouns", &Grammar::singular_pronouns},
      {"expletive_pronouns", &Grammar::expletive_pronouns},
      {"agent_prepositions", &Grammar::agent_prepositions},
      {"genitive_prepositions", &Grammar::genitive_prepositions},
      {"pair_prepositions", &Grammar::pair_prepositions},
      {"complement_prepositions", &Grammar::complement_prepositions},
      {"gerund_prepositions", &Grammar::gerund_prepositions},
      {"negative_determiners", &Grammar::negative_determiners},
      {"modal_verbs", &Grammar::modal_verbs},
      {"capital_only_months", &Grammar::capital_only_months},
      {"relational_noun_classes", &Grammar::relational_noun_classes},
      {"goal_noun_classes", &Grammar::goal_noun_classes},
      {"reporting_classes", &Grammar::reporting_classes}};
  return lists;
}

// Every list of endings with the name it has in the lexicon.
const std::vector<std::pair<std::string_view, Grammar::Endings Grammar::*>>& endings_table() {
  static const std::vector<std::pair<std::string_view, Grammar::Endings Grammar::*>> lists{
      {"past_endings", &Grammar::past_endings},
      {"gerund_endings", &Grammar::gerund_endings},
      {"participle_endings", &Grammar::participle_endings},
      {"passive_endings", &Grammar::passive_endings},
      {"plural_endings", &Grammar::plural_endings},
      {"singular_endings", &Grammar::singular_endings},
      {"adverb_endings", &Grammar::adverb_endings},
      {"ordinal_endings", &Grammar::ordinal_endings},
      {"possessive_endings", &Grammar::possessive_endings},
      {"adjective_endings", &Grammar::adjective_endings},
      {"noun_endings", &Grammar::noun_endings}};
  return lists;
}

const std::map<std::string, std::string>& table_of(const Lexicon& lexicon, const std::string& name) {
  static const std::map<std::string, std::string> none;
  auto found = lexicon.maps.find(name);
  return found == lexicon.maps.end() ? none : found->second;
}

}  // namespace

Grammar::Grammar(const Lexicon& lexicon)
    : lists(lexicon),
      spellings_(table_of(lexicon, "spellings")),
      modes_(table_of(lexicon, "evolution_modes")),
      plural_rewrites_(table_of(lexicon, "plural_rewrites")) {
  for (const auto& [name, member] : table()) this->*member = lists.list(name);
  for (const auto& [name, member] : endings_table()) {
    const auto& words = lexicon.list(std::string(name));
    Endings& endings = this->*member;
    endings.suffixes.assign(words.begin(), words.end());
    std::stable_sort(endings.suffixes.begin(), endings.suffixes.end(),
                     [](const std::string& a, const std::string& b) { return a.size() > b.size(); });
  }
  if (auto found = modes_.find("*"); found != modes_.end()) {
    default_mode_ = found->second;
    modes_.erase(found);
  }
}

const std::string& Grammar::spelling(const std::string& word) const {
  auto found = spellings_.find(word);
  return found == spellings_.end() ? word : found->second;
}

const std::string& Grammar::mode(const std::string& word_class) const {
  auto found = modes_.find(word_class);
  return found == modes_.end() ? default_mode_ : found->second;
}

std::vector<std::string_view> Grammar::names() {
  std::vector<std::string_view> out;
  for (const auto& [name, member] : table()) out.push_back(name);
  for (const auto& [name, member] : endings_table()) out.push_back(name);
  return out;
}

std::string_view Grammar::Endings::which(std::string_view word) const {
  for (const std::string& suffix : suffixes)
    if (word.size() > suffix.size() && word.ends_with(suffix)) return suffix;
  return {};
}

bool Grammar::Endings::of(std::string_view word) const { return !which(word).empty(); }

bool Grammar::plural(std::string_view word) const {
  return word.size() > 3 && plural_endings.of(word) && !singular_endings.of(word);
}

std::string Grammar::singular(std::string word) const {
  for (const auto& [ending, replacement] : plural_rewrites_)
    if (word.size() > ending.size() + 1 && word.ends_with(ending)) return word.substr(0, word.size() - ending.size()) + replacement;
  if (plural(word)) word.resize(word.size() - plural_endings.which(word).size());
  return word;
}

bool Grammar::class_in(List list, const std::string& tag) const {
  std::string folded = tag;
  for (char& c : folded)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return lists.has(list, folded);
}

}  // namespace policygraph::ingest
