// The reader fuzz targets (text, HTML, Markdown differ only in the file name the bytes come
// from): any bytes give a clean document or an InputError, and the document always goes into a
// snapshot that loads back.
#pragma once

#include "fuzz_support.hpp"
#include "graph/error.hpp"
#include "ingest/reader.hpp"

namespace policygraph::fuzz {

// Loaded before main: see bundled_pack().
[[maybe_unused]] inline const ingest::Pack& preloaded_pack = bundled_pack();

/// Reads bytes as the document at `path` and checks what comes out.
inline int read_document(const std::uint8_t* data, std::size_t size, const std::string& path) {
  ingest::SourceDocument document;
  try {
    document = ingest::make_document(path, std::string(text_of(data, size)), bundled_pack().lexicon);
  } catch (const InputError&) {
    return 0;  // binary input, refused with a message
  }
  for (const std::string* text : {&document.text, &document.meta.title, &document.meta.date})
    if (!is_valid_utf8(*text)) broken("the reader gave text that is not UTF-8");
  if (!document.meta.date.empty() && !Date::parse(document.meta.date))
    broken("the reader gave the date '" + document.meta.date + "', which a snapshot refuses");
  PolicyGraph graph;
  graph.add_document(document.meta);
  std::string snapshot = snapshot_text(graph);
  try {
    read_snapshot(snapshot, "fuzz");
  } catch (const InputError& e) {
    broken(std::string("the document's snapshot does not load: ") + e.what());
  }
  return 0;
}

}  // namespace policygraph::fuzz
