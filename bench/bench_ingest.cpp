// Ingest throughput on a synthetic corpus: end-to-end extraction (MB/s per core) and the
// gazetteer's name matching alone. The corpus is generated from sentence templates that use the
// default pack's names, so every sentence exercises names, chunking and the rules.
#include <benchmark/benchmark.h>

#include <random>
#include <string>

#include "ingest/extractor.hpp"
#include "ingest/gazetteer.hpp"
#include "ingest/pack.hpp"
#include "ingest/reader.hpp"
#include "ingest/tokens.hpp"

namespace {

using namespace policygraph::ingest;

const Pack& pack() {
  static const Pack loaded = load_pack(default_pack_dir());
  return loaded;
}

// About `bytes` of policy prose: administrations launching, expanding and renaming programmes,
// problems, recommendations, seminars, with pronouns and lists.
std::string synthetic_text(std::size_t bytes, unsigned seed) {
  std::mt19937 random(seed);
  const auto& administrations = pack().administrations;
  const char* heads[] = {"programme", "project", "policy", "initiative", "fund", "zone", "cluster", "plan"};
  const char* topics[] = {"regional innovation", "smart factory", "green growth", "digital transformation",
                          "balanced development", "technology transfer", "start-up support", "industrial complex"};
  auto pick = [&](auto& list) -> decltype(auto) { return list[random() % (sizeof(list) / sizeof(list[0]))]; };
  std::string text = "Date 2021-05-04\n\n";
  int n = 0;
  while (text.size() < bytes) {
    const auto& a = administrations[random() % administrations.size()];
    const auto& b = administrations[random() % administrations.size()];
    std::string x = std::string(pick(topics)) + " " + pick(heads) + " " + std::to_string(n++);
    std::string y = std::string(pick(topics)) + " " + pick(heads) + " " + std::to_string(n++);
    switch (random() % 6) {
      case 0: text += "The " + a.label + " launched the " + x + " in 2004, and the " + b.label + " later expanded it into the " + y + ". "; break;
      case 1: text += "The " + x + " was introduced by the " + a.label + " to strengthen regional competitiveness. "; break;
      case 2: text += "Critics argued that the " + x + " suffers from weak evaluation, overlapping functions and a limited budget. "; break;
      case 3: text += "Multiple problems were pointed out. To name a few, fragmentation into small projects, weak links to local industry, and low private investment. "; break;
      case 4: text += "The Korea Institute for Advancement of Technology hosted a seminar on the " + x + ", and participants agreed that we need to build a new growth hub. "; break;
      default: text += "Under the " + a.label + ", the " + x + " was renamed the " + y + ", which resulted in balanced regional development and more local jobs.\n"; break;
    }
  }
  return text;
}

void extract_end_to_end(benchmark::State& state) {
  static const Extractor extractor(pack());
  std::string text = synthetic_text(static_cast<std::size_t>(state.range(0)), 7);
  for (auto _ : state) {
    SourceDocument document = make_document("synthetic.txt", text, extractor.pack().lexicon);
    Extraction extraction = extractor.extract(document);
    benchmark::DoNotOptimize(extraction.facts);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(extract_end_to_end)->Arg(256 << 10)->Unit(benchmark::kMillisecond);

void tokenize_only(benchmark::State& state) {
  std::string text = synthetic_text(1 << 20, 11);
  for (auto _ : state) benchmark::DoNotOptimize(tokenize(text).size());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(tokenize_only)->Unit(benchmark::kMillisecond);

void gazetteer_matching(benchmark::State& state) {
  static const Gazetteer gazetteer(pack());
  std::string text = synthetic_text(1 << 20, 13);
  std::vector<Token> tokens = tokenize(text);
  for (auto _ : state) benchmark::DoNotOptimize(gazetteer.find(tokens).size());
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(gazetteer_matching)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
