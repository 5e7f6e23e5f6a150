// Extraction of one document, in stages: sentences and list lead-ins (here), items (chunker.cpp),
// mentions and the discourse (discourse.cpp), reference (references.cpp), clauses (clauses.cpp),
// rules and their facts (rule_application.cpp, phrases.cpp), nodes and evidence
// (document_graph.cpp). This file orders them.
#include "ingest/extractor.hpp"

#include <algorithm>

#include "ingest/document_run.hpp"

namespace policygraph::ingest {

namespace extraction {

DocumentRun::DocumentRun(const Pack& pack, const Chunker& chunker, const RuleSet& rules, const Grammar& grammar,
                         const SourceDocument& document, std::ostream* trace, const ExtractionLimits& limits)
    : pack_(pack), chunker_(chunker), rules_(rules), grammar_(grammar), document_(document), text_(document.text), trace_(trace),
      limits_(limits) {
  if (auto date = Date::parse(document.meta.date)) document_date_ = date;
  title_folded_ = " " + normalise_name(document.meta.title) + " ";
}

Extraction DocumentRun::run(const std::vector<SentenceSpan>& sentences, std::size_t first, std::size_t last) {
  Extraction result;
  result.sentences = last - first;
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
    // cppcheck-suppress unusedStructMember ; read through leads.back(), which cppcheck does not follow
    std::vector<Token> tokens;
    std::pair<std::optional<Entity>, std::optional<Entity>> context;
  };
  std::vector<LeadIn> leads;
  for (std::size_t k = first; k < last; ++k) {
    sentence_index_ = static_cast<int>(k);
    const SentenceSpan& sentence = sentences[k];
    span_ = sentence;
    // One token more than the limit tells a sentence over it, without tokenizing all of it.
    std::vector<Token> own = tokenize(std::string_view(text_).substr(sentence.body, sentence.end - sentence.body),
                                      static_cast<uint32_t>(sentence.body), limits_.max_sentence_tokens + 1);
    if (sentence.opens_line && !sentence.list_item) leads.clear();
    if (sentence.list_item)
      while (!leads.empty() && leads.back().item && leads.back().indent >= sentence.indent) leads.pop_back();
    // Reading a sentence costs time and memory in proportion to its tokens and more (lists, clauses):
    // one over the limit is no prose sentence, and is skipped whole rather than cut.
    if (own.size() > limits_.max_sentence_tokens) {
      if (skipped_sentences_++ == 0) first_skipped_ = sentence.begin;
      continue;
    }
    mention_from_ = 0;
    item_start_token_ = 0;
    std::pair<std::optional<Entity>, std::optional<Entity>> context{topic_, previous_subject_};
    bool item_of_list = sentence.list_item && !leads.empty();
    bool lead_pronoun = false;
    if (item_of_list)
      for (const Token& token : leads.back().tokens) lead_pronoun = lead_pronoun || grammar_.is(grammar_.pronouns, token.norm);
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
    note_interview();
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
    // (A period in parentheses may follow: "President Moon Jae-in's Administration (2017 - 2022)".)
    bool heading = sentence.whole_line && !sentence.list_item && !tokens_.empty() && tokens_.size() <= 12 &&
                   std::count_if(tokens_.begin(), tokens_.end(), [](const Token& t) { return t.word && !t.number; }) <= 8 &&
                   std::all_of(tokens_.begin(), tokens_.end(), [](const Token& t) {
                     return t.word || t.number || t.norm == "&" || t.norm == "-" || t.norm == "(" || t.norm == ")";
                   });
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

}  // namespace extraction

using extraction::DocumentRun;

Extractor::Extractor(Pack pack) : pack_(std::move(pack)) {
  gazetteer_ = std::make_unique<Gazetteer>(pack_);
  rules_ = std::make_unique<RuleSet>(pack_);
  grammar_ = std::make_unique<Grammar>(pack_.lexicon);
  chunker_ = std::make_unique<Chunker>(pack_, *gazetteer_, rules_->symbols(), *grammar_);
}

Extractor::~Extractor() = default;

Extraction Extractor::extract(const SourceDocument& document) const {
  std::vector<SentenceSpan> sentences = split_sentences(document.text, pack_.lexicon);
  // Resolving a reference looks back over the discourse so far, so a document read as one
  // discourse costs time that grows with the square of its length. A long one is read in parts,
  // each cut where a paragraph starts once the part has its size (or anywhere at twice that).
  std::vector<std::size_t> starts{0};
  const std::size_t part = std::max<std::size_t>(limits_.discourse_bytes, 1);
  for (std::size_t k = 1; k < sentences.size(); ++k) {
    std::size_t length = sentences[k].begin - sentences[starts.back()].begin;
    bool paragraph = sentences[k].opens_line && !sentences[k].list_item;
    if ((length >= part && paragraph) || length >= 2 * part) starts.push_back(k);
  }
  starts.push_back(sentences.size());
  Extraction result;
  std::size_t skipped = 0, first_skipped = 0;
  for (std::size_t p = 0; p + 1 < starts.size(); ++p) {
    DocumentRun run(pack_, *chunker_, *rules_, *grammar_, document, trace_, limits_);
    Extraction piece = run.run(sentences, starts[p], starts[p + 1]);
    if (skipped == 0) first_skipped = run.first_skipped();
    skipped += run.skipped_sentences();
    if (p == 0) {
      result = std::move(piece);
      continue;
    }
    result.graph.merge(piece.graph);
    result.sentences += piece.sentences;
    result.facts += piece.facts;
    result.unresolved.insert(result.unresolved.end(), piece.unresolved.begin(), piece.unresolved.end());
  }
  if (skipped)
    result.warnings.push_back(document.meta.path + ": byte " + std::to_string(first_skipped) + ": " +
                              (skipped == 1 ? "a sentence" : std::to_string(skipped) + " sentences") + " of more than " +
                              std::to_string(limits_.max_sentence_tokens) + " words and marks, not read for facts");
  if (starts.size() > 2)
    result.warnings.push_back(document.meta.path + ": " + std::to_string(document.text.size()) +
                              " bytes of text, longer than one discourse (" + std::to_string(part) + " bytes): read in " +
                              std::to_string(starts.size() - 1) +
                              " parts, pronouns, short names and acronyms resolved within a part");
  return result;
}

void Extractor::link_successions(PolicyGraph& graph) const { ingest::link_successions(graph, pack_); }

void link_successions(PolicyGraph& graph, const Pack& pack) {
  const auto& list = pack.administrations;
  for (std::size_t k = 0; k + 1 < list.size(); ++k) {
    std::string from = make_node_id(NodeKind::administration, list[k].id);
    std::string to = make_node_id(NodeKind::administration, list[k + 1].id);
    if (!graph.node(from) || !graph.node(to)) continue;
    Evidence e;
    e.document = "pack:" + pack.name;
    e.text = list[k].label + " (" + list[k].start.to_string() + " to " + (list[k].end ? list[k].end->to_string() : "") +
             ") was followed by " + list[k + 1].label + " (from " + list[k + 1].start.to_string() + ")";
    e.rule = evidence_rule::pack_terms;
    graph.add_edge(Edge{from, to, Relation::succeeded_by, std::nullopt, {}, {e}});
  }
}

}  // namespace policygraph::ingest
