// SHA-256 of a byte string (FIPS 180-4), for document identity: re-ingesting unchanged bytes is a no-op.
#pragma once

#include <string>
#include <string_view>

namespace policygraph::ingest {

/// Returns the SHA-256 digest of the bytes as 64 lower-case hex digits.
std::string sha256_hex(std::string_view bytes);

}  // namespace policygraph::ingest
