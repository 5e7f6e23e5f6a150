// The state of one document's extraction, shared by the stages that read it: the sentence being
// read, the discourse so far (mentions, topic, acronyms) and the nodes and edges found. Each stage
// is one file: extractor.cpp orders them. Internal to ingest/.
#pragma once

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/error.hpp"
#include "graph/name_index.hpp"
#include "ingest/extractor.hpp"
#include "ingest/segment.hpp"
#include "ingest/tokens.hpp"

namespace policygraph::ingest::extraction {

inline bool has_tag(const Item& item, const char* tag) { return std::find(item.tags.begin(), item.tags.end(), tag) != item.tags.end(); }
/// True when the item is the punctuation mark.
inline bool is_mark(const Item& item, const char* mark) { return item.type.empty() && item.head == mark; }
inline bool entity_like(const Item& item) {
  return item.type == "ADMIN" || item.type == "ORG" || item.type == "PROG" || item.type == "NP" || item.type == "PERSON" ||
         item.type == "EVENT" || item.type == "PRON";
}

inline std::optional<NodeKind> natural_kind(const Item& item) {
  if (item.type == "ADMIN") return NodeKind::administration;
  if (item.type == "ORG") return NodeKind::organisation;
  if (item.type == "PROG") return NodeKind::programme;
  if (item.type == "EVENT") return NodeKind::event;
  if (item.type == "PERSON") return NodeKind::person;
  return std::nullopt;
}

inline std::vector<NodeKind> subject_kinds(Relation relation) {
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

inline std::vector<NodeKind> object_kinds(Relation relation) {
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

inline bool contains(const std::vector<NodeKind>& kinds, NodeKind kind) { return std::find(kinds.begin(), kinds.end(), kind) != kinds.end(); }

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
  /// A programme's or an organisation's name words (DocumentRun::name_words), set when added.
  const std::vector<std::string>* name_words = nullptr;
};

class DocumentRun {
 public:
  DocumentRun(const Pack& pack, const Chunker& chunker, const RuleSet& rules, const Grammar& grammar,
              const SourceDocument& document, std::ostream* trace, const ExtractionLimits& limits);

  // Reads the sentences [first, last) of the document (all of it, or one part of a long one).
  Extraction run(const std::vector<SentenceSpan>& sentences, std::size_t first, std::size_t last);
  // Sentences run() skipped for having more tokens than the limit, and where the first starts.
  std::size_t skipped_sentences() const { return skipped_sentences_; }
  std::size_t first_skipped() const { return first_skipped_; }

 private:
  // True when the item is a word of the list.
  bool word_in(const Item& item, Grammar::List list) const { return item.type.empty() && grammar_.is(list, item.head); }
  // True when the token is a word of the list.
  bool token_in(std::size_t k, Grammar::List list) const { return k < tokens_.size() && grammar_.is(list, tokens_[k].norm); }

 private:
  // ------------------------------------------------------------------ entities
  Entity administration_entity(const AdministrationEntry& a);
  /// The pack's administration in office in the middle of a year, or null.
  const AdministrationEntry* administration_in_office(int year) const;

  Entity organisation_entity(const OrganisationEntry& o);

  Entity programme_entity(const ProgrammeEntry& p);

  // Chooses among the pack entities an ambiguous name may mean: one already named in the
  // document, else the one that existed at the document's date, else the first.
  const GazetteerEntry* choose(const std::vector<const GazetteerEntry*>& candidates);

  Entity pack_entity(const GazetteerEntry* entry);

  Entity event_entity(const Item& item);

  // A title that names an event ("Regional Research Seminar – …", "Seminar notes: "…"") makes
  // that event the one the document reports, before any sentence mentions it.
  void seed_title_event();

  Entity person_entity(const Item& item);

  Entity named_entity(NodeKind kind, const std::string& label);

  // A programme named by a noun phrase; "regional industry promotion projects" after "regional
  // industry promotion policy" is the same family of programmes.
  Entity programme_from_phrase(const Item& item);

  // The latest mention of a kind before `position`; with a head word, the latest whose head or
  // name has that word ("the committee" is the Presidential Committee on …), else, for a generic
  // head ("the organisation", "the body"), the latest of the kind.
  std::optional<Entity> latest(NodeKind kind, std::size_t position, const std::string& head = {});
  // Head words that name the same kind of thing: "program" and "programme", plural and singular.
  std::string same_head(const std::string& word) const;

  // The entity an item names in its own right (pronouns and plain noun phrases excluded).
  std::optional<Entity> own_entity(const Item& item, std::size_t position);

  // "Kang said …" after "Kang Jeong-hoon": a single capitalised word that is part of a person's
  // name mentioned earlier is that person.
  std::optional<Entity> person_by_part(const std::string& word) const;

  // Counts a mention; programmes keep a running score for salient_programme().
  void add_mention(Mention mention);

  // The programme the document is about so far, for problems and results listed without naming
  // it: the most mentioned programme (a mention in the title counts three more, one in the last
  // three sentences one more, the current topic two more), the latest of equals. Mentions of the
  // sentence being read do not count: it does not choose what it is about. Time: the programmes
  // of the document plus the mentions of the last sentences.
  std::optional<Entity> salient_programme() const;

  // "several centres", "seven zones": a count of things, which names no programme.
  bool counted(const Item& item) const;

  // "the Korea Space Launch Vehicle-II programme, better known as Nuri": a one-word name the text
  // gives a programme or body stands for it from then on, like an acronym it defines.
  void note_nicknames();

  // "The seminar, titled "Regional Innovation Hubs after COVID-19", drew …": the quoted title is
  // the event's name; its kind word stays an alias.
  void note_event_title();

  // "By Kang Hyun-soo", "Author: Dr. Han, KIET": the person who wrote the document, near its top.
  void note_byline();

  // "Q: …" / "A: …" / "Interviewer: Noh Ga-young": the interview's turns, so that what an answer
  // proposes is the interviewee's.
  void note_interview();
  std::optional<Entity> interviewee() const;

  // "The Regional Growth Fund (RGF)": the acronym a name defines in parentheses.
  std::string defined_acronym(const Item& item) const;

  // "KIPA", "the RGF": an acronym that a name of this document defined earlier.
  std::optional<Entity> acronym_mention(const Item& item) const;

  // "the test bed", "the valleys", "the Act" after "the Smart Farm Innovation Valley programme" …:
  // a definite description whose words all belong to the name of a programme or organisation
  // named earlier stands for it (the longest such name's latest mention).
  std::optional<Entity> short_name_mention(const Item& item, std::size_t position) const;
  // The words of a description as head words, without determiners and modifiers; empty when it
  // holds a number or a closed-class word.
  std::vector<std::string> description_words(const Item& item) const;
  // "a mass programme": an indefinite kind word with one modifier, which says what something is
  // or became and names no programme.
  bool characterising(const Item& item) const;
  // The same, or a kind word alone ("a project"): no programme node is made of it.
  bool names_nothing(const Item& item) const;
  // The programme or organisation named earlier whose name holds all the words (and more).
  std::optional<Entity> named_earlier(const std::vector<std::string>& words, const Item& item, std::size_t position) const;
  // A name's words folded as head words, kept per label for the run.
  const std::vector<std::string>& name_words(const std::string& label) const;

  void register_mentions();

  // ------------------------------------------------------------------ evidence and facts
  Evidence evidence(const std::string& rule, double confidence, const std::string& note) const;

  void cite(const Entity& entity, const std::string& rule, double confidence);

  void add_fact(Relation relation, const Entity& subject, const Entity& object, std::optional<int> year, Attributes attributes,
                const std::string& rule, double confidence);

  // ------------------------------------------------------------------ clauses
  struct View {
    std::vector<std::size_t> items;  ///< indices into items_
  };

  std::vector<View> clause_views() const;

  // ------------------------------------------------------------------ rule application
  std::optional<std::vector<Entity>> resolve_slot(const Item& item, std::size_t position, const std::vector<NodeKind>& kinds);

  // True when the item is the first mention of its clause: the subject, give or take adverbs.
  // True when the item is the subject of the verb after it ("Under X, it was renamed …").
  bool subject_position(std::size_t position) const;

  std::optional<Entity> resolve_one(const Item& item, std::size_t position, const std::vector<NodeKind>& kinds_in);

  // Phrases of a REST or CLAUSE slot: split at commas and the final "and" of a list, trimmed of
  // introducers, determiners and trailing relative clauses.
  std::vector<std::string> phrases(std::size_t first_token, std::size_t last_token, bool whole_clause) const;

  // The text of an item's tokens as a label shows it (display_text: one line, plain spaces).
  std::string item_text(const Item& item) const;

  void run_rules();

  // The person a quotation in the sentence is attributed to: '"…," Seo said', '"…," he said',
  // '"…," said Lee Jae-won, Director …'. A pronoun is the person last mentioned.
  std::optional<Entity> quoted_speaker();

  std::vector<Entity> argument(const std::string& spec, const CompiledRule& rule, const RuleMatch& match, const View& view,
                               const std::vector<NodeKind>& kinds, std::set<std::string>& claimed, Relation relation);

  std::string attribute_value(const std::string& spec, const RuleMatch& match, const View& view) const;

  void apply(const CompiledRule& rule, const RuleMatch& match, const View& view, std::set<std::string>& claimed);

  void trace_items() const;

  void update_topic();

  const Pack& pack_;
  const Chunker& chunker_;
  const RuleSet& rules_;
  const Grammar& grammar_;
  const SourceDocument& document_;
  const std::string& text_;
  std::ostream* trace_ = nullptr;
  const ExtractionLimits& limits_;
  std::optional<Date> document_date_;

  int sentence_index_ = 0;
  SentenceSpan span_;
  std::size_t mention_from_ = 0; ///< items before this one belong to a list item's lead-in
  std::size_t item_start_token_ = 0;  ///< the first token of a list item read after its lead-in, else 0
  std::vector<Token> tokens_;
  std::vector<Item> items_;
  std::vector<std::optional<Entity>> resolved_;
  std::vector<Mention> mentions_;
  // How many of the latest mentions a description ("the valleys") is compared with.
  static constexpr std::size_t kDescriptionReach = 400;
  // The sentences at a document's top in which the event it reports (@EVENT) is named.
  static constexpr int kReportedEventReach = 6;
  mutable std::unordered_map<std::string, std::vector<std::string>> name_words_;
  std::optional<Entity> topic_;
  std::string seed_id_;            ///< the event the title named, until the text names it in full
  std::optional<Entity> author_;  ///< the byline's person, for recommendations the text makes in its own voice
  std::optional<Entity> interviewer_;  ///< the person an "Interviewer:" line names
  bool in_answer_ = false;             ///< the sentence belongs to an interview answer ("A: …" until the next "Q: …")
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
  std::size_t skipped_sentences_ = 0;
  std::size_t first_skipped_ = 0;
};

}  // namespace policygraph::ingest::extraction
