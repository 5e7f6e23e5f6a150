// Unit tests of ingest/tokens: words that must stay whole, numbers, Korean, and byte offsets that
// point back into UTF-8 text.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ingest/tokens.hpp"

using namespace policygraph::ingest;

namespace {

std::vector<std::string> surfaces(const std::string& text) {
  std::vector<std::string> out;
  for (const Token& token : tokenize(text)) out.emplace_back(token.surface(text));
  return out;
}

std::vector<std::string> norms(const std::string& text) {
  std::vector<std::string> out;
  for (const Token& token : tokenize(text)) out.push_back(token.norm);
  return out;
}

}  // namespace

TEST_CASE("joined words stay whole: R&D-oriented, Moo-hyun, 5+2", "[ingest][tokens]") {
  CHECK(surfaces("R&D-oriented regional industry") == std::vector<std::string>{"R&D-oriented", "regional", "industry"});
  CHECK(norms("R&D-oriented") == std::vector<std::string>{"r&d-oriented"});
  CHECK(surfaces("Roh Moo-hyun administration") == std::vector<std::string>{"Roh", "Moo-hyun", "administration"});
  CHECK(surfaces("the 5+2 regions") == std::vector<std::string>{"the", "5+2", "regions"});
  auto tokens = tokenize("5+2");
  REQUIRE(tokens.size() == 1);
  CHECK_FALSE(tokens[0].number);  // a joiner other than '.' or ',' makes it a word, not a number
  CHECK(tokens[0].word);
}

TEST_CASE("a joiner at a word's edge is punctuation", "[ingest][tokens]") {
  CHECK(surfaces("R&D- and A&") == std::vector<std::string>{"R&D", "-", "and", "A", "&"});
  CHECK(surfaces("'quoted'") == std::vector<std::string>{"'", "quoted", "'"});
  CHECK(surfaces("a -- b") == std::vector<std::string>{"a", "-", "-", "b"});
}

TEST_CASE("possessives with straight and curly apostrophes fold alike", "[ingest][tokens]") {
  auto straight = tokenize("People's Government");
  auto curly = tokenize("People\u2019s Government");
  REQUIRE(straight.size() == 2);
  REQUIRE(curly.size() == 2);
  CHECK(straight[0].norm == "people's");
  CHECK(curly[0].norm == "people's");
  CHECK(curly[0].end - curly[0].begin == std::string("People\u2019s").size());
  CHECK(straight[0].capitalised);
  CHECK(fold_name("the People\u2019s Government") == fold_name("the People's Government"));
  // A curly opening quote folds to a straight one.
  CHECK(norms("\u2018x\u2019") == std::vector<std::string>{"'", "x", "'"});
  CHECK(norms("\u201Cx\u201D") == std::vector<std::string>{"\"", "x", "\""});
}

TEST_CASE("numbers: thousands separators and decimals are one number token", "[ingest][tokens]") {
  auto tokens = tokenize("4,000 firms and 3.0 versions, 12, 345");
  REQUIRE(tokens.size() >= 6);
  CHECK(tokens[0].surface("4,000 firms and 3.0 versions, 12, 345") == "4,000");
  CHECK(tokens[0].number);
  CHECK(tokens[3].norm == "3.0");
  CHECK(tokens[3].number);
  // "12, 345" has a space: two numbers and a comma.
  CHECK(surfaces("12, 345") == std::vector<std::string>{"12", ",", "345"});
  // Four digits after the comma are not a thousands group.
  CHECK(surfaces("1,2345") == std::vector<std::string>{"1", ",", "2345"});
  // A sentence-final full stop after a number is punctuation.
  CHECK(surfaces("in 2005.") == std::vector<std::string>{"in", "2005", "."});
  auto year = tokenize("2005");
  REQUIRE(year.size() == 1);
  CHECK(year[0].number);
}

TEST_CASE("capitals and acronyms are flagged", "[ingest][tokens]") {
  auto tokens = tokenize("KIAT and most MOST R&D");
  REQUIRE(tokens.size() == 5);
  CHECK(tokens[0].all_caps);
  CHECK(tokens[0].capitalised);
  CHECK_FALSE(tokens[2].all_caps);
  CHECK_FALSE(tokens[2].capitalised);
  CHECK(tokens[3].all_caps);
  CHECK(tokens[3].norm == "most");  // the norm is folded; all_caps tells the acronym apart
  CHECK(tokens[4].all_caps);
  auto single = tokenize("A");
  REQUIRE(single.size() == 1);
  CHECK_FALSE(single[0].all_caps);  // one letter is not an acronym
}

