// Unit tests of ingest/gazetteer: pack names in English and Korean, possessives and particles,
// acronyms in capitals only, the longest name, and ambiguous names.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ingest/gazetteer.hpp"
#include "ingest_fixture.hpp"

using namespace policygraph;
using namespace policygraph::ingest;
using policygraph::testing::korea_pack;

namespace {

const Gazetteer& gazetteer() {
  static const Gazetteer instance(korea_pack());
  return instance;
}

struct Found {
  std::string surface;
  std::vector<std::string> ids;  ///< "kind/id" of each candidate, leader names marked with '*'
};

std::vector<Found> find(const std::string& text) {
  std::vector<Found> out;
  auto tokens = tokenize(text);
  for (const GazetteerMatch& match : gazetteer().find(tokens)) {
    Found found;
    found.surface = text.substr(tokens[match.first].begin, tokens[match.last - 1].end - tokens[match.first].begin);
    for (const GazetteerEntry* entry : match.entries)
      found.ids.push_back(make_node_id(entry->kind, entry->id) + (entry->leader ? "*" : ""));
    out.push_back(found);
  }
  return out;
}

std::string describe(const std::vector<Found>& found) {
  std::string out;
  for (const Found& f : found) {
    out += "[" + f.surface + " →";
    for (const std::string& id : f.ids) out += " " + id;
    out += "] ";
  }
  return out;
}

}  // namespace

TEST_CASE("the gazetteer indexes every name of the pack", "[ingest][gazetteer]") {
  CHECK(gazetteer().size() > 500);
}

TEST_CASE("English names and aliases of administrations", "[ingest][gazetteer]") {
  auto found = find("The Participation Government and the Roh Moo-hyun administration differ from the Civilian Government.");
  INFO(describe(found));
  REQUIRE(found.size() == 3);
  CHECK(found[0].surface == "Participation Government");
  CHECK(found[0].ids == std::vector<std::string>{"administration/roh-moo-hyun"});
  CHECK(found[1].surface == "Roh Moo-hyun administration");
  CHECK(found[1].ids == std::vector<std::string>{"administration/roh-moo-hyun"});
  CHECK(found[2].ids == std::vector<std::string>{"administration/kim-young-sam"});
}

TEST_CASE("possessives: Participation Government's, People’s Government", "[ingest][gazetteer]") {
  auto found = find("the Participation Government's plan and the People\u2019s Government\u2019s budget");
  INFO(describe(found));
  REQUIRE(found.size() == 2);
  CHECK(found[0].surface == "Participation Government's");
  CHECK(found[0].ids == std::vector<std::string>{"administration/roh-moo-hyun"});
  CHECK(found[1].surface == "People\u2019s Government\u2019s");
  CHECK(found[1].ids == std::vector<std::string>{"administration/kim-dae-jung"});
}

TEST_CASE("Korean names with and without particles", "[ingest][gazetteer]") {
  auto found = find("참여정부는 지역전략산업을 추진했고 국민의 정부의 정책을 이어받았다. MB정부는 이를 바꿨다.");
  INFO(describe(found));
  REQUIRE(found.size() == 4);
  CHECK(found[0].surface == "참여정부는");
  CHECK(found[0].ids == std::vector<std::string>{"administration/roh-moo-hyun"});
  CHECK(found[1].surface == "지역전략산업을");
  CHECK(found[1].ids == std::vector<std::string>{"programme/regional-strategic-industry"});
  CHECK(found[2].surface == "국민의 정부의");
  CHECK(found[2].ids == std::vector<std::string>{"administration/kim-dae-jung"});
  CHECK(found[3].surface == "MB정부는");
  CHECK(found[3].ids == std::vector<std::string>{"administration/lee-myung-bak"});
  // A particle is stripped only when what remains is a name: "참여" alone is nothing.
  CHECK(find("참여는 중요하다").empty());
  CHECK(find("참여정부").size() == 1);
}

