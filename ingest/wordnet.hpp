// English open-class words from WordNet 3.0 (Debian's wordnet-base): the parts of speech of its
// ~150,000 lemmas and collocations ("set up", "science park"), how often each part of speech was
// tagged in WordNet's sense-tagged texts, and its lists of irregular forms ("began" → "begin").
// Closed-class words are not in WordNet; they come from the language pack's lists, and so do the
// suffix rules that find regular base forms (ingest/morphology).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace policygraph::ingest {

/// Parts of speech, as bits.
enum PartOfSpeech : uint8_t { noun = 1, verb = 2, adjective = 4, adverb = 8 };

class WordNet {
 public:
  /// Loads the index and exception files of a WordNet 3.0 folder. Throws InputError
  /// "FILE: line N: reason" for a malformed line and "FILE: cannot read …" for a missing file.
  explicit WordNet(const std::filesystem::path& folder);
  WordNet(const WordNet&) = delete;
  WordNet& operator=(const WordNet&) = delete;

  /// Returns the lexicon of a folder, loaded once per process (thread-safe).
  static const WordNet& shared(const std::filesystem::path& folder);
  /// Returns $POLICYGRAPH_WORDNET when it is set, else /usr/share/wordnet.
  static std::filesystem::path default_folder();

  /// True when the lower-case lemma (spaces or '_' between words) is an entry of that part.
  bool has(std::string_view lemma, PartOfSpeech part) const;
  /// Returns the parts of speech of a lemma (bits), 0 when it is none.
  uint8_t parts(std::string_view lemma) const;
  /// Returns how many senses of the lemma as that part were tagged, 0 when none or unknown.
  uint16_t count(std::string_view lemma, PartOfSpeech part) const;
  /// Returns the base forms WordNet lists for an irregular form of that part ("began" → "begin").
  const std::vector<std::string>& irregular(std::string_view form, PartOfSpeech part) const;
  /// Returns the irregular forms WordNet lists for a base of that part ("begin" → began, begun, beginning).
  const std::vector<std::string>& irregular_forms(std::string_view base, PartOfSpeech part) const;
  /// Returns the lemmas of one part of speech, sorted (collocations with spaces).
  std::vector<std::string> lemmas_of(PartOfSpeech part) const;
  /// Returns the number of lemmas loaded (all parts of speech).
  std::size_t lemmas() const { return lemmas_.size(); }
  /// Returns the folder it was loaded from.
  const std::filesystem::path& folder() const { return folder_; }

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>{}(text); }
  };
  struct Entry {
    uint8_t parts = 0;
    uint16_t counts[4] = {0, 0, 0, 0};  ///< tagged senses per part: noun, verb, adjective, adverb
  };
  const Entry* entry(std::string_view lemma) const;
  static int index_of(PartOfSpeech part);

  std::filesystem::path folder_;
  std::unordered_map<std::string, Entry, Hash, std::equal_to<>> lemmas_;
  std::unordered_map<std::string, std::vector<std::string>, Hash, std::equal_to<>> exceptions_[4];
  std::unordered_map<std::string, std::vector<std::string>, Hash, std::equal_to<>> forms_[4];  ///< base → irregular forms
};

}  // namespace policygraph::ingest