// "e-Government" is a name word; "LINC+" keeps its plus sign, "A + B" and "5+2" do not change.
TEST_CASE("prefixed names are capitalised, a final plus belongs to a name in capitals", "[ingest][tokens]") {
  auto tokens = tokenize("the e-Government Act and e-mail");
  REQUIRE(tokens.size() == 5);
  CHECK(tokens[1].capitalised);
  CHECK_FALSE(tokens[4].capitalised);
  CHECK(surfaces("LINC+ and LINC + x, 5+2") == std::vector<std::string>{"LINC+", "and", "LINC", "+", "x", ",", "5+2"});
  CHECK(surfaces("Plus+ one") == std::vector<std::string>{"Plus", "+", "one"});
}

TEST_CASE("Korean words are tokens with Hangul flagged and particles attached", "[ingest][tokens]") {
  std::string text = "참여정부는 지역전략산업을 추진했다.";
  auto tokens = tokenize(text);
  REQUIRE(tokens.size() == 4);
  CHECK(tokens[0].surface(text) == "참여정부는");
  CHECK(tokens[0].hangul);
  CHECK(tokens[0].word);
  CHECK(tokens[1].surface(text) == "지역전략산업을");
  CHECK(tokens[3].surface(text) == ".");
  CHECK_FALSE(tokens[3].hangul);
  // Mixed scripts: "MB정부" is one word.
  auto mixed = tokenize("MB정부");
  REQUIRE(mixed.size() == 1);
  CHECK(mixed[0].hangul);
  CHECK(mixed[0].norm == "mb정부");
}

TEST_CASE("byte offsets point into UTF-8 text", "[ingest][tokens]") {
  std::string text = "“참여정부”, the People’s Government (2003–2008): R&D!";
  auto tokens = tokenize(text);
  REQUIRE_FALSE(tokens.empty());
  uint32_t previous_end = 0;
  for (const Token& token : tokens) {
    CHECK(token.begin < token.end);
    CHECK(token.end <= text.size());
    CHECK(token.begin >= previous_end);  // in order, no overlaps
    previous_end = token.end;
    // Every surface is valid UTF-8 on its own: it starts and ends on code point boundaries.
    auto lead = static_cast<unsigned char>(text[token.begin]);
    CHECK((lead & 0xC0) != 0x80);
    if (token.end < text.size()) CHECK((static_cast<unsigned char>(text[token.end]) & 0xC0) != 0x80);
  }
  CHECK(tokens[0].surface(text) == "“");
  CHECK(tokens[0].norm == "\"");
  CHECK(tokens[1].surface(text) == "참여정부");
  CHECK(tokens[1].begin == 3);
  CHECK(tokens[1].end == 3 + 12);
  CHECK(tokens[2].surface(text) == "”");
  CHECK(tokens[3].surface(text) == ",");
  // The en dash between years is punctuation of three bytes.
  bool dash_found = false;
  for (std::size_t k = 0; k + 1 < tokens.size(); ++k)
    if (tokens[k].surface(text) == "2003") {
      CHECK(tokens[k + 1].surface(text) == "–");
      CHECK(tokens[k + 1].end - tokens[k + 1].begin == 3);
      CHECK(tokens[k + 2].surface(text) == "2008");
      dash_found = true;
    }
  CHECK(dash_found);
  CHECK(tokens.back().surface(text) == "!");
}

TEST_CASE("tokenize adds its base to offsets", "[ingest][tokens]") {
  std::string document = "Intro. The MB government acted.";
  std::string_view sentence = std::string_view(document).substr(7);
  auto tokens = tokenize(sentence, 7);
  REQUIRE(tokens.size() == 5);
  CHECK(tokens[0].begin == 7);
  CHECK(tokens[1].surface(document) == "MB");
  CHECK(tokens.back().surface(document) == ".");
}

