// The module policygraph._core: the C++ libraries behind the Python package (docs/python.md).
#include "python/bindings/bindings.hpp"

PYBIND11_MODULE(_core, module) {
  module.doc() = "policygraph's C++ core; use the package policygraph, which wraps it";
  module.attr("__version__") = POLICYGRAPH_VERSION;
  policygraph::python::init_errors(module);
  policygraph::python::init_graph(module);
  policygraph::python::init_queries(module);
  policygraph::python::init_exports(module);
}
