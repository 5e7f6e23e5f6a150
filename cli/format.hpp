// Printing answers for people and spreadsheets: aligned tables with quoted evidence, CSV and TSV
// (JSON comes from the library's write_answer_json).
#pragma once

#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>

#include "cli/app.hpp"
#include "graph/query.hpp"

namespace policygraph::cli {

/// Output formats of `query` and `ask`.
enum class AnswerFormat { table, json, csv, tsv };

/// Parses "table", "json", "csv" or "tsv"; throws UsageError otherwise.
AnswerFormat parse_answer_format(std::string_view name);

/// Returns the columns a string takes on a terminal (wide East Asian characters take two).
std::size_t display_width(std::string_view text);

/// Returns the text cut to at most `width` columns, ending in "…" when cut; control characters
/// (newlines, tabs) become spaces so that a cell never breaks a line.
std::string fit(std::string_view text, std::size_t width);

/// Returns a CSV field, quoted (RFC 4180) when it holds a comma, a quote, a line break or outer spaces.
std::string csv_field(const std::string& text);

/// Writes the answer in a format (JSON through write_answer_json).
void write_answer(const PolicyGraph& graph, const Answer& answer, AnswerFormat format, std::ostream& out);

/// Loads the snapshot, builds the query engine, computes the answer and prints it on stdout. A
/// failed query is rethrown (its message and exit code are main's job); with JSON output it is
/// also printed on stdout as JSON, so that programs always get a JSON document.
void answer_and_print(const Context& context, const std::string& format, const std::function<Answer(const QueryEngine&)>& compute);

}  // namespace policygraph::cli