TEST_CASE("white space of every kind separates and empty text gives nothing", "[ingest][tokens]") {
  CHECK(tokenize("").empty());
  CHECK(tokenize(" \t\n\u00A0\u3000").empty());
  CHECK(surfaces("a\u00A0b \u200Bc") == std::vector<std::string>{"a", "b", "c"});
  CHECK(surfaces("a\u00A0b\u200Bc") == std::vector<std::string>{"a", "b\u200Bc"});  // inside a word it joins
  CHECK(fold_name("  Ministry   of  SMEs ") == "ministry of smes");
}

TEST_CASE("invalid UTF-8 bytes are skipped, not read past", "[ingest][tokens]") {
  std::string text = "ab\xFF\xFE" "cd \xE2\x80";  // a stray pair and a truncated sequence at the end
  auto tokens = tokenize(text);
  for (const Token& token : tokens) CHECK(token.end <= text.size());
  REQUIRE(tokens.size() >= 2);
  CHECK(tokens[0].surface(text) == "ab");
  CHECK(tokens[1].surface(text) == "cd");
}

TEST_CASE("invisible characters inside a word are skipped, the span keeps their bytes", "[ingest][tokens]") {
  for (const char* invisible : {"\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD"}) {
    std::string text = std::string("the Partici") + invisible + "pation Government";
    INFO("U+" << std::hex << static_cast<int>(static_cast<unsigned char>(invisible[1])));
    auto tokens = tokenize(text);
    REQUIRE(tokens.size() == 3);
    CHECK(tokens[1].norm == "participation");
    CHECK(tokens[1].begin == 4);
    CHECK(tokens[1].end == 4 + std::string("Partici").size() + std::string(invisible).size() + std::string("pation").size());
    CHECK(tokens[1].surface(text) == std::string("Partici") + invisible + "pation");
    CHECK(tokens[1].capitalised);
    CHECK(tokens[2].norm == "government");
    CHECK(fold_name(text) == "the participation government");
  }
  // A run of them, and one inside a number.
  CHECK(norms("ab\u200B\u00AD\u200Dcd") == std::vector<std::string>{"abcd"});
  auto number = tokenize("20\u200B05");
  REQUIRE(number.size() == 1);
  CHECK(number[0].number);
  CHECK(number[0].norm == "2005");
}

TEST_CASE("invisible characters between words or next to punctuation are ignored like white space", "[ingest][tokens]") {
  std::string text = "\uFEFFword\u200B word \u200Bnext\u00AD, \u2060";
  auto tokens = tokenize(text);
  REQUIRE(tokens.size() == 4);
  CHECK(tokens[0].surface(text) == "word");
  CHECK(tokens[0].begin == 3);  // after the byte order mark
  CHECK(tokens[1].surface(text) == "word");
  CHECK(tokens[2].surface(text) == "next");  // the soft hyphen before the comma is not part of it
  CHECK(tokens[2].norm == "next");
  CHECK(tokens[3].norm == ",");
  CHECK(tokenize("\u200B\u200C\u200D\u2060\uFEFF\u00AD").empty());
  // An invisible character before a joiner ends the word: "R\u200B&D" is not "R&D".
  CHECK(norms("R\u200B&D") == std::vector<std::string>{"r", "&", "d"});
}

TEST_CASE("no-break and other Unicode spaces separate words", "[ingest][tokens]") {
  for (const char* space : {"\u00A0", "\u202F", "\u2007", "\u2002", "\u2009", "\u200A", "\u205F", "\u3000", "\u1680",
                            "\u180E", "\u2028", "\u0085"}) {
    std::string text = std::string("Participation") + space + "Government";
    auto tokens = tokenize(text);
    REQUIRE(tokens.size() == 2);
    CHECK(tokens[0].surface(text) == "Participation");
    CHECK(tokens[1].begin == std::string("Participation").size() + std::string(space).size());
    CHECK(tokens[1].norm == "government");
  }
  // Control characters that are no white space stay punctuation, as before.
  CHECK(norms("a\x1F" "b") == std::vector<std::string>{"a", "\x1F", "b"});
}

