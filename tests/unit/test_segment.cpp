// Unit tests of ingest/segment: abbreviations that ICU breaks after, hard-wrapped lines, headings
// and list items, and byte offsets.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ingest/segment.hpp"
#include "ingest_fixture.hpp"

using namespace policygraph::ingest;
using policygraph::testing::english_lexicon;

namespace {

std::vector<std::string> sentences(const std::string& text) {
  std::vector<std::string> out;
  for (const SentenceSpan& span : split_sentences(text, english_lexicon())) out.push_back(text.substr(span.begin, span.end - span.begin));
  return out;
}

bool space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

// Offsets are inside the text, ordered, not overlapping, trimmed, and cut on code points.
void check_spans(const std::string& text) {
  std::size_t previous = 0;
  for (const SentenceSpan& span : split_sentences(text, english_lexicon())) {
    CHECK(span.begin < span.end);
    CHECK(span.end <= text.size());
    CHECK(span.begin >= previous);
    CHECK_FALSE(space(text[span.begin]));
    CHECK_FALSE(space(text[span.end - 1]));
    CHECK((static_cast<unsigned char>(text[span.begin]) & 0xC0) != 0x80);
    if (span.end < text.size()) CHECK((static_cast<unsigned char>(text[span.end]) & 0xC0) != 0x80);
    previous = span.end;
  }
}

using Sentences = std::vector<std::string>;

}  // namespace

TEST_CASE("'Dr.' and 'Apr.' do not end a sentence", "[ingest][segment]") {
  CHECK(sentences("Dr. Kim Sung-ho opened the forum. Prof. Lee closed it.") ==
        Sentences{"Dr. Kim Sung-ho opened the forum.", "Prof. Lee closed it."});
  CHECK(sentences("The plan was announced on Apr. 2, 2019 by the ministry. It took effect in May.") ==
        Sentences{"The plan was announced on Apr. 2, 2019 by the ministry.", "It took effect in May."});
  CHECK(sentences("Funding rose, e.g. for clusters. It fell later.") ==
        Sentences{"Funding rose, e.g. for clusters.", "It fell later."});
}

TEST_CASE("initials and U.S. stay inside their sentence", "[ingest][segment]") {
  CHECK(sentences("J. Kim of the U.S. office spoke. Then questions followed.") ==
        Sentences{"J. Kim of the U.S. office spoke.", "Then questions followed."});
}

TEST_CASE("hard-wrapped lines are joined into one sentence", "[ingest][segment]") {
  std::string text =
      "The regional policy was first started as a pilot\n"
      "project in 1999 and then expanded nationwide.\n"
      "It was run by the\n"
      "Ministry of Commerce, Industry and Energy.\n";
  auto found = sentences(text);
  REQUIRE(found.size() == 2);
  CHECK(found[0] == "The regional policy was first started as a pilot\nproject in 1999 and then expanded nationwide.");
  CHECK(found[1] == "It was run by the\nMinistry of Commerce, Industry and Energy.");
  check_spans(text);
}

TEST_CASE("headings and list items stand alone", "[ingest][segment]") {
  std::string text =
      "Background\n"
      "The Innovation City project moved public agencies to the regions.\n"
      "\n"
      "Problems\n"
      "- Weak links with local universities\n"
      "- Families did not move\n"
      "1. Budgets were cut\n";
  CHECK(sentences(text) == Sentences{"Background", "The Innovation City project moved public agencies to the regions.", "Problems",
                                     "- Weak links with local universities", "- Families did not move", "1. Budgets were cut"});
  check_spans(text);
}

TEST_CASE("list items are marked, their words start after the marker", "[ingest][segment]") {
  std::string text =
      "Problems were raised:\n"
      "- Weak links with local universities\n"
      "\xE2\x80\xA2 Families did not move\n"
      "12. Budgets were cut. Nobody objected.\n"
      "(b) Rules were complex\n"
      "Speakers\n"
      "1.9 million jobs were promised in 2020.\n";
  auto spans = split_sentences(text, english_lexicon());
  REQUIRE(spans.size() == 8);
  auto body = [&](std::size_t k) { return text.substr(spans[k].body, spans[k].end - spans[k].body); };
  CHECK_FALSE(spans[0].list_item);
  CHECK(spans[0].whole_line);
  CHECK(spans[1].list_item);
  CHECK(body(1) == "Weak links with local universities");
  CHECK(spans[2].list_item);
  CHECK(body(2) == "Families did not move");
  CHECK(spans[3].list_item);
  CHECK(body(3) == "Budgets were cut.");
  CHECK_FALSE(spans[3].whole_line);
  CHECK_FALSE(spans[4].list_item);  // the second sentence of an item is not an item of its own
  CHECK(spans[3].opens_line);
  CHECK_FALSE(spans[4].opens_line);
  CHECK(spans[5].list_item);
  CHECK(body(5) == "Rules were complex");
  CHECK(spans[6].whole_line);
  CHECK_FALSE(spans[7].list_item);  // "1.9 million" is a number, not a marker
  CHECK(spans[7].body == spans[7].begin);
  check_spans(text);
}

