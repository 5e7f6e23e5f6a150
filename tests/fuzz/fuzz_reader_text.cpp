// Fuzz target: bytes read as a .txt document (ingest/reader).
#include "fuzz_reader.hpp"

POLICYGRAPH_FUZZ_TARGET(reader_text) { return policygraph::fuzz::read_document(data, size, "fuzz.txt"); }