TEST_CASE("a hyphen at the end of a line inside a word joins the word and goes", "[ingest][tokens]") {
  std::string text = "the inno-\nvation policy";
  auto tokens = tokenize(text);
  REQUIRE(tokens.size() == 3);
  CHECK(tokens[1].norm == "innovation");
  CHECK(tokens[1].begin == 4);
  CHECK(tokens[1].end == 4 + std::string("inno-\nvation").size());  // from 'i' to the last 'n'
  CHECK(tokens[1].surface(text) == "inno-\nvation");
  CHECK_FALSE(tokens[1].capitalised);
  CHECK(tokens[2].norm == "policy");
  // \r\n, spaces and tabs around the line break, the hyphen U+2010.
  CHECK(norms("inno-\r\nvation") == std::vector<std::string>{"innovation"});
  CHECK(norms("inno- \t\n\t  vation") == std::vector<std::string>{"innovation"});
  CHECK(norms("inno\u2010\nvation") == std::vector<std::string>{"innovation"});
  CHECK(norms("Participa-\ntion Government") == std::vector<std::string>{"participation", "government"});
  // A soft hyphen before a line break is a line-end hyphen too.
  CHECK(norms("inno\u00AD\nvation") == std::vector<std::string>{"innovation"});
  auto shy = tokenize("inno\u00AD\nvation");
  REQUIRE(shy.size() == 1);
  CHECK(shy[0].end == std::string("inno\u00AD\nvation").size());
}

TEST_CASE("a line-end hyphen stays after a short capitalised syllable, a digit, a capital or before a capital", "[ingest][tokens]") {
  CHECK(norms("Roh Moo-\nhyun") == std::vector<std::string>{"roh", "moo-hyun"});
  CHECK(norms("Moon Jae-\nin") == std::vector<std::string>{"moon", "jae-in"});
  CHECK(norms("R&D-\nBased") == std::vector<std::string>{"r&d-based"});
  CHECK(norms("R&D-\nbased") == std::vector<std::string>{"r&d-based"});  // the part before ends in a capital
  CHECK(norms("BK21-\nplus") == std::vector<std::string>{"bk21-plus"});
  CHECK(norms("COVID-\n19") == std::vector<std::string>{"covid-19"});
  CHECK(norms("Smart-\nCity") == std::vector<std::string>{"smart-city"});
  CHECK(norms("e-\ngovernment") == std::vector<std::string>{"e-government"});  // one letter: never a break
  auto prefixed = tokenize("the e-\nGovernment Act");
  REQUIRE(prefixed.size() == 3);
  CHECK(prefixed[1].norm == "e-government");
  CHECK(prefixed[1].capitalised);
  CHECK(prefixed[1].surface("the e-\nGovernment Act") == "e-\nGovernment");
  // A capitalised part of four letters or more is an ordinary word broken at the line end.
  CHECK(norms("Regi-\nonal") == std::vector<std::string>{"regional"});
  // "well-in-\nformed": the part before the line-end hyphen is "in".
  CHECK(norms("well-in-\nformed") == std::vector<std::string>{"well-informed"});
}

TEST_CASE("a hyphen at the end of a line without a word to continue is punctuation", "[ingest][tokens]") {
  CHECK(surfaces("inno-\n\nvation") == std::vector<std::string>{"inno", "-", "vation"});  // a blank line between
  CHECK(surfaces("inno- vation") == std::vector<std::string>{"inno", "-", "vation"});     // no line break
  CHECK(surfaces("inno-\n- item") == std::vector<std::string>{"inno", "-", "-", "item"});
  CHECK(surfaces("inno -\nvation") == std::vector<std::string>{"inno", "-", "vation"});   // not inside a word
  CHECK(surfaces("inno-\n") == std::vector<std::string>{"inno", "-"});
  CHECK(surfaces("inno-\r") == std::vector<std::string>{"inno", "-"});
  CHECK(surfaces("inno-\rvation") == std::vector<std::string>{"inno", "-", "vation"});  // a lone \r is no line break
  CHECK(surfaces("inno\u2011\nvation") == std::vector<std::string>{"inno", "\u2011", "vation"});  // a no-break hyphen never breaks a line
  CHECK(surfaces("inno\u200B\nvation") == std::vector<std::string>{"inno", "vation"});  // a zero-width space is a break, not a hyphen
}

