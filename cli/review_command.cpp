// `policygraph review`: what a careful reader should check in a snapshot, ranked, as a table for
// people, JSON or CSV (the checks are graph/review.hpp; docs/review.md).
#include <algorithm>
#include <cstdio>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/app.hpp"
#include "cli/format.hpp"
#include "graph/error.hpp"
#include "graph/review.hpp"
#include "graph/store.hpp"

namespace policygraph::cli {
namespace {

constexpr std::size_t max_quote_width = 100;
constexpr std::size_t evidence_lines_shown = 2;

struct ReviewCommandOptions {
  std::string format = "table";
  std::size_t limit = 0;
  std::vector<std::string> checks;
  double weak_confidence = 0.6;
};

std::string score_text(double score) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", score);
  return text;
}

std::string counts_text(const std::vector<ReviewItem>& items, const ReviewOptions& options) {
  std::string out;
  for (const auto& [check, count] : count_by_check(items, options))
    if (count) out += (out.empty() ? "" : ", ") + std::string(to_string(check)) + " " + std::to_string(count);
  return out;
}

// One line per sentence: several rules citing one sentence are one quote for a reader.
std::vector<const Evidence*> sentences_of(const ReviewItem& item) {
  std::vector<const Evidence*> out;
  for (const Evidence& e : item.evidence) {
    bool seen = false;
    for (const Evidence* o : out) seen = seen || (o->document == e.document && o->sentence == e.sentence);
    if (!seen) out.push_back(&e);
  }
  return out;
}

std::string lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// The nodes a piece of evidence speaks for: the source of the edge it supports (the administration
// of an introduction), or the node it was recorded on; all nodes of the item otherwise.
std::vector<const Node*> named_by(const Evidence& e, const ReviewItem& item) {
  auto holds = [&](const std::vector<Evidence>& list) { return std::find(list.begin(), list.end(), e) != list.end(); };
  for (const Edge* edge : item.edges)
    if (holds(edge->evidence))
      for (const Node* node : item.nodes)
        if (node->id == edge->source) return {node};
  for (const Node* node : item.nodes)
    if (holds(node->evidence)) return {node};
  return item.nodes;
}

// A long sentence is quoted from a little before the first name it contains of what the evidence
// speaks for, so that the cut quote still shows what the finding is about ("Speakers: 1. Dr. …"
// says nothing).
std::string quote(const Evidence& e, const ReviewItem& item) {
  if (display_width(e.text) <= max_quote_width) return fit(e.text, max_quote_width);
  std::string text = lower_ascii(e.text);
  std::size_t first = std::string::npos;
  for (const Node* node : named_by(e, item)) {
    std::vector<std::string_view> names{node->label};
    names.insert(names.end(), node->aliases.begin(), node->aliases.end());
    for (std::string_view name : names)
      if (name.size() >= 4) first = std::min(first, text.find(lower_ascii(name)));
  }
  constexpr std::size_t lead = 30;  // bytes of context kept before the name
  if (first == std::string::npos || first <= lead) return fit(e.text, max_quote_width);
  std::size_t start = text.rfind(' ', first - lead);
  start = start == std::string::npos ? first : start + 1;
  return "\u2026" + fit(std::string_view(e.text).substr(start), max_quote_width - 1);
}

void write_table(const std::vector<ReviewItem>& items, const ReviewOptions& options, std::size_t shown, std::ostream& out) {
  out << items.size() << (items.size() == 1 ? " item" : " items") << " to review: " << counts_text(items, options) << "\n\n";
  std::size_t rank_width = std::max<std::size_t>(4, std::to_string(shown).size());
  std::size_t check_width = 5;
  for (std::size_t i = 0; i < shown; ++i) check_width = std::max(check_width, to_string(items[i].check).size());
  auto pad = [](const std::string& text, std::size_t width, bool right) {
    std::string spaces(width > display_width(text) ? width - display_width(text) : 0, ' ');
    return right ? spaces + text : text + spaces;
  };
  out << pad("rank", rank_width, true) << "  score  " << pad("check", check_width, false) << "  finding\n";
  for (std::size_t i = 0; i < shown; ++i) {
    const ReviewItem& item = items[i];
    out << pad(std::to_string(i + 1), rank_width, true) << "  " << pad(score_text(item.score), 5, true) << "  "
        << pad(std::string(to_string(item.check)), check_width, false) << "  " << fit(item.explanation, SIZE_MAX) << "\n";
    std::vector<const Evidence*> sentences = sentences_of(item);
    for (std::size_t e = 0; e < sentences.size() && e < evidence_lines_shown; ++e)
      out << "    \u201c" << quote(*sentences[e], item) << "\u201d (" << fit(sentences[e]->document, SIZE_MAX) << " #"
          << sentences[e]->sentence << ")\n";
    if (sentences.size() > evidence_lines_shown)
      out << "    \u2026 and " << sentences.size() - evidence_lines_shown << " more (--format json lists every piece)\n";
    if (!item.suggestion.empty()) out << "    fix: " << fit(item.suggestion, SIZE_MAX) << "\n";
  }
  if (shown < items.size()) out << "\n\u2026 " << items.size() - shown << " more (--limit 0 lists all)\n";
}

// One line per item and piece of evidence, as the query CSV does; an item without evidence has one
// line with empty evidence fields.
void write_csv(const std::vector<ReviewItem>& items, std::size_t shown, std::ostream& out) {
  auto write_line = [&](const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << csv_field(fields[i]);
    out << "\n";
  };
  write_line({"rank", "score", "check", "nodes", "nodes_id", "edges", "explanation", "suggestion", "evidence_document",
              "evidence_sentence", "evidence_rule", "evidence_text"});
  for (std::size_t i = 0; i < shown; ++i) {
    const ReviewItem& item = items[i];
    std::string labels, ids, edges;
    for (const Node* node : item.nodes) {
      labels += (labels.empty() ? "" : "; ") + node->label;
      ids += (ids.empty() ? "" : "; ") + node->id;
    }
    for (const Edge* edge : item.edges)
      edges += (edges.empty() ? "" : "; ") + edge->source + " " + std::string(to_string(edge->relation)) + " " + edge->target;
    std::vector<std::string> fields = {std::to_string(i + 1), score_text(item.score), std::string(to_string(item.check)), labels, ids,
                                       edges, item.explanation, item.suggestion};
    if (item.evidence.empty()) {
      fields.insert(fields.end(), {"", "", "", ""});
      write_line(fields);
      continue;
    }
    for (const Evidence& e : item.evidence) {
      std::vector<std::string> line = fields;
      line.insert(line.end(), {e.document, e.sentence < 0 ? "" : std::to_string(e.sentence), e.rule, e.text});
      write_line(line);
    }
  }
}

ReviewOptions review_options(const ReviewCommandOptions& command) {
  ReviewOptions options;
  options.weak_confidence = command.weak_confidence;
  for (const std::string& name : command.checks) {
    auto check = parse_review_check(name);
    if (!check) {
      std::string known;
      for (ReviewCheck c : all_review_checks()) known += (known.empty() ? "" : ", ") + std::string(to_string(c));
      throw UsageError("unknown check '" + name + "' (checks: " + known + ")");
    }
    if (std::find(options.checks.begin(), options.checks.end(), *check) == options.checks.end()) options.checks.push_back(*check);
  }
  return options;
}

}  // namespace

