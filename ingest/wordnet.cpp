// Loading WordNet 3.0's index and exception files (wordnet.hpp). One pass over each file, no
// regular expressions: an index line is "lemma pos synset_cnt p_cnt ptr… sense_cnt tagsense_cnt
// offsets…" (wndb(5)); lines that start with two spaces are the licence header.
#include "ingest/wordnet.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>

#include "graph/error.hpp"

namespace policygraph::ingest {
namespace {

namespace fs = std::filesystem;

// The database files, in the order of PartOfSpeech bits: noun, verb, adjective, adverb.
constexpr const char* index_files[] = {"index.noun", "index.verb", "index.adj", "index.adv"};
constexpr const char* exception_files[] = {"noun.exc", "verb.exc", "adj.exc", "adv.exc"};
constexpr PartOfSpeech parts_in_order[] = {noun, verb, adjective, adverb};

std::string read_all(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path.string() + ": cannot read (is Debian's wordnet-base installed?)");
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// Calls `line(text, number)` for every line of a file.
template <typename Visit>
void each_line(const std::string& bytes, Visit visit) {
  std::size_t at = 0;
  int number = 0;
  while (at < bytes.size()) {
    std::size_t end = bytes.find('\n', at);
    if (end == std::string::npos) end = bytes.size();
    ++number;
    visit(std::string_view(bytes).substr(at, end - at), number);
    at = end + 1;
  }
}

// Splits a line at spaces.
std::vector<std::string_view> fields(std::string_view line) {
  std::vector<std::string_view> out;
  std::size_t at = 0;
  while (at < line.size()) {
    std::size_t end = line.find(' ', at);
    if (end == std::string_view::npos) end = line.size();
    if (end > at) out.push_back(line.substr(at, end - at));
    at = end + 1;
  }
  return out;
}

bool parse_count(std::string_view text, long& value) {
  if (text.empty() || text.size() > 9) return false;
  value = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + (c - '0');
  }
  return true;
}

// WordNet joins the words of a collocation with '_'; policygraph asks with spaces.
std::string with_spaces(std::string_view lemma) {
  std::string out(lemma);
  for (char& c : out)
    if (c == '_') c = ' ';
  return out;
}

}  // namespace

WordNet::WordNet(const fs::path& folder) : folder_(folder) {
  lemmas_.reserve(160000);
  for (int part = 0; part < 4; ++part) {
    fs::path path = folder / index_files[part];
    std::string bytes = read_all(path);
    each_line(bytes, [&](std::string_view line, int number) {
      if (line.empty() || line.front() == ' ') return;
      auto fail = [&](const std::string& reason) {
        throw InputError(path.string() + ": line " + std::to_string(number) + ": " + reason);
      };
      std::vector<std::string_view> f = fields(line);
      long pointers = 0, tagged = 0;
      if (f.size() < 4 || !parse_count(f[3], pointers)) fail("not an index line (lemma pos synset_cnt p_cnt …)");
      std::size_t tagged_at = 4 + static_cast<std::size_t>(pointers) + 1;
      if (tagged_at >= f.size() || !parse_count(f[tagged_at], tagged)) fail("the tagged-sense count is missing");
      Entry& entry = lemmas_[with_spaces(f[0])];
      entry.parts |= parts_in_order[part];
      entry.counts[part] = static_cast<uint16_t>(std::min<long>(tagged, 65535));
    });
    fs::path exceptions = folder / exception_files[part];
    std::string exception_bytes = read_all(exceptions);
    each_line(exception_bytes, [&](std::string_view line, int number) {
      if (line.empty()) return;
      std::vector<std::string_view> f = fields(line);
      if (f.size() < 2) throw InputError(exceptions.string() + ": line " + std::to_string(number) + ": an exception needs a form and a base");
      auto& bases = exceptions_[part][with_spaces(f[0])];
      for (std::size_t k = 1; k < f.size(); ++k) {
        bases.push_back(with_spaces(f[k]));
        forms_[part][bases.back()].push_back(with_spaces(f[0]));
      }
    });
  }
}

const WordNet& WordNet::shared(const fs::path& folder) {
  static std::mutex mutex;
  static std::map<fs::path, std::unique_ptr<WordNet>> loaded;
  std::lock_guard<std::mutex> lock(mutex);
  auto& slot = loaded[folder];
  if (!slot) slot = std::make_unique<WordNet>(folder);
  return *slot;
}

fs::path WordNet::default_folder() {
  if (const char* set = std::getenv("POLICYGRAPH_WORDNET"); set && *set) return set;
  return "/usr/share/wordnet";
}

int WordNet::index_of(PartOfSpeech part) {
  switch (part) {
    case noun: return 0;
    case verb: return 1;
    case adjective: return 2;
    case adverb: return 3;
  }
  return 0;
}

const WordNet::Entry* WordNet::entry(std::string_view lemma) const {
  if (lemma.find('_') != std::string_view::npos) {
    auto found = lemmas_.find(with_spaces(lemma));
    return found == lemmas_.end() ? nullptr : &found->second;
  }
  auto found = lemmas_.find(lemma);
  return found == lemmas_.end() ? nullptr : &found->second;
}

bool WordNet::has(std::string_view lemma, PartOfSpeech part) const {
  const Entry* e = entry(lemma);
  return e && (e->parts & part) != 0;
}

uint8_t WordNet::parts(std::string_view lemma) const {
  const Entry* e = entry(lemma);
  return e ? e->parts : 0;
}

uint16_t WordNet::count(std::string_view lemma, PartOfSpeech part) const {
  const Entry* e = entry(lemma);
  return e ? e->counts[index_of(part)] : 0;
}

const std::vector<std::string>& WordNet::irregular(std::string_view form, PartOfSpeech part) const {
  static const std::vector<std::string> none;
  const auto& table = exceptions_[index_of(part)];
  auto found = table.find(form);
  return found == table.end() ? none : found->second;
}

std::vector<std::string> WordNet::lemmas_of(PartOfSpeech part) const {
  std::vector<std::string> out;
  for (const auto& [lemma, entry] : lemmas_)
    if (entry.parts & part) out.push_back(lemma);
  std::sort(out.begin(), out.end());
  return out;
}

const std::vector<std::string>& WordNet::irregular_forms(std::string_view base, PartOfSpeech part) const {
  static const std::vector<std::string> none;
  const auto& table = forms_[index_of(part)];
  auto found = table.find(base);
  return found == table.end() ? none : found->second;
}

}  // namespace policygraph::ingest
