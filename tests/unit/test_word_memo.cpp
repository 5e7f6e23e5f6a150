// Unit tests of ingest/word_memo: answers computed once per thread and owner, owners kept apart
// (also a copy), and threads each with their own store.
#include <catch2/catch.hpp>

#include <atomic>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "ingest/word_memo.hpp"

using policygraph::ingest::WordMemo;

TEST_CASE("a word's answer is computed once, then remembered", "[ingest][word_memo]") {
  WordMemo<int> memo;
  int computed = 0;
  auto length = [&](std::string_view word) { ++computed; return static_cast<int>(word.size()); };
  CHECK(memo.get("funds", length) == 5);
  CHECK(memo.get("funds", length) == 5);
  CHECK(memo.get("zone", length) == 4);
  CHECK(computed == 2);
}

TEST_CASE("two owners, and a copy, keep their own answers", "[ingest][word_memo]") {
  WordMemo<int> first;
  WordMemo<int> second;
  CHECK(first.get("act", [](std::string_view) { return 1; }) == 1);
  CHECK(second.get("act", [](std::string_view) { return 2; }) == 2);
  CHECK(first.get("act", [](std::string_view) { return 3; }) == 1);
  WordMemo<int> copy = first;  // NOLINT(performance-unnecessary-copy-initialization): the copy is what is tested
  CHECK(copy.get("act", [](std::string_view) { return 4; }) == 4);
}

TEST_CASE("an answer computed while another owner's memo is asked is kept", "[ingest][word_memo]") {
  WordMemo<int> outer;
  WordMemo<int> inner;
  auto nested = [&](std::string_view word) { return inner.get(word, [](std::string_view w) { return static_cast<int>(w.size()); }) + 10; };
  CHECK(outer.get("cluster", nested) == 17);
  CHECK(outer.get("cluster", [](std::string_view) { return 0; }) == 17);
  CHECK(inner.get("cluster", [](std::string_view) { return 0; }) == 7);
}

TEST_CASE("each thread computes its own answers", "[ingest][word_memo]") {
  WordMemo<int> memo;
  std::atomic<int> computed{0};
  auto work = [&] {
    for (int round = 0; round < 3; ++round)
      for (const char* word : {"policy", "programme", "zone"})
        REQUIRE(memo.get(word, [&](std::string_view w) { ++computed; return static_cast<int>(w.size()); }) ==
                static_cast<int>(std::string_view(word).size()));
  };
  std::vector<std::thread> threads;
  for (int t = 0; t < 2; ++t) threads.emplace_back(work);
  for (std::thread& thread : threads) thread.join();
  CHECK(computed == 6);
}
