// Escaping for XML, HTML, IRIs and CSV, and small evidence summaries the flat formats share.
#include "export/text_escape.hpp"

#include "graph/evidence_json.hpp"
#include "graph/subgraph.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <charconv>
#include <cstdio>

namespace policygraph::exporting {
namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

// Calls visit(code_point, bytes) for each character of valid UTF-8 text.
template <typename Visit>
void for_each_code_point(std::string_view text, Visit visit) {
  const auto* data = reinterpret_cast<const unsigned char*>(text.data());
  for (std::size_t i = 0; i < text.size();) {
    unsigned char lead = data[i];
    std::size_t length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    char32_t code = length == 1 ? lead : length == 2 ? lead & 0x1F : length == 3 ? lead & 0x0F : lead & 0x07;
    for (std::size_t k = 1; k < length; ++k) code = (code << 6) | (data[i + k] & 0x3F);
    visit(code, text.substr(i, length));
    i += length;
  }
}

}  // namespace

std::string valid_utf8(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t bad = 0;
  while (!is_valid_utf8(text, &bad)) {
    out.append(text.substr(0, bad));
    out.append(replacement);
    // Skip the lead byte and any continuation bytes that belonged to the broken sequence.
    std::size_t next = bad + 1;
    while (next < text.size() && (static_cast<unsigned char>(text[next]) & 0xC0) == 0x80) ++next;
    text.remove_prefix(next);
  }
  out.append(text);
  return out;
}

std::string xml_escape(std::string_view text) {
  std::string clean = valid_utf8(text);
  std::string out;
  out.reserve(clean.size() + clean.size() / 8);
  for_each_code_point(clean, [&](char32_t code, std::string_view bytes) {
    switch (code) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\t': out += "&#9;"; break;
      case '\n': out += "&#10;"; break;
      case '\r': out += "&#13;"; break;
      default:
        if (code < 0x20 || code == 0xFFFE || code == 0xFFFF) out += replacement;
        else out += bytes;
    }
  });
  return out;
}

std::string html_escape(std::string_view text) {
  std::string clean = valid_utf8(text);
  std::string out;
  out.reserve(clean.size() + clean.size() / 8);
  for (char c : clean) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string iri_encode(std::string_view text) {
  std::string out;
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    bool keep = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') || (byte >= '0' && byte <= '9') ||
                byte == '-' || byte == '.' || byte == '_' || byte == '~' || byte == '/';
    if (keep) {
      out += c;
    } else {
      char buffer[4];
      std::snprintf(buffer, sizeof buffer, "%%%02X", byte);
      out += buffer;
    }
  }
  return out;
}

std::string number_text(double value) {
  char buffer[32];
  auto [end, error] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return error == std::errc{} ? std::string(buffer, end) : std::string("0");
}

std::string csv_field(std::string_view text) {
  std::string clean = valid_utf8(text);
  bool quote = clean.find_first_of(",\"\r\n") != std::string::npos ||
               (!clean.empty() && (clean.front() == ' ' || clean.back() == ' '));
  if (!quote) return clean;
  std::string out = "\"";
  for (char c : clean) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string evidence_json(const std::vector<Evidence>& evidence) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  write_evidence_array(w, evidence, [&](std::string_view text) {
    std::string clean = valid_utf8(text);
    w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
  });
  return buffer.GetString();
}

std::vector<std::string> cited_documents(const std::vector<Evidence>& evidence) {
  std::vector<std::string> documents;
  for (const Evidence& e : evidence)
    if (std::find(documents.begin(), documents.end(), e.document) == documents.end()) documents.push_back(e.document);
  return documents;
}

std::optional<double> best_confidence(const std::vector<Evidence>& evidence) {
  std::optional<double> best;
  for (const Evidence& e : evidence)
    if (!best || e.confidence > *best) best = e.confidence;
  return best;
}

std::string attribute_name(const std::string& key, std::initializer_list<std::string_view> reserved) {
  for (std::string_view name : reserved)
    if (key == name) return "attribute_" + key;
  return key;
}

std::string first_day(const Date& date) {
  return Date{date.year, date.month == 0 ? 1 : date.month, date.day == 0 ? 1 : date.day}.to_string();
}

std::string last_day(const Date& date) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int month = date.month == 0 ? 12 : date.month;
  bool leap = (date.year % 4 == 0 && date.year % 100 != 0) || date.year % 400 == 0;
  int last = month == 2 && leap ? 29 : days[month - 1];
  return Date{date.year, month, date.day == 0 ? last : date.day}.to_string();
}

std::optional<CoveredYears> covered_years(const PolicyGraph& graph, const Node& node) {
  auto years = node_years(graph, node);
  if (!years) return std::nullopt;
  // node_years gives an open term (no end date) the last year 9999.
  constexpr int open_end = 9999;
  return CoveredYears{years->first, years->last == open_end ? std::nullopt : std::optional<int>(years->last)};
}

std::vector<const Edge*> introductions(const PolicyGraph& graph, const Node& programme) {
  std::vector<const Edge*> edges;
  for (const Edge* edge : graph.in_edges(programme.id))
    if (edge->relation == Relation::introduced) edges.push_back(edge);
  std::stable_sort(edges.begin(), edges.end(), [](const Edge* a, const Edge* b) {
    if (a->year.has_value() != b->year.has_value()) return a->year.has_value();
    return a->year.value_or(0) < b->year.value_or(0);
  });
  return edges;
}

}  // namespace policygraph::exporting
