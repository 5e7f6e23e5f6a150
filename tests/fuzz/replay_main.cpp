// Runs the fuzz targets without libFuzzer, so that every build checks them:
// `policygraph_fuzz_replay TARGET INPUT...`, where an input is a file, a folder (its files) or
// @LIST (a file of comma-separated paths, as libFuzzer's -seed_inputs=@LIST takes). ctest replays
// each target's seed corpus and its regression inputs (tests/fuzz/regressions/TARGET/) this way.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

extern "C" {
int policygraph_fuzz_reader_text(const std::uint8_t* data, std::size_t size);
int policygraph_fuzz_reader_html(const std::uint8_t* data, std::size_t size);
int policygraph_fuzz_reader_markdown(const std::uint8_t* data, std::size_t size);
int policygraph_fuzz_snapshot(const std::uint8_t* data, std::size_t size);
int policygraph_fuzz_pack(const std::uint8_t* data, std::size_t size);
int policygraph_fuzz_rules(const std::uint8_t* data, std::size_t size);
int policygraph_fuzz_query_pattern(const std::uint8_t* data, std::size_t size);
int policygraph_fuzz_ask(const std::uint8_t* data, std::size_t size);
int policygraph_fuzz_dot(const std::uint8_t* data, std::size_t size);
}

namespace {

using Target = int (*)(const std::uint8_t*, std::size_t);

const std::map<std::string, Target> targets = {
    {"reader_text", policygraph_fuzz_reader_text}, {"reader_html", policygraph_fuzz_reader_html},
    {"reader_markdown", policygraph_fuzz_reader_markdown}, {"snapshot", policygraph_fuzz_snapshot},
    {"pack", policygraph_fuzz_pack}, {"rules", policygraph_fuzz_rules},
    {"query_pattern", policygraph_fuzz_query_pattern}, {"ask", policygraph_fuzz_ask}, {"dot", policygraph_fuzz_dot}};

void add_inputs(const std::string& argument, std::vector<std::filesystem::path>& out) {
  if (!argument.empty() && argument[0] == '@') {
    std::ifstream list(argument.substr(1));
    std::string path;
    while (std::getline(list, path, ',')) {
      while (!path.empty() && (path.back() == '\n' || path.back() == '\r')) path.pop_back();
      if (!path.empty()) out.push_back(path);
    }
    return;
  }
  if (std::filesystem::is_directory(argument)) {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(argument))
      if (entry.is_regular_file()) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    out.insert(out.end(), files.begin(), files.end());
    return;
  }
  out.push_back(argument);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3 || !targets.count(argv[1])) {
    std::fprintf(stderr, "usage: policygraph_fuzz_replay TARGET INPUT...\ntargets:");
    for (const auto& [name, target] : targets) std::fprintf(stderr, " %s", name.c_str());
    std::fprintf(stderr, "\n");
    return 1;
  }
  std::vector<std::filesystem::path> inputs;
  for (int i = 2; i < argc; ++i) add_inputs(argv[i], inputs);
  Target target = targets.at(argv[1]);
  for (const auto& path : inputs) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "%s: cannot read\n", path.c_str());
      return 1;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    std::string data = std::move(bytes).str();
    target(reinterpret_cast<const std::uint8_t*>(data.data()), data.size());
  }
  std::printf("%s: %zu inputs replayed\n", argv[1], inputs.size());
  return 0;
}
