// The named word lists of the extraction stages (grammar.hpp).
#include "ingest/grammar.hpp"

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
      {"event_heads", &Grammar::event_heads}};
  return lists;
}

const std::map<std::string, std::string>& table_of(const Lexicon& lexicon, const std::string& name) {
  static const std::map<std::string, std::string> none;
  auto found = lexicon.maps.find(name);
  return found == lexicon.maps.end() ? none : found->second;
}

}  // namespace

Grammar::Grammar(const Lexicon& lexicon)
    : lists(lexicon), spellings_(table_of(lexicon, "spellings")), modes_(table_of(lexicon, "evolution_modes")) {
  for (const auto& [name, member] : table()) this->*member = lists.list(name);
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
  return out;
}

}  // namespace policygraph::ingest
