// Scoring extraction against gold annotations (docs/gold-format.md): precision, recall and F1
// per relation and overall, with the misses and false facts listed for inspection.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "ingest/extractor.hpp"

namespace policygraph::ingest {

struct GoldFact {
  std::vector<std::string> subjects;  ///< accepted names
  Relation relation = Relation::introduced;
  std::vector<std::string> objects;
  std::string detail;  ///< year, mode or role as annotated (reported, not scored)
};

struct GoldDocument {
  std::filesystem::path gold_file;
  std::filesystem::path document;
  std::vector<GoldFact> facts;
};

/// Loads every *.gold.json in a folder; documents are found beside the gold file, or in
/// `corpus` when given. Throws InputError ("FILE: line N: reason") for a malformed file.
std::vector<GoldDocument> load_gold(const std::filesystem::path& folder, const std::filesystem::path& corpus = {});

struct Score {
  std::size_t gold = 0;       ///< gold facts
  std::size_t found = 0;      ///< gold facts matched by an extracted fact
  std::size_t extracted = 0;  ///< extracted facts
  std::size_t correct = 0;    ///< extracted facts matching a gold fact
  double precision() const { return extracted ? double(correct) / double(extracted) : 1.0; }
  double recall() const { return gold ? double(found) / double(gold) : 1.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

struct EvalReport {
  std::map<Relation, Score> relations;
  Score overall;
  std::vector<std::string> misses;          ///< "document: subject relation object" not extracted
  std::vector<std::string> false_facts;     ///< extracted but not in the gold
};

/// Extracts every gold document and scores the facts. Names of entities match when their normalised
/// forms are equal (any alias of a node counts) or one's words contain the other's; phrases (goals,
/// outcomes, problems, recommendations) also match when most of their words agree.
EvalReport evaluate(const std::vector<GoldDocument>& gold, const Extractor& extractor);

/// True when a gold name and a node name denote the same thing under the scorer's rules.
bool names_match(const std::string& gold, const std::string& extracted);

}  // namespace policygraph::ingest
