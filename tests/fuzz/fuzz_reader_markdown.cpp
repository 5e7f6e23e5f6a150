// Fuzz target: bytes read as a .md document (ingest/reader).
#include "fuzz_reader.hpp"

POLICYGRAPH_FUZZ_TARGET(reader_markdown) { return policygraph::fuzz::read_document(data, size, "fuzz.md"); }