TEST_CASE("dashes and the minus sign are punctuation folded to a hyphen", "[ingest][tokens]") {
  for (const char* dash : {"\u2012", "\u2013", "\u2014", "\u2015", "\u2212"}) {
    std::string text = std::string("2003") + dash + "2008";
    auto tokens = tokenize(text);
    REQUIRE(tokens.size() == 3);
    CHECK(tokens[1].norm == "-");
    CHECK_FALSE(tokens[1].word);
    CHECK(tokens[1].surface(text) == dash);  // the span keeps the dash as written
    CHECK(tokens[1].begin == 4);
    CHECK(tokens[1].end == 7);
    CHECK(tokens[2].number);
  }
  // A dash never joins a word as a hyphen does.
  CHECK(surfaces("Moo\u2013hyun") == std::vector<std::string>{"Moo", "\u2013", "hyun"});
  CHECK(norms("policy \u2014 and") == std::vector<std::string>{"policy", "-", "and"});
}

TEST_CASE("a prime or an acute accent between letters is an apostrophe", "[ingest][tokens]") {
  for (const char* mark : {"\u2032", "\u00B4"}) {
    std::string text = std::string("the People") + mark + "s Government";
    auto tokens = tokenize(text);
    REQUIRE(tokens.size() == 3);
    CHECK(tokens[1].norm == "people's");
    CHECK(tokens[1].surface(text) == std::string("People") + mark + "s");
    CHECK(tokens[1].capitalised);
    CHECK(fold_name(text) == fold_name("the People's Government"));
  }
  // Not after or before a digit ("5′ tall", "5′2″"), nor at a word's edge.
  CHECK(surfaces("5\u2032 tall") == std::vector<std::string>{"5", "\u2032", "tall"});
  CHECK(surfaces("a5\u20322") == std::vector<std::string>{"a5", "\u2032", "2"});
  CHECK(surfaces("x\u20322") == std::vector<std::string>{"x", "\u2032", "2"});
  CHECK(norms("\u00B4quoted\u00B4") == std::vector<std::string>{"\u00B4", "quoted", "\u00B4"});
  // The double prime is left alone.
  CHECK(surfaces("People\u2033s") == std::vector<std::string>{"People", "\u2033", "s"});
}

TEST_CASE("display_text: a label without line breaks, no-break spaces or invisible characters", "[ingest][tokens]") {
  CHECK(display_text("Participation Government") == "Participation Government");
  CHECK(display_text("R&D-oriented \u201Cregional\u201D industry (2003\u20132008)") ==
        "R&D-oriented \u201Cregional\u201D industry (2003\u20132008)");  // ordinary text as written
  CHECK(display_text("Partici\u200Bpation Government") == "Participation Government");
  CHECK(display_text("Partici\u00ADpation\u2060 Gov\uFEFFernment\u200C\u200D") == "Participation Government");
  CHECK(display_text("Participation\u00A0Government") == "Participation Government");
  CHECK(display_text("Innovation City Season\u202F2\u2007plan") == "Innovation City Season 2 plan");
  CHECK(display_text("  the regional\n  innovation\t\tsystem \r\n") == "the regional innovation system");
  CHECK(display_text("Participa-\ntion Government") == "Participation Government");
  CHECK(display_text("inno- \r\n  vation") == "innovation");
  CHECK(display_text("inno\u00AD\nvation") == "innovation");
  CHECK(display_text("Roh Moo-\nhyun") == "Roh Moo-hyun");
  CHECK(display_text("R&D-\nBased Growth") == "R&D-Based Growth");
  CHECK(display_text("BK21-\nplus") == "BK21-plus");
  CHECK(display_text("the e-\nGovernment Act") == "the e-Government Act");
  // What the tokenizer does not join stays apart.
  CHECK(display_text("policy -\nand") == "policy - and");
  CHECK(display_text("inno-\n\nvation") == "inno- vation");
  CHECK(display_text("inno\u200B-\nvation") == "inno- vation");
  CHECK(display_text("end\u200B of") == "end of");
  CHECK(display_text("") == "");
  CHECK(display_text(" \n\u00A0\u200B ") == "");
}

TEST_CASE("display_text joins exactly what the tokenizer joins", "[ingest][tokens]") {
  for (const char* text : {"Participa-\ntion Government", "Roh Moo-\nhyun", "R&D-\nBased", "inno\u00AD\nvation",
                           "Partici\u200Bpation  Government", "e-\ngovernment", "policy \u2014\nand", "Regi-\r\nonal"}) {
    INFO(text);
    CHECK(fold_name(display_text(text)) == fold_name(text));
    CHECK(tokenize(display_text(text)).size() == tokenize(text).size());
  }
}