TEST_CASE("list markers", "[ingest][segment]") {
  CHECK(list_marker_length("- item") == 2);
  CHECK(list_marker_length("* item") == 2);
  CHECK(list_marker_length("3) item") == 3);
  CHECK(list_marker_length("10. item") == 4);
  CHECK(list_marker_length("(a) item") == 4);
  CHECK(list_marker_length("a) item") == 3);
  CHECK(list_marker_length("\xC2\xB7 item") == 3);
  CHECK(list_marker_length("-item") == 0);
  CHECK(list_marker_length("2020 was a year") == 0);
  CHECK(list_marker_length("1.9 million") == 0);
  CHECK(list_marker_length("Also (see above)") == 0);
  CHECK(list_marker_length("") == 0);
}

TEST_CASE("a line before a list item is not joined to it", "[ingest][segment]") {
  CHECK(sentences("The components are\n- data dams\n- green remodelling\n") ==
        Sentences{"The components are", "- data dams", "- green remodelling"});
}

TEST_CASE("a blank line ends a paragraph even without a full stop", "[ingest][segment]") {
  CHECK(sentences("first part of a paragraph\n\nsecond paragraph here") ==
        Sentences{"first part of a paragraph", "second paragraph here"});
}

TEST_CASE("byte offsets are valid on UTF-8 text", "[ingest][segment]") {
  std::string text =
      "  참여정부는 지역전략산업을 추진했다. 이명박 정부는 이를 전환했다.\n\n"
      "The People\u2019s Government started it \u2013 in 1999. \u201CIt worked,\u201D he said.  \n";
  auto found = sentences(text);
  CHECK(found == Sentences{"참여정부는 지역전략산업을 추진했다.", "이명박 정부는 이를 전환했다.",
                           "The People\u2019s Government started it \u2013 in 1999.", "\u201CIt worked,\u201D he said."});
  check_spans(text);
  auto spans = split_sentences(text, english_lexicon());
  REQUIRE_FALSE(spans.empty());
  CHECK(spans[0].begin == 2);  // leading spaces are trimmed
}

TEST_CASE("empty and blank text give no sentences", "[ingest][segment]") {
  CHECK(sentences("").empty());
  CHECK(sentences(" \n\n \t\n").empty());
  CHECK(sentences("One.") == Sentences{"One."});
}

TEST_CASE("CRLF line ends are handled like LF", "[ingest][segment]") {
  std::string text = "Title line\r\nThe ministry launched a fund in 2010.\r\nIt grew.\r\n";
  auto found = sentences(text);
  CHECK(found == Sentences{"Title line", "The ministry launched a fund in 2010.", "It grew."});
  check_spans(text);
}

// ICU's "en@ss=standard" suppressions match as suffixes of the word before the full stop
// ("St.", "et."...), so "KIAT.", "KIST.", "NST.", "KIET." (pack acronyms) never end a sentence;
// "KDI." and "STEPI." do. Plain "en" breaks them all, and the pack's abbreviation list already
// rejoins "Dr." and "Apr.".
TEST_CASE("a sentence ending in an acronym ends there", "[ingest][segment]") {
  for (const char* acronym : {"KIAT", "KIST", "NST", "KIET"}) {
    std::string first = std::string("The seminar was hosted by ") + acronym + ".";
    CHECK(sentences(first + " It drew forty people.") == Sentences{first, "It drew forty people."});
  }
}

TEST_CASE("a sentence ending in KDI or STEPI ends there", "[ingest][segment]") {
  CHECK(sentences("The seminar was hosted by KDI. It drew forty people.") ==
        Sentences{"The seminar was hosted by KDI.", "It drew forty people."});
  CHECK(sentences("The seminar was hosted by STEPI. It drew forty people.") ==
        Sentences{"The seminar was hosted by STEPI.", "It drew forty people."});
}
