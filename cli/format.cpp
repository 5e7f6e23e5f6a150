// Tables for people (aligned by display width, evidence quoted under each row), and CSV/TSV with
// one line per row and piece of evidence, for spreadsheets.
#include "cli/format.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <iostream>
#include <sstream>

#include "graph/error.hpp"
#include "graph/store.hpp"

namespace policygraph::cli {
namespace {

// Cells wider than this are cut: a table stays readable on a terminal.
constexpr std::size_t max_cell_width = 40;
constexpr std::size_t max_quote_width = 100;
constexpr std::size_t max_evidence_lines = 3;

std::size_t width_of(UChar32 c) {
  if (c < 0) return 1;  // an invalid byte is shown as one replacement character
  int8_t type = u_charType(c);
  if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR) return 0;
  int width = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
  return width == U_EA_WIDE || width == U_EA_FULLWIDTH ? 2 : 1;
}

std::string evidence_place(const Evidence& e) {
  // A correction cites its file and line, as an editor shows them.
  if (e.document.rfind("curation:", 0) == 0) return e.document.substr(9) + ":" + std::to_string(e.sentence);
  if (e.sentence < 0) return e.document;
  return e.document + " #" + std::to_string(e.sentence);
}

std::string padded(const std::string& text, std::size_t width, bool right) {
  std::size_t used = display_width(text);
  std::string spaces(width > used ? width - used : 0, ' ');
  return right ? spaces + text : text + spaces;
}

// The pieces of evidence a person needs to see: one per sentence (several rules may cite the
// same sentence; JSON keeps them all).
std::vector<const Evidence*> distinct_sentences(const std::vector<Evidence>& evidence) {
  std::vector<const Evidence*> out;
  for (const Evidence& e : evidence) {
    bool seen = std::any_of(out.begin(), out.end(), [&](const Evidence* o) {
      return o->document == e.document && o->sentence == e.sentence && o->text == e.text;
    });
    if (!seen) out.push_back(&e);
  }
  return out;
}

void write_table(const Answer& answer, std::ostream& out) {
  if (!answer.summary.empty()) out << fit(answer.summary, SIZE_MAX) << "\n";
  if (!answer.question.empty()) {
    std::string read_as = answer.query;
    for (const std::string& argument : answer.arguments) read_as += " \"" + argument + "\"";
    out << "(read as: " << fit(read_as, SIZE_MAX) << ")\n";
  }
  if (answer.rows.empty()) return;
  out << "\n";
  std::vector<std::size_t> widths;
  for (const Column& column : answer.columns) widths.push_back(display_width(column.name));
  std::vector<std::vector<std::string>> cells;
  for (const AnswerRow& row : answer.rows) {
    std::vector<std::string> line;
    for (std::size_t c = 0; c < answer.columns.size(); ++c) {
      line.push_back(fit(c < row.cells.size() ? row.cells[c].display() : "", max_cell_width));
      widths[c] = std::max(widths[c], display_width(line.back()));
    }
    cells.push_back(std::move(line));
  }
  auto write_line = [&](const std::vector<std::string>& line) {
    std::string text;
    for (std::size_t c = 0; c < line.size(); ++c) {
      if (c) text += "  ";
      text += padded(line[c], widths[c], answer.columns[c].type == ColumnType::number);
    }
    text.erase(text.find_last_not_of(' ') + 1);
    out << text << "\n";
  };
  std::vector<std::string> header;
  for (const Column& column : answer.columns) header.push_back(column.name);
  write_line(header);
  for (std::size_t r = 0; r < answer.rows.size(); ++r) {
    write_line(cells[r]);
    std::vector<const Evidence*> evidence = distinct_sentences(answer.rows[r].evidence);
    for (std::size_t e = 0; e < evidence.size() && e < max_evidence_lines; ++e)
      out << "    \u201c" << fit(evidence[e]->text, max_quote_width) << "\u201d (" << fit(evidence_place(*evidence[e]), SIZE_MAX)
          << ")\n";
    if (evidence.size() > max_evidence_lines)
      out << "    \u2026 and " << evidence.size() - max_evidence_lines << " more (--format json lists every piece)\n";
  }
}

std::string tsv_field(const std::string& text) {
  std::string out = text;
  std::replace_if(out.begin(), out.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
  return out;
}

void write_delimited(const Answer& answer, std::ostream& out, bool csv) {
  char separator = csv ? ',' : '\t';
  auto field = [csv](const std::string& text) { return csv ? csv_field(text) : tsv_field(text); };
  auto write_line = [&](const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) out << (i ? std::string(1, separator) : "") << field(fields[i]);
    out << "\n";
  };
  std::vector<std::string> header;
  for (const Column& column : answer.columns) {
    header.push_back(column.name);
    if (column.type == ColumnType::node || column.type == ColumnType::nodes) header.push_back(column.name + "_id");
  }
  for (const char* name : {"evidence_document", "evidence_sentence", "evidence_rule", "evidence_text"}) header.push_back(name);
  write_line(header);
  for (const AnswerRow& row : answer.rows) {
    std::vector<std::string> fields;
    for (std::size_t c = 0; c < answer.columns.size(); ++c) {
      Cell cell = c < row.cells.size() ? row.cells[c] : Cell{};
      fields.push_back(cell.display());
      if (answer.columns[c].type == ColumnType::node || answer.columns[c].type == ColumnType::nodes) {
        std::string ids;
        for (const Node* node : cell.nodes) ids += (ids.empty() ? "" : "; ") + node->id;
        fields.push_back(ids);
      }
    }
    if (row.evidence.empty()) {
      fields.insert(fields.end(), {"", "", "", ""});
      write_line(fields);
      continue;
    }
    for (const Evidence& e : row.evidence) {
      std::vector<std::string> line = fields;
      line.push_back(e.document);
      line.push_back(e.sentence < 0 ? "" : std::to_string(e.sentence));
      line.push_back(e.rule);
      line.push_back(e.text);
      write_line(line);
    }
  }
}

}  // namespace

