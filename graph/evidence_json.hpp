// Evidence and documents as JSON: the one field layout the snapshot, the query answers and the
// exports share.
// A template over the RapidJSON writer, so each caller keeps its own writer and its own rule for invalid UTF-8.
#pragma once

#include <string_view>
#include <vector>

#include "graph/model.hpp"

namespace policygraph {

/// Whether an evidence object carries "note" when the note is empty: the snapshot and the exports
/// leave it out, query answers always write it so that every row has the same fields.
enum class EmptyNote { omit, write };

/// Writes one evidence object (document, sentence, begin, end, text, rule, confidence, note) with a
/// RapidJSON writer; write_string(std::string_view) writes each string value, so the caller decides
/// what invalid UTF-8 does (throw, replace or pass through).
template <typename Writer, typename WriteString>
void write_evidence_object(Writer& w, const Evidence& e, WriteString&& write_string, EmptyNote empty_note = EmptyNote::omit) {
  w.StartObject();
  w.Key("document");
  write_string(std::string_view(e.document));
  w.Key("sentence");
  w.Int(e.sentence);
  w.Key("begin");
  w.Uint64(e.begin);
  w.Key("end");
  w.Uint64(e.end);
  w.Key("text");
  write_string(std::string_view(e.text));
  w.Key("rule");
  write_string(std::string_view(e.rule));
  w.Key("confidence");
  w.Double(e.confidence);
  if (empty_note == EmptyNote::write || !e.note.empty()) {
    w.Key("note");
    write_string(std::string_view(e.note));
  }
  w.EndObject();
}

/// Writes a list of evidence as a JSON array of the objects write_evidence_object writes.
template <typename Writer, typename WriteString>
void write_evidence_array(Writer& w, const std::vector<Evidence>& evidence, WriteString&& write_string,
                          EmptyNote empty_note = EmptyNote::omit) {
  w.StartArray();
  for (const Evidence& e : evidence) write_evidence_object(w, e, write_string, empty_note);
  w.EndArray();
}

/// Whether a document object carries its sha256: the snapshot and the node-link export do, query
/// answers (which cite documents, not their versions) do not.
enum class DocumentHash { omit, write };

/// Writes one document object (id, path, title, date, and sha256 and a revision past 1 if asked) with write_string as above.
template <typename Writer, typename WriteString>
void write_document_object(Writer& w, const Document& d, WriteString&& write_string, DocumentHash hash = DocumentHash::write) {
  w.StartObject();
  w.Key("id");
  write_string(std::string_view(d.id));
  w.Key("path");
  write_string(std::string_view(d.path));
  w.Key("title");
  write_string(std::string_view(d.title));
  w.Key("date");
  write_string(std::string_view(d.date));
  if (hash == DocumentHash::write) {
    w.Key("sha256");
    write_string(std::string_view(d.sha256));
    // Written only past the first, so that snapshots of documents never replaced keep their bytes.
    if (d.revision > 1) {
      w.Key("revision");
      w.Int(d.revision);
    }
  }
  w.EndObject();
}

}  // namespace policygraph
