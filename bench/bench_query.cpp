// Query speed on a synthetic graph of one million nodes (bench/synthetic_graph.hpp): name lookup,
// who-introduced, evolution, path, search and a two-step match, after the indexes are built.
// POLICYGRAPH_BENCH_NODES overrides the size.
#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "graph/match.hpp"
#include "graph/query.hpp"
#include "synthetic_graph.hpp"

namespace {

using namespace policygraph;

std::size_t node_count() {
  const char* text = std::getenv("POLICYGRAPH_BENCH_NODES");
  return text ? static_cast<std::size_t>(std::strtoull(text, nullptr, 10)) : 1'000'000;
}

struct Fixture {
  bench::SyntheticGraph synthetic;
  std::unique_ptr<QueryEngine> engine;
  double generate_seconds = 0;
  double index_seconds = 0;
};

// Built once for all benchmarks: the figures are for queries after the snapshot is loaded.
Fixture& fixture() {
  static Fixture f = [] {
    Fixture out;
    auto t0 = std::chrono::steady_clock::now();
    out.synthetic = bench::make_synthetic_graph(node_count());
    auto t1 = std::chrono::steady_clock::now();
    out.engine = std::make_unique<QueryEngine>(out.synthetic.graph);
    auto t2 = std::chrono::steady_clock::now();
    out.generate_seconds = std::chrono::duration<double>(t1 - t0).count();
    out.index_seconds = std::chrono::duration<double>(t2 - t1).count();
    std::fprintf(stderr, "synthetic graph: %zu nodes, %zu edges, %zu lineages; generated in %.1f s, indexed in %.2f s\n",
                 out.synthetic.graph.node_count(), out.synthetic.graph.edge_count(), out.synthetic.lineages, out.generate_seconds,
                 out.index_seconds);
    return out;
  }();
  return f;
}

void BM_NameLookup(benchmark::State& state) {
  Fixture& f = fixture();
  const auto& names = f.synthetic.programme_labels;
  std::size_t i = 0;
  for (auto _ : state) {
    const Node& node = f.engine->resolve(names[i++ % names.size()]);
    benchmark::DoNotOptimize(&node);
  }
}
BENCHMARK(BM_NameLookup);

void BM_NameLookupKorean(benchmark::State& state) {
  Fixture& f = fixture();
  const auto& names = f.synthetic.korean_aliases;
  std::size_t i = 0;
  for (auto _ : state) {
    const Node& node = f.engine->resolve(names[i++ % names.size()]);
    benchmark::DoNotOptimize(&node);
  }
}
BENCHMARK(BM_NameLookupKorean);

void BM_WhoIntroduced(benchmark::State& state) {
  Fixture& f = fixture();
  const auto& names = f.synthetic.programme_labels;
  std::size_t i = 0;
  for (auto _ : state) {
    const Node& node = f.engine->resolve(names[i++ % names.size()], {NodeKind::programme});
    auto introductions = f.engine->who_introduced(node);
    benchmark::DoNotOptimize(introductions.data());
  }
}
BENCHMARK(BM_WhoIntroduced);

void BM_WhoIntroducedAnswer(benchmark::State& state) {
  Fixture& f = fixture();
  const auto& names = f.synthetic.programme_labels;
  std::size_t i = 0;
  for (auto _ : state) {
    QueryRequest request;
    request.kind = QueryKind::who_introduced;
    request.arguments = {names[i++ % names.size()]};
    Answer answer = run_query(*f.engine, request);
    benchmark::DoNotOptimize(answer.rows.data());
  }
}
BENCHMARK(BM_WhoIntroducedAnswer);

void BM_Evolution(benchmark::State& state) {
  Fixture& f = fixture();
  const auto& names = f.synthetic.lineage_tails;
  std::size_t i = 0, steps = 0;
  for (auto _ : state) {
    auto lineage = f.engine->evolution(f.engine->resolve(names[i++ % names.size()]));
    steps += lineage.size();
    benchmark::DoNotOptimize(lineage.data());
  }
  state.counters["steps"] = benchmark::Counter(static_cast<double>(steps), benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_Evolution);

void BM_Path(benchmark::State& state) {
  Fixture& f = fixture();
  const auto& ends = f.synthetic.lineage_ends;
  std::size_t i = 0, length = 0, visited = 0;
  for (auto _ : state) {
    const auto& [first, last] = ends[i++ % ends.size()];
    std::size_t reached = 0;
    auto path = f.engine->path(f.engine->resolve(first), f.engine->resolve(last), &reached);
    length += path ? path->size() : 0;
    visited += reached;
    benchmark::DoNotOptimize(path);
  }
  state.counters["edges"] = benchmark::Counter(static_cast<double>(length), benchmark::Counter::kAvgIterations);
  state.counters["visited"] = benchmark::Counter(static_cast<double>(visited), benchmark::Counter::kAvgIterations);
}
BENCHMARK(BM_Path)->Unit(benchmark::kMicrosecond);

void BM_Search(benchmark::State& state) {
  Fixture& f = fixture();
  f.engine->names().search("warm up");  // the token index is built on first use
  const auto& names = f.synthetic.programme_labels;
  std::size_t i = 0;
  for (auto _ : state) {
    // Two words of a label: a partial name, as people type them.
    const std::string& label = names[i++ % names.size()];
    auto hits = f.engine->names().search(label.substr(label.find(' ') + 1, label.rfind(' ') - label.find(' ') - 1), 20);
    benchmark::DoNotOptimize(hits.data());
  }
}
BENCHMARK(BM_Search)->Unit(benchmark::kMicrosecond);

void BM_MatchFromConstant(benchmark::State& state) {
  Fixture& f = fixture();
  const auto& names = f.synthetic.programme_labels;
  std::size_t i = 0;
  for (auto _ : state) {
    std::string pattern = "?a introduced \"" + names[i++ % names.size()] + "\" . ?a emphasised ?g";
    auto matches = match_pattern(*f.engine, parse_pattern(*f.engine, pattern));
    benchmark::DoNotOptimize(matches.data());
  }
}
BENCHMARK(BM_MatchFromConstant);

}  // namespace

BENCHMARK_MAIN();
