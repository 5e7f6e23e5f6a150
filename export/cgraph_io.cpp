// cgraph plumbing shared by the diagram writers: deterministic object ids, DOT text in memory,
// Graphviz's messages collected, and DOT read back for checks (parse_dot).
#include <graphviz/cgraph.h>

#include <cstring>
#include <functional>
#include <unordered_map>

#include "export/dot.hpp"
#include "graph/error.hpp"

namespace policygraph::exporting {

// ---------------------------------------------------------------------------------------------
// cgraph plumbing: deterministic object ids, string input and output, collected messages.

namespace detail {

void CgraphCloser::operator()(Agraph_s* graph) const {
  if (graph) agclose(graph);
}

namespace {

char* mutable_text(const char* text) { return const_cast<char*>(text); }

// cgraph's default id discipline uses the address of a name's string as the object's id, and
// agwrite (and dot's layout) visit subgraphs in id order: the order of the DOT text would then
// depend on the allocator. These ids count up in creation order instead: even for named objects,
// odd for anonymous ones, as cgraph expects.
struct IdState {
  Agraph_t* graph = nullptr;
  std::unordered_map<std::string, IDTYPE> ids;
  std::vector<char*> names;  ///< strings owned by the graph's string table; names[k] has id 2(k+1)
  IDTYPE next_anonymous = 1;
};

void* id_open(Agraph_t* graph, Agdisc_t*) { return new IdState{graph, {}, {}, 1}; }

long id_map(void* state_pointer, int, char* name, IDTYPE* id, int create) {
  auto* state = static_cast<IdState*>(state_pointer);
  if (!name) {
    *id = state->next_anonymous;
    state->next_anonymous += 2;
    return 1;
  }
  auto found = state->ids.find(name);
  if (found != state->ids.end()) {
    *id = found->second;
    return 1;
  }
  if (!create) return 0;
  state->names.push_back(agstrdup(state->graph, name));
  *id = 2 * state->names.size();
  state->ids.emplace(name, *id);
  return 1;
}

long id_alloc(void*, int, IDTYPE) { return 0; }
void id_free(void*, int, IDTYPE) {}

char* id_print(void* state_pointer, int, IDTYPE id) {
  auto* state = static_cast<IdState*>(state_pointer);
  if (id % 2 == 1 || id == 0 || id / 2 > state->names.size()) return nullptr;
  return state->names[id / 2 - 1];
}

void id_close(void* state_pointer) { delete static_cast<IdState*>(state_pointer); }
void id_register(void*, int, void*) {}

Agiddisc_t ordered_ids{id_open, id_map, id_alloc, id_free, id_print, id_close, id_register};

/// What agread reads and agwrite writes: text in memory.
struct TextChannel {
  std::string_view input;
  std::size_t position = 0;
  std::string* output = nullptr;
};

int channel_read(void* channel, char* buffer, int size) {
  auto* text = static_cast<TextChannel*>(channel);
  // One line at a time, as Graphviz's own memory reader does, so that line numbers stay right.
  int count = 0;
  while (count < size - 1 && text->position < text->input.size()) {
    char c = text->input[text->position++];
    buffer[count++] = c;
    if (c == '\n') break;
  }
  return count;
}

int channel_write(void* channel, const char* text) {
  static_cast<TextChannel*>(channel)->output->append(text);
  return 0;
}

int channel_flush(void*) { return 0; }

Agiodisc_t text_io{channel_read, channel_write, channel_flush};
Agdisc_t ordered_discipline{&AgMemDisc, &ordered_ids, &text_io};

}  // namespace

// Graphviz reports errors through one process-wide hook; this collects them while alive.
namespace {
std::string* message_sink = nullptr;
int collect_message(char* text) {
  if (message_sink) message_sink->append(text);
  return 0;
}
}  // namespace

GraphvizMessages::GraphvizMessages() : previous_(reinterpret_cast<void*>(agseterrf(collect_message))) {
  message_sink = &text_;
}

GraphvizMessages::~GraphvizMessages() {
  message_sink = nullptr;
  agseterrf(reinterpret_cast<agusererrf>(previous_));
}

std::string GraphvizMessages::errors() const {
  // Keep the lines that are errors (warnings about spline routing and the like are noise to users).
  std::string out;
  std::size_t start = 0;
  while (start < text_.size()) {
    std::size_t end = text_.find('\n', start);
    std::string line = text_.substr(start, end == std::string::npos ? std::string::npos : end - start);
    if (line.rfind("Error", 0) == 0) out += (out.empty() ? "" : "; ") + line.substr(line.find(':') + 1 < line.size() ? line.find(':') + 2 : 0);
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

std::mutex& graphviz_lock() {
  static std::mutex lock;
  return lock;
}

CgraphPtr open_graph(const char* name) {
  return CgraphPtr(agopen(mutable_text(name), Agdirected, &ordered_discipline));
}

std::string write_graph(Agraph_s* graph) {
  std::string text;
  TextChannel channel{{}, 0, &text};
  if (agwrite(graph, &channel) != 0) throw OutputError("Graphviz could not write the diagram as DOT");
  return text;
}

}  // namespace detail

ParsedDot parse_dot(std::string_view text, std::string_view name) {
  std::lock_guard<std::mutex> guard(detail::graphviz_lock());
  detail::GraphvizMessages messages;
  detail::TextChannel channel{text, 0, nullptr};
  detail::CgraphPtr graph(agread(&channel, &detail::ordered_discipline));
  if (!graph) {
    std::string reason = messages.errors();
    throw InputError(std::string(name) + ": " + (reason.empty() ? "not a DOT graph" : reason));
  }
  Agraph_t* g = graph.get();
  auto attributes_of = [&](void* object, int kind, DotObject* target, std::map<std::string, std::string>* into) {
    for (Agsym_t* symbol = agnxtattr(g, kind, nullptr); symbol; symbol = agnxtattr(g, kind, symbol)) {
      char* value = agxget(object, symbol);
      bool is_default = value == symbol->defval || (value && symbol->defval && std::strcmp(value, symbol->defval) == 0);
      if (!value || (is_default && kind != AGRAPH)) continue;
      (*into)[symbol->name] = value;
      if (target && aghtmlstr(value)) target->html.insert(symbol->name);
    }
  };
  ParsedDot parsed;
  parsed.name = agnameof(g);
  for (Agsym_t* symbol = agnxtattr(g, AGRAPH, nullptr); symbol; symbol = agnxtattr(g, AGRAPH, symbol))
    parsed.attributes[symbol->name] = agxget(g, symbol);
  for (Agnode_t* node = agfstnode(g); node; node = agnxtnode(g, node)) {
    DotObject object{agnameof(node), {}, {}, {}};
    attributes_of(node, AGNODE, &object, &object.attributes);
    parsed.nodes.push_back(std::move(object));
  }
  for (Agnode_t* node = agfstnode(g); node; node = agnxtnode(g, node)) {
    for (Agedge_t* edge = agfstout(g, node); edge; edge = agnxtout(g, edge)) {
      DotObject object{std::string(agnameof(agtail(edge))) + " -> " + agnameof(aghead(edge)), {}, {}, {}};
      attributes_of(edge, AGEDGE, &object, &object.attributes);
      parsed.edges.push_back(std::move(object));
    }
  }
  std::function<void(Agraph_t*)> visit = [&](Agraph_t* parent) {
    for (Agraph_t* sub = agfstsubg(parent); sub; sub = agnxtsubg(sub)) {
      DotObject object{agnameof(sub), {}, {}, {}};
      for (Agsym_t* symbol = agnxtattr(g, AGRAPH, nullptr); symbol; symbol = agnxtattr(g, AGRAPH, symbol)) {
        char* value = agxget(sub, symbol);
        if (value && *value) object.attributes[symbol->name] = value;
        if (value && *value && aghtmlstr(value)) object.html.insert(symbol->name);
      }
      for (Agnode_t* node = agfstnode(sub); node; node = agnxtnode(sub, node)) object.members.push_back(agnameof(node));
      parsed.subgraphs.push_back(std::move(object));
      visit(sub);
    }
  };
  visit(g);
  return parsed;
}

}  // namespace policygraph::exporting
