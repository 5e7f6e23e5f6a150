// The "timeline" export: one JSON file that TimelineJS (Knight Lab) loads as it is — title, events,
// eras — with a "vis" member holding vis-timeline items and groups. Administrations' terms are eras
// (and background ranges), programmes are events at their introduction, lineage is in the text.
// Both tools render text as HTML, so every label is HTML-escaped.
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <ostream>
#include <set>

#include "export/exporter.hpp"
#include "export/text_escape.hpp"

namespace policygraph::exporting {
namespace {

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void write_string(Writer& w, std::string_view text) {
  std::string clean = valid_utf8(text);
  w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
}

// A point on the timeline and how it reads: a programme whose year the texts do not give sits at
// its administration's term start, but says "introduced during 2003–2008" rather than a year.
struct Placement {
  Date date;
  std::string display;  // empty: the date speaks for itself
  std::string introduced_by;
};

std::optional<Placement> place(const PolicyGraph& graph, const Node& node) {
  if (node.kind == NodeKind::event) {
    auto date = node.date_attribute("date");
    if (!date) return std::nullopt;
    return Placement{*date, "", ""};
  }
  if (node.kind != NodeKind::programme) return std::nullopt;
  for (const Edge* edge : introductions(graph, node)) {
    const Node* administration = graph.node(edge->source);
    std::string by = administration ? administration->label : edge->source;
    if (edge->year) return Placement{Date{*edge->year, 0, 0}, "", by};
    auto start = administration ? administration->date_attribute("start") : std::nullopt;
    if (!start) continue;
    auto end = administration->date_attribute("end");
    std::string display = "introduced during " + std::to_string(start->year) + "\u2013" +
                          (end ? std::to_string(end->year) : std::string("present"));
    return Placement{*start, display, by};
  }
  return std::nullopt;
}

// The last year anything in the graph mentions: open terms end there on the timeline.
int horizon_year(const PolicyGraph& graph) {
  int year = 0;
  for (const Node* node : graph.nodes()) {
    for (const char* key : {"start", "end", "date"})
      if (auto date = node->date_attribute(key)) year = std::max(year, date->year);
  }
  for (const Edge* edge : graph.edges())
    if (edge->year) year = std::max(year, *edge->year);
  for (const Document* document : graph.documents())
    if (auto date = Date::parse(document->date)) year = std::max(year, date->year);
  return year;
}

void write_date(Writer& w, const Date& date) {
  w.StartObject();
  w.Key("year");
  w.Int(date.year);
  if (date.month) {
    w.Key("month");
    w.Int(date.month);
  }
  if (date.day) {
    w.Key("day");
    w.Int(date.day);
  }
  w.EndObject();
}

std::string year_note(const Edge& edge) {
  std::string note;
  if (auto mode = edge.attributes.find("mode"); mode != edge.attributes.end()) note = mode->second;
  if (edge.year) note += (note.empty() ? "" : ", ") + std::to_string(*edge.year);
  return note.empty() ? "" : " (" + html_escape(note) + ")";
}

// Quotes each sentence once, however many of the cited facts it states.
std::string evidence_html(const std::vector<Evidence>& evidence, std::set<std::pair<std::string, std::string>>& quoted) {
  std::string out;
  for (const Evidence& e : evidence) {
    if (e.text.empty() || !quoted.emplace(e.document, e.text).second) continue;
    out += "<blockquote>" + html_escape(e.text) + "</blockquote><p>\u2014 " + html_escape(e.document) + "</p>";
  }
  return out;
}

// The HTML text of a programme's slide: who introduced it, where it came from and went, and the sentences.
std::string programme_text(const PolicyGraph& graph, const Node& node, const Placement& placement) {
  std::string out;
  std::vector<const Edge*> cited;
  for (const Edge* edge : introductions(graph, node)) {
    const Node* by = graph.node(edge->source);
    out += "<p>Introduced by " + html_escape(by ? by->label : edge->source) +
           (edge->year ? " in " + std::to_string(*edge->year) : std::string()) + ".</p>";
    cited.push_back(edge);
  }
  if (!placement.display.empty()) out += "<p>" + html_escape(placement.display) + ".</p>";
  for (const Edge* edge : graph.in_edges(node.id)) {
    if (edge->relation != Relation::evolved_into) continue;
    const Node* from = graph.node(edge->source);
    out += "<p>Evolved from " + html_escape(from ? from->label : edge->source) + year_note(*edge) + ".</p>";
    cited.push_back(edge);
  }
  for (const Edge* edge : graph.out_edges(node.id)) {
    if (edge->relation != Relation::evolved_into) continue;
    const Node* to = graph.node(edge->target);
    out += "<p>Evolved into " + html_escape(to ? to->label : edge->target) + year_note(*edge) + ".</p>";
    cited.push_back(edge);
  }
  std::set<std::pair<std::string, std::string>> quoted;
  for (const Edge* edge : cited) out += evidence_html(edge->evidence, quoted);
  return out;
}

std::string event_text(const Node& node) {
  std::set<std::pair<std::string, std::string>> quoted;
  return evidence_html(node.evidence, quoted);
}

// Tooltips are plain sentences; vis-timeline shows them as HTML too.
std::string tooltip(const Node& node, const Placement& placement) {
  std::string text = node.label;
  if (!placement.introduced_by.empty()) text += " \u2014 " + placement.introduced_by;
  if (!placement.display.empty()) text += ", " + placement.display;
  return html_escape(text);
}

}  // namespace

void write_timeline(const PolicyGraph& graph, std::ostream& out, const ExportOptions& options) {
  struct Era {
    const Node* node;
    Date start;
    Date end;
  };
  struct Slide {
    const Node* node;
    Placement placement;
  };
  const int horizon = horizon_year(graph);
  std::vector<Era> eras;
  std::vector<Slide> slides;
  for (const Node* node : graph.nodes()) {
    if (node->kind == NodeKind::administration) {
      auto start = node->date_attribute("start");
      if (!start) continue;
      auto end = node->date_attribute("end");
      eras.push_back({node, *start, end ? *end : Date{std::max(horizon, start->year), 12, 31}});
    } else if (auto placement = place(graph, *node)) {
      slides.push_back({node, *placement});
    }
  }
  std::stable_sort(eras.begin(), eras.end(), [](const Era& a, const Era& b) { return a.start < b.start; });
  std::stable_sort(slides.begin(), slides.end(),
                   [](const Slide& a, const Slide& b) { return a.placement.date < b.placement.date; });
  auto group_of = [](const Slide& slide) {
    if (slide.node->kind == NodeKind::event) return std::string("Events");
    return slide.placement.introduced_by.empty() ? std::string("Programmes") : slide.placement.introduced_by;
  };

  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("title");
  w.StartObject();
  w.Key("text");
  w.StartObject();
  w.Key("headline");
  write_string(w, html_escape(options.title.empty() ? "policygraph" : options.title));
  w.Key("text");
  write_string(w, std::to_string(eras.size()) + " administrations, " + std::to_string(slides.size()) +
                      " programmes and events, each with the sentences it comes from.");
  w.EndObject();
  w.EndObject();
  w.Key("scale");
  w.String("human");

  w.Key("eras");
  w.StartArray();
  for (const Era& era : eras) {
    w.StartObject();
    w.Key("start_date");
    write_date(w, era.start);
    w.Key("end_date");
    write_date(w, era.end);
    w.Key("text");
    w.StartObject();
    w.Key("headline");
    write_string(w, html_escape(era.node->label));
    auto leader = era.node->attributes.find("leader");
    if (leader != era.node->attributes.end()) {
      w.Key("text");
      write_string(w, html_escape(leader->second));
    }
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();

  w.Key("events");
  w.StartArray();
  for (const Slide& slide : slides) {
    w.StartObject();
    w.Key("unique_id");
    write_string(w, slide.node->id);
    w.Key("start_date");
    write_date(w, slide.placement.date);
    if (!slide.placement.display.empty()) {
      w.Key("display_date");
      write_string(w, html_escape(slide.placement.display));
    }
    w.Key("text");
    w.StartObject();
    w.Key("headline");
    write_string(w, html_escape(slide.node->label));
    w.Key("text");
    write_string(w, slide.node->kind == NodeKind::programme ? programme_text(graph, *slide.node, slide.placement)
                                                            : event_text(*slide.node));
    w.EndObject();
    w.Key("group");
    write_string(w, html_escape(group_of(slide)));
    w.EndObject();
  }
  w.EndArray();

  // vis-timeline: terms as background ranges across all groups, programmes and events as points.
  w.Key("vis");
  w.StartObject();
  w.Key("groups");
  w.StartArray();
  for (NodeKind kind : {NodeKind::programme, NodeKind::event}) {
    if (std::none_of(slides.begin(), slides.end(), [&](const Slide& s) { return s.node->kind == kind; })) continue;
    w.StartObject();
    w.Key("id");
    write_string(w, to_string(kind));
    w.Key("content");
    w.String(kind == NodeKind::programme ? "Programmes" : "Events");
    w.EndObject();
  }
  w.EndArray();
  w.Key("items");
  w.StartArray();
  for (const Era& era : eras) {
    w.StartObject();
    w.Key("id");
    write_string(w, era.node->id);
    w.Key("content");
    write_string(w, html_escape(era.node->label));
    w.Key("start");
    write_string(w, first_day(era.start));
    w.Key("end");
    write_string(w, last_day(era.end));
    w.Key("type");
    w.String("background");
    w.EndObject();
  }
  for (const Slide& slide : slides) {
    w.StartObject();
    w.Key("id");
    write_string(w, slide.node->id);
    w.Key("content");
    write_string(w, html_escape(slide.node->label));
    w.Key("start");
    write_string(w, first_day(slide.placement.date));
    w.Key("type");
    w.String("point");
    w.Key("group");
    write_string(w, to_string(slide.node->kind));
    w.Key("title");
    write_string(w, tooltip(*slide.node, slide.placement));
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  w.EndObject();
  out << buffer.GetString() << '\n';
}

}  // namespace policygraph::exporting