void add_review_command(CLI::App& app, Context& context) {
  auto* command = app.add_subcommand("review", "List what a careful reader should check, most worth fixing first (see docs/review.md)");
  auto options = std::make_shared<ReviewCommandOptions>();
  command->add_option("-f,--format", options->format, "table (default), json or csv")->check(CLI::IsMember({"table", "json", "csv"}));
  command->add_option("--limit", options->limit, "Most items to list (default 0: all)");
  command->add_option("--check", options->checks, "Run only these checks (repeat or separate by commas; default all)")
      ->delimiter(',')
      ->type_name("NAME");
  command->add_option("--weak-below", options->weak_confidence, "weak_evidence: confidence below which one sentence is weak (default 0.6)")
      ->check(CLI::Range(0.0, 1.0));
  command->footer(
      "Checks: two_introducers, year_outside_term, evolution_cycle, label_two_kinds, likely_duplicate, weak_evidence, no_subject.\n"
      "Exit codes: 0 listed (or nothing to review), 1 usage error, 2 bad snapshot.");
  command->callback([&context, options] {
    ReviewOptions review = review_options(*options);
    PolicyGraph graph = load_graph(context);
    std::vector<ReviewItem> items = review_graph(graph, review);
    std::size_t shown = options->limit == 0 ? items.size() : std::min(options->limit, items.size());
    std::ostringstream buffer;
    if (options->format == "json")
      write_review_json(items, review, options->limit, buffer);
    else if (options->format == "csv")
      write_csv(items, shown, buffer);
    else if (items.empty())
      buffer << "nothing to review\n";
    else
      write_table(items, review, shown, buffer);
    std::cout << buffer.str();
    std::cout.flush();
  });
}

}  // namespace policygraph::cli
