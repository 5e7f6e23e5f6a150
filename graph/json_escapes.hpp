// What RapidJSON's UTF-8 validation lets through: an escaped lone surrogate ("\udc4d") decodes to
// three bytes that are no UTF-8 character. Snapshot and pack loaders look for it after a parse.
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

namespace policygraph {

/// Returns the byte offset of the first `\uXXXX` escape in JSON text that is a lone UTF-16
/// surrogate (a low one without a high one before it; RapidJSON itself refuses a high one that no
/// low one follows). `comments`: the text may hold // and /* */ comments, whose contents are skipped.
/// Meant for text that parsed: outside strings and comments it expects no backslash.
std::optional<std::size_t> find_lone_surrogate_escape(std::string_view json, bool comments = false);

}  // namespace policygraph
