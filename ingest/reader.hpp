// Reading documents: files, folders (recursively, in a stable order) and standard input; plain
// text, Markdown and HTML made into clean text with its title and date; menus, breadcrumbs,
// footers, scripts and styles left out.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "graph/model.hpp"
#include "ingest/pack.hpp"

namespace policygraph::ingest {

enum class SourceFormat { text, markdown, html };

/// A document made ready for extraction.
struct SourceDocument {
  Document meta;     ///< id, path, title, date, sha256 (of the raw bytes)
  std::string text;  ///< clean NFC text; evidence offsets refer to it
  SourceFormat format = SourceFormat::text;
  std::vector<std::string> warnings;  ///< e.g. invalid UTF-8 replaced
};

/// Expands files, folders and "-" into the list of inputs, folders recursively in path order
/// (only .txt, .md, .markdown, .html, .htm and files without an extension are taken from folders).
/// Throws InputError for a path that does not exist.
std::vector<std::string> expand_inputs(const std::vector<std::string>& paths);

/// The largest document ingest reads unless told otherwise (`ingest --max-document-mb`), in bytes.
inline constexpr std::size_t max_document_bytes = std::size_t{16} << 20;

/// Reads raw bytes of an input ("-" for standard input). Throws InputError naming the path, also
/// for an input of more than `max_bytes` bytes, which is not read whole to find that out.
std::string read_input(const std::string& path, std::size_t max_bytes = max_document_bytes);

/// Makes a document from raw bytes: format by extension or content, binary refused (InputError),
/// text cleaned (invalid UTF-8 → U+FFFD with a warning, NFC), markup removed, title and date found.
SourceDocument make_document(const std::string& path, const std::string& bytes, const Lexicon& lexicon);

/// Returns the document id for a path: a slug of the file name without its extension.
std::string document_id_for(const std::string& path);

/// Converts HTML to text: main content only, entities decoded, blocks on their own lines. Sets
/// title and date when the page has <title>/<h1> and <meta name="date"> (or similar).
std::string html_to_text(const std::string& html, std::string* title, std::string* date);
/// Converts Markdown to text: heading marks, list bullets, emphasis and link targets removed.
std::string markdown_to_text(const std::string& markdown, std::string* title);

/// Finds a date in a short piece of text: ISO forms, "Apr. 2, 2019", "15 November 2023",
/// "March 2020". Returns "YYYY[-MM[-DD]]".
std::optional<std::string> find_date(const std::string& text, const Lexicon& lexicon);

}  // namespace policygraph::ingest
