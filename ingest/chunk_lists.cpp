// What the chunker does after its pass over a sentence: an indefinite description joined to the
// name after it, a modifier joined to the job title after it, and lists ("A, B, and C", "A and
// B") of the same kind of thing made one item with members.
#include "ingest/chunk_scan.hpp"

namespace policygraph::ingest {
namespace {

bool entity_like(const Item& item) {
  return item.type == "ADMIN" || item.type == "ORG" || item.type == "PROG" || item.type == "NP" || item.type == "PERSON" ||
         item.type == "EVENT";
}

// An acronym no pack or text defined ("KATECH"): a capitalised word of capitals.
bool bare_acronym(const Item& item) {
  if (item.type != "NP" || !item.proper || !item.candidates.empty() || item.last != item.first + 1) return false;
  const std::string& label = item.label;
  std::size_t capitals = 0;
  for (char c : label) {
    if (c >= 'A' && c <= 'Z') ++capitals;
    else if (!(c >= '0' && c <= '9') && c != '&' && c != '-') return false;
  }
  return capitals >= 2 && label.size() <= 10;
}

// Programmes and other noun phrases may share a list; other kinds list only with their own. An
// acronym nobody defined lists with organisations ("run by MOTIE and KATECH") and becomes one.
bool compatible(const Item& a, const Item& b) {
  auto group = [](const std::string& type) { return type == "NP" || type == "PROG" ? std::string("PROG") : type; };
  if ((a.type == "ORG" && bare_acronym(b)) || (b.type == "ORG" && bare_acronym(a))) return true;
  return group(a.type) == group(b.type);
}

// A member of a list of two without commas must be more than a bare noun ("funds and zones" is
// no list of things the rules care about).
bool substantial(const Item& item) { return !item.candidates.empty() || item.proper || item.last - item.first >= 2; }

bool comma(const Item& item) { return item.type.empty() && item.head == ","; }

}  // namespace

// "a full ministry, the Ministry of SMEs and Startups": an indefinite description followed by a
// name is that name.
void Chunker::Scan::join_named_descriptions() {
  for (std::size_t k = 0; k + 2 < items.size(); ++k) {
    Item& a = items[k];
    Item& b = items[k + 2];
    bool indefinite = (a.type == "NP" || a.type == "ORG" || a.type == "PROG") && !a.proper && a.candidates.empty() &&
                      is(g.indefinite_articles, a.first);
    bool named = (b.type == "ORG" || b.type == "PROG") && (b.proper || !b.candidates.empty());
    if (indefinite && named && comma(items[k + 1]) && (k + 3 >= items.size() || !items[k + 3].verb)) {
      b.first = a.first;
      items.erase(items.begin() + static_cast<long>(k), items.begin() + static_cast<long>(k) + 2);
    }
  }
}

// "Cyber Korea 21, a plan to build …", "EcoCell Materials, a Pohang battery start-up": a name
// followed by an indefinite description of a kind is of that kind (the items stay apart).
void Chunker::Scan::type_named_by_apposition() {
  for (std::size_t k = 0; k + 2 < items.size(); ++k) {
    Item& a = items[k];
    if (a.type != "NP" || !a.proper || !a.candidates.empty()) continue;
    // (A time adjunct may come between: "Cyber Korea 21 in 1999, a plan to …".)
    std::size_t m = k + 1;
    if (m + 1 < items.size() && items[m].type.empty() && word_is(g.time_prepositions, items[m].head) &&
        (items[m + 1].type == "YEAR" || items[m + 1].type == "DATE"))
      m += 2;
    // (Or after a form of "be": "KRIT is an affiliated agency of DAPA", "NIER, which is an agency …".)
    auto copula = [&](std::size_t at) {
      return at < items.size() && std::find(items[at].tags.begin(), items[at].tags.end(), "BE") != items[at].tags.end();
    };
    std::size_t d = 0;
    if (m + 1 < items.size() && comma(items[m]))
      d = m + 2 < items.size() && word_is(g.relatives, items[m + 1].head) && copula(m + 2) ? m + 3 : m + 1;
    else if (copula(m))
      d = m + 1;
    if (d == 0 || d >= items.size()) continue;
    const Item& b = items[d];
    if (!is(g.indefinite_articles, b.first) || b.proper || !b.candidates.empty()) continue;
    const std::string head = g.singular(b.head);
    bool body = b.type == "ORG" || (b.type == "NP" && word_is(g.organisation_heads, head));
    bool kind = (b.type == "PROG" && word_is(g.generic_programme_heads, head)) || body || b.type == "EVENT";
    if (!kind) continue;
    a.head = b.head;
    c.retype(a, body ? "ORG" : b.type);
  }
}

// "KMI president Choi Jin-ho", "KTPA chairman Seo Jung-ho": an acronym and a role word before a
// person are the body the person holds that role in.
void Chunker::Scan::split_acronym_roles() {
  // A body the pack names, a role word, a person: the role joins the person.
  for (std::size_t k = 0; k + 2 < items.size(); ++k) {
    const Item& body = items[k];
    Item& role = items[k + 1];
    Item& person = items[k + 2];
    if (body.type != "ORG" || role.type != "NP" || role.last != role.first + 1 || person.type != "PERSON" || !person.role.empty() ||
        !g.is(g.person_roles, tokens[role.first].norm))
      continue;
    person.role = span_label(tokens, role.first, role.last, text);
    person.first = role.first;
    items.erase(items.begin() + static_cast<long>(k) + 1);
  }
  for (std::size_t k = 0; k + 1 < items.size(); ++k) {
    Item& a = items[k];
    Item& person = items[k + 1];
    if (a.type != "NP" || a.last != a.first + 2 || person.type != "PERSON" || !person.role.empty()) continue;
    if (!tokens[a.first].all_caps || !g.is(g.person_roles, tokens[a.first + 1].norm)) continue;
    person.role = span_label(tokens, a.first + 1, a.last, text);
    person.first = a.first + 1;
    a.last = a.first + 1;
    a.label = span_label(tokens, a.first, a.last, text);
    a.head = tokens[a.first].norm;
    a.proper = true;
    c.retype(a, "ORG");
  }
}

// "former Research Fellow", "acting Director": a modifier alone before a job title belongs to it.
void Chunker::Scan::join_title_modifiers() {
  for (std::size_t k = 0; k + 1 < items.size(); ++k) {
    Item& a = items[k];
    const Item& b = items[k + 1];
    if (a.type != "NP" || a.proper || b.type != "NP" || !title_or_role(tokens[b.first].norm)) continue;
    bool modifiers_only = true;
    for (std::size_t t = a.first; t < a.last; ++t)
      modifiers_only = modifiers_only && (is(g.drop_modifiers, t) || is(g.definite_modifiers, t));
    if (!modifiers_only) continue;
    Item merged = b;
    merged.first = a.first;
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(k));
    items[k] = std::move(merged);
  }
}

