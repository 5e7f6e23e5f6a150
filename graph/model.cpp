// Names, parsing and merging helpers of the ontology types.
#include "graph/model.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>

namespace policygraph {
namespace {

constexpr std::array<std::pair<NodeKind, std::string_view>, 9> kind_names{{
    {NodeKind::administration, "administration"},
    {NodeKind::programme, "programme"},
    {NodeKind::goal, "goal"},
    {NodeKind::outcome, "outcome"},
    {NodeKind::problem, "problem"},
    {NodeKind::recommendation, "recommendation"},
    {NodeKind::organisation, "organisation"},
    {NodeKind::person, "person"},
    {NodeKind::event, "event"},
}};

constexpr std::array<std::pair<Relation, std::string_view>, 12> relation_names{{
    {Relation::introduced, "introduced"},
    {Relation::evolved_into, "evolved_into"},
    {Relation::emphasised, "emphasised"},
    {Relation::resulted_in, "resulted_in"},
    {Relation::has_problem, "has_problem"},
    {Relation::recommends, "recommends"},
    {Relation::part_of, "part_of"},
    {Relation::led_by, "led_by"},
    {Relation::hosted, "hosted"},
    {Relation::presented_at, "presented_at"},
    {Relation::affiliated_with, "affiliated_with"},
    {Relation::succeeded_by, "succeeded_by"},
}};

std::optional<int> parse_int(std::string_view text) {
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return value;
}

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
  static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap(year) ? 29 : days[static_cast<std::size_t>(month - 1)];
}

}  // namespace

const std::vector<NodeKind>& all_node_kinds() {
  static const std::vector<NodeKind> kinds = [] {
    std::vector<NodeKind> out;
    for (auto& [kind, name] : kind_names) out.push_back(kind);
    return out;
  }();
  return kinds;
}

const std::vector<Relation>& all_relations() {
  static const std::vector<Relation> relations = [] {
    std::vector<Relation> out;
    for (auto& [relation, name] : relation_names) out.push_back(relation);
    return out;
  }();
  return relations;
}

std::string_view to_string(NodeKind kind) { return kind_names[static_cast<std::size_t>(kind)].second; }
std::string_view to_string(Relation relation) { return relation_names[static_cast<std::size_t>(relation)].second; }

std::optional<NodeKind> parse_node_kind(std::string_view name) {
  for (auto& [kind, kind_name] : kind_names)
    if (kind_name == name) return kind;
  return std::nullopt;
}

std::optional<Relation> parse_relation(std::string_view name) {
  for (auto& [relation, relation_name] : relation_names)
    if (relation_name == name) return relation;
  return std::nullopt;
}

std::optional<Date> Date::parse(std::string_view text) {
  Date date;
  auto year = text.size() >= 4 ? parse_int(text.substr(0, 4)) : std::nullopt;
  if (!year || *year < 1 || text.size() == 5 || text.size() == 6 || text.size() == 8 || text.size() == 9 ||
      text.size() > 10)
    return std::nullopt;
  date.year = *year;
  if (text.size() >= 7) {
    auto month = text[4] == '-' ? parse_int(text.substr(5, 2)) : std::nullopt;
    if (!month || *month < 1 || *month > 12) return std::nullopt;
    date.month = *month;
  }
  if (text.size() == 10) {
    auto day = text[7] == '-' ? parse_int(text.substr(8, 2)) : std::nullopt;
    if (!day || *day < 1 || *day > days_in_month(date.year, date.month)) return std::nullopt;
    date.day = *day;
  }
  return date;
}

std::string Date::to_string() const {
  char buffer[16];
  switch (precision()) {
    case Precision::year: std::snprintf(buffer, sizeof buffer, "%04d", year); break;
    case Precision::month: std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month); break;
    case Precision::day: std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day); break;
  }
  return buffer;
}

std::optional<Date> Node::date_attribute(std::string_view key) const {
  auto found = attributes.find(std::string(key));
  if (found == attributes.end()) return std::nullopt;
  return Date::parse(found->second);
}

std::string make_node_id(NodeKind kind, std::string_view key) {
  std::string id(to_string(kind));
  id += '/';
  id += key;
  return id;
}

std::optional<NodeKind> kind_of_id(std::string_view id) {
  auto slash = id.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  return parse_node_kind(id.substr(0, slash));
}

bool is_valid_utf8(std::string_view bytes, std::size_t* first_invalid) {
  auto fail = [&](std::size_t at) {
    if (first_invalid) *first_invalid = at;
    return false;
  };
  const auto* data = reinterpret_cast<const unsigned char*>(bytes.data());
  std::size_t size = bytes.size();
  for (std::size_t i = 0; i < size;) {
    unsigned char lead = data[i];
    if (lead < 0x80) {
      ++i;
      continue;
    }
    std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
    if (length == 0 || lead > 0xF4 || lead == 0xC0 || lead == 0xC1 || i + length > size) return fail(i);
    for (std::size_t k = 1; k < length; ++k)
      if ((data[i + k] & 0xC0) != 0x80) return fail(i);
    unsigned char second = data[i + 1];
    if ((lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F) || (lead == 0xF0 && second < 0x90) ||
        (lead == 0xF4 && second > 0x8F))
      return fail(i);
    i += length;
  }
  return true;
}

void merge_evidence(std::vector<Evidence>& into, const std::vector<Evidence>& from) {
  for (const Evidence& evidence : from) {
    auto at = std::lower_bound(into.begin(), into.end(), evidence);
    if (at == into.end() || !(*at == evidence)) into.insert(at, evidence);
  }
}

void merge_aliases(std::vector<std::string>& into, const std::vector<std::string>& from, const std::string& label) {
  for (const std::string& alias : from) {
    if (alias.empty() || alias == label) continue;
    auto at = std::lower_bound(into.begin(), into.end(), alias);
    if (at == into.end() || *at != alias) into.insert(at, alias);
  }
  std::erase(into, label);
}

}  // namespace policygraph
