// Fuzz target: bytes read as a .html document (ingest/reader).
#include "fuzz_reader.hpp"

POLICYGRAPH_FUZZ_TARGET(reader_html) { return policygraph::fuzz::read_document(data, size, "fuzz.html"); }
