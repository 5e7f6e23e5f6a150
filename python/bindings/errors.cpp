// The Python exceptions of policygraph, one for each kind of policygraph::Error, carrying the
// message the command line prints (file and byte offset where there is one) and its exit code.
//
//   PolicygraphError
//   ├── InputError        a file that cannot be read or parsed (snapshot, pack, corrections)
//   ├── OutputError       a file that cannot be written
//   ├── GraphError        an operation that breaks the graph's rules
//   ├── LockError         a snapshot another policygraph is writing
//   ├── UsageError        a wrong argument (also a ValueError)
//   ├── AmbiguousName     a name that fits several nodes: .candidates
//   └── NoAnswer          a query with no answer (exit code 3)
//       ├── UnknownName   a name that fits no node: .suggestions
//       └── UnrecognisedQuestion
#include "graph/ask.hpp"
#include "graph/error.hpp"
#include "graph/name_index.hpp"
#include "python/bindings/bindings.hpp"

namespace policygraph::python {

namespace {

// The exception types, created once when the module is imported and kept for its lifetime.
struct ExceptionTypes {
  py::object base, input, output, graph, lock, usage, ambiguous, no_answer, unknown, unrecognised;
};

ExceptionTypes& types() {
  static auto* held = new ExceptionTypes();  // never destroyed: Python owns the objects at exit
  return *held;
}

py::object make_type(py::module_& module, const char* name, const char* doc, py::object bases) {
  py::dict namespace_;
  namespace_["__doc__"] = doc;
  namespace_["__module__"] = "policygraph";
  py::object type = py::reinterpret_borrow<py::object>(reinterpret_cast<PyObject*>(&PyType_Type))(name, bases, namespace_);
  module.attr(name) = type;
  return type;
}

py::list named_nodes(const std::vector<NamedNode>& nodes) {
  py::list out;
  for (const NamedNode& node : nodes) {
    py::dict item;
    item["id"] = node.id;
    item["kind"] = std::string(to_string(node.kind));
    item["label"] = node.label;
    out.append(item);
  }
  return out;
}

void raise(const py::object& type, const Error& error, const char* key = nullptr, py::object value = py::none()) {
  py::object instance = type(error.what());
  instance.attr("exit_code") = static_cast<int>(error.code());
  if (key) instance.attr(key) = value;
  PyErr_SetObject(type.ptr(), instance.ptr());
}

}  // namespace

void init_errors(py::module_& module) {
  ExceptionTypes& t = types();
  auto one = [](const py::object& base) { return py::make_tuple(base); };
  t.base = make_type(module, "PolicygraphError",
                     "Base of policygraph's errors; str() is the CLI's one-line message, .exit_code its exit code.",
                     one(py::reinterpret_borrow<py::object>(PyExc_Exception)));
  t.input = make_type(module, "InputError", "A file or text that cannot be read or parsed (names the file and byte offset).",
                      one(t.base));
  t.output = make_type(module, "OutputError", "A file that cannot be written.", one(t.base));
  t.graph = make_type(module, "GraphError", "An operation that breaks the graph's rules.", one(t.base));
  t.lock = make_type(module, "LockError", "A snapshot that another policygraph is writing.", one(t.base));
  t.usage = make_type(module, "UsageError", "A wrong argument: an unknown format, kind, relation or option value.",
                      py::make_tuple(t.base, py::reinterpret_borrow<py::object>(PyExc_ValueError)));
  t.ambiguous = make_type(module, "AmbiguousName", "A name that fits several nodes; .candidates lists them.", one(t.base));
  t.no_answer = make_type(module, "NoAnswer", "A well-formed query whose answer is empty.", one(t.base));
  t.unknown = make_type(module, "UnknownName", "A name that fits no node; .suggestions lists the closest.", one(t.no_answer));
  t.unrecognised = make_type(module, "UnrecognisedQuestion", "A question of no form ask understands.", one(t.no_answer));

  py::register_exception_translator([](std::exception_ptr pointer) {
    const ExceptionTypes& t = types();
    try {
      if (pointer) std::rethrow_exception(pointer);
    } catch (const AmbiguousName& e) {
      raise(t.ambiguous, e, "candidates", named_nodes(e.candidates()));
    } catch (const UnknownName& e) {
      raise(t.unknown, e, "suggestions", named_nodes(e.suggestions()));
    } catch (const UnrecognisedQuestion& e) {
      raise(t.unrecognised, e);
    } catch (const NoAnswer& e) {
      raise(t.no_answer, e);
    } catch (const UsageError& e) {
      raise(t.usage, e);
    } catch (const InputError& e) {
      raise(t.input, e);
    } catch (const OutputError& e) {
      raise(t.output, e);
    } catch (const GraphError& e) {
      raise(t.graph, e);
    } catch (const LockError& e) {
      raise(t.lock, e);
    } catch (const Error& e) {
      raise(t.base, e);
    }
  });
}

}  // namespace policygraph::python