TEST_CASE("acronyms match only in capitals", "[ingest][gazetteer]") {
  auto upper = find("MOST funded the project.");
  REQUIRE(upper.size() == 1);
  CHECK(upper[0].ids == std::vector<std::string>{"organisation/most"});
  CHECK(find("most regions funded the project").empty());
  CHECK(find("Most regions funded the project").empty());
  CHECK(find("the kiat team").empty());
  auto kiat = find("the KIAT team");
  REQUIRE(kiat.size() == 1);
  CHECK(kiat[0].ids == std::vector<std::string>{"organisation/kiat"});
  // Long names need no capitals: the text may write them in lower case.
  auto lower = find("the ministry of science and technology");
  REQUIRE(lower.size() == 1);
  CHECK(lower[0].ids == std::vector<std::string>{"organisation/most"});
}

TEST_CASE("the longest name wins", "[ingest][gazetteer]") {
  auto found = find("Kim Dae-jung administration launched it; Kim Dae-jung said so.");
  INFO(describe(found));
  REQUIRE(found.size() == 2);
  CHECK(found[0].surface == "Kim Dae-jung administration");
  CHECK(found[0].ids == std::vector<std::string>{"administration/kim-dae-jung"});
  CHECK(found[1].surface == "Kim Dae-jung");
  CHECK(found[1].ids == std::vector<std::string>{"administration/kim-dae-jung*"});  // by the leader's name
  auto ministry = find("the Ministry of Trade, Industry and Energy and the Ministry of Knowledge Economy");
  INFO(describe(ministry));
  REQUIRE(ministry.size() == 2);
  CHECK(ministry[0].ids == std::vector<std::string>{"organisation/motie"});
  CHECK(ministry[1].ids == std::vector<std::string>{"organisation/mke"});
  auto programme = find("the Industrial Complex Innovation Cluster Project grew");
  REQUIRE(programme.size() == 1);
  CHECK(programme[0].surface == "Industrial Complex Innovation Cluster Project");
}

TEST_CASE("ambiguous names list every candidate in pack order", "[ingest][gazetteer]") {
  auto lee = find("The Lee administration cut the budget.");
  REQUIRE(lee.size() == 1);
  CHECK(lee[0].surface == "Lee administration");
  CHECK(lee[0].ids == std::vector<std::string>{"administration/lee-myung-bak", "administration/lee-jae-myung"});
  auto kim = find("under the Kim government");
  REQUIRE(kim.size() == 1);
  CHECK(kim[0].ids == std::vector<std::string>{"administration/kim-young-sam", "administration/kim-dae-jung"});
  auto committee = find("PCBND reviewed it");
  REQUIRE(committee.size() == 1);
  CHECK(committee[0].ids == std::vector<std::string>{"organisation/pcbnd-roh", "organisation/pcbnd-moon"});
}

TEST_CASE("names do not match inside other words or across gaps", "[ingest][gazetteer]") {
  CHECK(find("Participation rose under the Government.").empty());
  CHECK(find("the Participation of Government").empty());
  CHECK(find("").empty());
}

TEST_CASE("names in scraped text: invisible characters, no-break spaces, line-end hyphens", "[ingest][gazetteer]") {
  for (const std::string text : {"The Partici\u200Bpation Government acted.", "The Participation\u00A0Government acted.",
                                 "The Partici\u00ADpation Government acted.", "The Participa-\ntion Government acted.",
                                 "The Participation\u202FGovernment acted.", "The Participation\n  Government acted."}) {
    auto found = find(text);
    INFO(text << " " << describe(found));
    REQUIRE(found.size() == 1);
    CHECK(found[0].ids == std::vector<std::string>{"administration/roh-moo-hyun"});
    // The match covers the name's bytes as written, from 'P' to the last 't'.
    CHECK(found[0].surface.substr(0, 1) == "P");
    CHECK(found[0].surface.size() == text.size() - std::string("The ").size() - std::string(" acted.").size());
  }
  // "Roh Moo-\nhyun" keeps its hyphen and is the leader's name.
  auto leader = find("Roh Moo-\nhyun said so.");
  INFO(describe(leader));
  REQUIRE(leader.size() == 1);
  CHECK(leader[0].ids == std::vector<std::string>{"administration/roh-moo-hyun*"});
  // A hyphen that is no line-end hyphenation still splits the name.
  CHECK(find("The Participa- tion Government acted.").empty());
}
