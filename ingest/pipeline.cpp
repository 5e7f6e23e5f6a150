// The ingest pipeline: a pool of workers takes inputs by index; results are merged in order.
#include "ingest/pipeline.hpp"

#include <atomic>
#include <mutex>
#include <thread>

#include "graph/error.hpp"
#include "graph/inference.hpp"
#include "ingest/reader.hpp"
#include "ingest/sha256.hpp"

namespace policygraph::ingest {

Extraction extract_bytes(const std::string& path, const std::string& bytes, const Extractor& extractor) {
  SourceDocument document = make_document(path, bytes, extractor.pack().lexicon);
  return extractor.extract(document);
}

namespace {

using Progress = std::function<void(std::size_t, std::size_t, std::size_t)>;

// The pipeline over named inputs whose bytes `read` gives (a file's, or a string's held in memory).
IngestReport ingest_inputs(PolicyGraph& graph, const std::vector<std::string>& paths,
                           const std::function<std::string(std::size_t)>& read, const Extractor& extractor,
                           const IngestOptions& options, const Progress& progress, IngestReport report) {
  report.documents.resize(paths.size());
  std::vector<std::optional<Extraction>> results(paths.size());

  // Ids come from file names; two inputs with the same name get the path's digest appended.
  std::map<std::string, std::string> id_owner;
  for (const Document* document : graph.documents()) id_owner[document->id] = document->path;
  std::vector<std::string> ids(paths.size());
  for (std::size_t i = 0; i < paths.size(); ++i) {
    std::string id = document_id_for(paths[i]);
    auto owner = id_owner.find(id);
    if (owner != id_owner.end() && owner->second != paths[i]) id += "-" + sha256_hex(paths[i]).substr(0, 8);
    id_owner[id] = paths[i];
    ids[i] = id;
  }

  // The same text under another path (a copy, a renamed download) is one document: the snapshot's
  // path for a content wins, then the first input in order. Inputs that copy a snapshot document
  // are not extracted; copies within the run are extracted and dropped at the merge, in input order.
  std::map<std::string, std::string> path_of_content;
  for (const Document* document : graph.documents())
    if (!document->sha256.empty()) path_of_content.emplace(document->sha256, document->path);

  std::atomic<std::size_t> next{0};
  std::size_t done = 0;  // guarded by progress_mutex
  std::size_t bytes_done = 0;
  std::mutex progress_mutex;
  auto work = [&] {
    for (std::size_t i = next++; i < paths.size(); i = next++) {
      DocumentOutcome& outcome = report.documents[i];
      outcome.path = paths[i];
      outcome.id = ids[i];
      try {
        std::string bytes = read(i);
        outcome.bytes = bytes.size();
        outcome.sha256 = sha256_hex(bytes);
        const Document* existing = graph.document(ids[i]);
        auto copied = path_of_content.find(outcome.sha256);
        if (existing && existing->sha256 == outcome.sha256 && existing->path == paths[i]) {
          outcome.status = DocumentOutcome::Status::unchanged;
        } else if (copied != path_of_content.end() && copied->second != paths[i]) {
          outcome.status = DocumentOutcome::Status::duplicate;
          outcome.duplicate_of = copied->second;
        } else {
          SourceDocument document = make_document(paths[i], bytes, extractor.pack().lexicon);
          document.meta.id = ids[i];
          outcome.warnings = document.warnings;
          Extraction extraction = extractor.extract(document);
          outcome.warnings.insert(outcome.warnings.end(), extraction.warnings.begin(), extraction.warnings.end());
          outcome.sentences = extraction.sentences;
          outcome.facts = extraction.facts;
          outcome.unresolved = extraction.unresolved;
          outcome.status = existing ? DocumentOutcome::Status::replaced : DocumentOutcome::Status::added;
          results[i] = std::move(extraction);
        }
      } catch (const Error& e) {
        outcome.status = DocumentOutcome::Status::failed;
        outcome.error = e.what();
      }
      // Counted under the lock that orders the calls, so the count a caller sees never steps
      // backwards (counted before it, two workers could report 6 and then 5).
      std::lock_guard<std::mutex> lock(progress_mutex);
      bytes_done += outcome.bytes;
      ++done;
      if (progress) progress(done, paths.size(), bytes_done);
    }
  };
  unsigned jobs = options.jobs ? options.jobs : std::max(1u, std::thread::hardware_concurrency());
  jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, std::max<std::size_t>(1, paths.size())));
  std::vector<std::thread> workers;
  for (unsigned w = 1; w < jobs; ++w) workers.emplace_back(work);
  work();
  for (std::thread& worker : workers) worker.join();

