// Fuzz target: bytes as one file of a pack (ingest/pack): administrations, organisations,
// programmes, lexicon or the manifest, chosen by the first of those keys the text names. The
// pack loads or is refused with an InputError; a loaded pack's rules compile or are refused alike.
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "fuzz_support.hpp"
#include "graph/error.hpp"
#include "ingest/rules.hpp"
#include "ingest/wordnet.hpp"

namespace {

// A manifest may name the WordNet lexicon ("lexicon": "wordnet"); it is read once per process, and
// here before main, so that its seconds under the sanitizers count against no input's time limit.
[[maybe_unused]] const policygraph::ingest::WordNet& preloaded_wordnet =
    policygraph::ingest::WordNet::shared(policygraph::ingest::WordNet::default_folder());

const std::filesystem::path& pack_folder() {
  static const std::filesystem::path folder = [] {
    auto path = std::filesystem::temp_directory_path() / ("policygraph-fuzz-pack-" + std::to_string(::getpid())) / "fuzz";
    std::filesystem::create_directories(path);
    return path;
  }();
  return folder;
}

std::string file_for(std::string_view text) {
  std::string chosen = "pack.json";
  std::size_t first = std::string_view::npos;
  for (const char* key : {"administrations", "organisations", "programmes", "classes", "lists"}) {
    std::size_t at = text.find(std::string("\"") + key + "\"");
    if (at < first) {
      first = at;
      chosen = key == std::string_view("classes") || key == std::string_view("lists") ? "lexicon.json"
                                                                                      : std::string(key) + ".json";
    }
  }
  return chosen;
}

void write(const std::filesystem::path& path, std::string_view bytes) {
  std::ofstream(path, std::ios::binary | std::ios::trunc).write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

}  // namespace

POLICYGRAPH_FUZZ_TARGET(pack) {
  using namespace policygraph;
  std::string_view text = fuzz::text_of(data, size);
  const std::filesystem::path& folder = pack_folder();
  std::error_code ignored;
  for (const char* name : {"pack.json", "administrations.json", "organisations.json", "programmes.json", "lexicon.json"})
    std::filesystem::remove(folder / name, ignored);
  std::string file = file_for(text);
  if (file != "pack.json") write(folder / "pack.json", "{\"name\": \"fuzz\"}");
  write(folder / file, text);
  try {
    ingest::Pack pack = ingest::load_pack(folder);
    ingest::RuleSet rules(pack);
  } catch (const InputError&) {
  }
  return 0;
}
