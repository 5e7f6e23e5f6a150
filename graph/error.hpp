// Errors that stop a command. Each carries the exit code the command line reports for it.
#pragma once

#include <stdexcept>
#include <string>

namespace policygraph {

/// Documented exit codes of the `policygraph` command.
enum class ExitCode : int { ok = 0, usage = 1, bad_input = 2, no_answer = 3 };

/// Base of every error policygraph throws; the message names the file and position where it can.
class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message, ExitCode code = ExitCode::bad_input)
      : std::runtime_error(message), code_(code) {}
  /// Returns the exit code the command line uses for this error.
  ExitCode code() const noexcept { return code_; }

 private:
  ExitCode code_;
};

/// A file that cannot be read or parsed: a snapshot, a pack, a document.
class InputError : public Error {
 public:
  using Error::Error;
};

/// An operation on the graph that breaks its rules (an edge to a missing node, an unknown kind).
class GraphError : public Error {
 public:
  using Error::Error;
};

/// A file that cannot be written.
class OutputError : public Error {
 public:
  using Error::Error;
};

/// A snapshot another policygraph is writing, when the command was told not to wait for it.
class LockError : public Error {
 public:
  using Error::Error;
};

/// A well-formed question whose answer is empty (exit code 3).
class NoAnswer : public Error {
 public:
  explicit NoAnswer(const std::string& message) : Error(message, ExitCode::no_answer) {}
};

/// A command used wrongly: an unknown option value, an ambiguous name given where one is needed.
class UsageError : public Error {
 public:
  explicit UsageError(const std::string& message, ExitCode code = ExitCode::usage) : Error(message, code) {}
};

}  // namespace policygraph