  for (std::size_t i = 0; i < paths.size(); ++i) {
    DocumentOutcome& outcome = report.documents[i];
    report.bytes += outcome.bytes;
    if (results[i]) {
      auto [first, inserted] = path_of_content.emplace(outcome.sha256, outcome.path);
      if (!inserted && first->second != outcome.path) {
        // A copy of an earlier input of this run: its facts are the earlier one's already.
        outcome.duplicate_of = first->second;
        outcome.status = DocumentOutcome::Status::duplicate;
        outcome.sentences = outcome.facts = 0;
        outcome.warnings.clear();
        outcome.unresolved.clear();
        results[i].reset();
      }
    }
    if (outcome.status == DocumentOutcome::Status::duplicate) {
      // A document whose path now holds another document's text keeps none of its old facts.
      if (const Document* existing = graph.document(outcome.id); existing && existing->path == outcome.path)
        graph.remove_document(outcome.id);
    }
    switch (outcome.status) {
      case DocumentOutcome::Status::added: ++report.added; break;
      case DocumentOutcome::Status::replaced: ++report.replaced; break;
      case DocumentOutcome::Status::unchanged: ++report.unchanged; break;
      case DocumentOutcome::Status::duplicate: ++report.duplicates; break;
      case DocumentOutcome::Status::failed: ++report.failed; break;
    }
    if (!results[i]) continue;
    if (outcome.status != DocumentOutcome::Status::replaced) {
      graph.merge(results[i]->graph);
      continue;
    }
    // The new version of a document counts one revision more: merge keeps the highest (docs/scale.md).
    int revision = graph.document(outcome.id)->revision + 1;
    graph.remove_document(outcome.id);
    graph.merge(results[i]->graph);
    Document replaced = *graph.document(outcome.id);
    replaced.revision = revision;
    graph.add_document(std::move(replaced));
  }
  finish_graph(graph, extractor.pack(), options.inference);
  return report;
}

}  // namespace

IngestReport ingest_documents(PolicyGraph& graph, const std::vector<std::string>& inputs, const Extractor& extractor,
                              const IngestOptions& options, const Progress& progress) {
  InputList listed = list_inputs(inputs);
  IngestReport report;
  report.skipped = skipped_input_warnings(listed.skipped);
  const std::vector<std::string>& paths = listed.paths;
  auto read = [&](std::size_t i) { return read_input(paths[i], options.max_document_bytes); };
  return ingest_inputs(graph, paths, read, extractor, options, progress, std::move(report));
}

IngestReport ingest_texts(PolicyGraph& graph, const std::vector<TextInput>& texts, const Extractor& extractor,
                          const IngestOptions& options, const Progress& progress) {
  std::vector<std::string> names;
  for (const TextInput& text : texts) names.push_back(text.name);
  auto read = [&](std::size_t i) -> std::string {
    if (texts[i].bytes.size() > options.max_document_bytes)
      throw InputError(texts[i].name + ": " + std::to_string(texts[i].bytes.size()) +
                       " bytes, more than the largest document ingest reads (" + std::to_string(options.max_document_bytes) +
                       " bytes), skipped");
    return texts[i].bytes;
  };
  return ingest_inputs(graph, names, read, extractor, options, progress, IngestReport{});
}

void finish_graph(PolicyGraph& graph, const Pack& pack, bool inference) {
  link_successions(graph, pack);
  settle_inferences(graph, inference);
  graph.set_pack(PackStamp{pack.name, pack.sha256});
}

}  // namespace policygraph::ingest