// Lists: "A, B, and C" / "A and B" of the same kind of thing.
std::vector<Item> Chunker::Scan::lists() {
  auto conjunction = [&](const Item& item) { return item.type.empty() && word_is(g.list_conjunctions, item.head); };
  std::vector<Item> out;
  for (std::size_t k = 0; k < items.size();) {
    if (!entity_like(items[k]) || items[k].definite) {
      out.push_back(std::move(items[k]));
      ++k;
      continue;
    }
    std::vector<std::size_t> members{k};
    std::size_t m = k + 1;
    bool commas = false, closed = false;
    while (m + 1 < items.size()) {
      bool at_comma = comma(items[m]);
      bool at_conjunction = conjunction(items[m]);
      if (at_comma && m + 2 < items.size() && conjunction(items[m + 1]) && entity_like(items[m + 2]) &&
          compatible(items[k], items[m + 2])) {
        members.push_back(m + 2);
        m += 3;
        closed = true;
        break;
      }
      if ((at_comma || at_conjunction) && entity_like(items[m + 1]) && compatible(items[k], items[m + 1]) && !items[m + 1].definite) {
        members.push_back(m + 1);
        m += 2;
        if (at_comma) commas = true;
        // "A, B and C" where "B and C" is already one name list: the list closes with it.
        if (at_conjunction || (at_comma && !items[m - 1].members.empty())) {
          closed = true;
          break;
        }
        continue;
      }
      break;
    }
    bool preceded_by_pair = !out.empty() && out.back().type.empty() && word_is(g.pair_prepositions, out.back().head);
    // ("weak links between the zones and local universities": "between" inside the first member.)
    for (std::size_t t = items[k].first; t < items[k].last && !preceded_by_pair; ++t)
      preceded_by_pair = is(g.pair_prepositions, t);
    // "…, and the Regional Innovation Councils were replaced": the last "member" is a new subject.
    if (members.size() >= 2 && m < items.size() && items[m].verb && conjunction(items[members.back() - 1]) && members.back() >= 2 &&
        comma(items[members.back() - 2])) {
      members.pop_back();
      m -= 3;
      closed = false;
    }
    // "In the presentation, the progress and …": a fronted adjunct, not the first of a list.
    // "on two pillars, the Digital New Deal and …": a description, then the names it stands for.
    bool described = !items[k].proper && items[k].candidates.empty() && members.size() >= 2 &&
                     (items[members[1]].proper || !items[members[1]].candidates.empty());
    bool fronted_adjunct = !out.empty() && (out.size() <= 2 || described) && out.back().type.empty() &&
                           word_is(g.prepositions, out.back().head) && members.size() >= 2 && comma(items[k + 1]);
    if (fronted_adjunct) {
      out.push_back(std::move(items[k]));
      ++k;
      continue;
    }
    // "the training of chip and other high-tech talent": "and other" extends the last noun.
    bool continued = false;
    for (std::size_t member : members)
      continued = continued || (member > k && word_is(g.and_continuers, tokens[items[member].first].norm));
    bool valid = members.size() >= 2 && closed && !preceded_by_pair && !continued;
    if (valid && !commas) valid = substantial(items[members[0]]) && substantial(items[members[1]]);
    if (!valid) {
      out.push_back(std::move(items[k]));
      ++k;
      continue;
    }
    bool organisations = std::any_of(members.begin(), members.end(), [&](std::size_t m) { return items[m].type == "ORG"; });
    if (organisations)
      for (std::size_t member : members)
        if (bare_acronym(items[member])) c.retype(items[member], "ORG");
    Item list;
    list.first = items[members.front()].first;
    list.last = items[members.back()].last;
    list.type = items[members.back()].type;
    for (std::size_t member : members)
      if (items[member].type == "PROG") list.type = "PROG";
    list.head = items[members.back()].head;
    list.label = items[members.front()].label;
    list.plural = true;
    for (std::size_t member : members) {
      if (items[member].members.empty()) list.members.push_back(items[member]);
      else list.members.insert(list.members.end(), items[member].members.begin(), items[member].members.end());
    }
    c.finish(list);
    out.push_back(std::move(list));
    k = m;
  }
  return out;
}

}  // namespace policygraph::ingest
