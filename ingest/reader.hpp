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

/// A file of a folder that ingest leaves out, and why.
struct SkippedInput {
  std::string path;
  std::string reason;  ///< e.g. "a PDF is not read; convert it to text first: pdftotext report.pdf"
  bool convertible = false;  ///< a document format (PDF, Word ...) that a converter makes into text
};

/// The inputs of an ingest: the documents to read, in order, and the files of folders left out.
struct InputList {
  std::vector<std::string> paths;
  std::vector<SkippedInput> skipped;
};

/// Lists files, folders and "-" as inputs, folders recursively in path order (only .txt, .md,
/// .markdown, .html, .htm and files without an extension are taken from folders; hidden files are
/// left out silently, other files are listed as skipped). Throws InputError for a path that does not
/// exist and for a folder that holds no document to read (the message names the folder and what it
/// skipped).
InputList list_inputs(const std::vector<std::string>& paths);

/// Returns the paths of list_inputs(paths).
std::vector<std::string> expand_inputs(const std::vector<std::string>& paths);

/// Returns the warnings for skipped files: one line per document that a converter could make into
/// text (naming the command), and one line counting the other files with a few examples.
std::vector<std::string> skipped_input_warnings(const std::vector<SkippedInput>& skipped);

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