std::string csv_field(const std::string& text) {
  bool quote = text.find_first_of(",\"\r\n") != std::string::npos || (!text.empty() && (text.front() == ' ' || text.back() == ' '));
  if (!quote) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

AnswerFormat parse_answer_format(std::string_view name) {
  if (name == "table") return AnswerFormat::table;
  if (name == "json") return AnswerFormat::json;
  if (name == "csv") return AnswerFormat::csv;
  if (name == "tsv") return AnswerFormat::tsv;
  throw UsageError("unknown format '" + std::string(name) + "' (table, json, csv, tsv)");
}

std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  int32_t i = 0;
  auto length = static_cast<int32_t>(text.size());
  while (i < length) {
    UChar32 c;
    // cppcheck-suppress [invalidLifetime, danglingTemporaryLifetime] ; text is a parameter: it outlives the call (cppcheck 2.10 takes the caller's string for a dead temporary)
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, length, c);
    width += width_of(c);
  }
  return width;
}

std::string fit(std::string_view text, std::size_t width) {
  // Cut only when the whole text is too wide, keeping one column for the ellipsis.
  std::size_t budget = display_width(text) > width ? width - std::min<std::size_t>(width, 1) : SIZE_MAX;
  std::string out;
  std::size_t used = 0;
  int32_t i = 0;
  auto length = static_cast<int32_t>(text.size());
  while (i < length) {
    int32_t start = i;
    UChar32 c;
    // cppcheck-suppress [invalidLifetime, danglingTemporaryLifetime] ; text is a parameter: it outlives the call (cppcheck 2.10 takes the caller's string for a dead temporary)
    U8_NEXT(reinterpret_cast<const uint8_t*>(text.data()), i, length, c);
    std::size_t w = width_of(c);
    if (used + w > budget) return out + "\u2026";
    used += w;
    if (c >= 0 && (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029))
      out += ' ';
    else if (c < 0)
      out += "\uFFFD";
    else
      out.append(text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
  }
  return out;
}

void write_answer(const PolicyGraph& graph, const Answer& answer, AnswerFormat format, std::ostream& out) {
  switch (format) {
    case AnswerFormat::table: write_table(answer, out); return;
    case AnswerFormat::json: write_answer_json(graph, answer, out); return;
    case AnswerFormat::csv: write_delimited(answer, out, true); return;
    case AnswerFormat::tsv: write_delimited(answer, out, false); return;
  }
}

void answer_and_print(const Context& context, const std::string& format_name, const std::function<Answer(const QueryEngine&)>& compute) {
  AnswerFormat format = parse_answer_format(format_name);
  PolicyGraph graph = load_graph(context);
  QueryEngine engine(graph);
  std::ostringstream buffer;
  try {
    write_answer(graph, compute(engine), format, buffer);
  } catch (const Error& error) {
    if (format == AnswerFormat::json) {
      write_error_json(error, std::cout);
      std::cout.flush();
    }
    throw;
  }
  std::cout << buffer.str();
  std::cout.flush();
}

}  // namespace policygraph::cli
