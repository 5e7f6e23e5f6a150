// Unit tests of graph/json_escapes: lone surrogate escapes found at their byte, pairs and other
// escapes passed, comments skipped when the text may hold them.
#include <catch2/catch.hpp>

#include "graph/json_escapes.hpp"

using policygraph::find_lone_surrogate_escape;

TEST_CASE("a lone low surrogate escape is found at its backslash", "[json_escapes]") {
  CHECK(find_lone_surrogate_escape(R"({"a": "x\udc4d"})") == 8u);
  CHECK(find_lone_surrogate_escape(R"({"a": "\uDC00", "b": "\udfff"})") == 7u);
  CHECK(find_lone_surrogate_escape(R"(["\n\t\"\\", "\udc4d"])") == 14u);
}

TEST_CASE("pairs, escaped backslashes and other escapes are no lone surrogates", "[json_escapes]") {
  CHECK_FALSE(find_lone_surrogate_escape(R"({"a": "\ud83d\ude00"})"));
  CHECK_FALSE(find_lone_surrogate_escape(R"({"a": "\\udc4d"})"));
  CHECK_FALSE(find_lone_surrogate_escape(R"({"a": "\u00e9\u4e2d\\\\"})"));
  CHECK_FALSE(find_lone_surrogate_escape(R"({"a": "plain"})"));
  CHECK_FALSE(find_lone_surrogate_escape(""));
  // A high surrogate's partner is not lone even when the pair is the last thing in the text.
  CHECK_FALSE(find_lone_surrogate_escape(R"("\udbff\udfff")"));
  // A truncated escape at the end is left to the parser.
  CHECK_FALSE(find_lone_surrogate_escape(R"("\udc)"));
}

TEST_CASE("comments are skipped when the text may hold them", "[json_escapes]") {
  std::string text = "{\n  // a note on \\udc4d\n  /* and \\udc4d */ \"a\": \"\\udc4d\"}";
  CHECK(find_lone_surrogate_escape(text, true) == text.rfind("\\udc4d"));
  CHECK_FALSE(find_lone_surrogate_escape("{\"a\": \"//\\u0041\" /* \\udc00 */}", true));
}
