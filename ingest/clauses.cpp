// Clauses: a sentence's items cut at coordinating words and semicolons; a continuation that shares
// the subject ("was started as A, and then expanded to B") borrows it and its auxiliaries.
#include "ingest/document_run.hpp"

namespace policygraph::ingest::extraction {

std::vector<DocumentRun::View> DocumentRun::clause_views() const {
  std::vector<View> views;
  const std::size_t n = items_.size();
  std::size_t clause_start = 0;      // start of the current clause in items_
  std::size_t subject_start = 0;     // start of the clause whose subject continuations share
  std::vector<std::size_t> prefix;   // subject (and auxiliaries) a continuation borrows
  bool continuation = false;
  auto first_verb = [&](std::size_t from, std::size_t to) -> std::size_t {
    for (std::size_t k = from; k < to; ++k)
      if (items_[k].verb) return k;
    return to;
  };
  auto subject_prefix = [&](std::size_t from, std::size_t to) {
    std::vector<std::size_t> out;
    std::size_t verb = first_verb(from, to);
    for (std::size_t k = from; k < verb; ++k) out.push_back(k);
    // Auxiliaries carry the voice: "was started …, and then expanded" is passive in both halves.
    for (std::size_t k = verb; k < to; ++k) {
      bool aux = has_tag(items_[k], "BE") || has_tag(items_[k], "HAVE") || has_tag(items_[k], "ADV");
      if (!aux || k + 1 >= to || !(items_[k + 1].verb || has_tag(items_[k + 1], "ADV"))) break;
      out.push_back(k);
    }
    return out;
  };
  auto close = [&](std::size_t end) {
    View view;
    if (continuation) view.items = prefix;
    for (std::size_t k = clause_start; k < end; ++k) view.items.push_back(k);
    if (!view.items.empty()) views.push_back(std::move(view));
  };
  for (std::size_t p = 0; p < n; ++p) {
    const Item& item = items_[p];
    bool semicolon = is_mark(item, ";");
    bool joint = is_mark(item, ",") || word_in(item, grammar_.clause_conjunctions);
    if (!semicolon && !joint) continue;
    std::size_t q = p + 1;
    if (is_mark(item, ",") && q < n &&
        word_in(items_[q], grammar_.clause_conjunctions))
      ++q;
    std::size_t after = q;
    while (after < n && has_tag(items_[after], "ADV") && items_[after].type.empty()) ++after;
    bool left_has_verb = first_verb(clause_start, p) < p;
    if (semicolon) {
      close(p);
      clause_start = subject_start = p + 1;
      continuation = false;
      continue;
    }
    if (!left_has_verb || after >= n) continue;
    bool shares_subject = items_[after].verb && !has_tag(items_[after], "NEED");
    bool own_subject = false;
    // "…, and in 2013 the Park Geun-hye government combined …": a time adjunct may open a
    // coordinated clause whose subject is another agent; the year belongs to that agent's clause,
    // not the first. (Not for other subjects: "Under ADMIN, X was moved in 2017, and in 2018 the
    // centres were reorganised" reads the opening adjunct across both halves.)
    std::size_t subject_at = after;
    if (!shares_subject && subject_at + 3 < n && has_tag(items_[subject_at], "PREP_TIME") && items_[subject_at + 1].date) {
      std::size_t agent = subject_at + 2;
      if (is_mark(items_[agent], ",")) ++agent;
      if (agent < n && (items_[agent].type == "ADMIN" || items_[agent].type == "ORG")) subject_at = agent;
    }
    if (!shares_subject && subject_at < n && entity_like(items_[subject_at])) {
      std::size_t next = subject_at + 1;
      while (next < n && has_tag(items_[next], "ADV")) ++next;
      own_subject = next < n && items_[next].verb;
    }
    if (!shares_subject && !own_subject) continue;
    // "Initiated by X in 2002, the Y project …": a sentence that opens with a participle phrase
    // has no clause of its own before the comma; the phrase belongs to the clause after it.
    if (clause_start == 0 && own_subject && is_mark(item, ",")) {
      std::size_t opening = 0;
      while (opening < p && has_tag(items_[opening], "ADV") && items_[opening].type.empty()) ++opening;
      if (opening < p && items_[opening].verb && !has_tag(items_[opening], "BE") && !has_tag(items_[opening], "HAVE")) continue;
    }
    if (is_mark(item, ",") && q == p + 1 && shares_subject) continue;  // "X, launched in 2004, …" is a relative
    close(p);
    if (shares_subject) {
      if (!continuation) prefix = subject_prefix(subject_start, p);
      // "… the Park Geun-hye government, which took office in 2013 and emphasised X": a verb
      // coordinated inside a relative clause shares the relative's antecedent, not the main subject.
      std::size_t main_verb = first_verb(subject_start, p);
      for (std::size_t r = p; r-- > main_verb + 1;) {
        if (!items_[r].type.empty() || !word_in(items_[r], grammar_.relative_pronouns)) continue;
        if (first_verb(r + 1, p) >= p) break;
        // "found that the programme created jobs and raised incomes": after "that" and a subject
        // of its own, the coordinated verb shares that subject.
        if (r + 2 < p && entity_like(items_[r + 1]) && items_[r + 2].verb) {
          prefix = {r + 1};
          break;
        }
        std::size_t antecedent = r - 1;
        if (is_mark(items_[antecedent], ",") && antecedent > 0) --antecedent;
        if (entity_like(items_[antecedent]) && items_[antecedent].type != "PRON") prefix = {antecedent};
        break;
      }
      // A continuation that brings its own auxiliary keeps only the subject; so does one whose
      // verb is finite ("X is managed by Y and consists of …"), not a participle.
      std::string verb_word = items_[after].head.substr(0, items_[after].head.find(' '));
      bool participle = grammar_.participle_endings.of(verb_word);
      if (has_tag(items_[after], "BE") || has_tag(items_[after], "HAVE") ||
          (grammar_.plural_endings.of(verb_word) && !grammar_.singular_endings.of(verb_word) && !participle)) {
        std::size_t verb = first_verb(subject_start, p);
        prefix.clear();
        for (std::size_t k = subject_start; k < verb; ++k) prefix.push_back(k);
      }
      continuation = true;
    } else {
      continuation = false;
      subject_start = q;
    }
    clause_start = q;
  }
  close(n);
  // "the Ocean Data Plan (prepared in 2019) was expanded …": a parenthesis that opens with a verb
  // is an aside; the clause reads on without it.
  std::vector<char> aside(n, 0);
  std::vector<View> asides;
  for (std::size_t p = 0; p + 2 < n; ++p) {
    if (!is_mark(items_[p], "(") || !items_[p + 1].verb || !items_[p + 1].type.empty()) continue;
    std::size_t close_at = p + 2;
    while (close_at < n && !is_mark(items_[close_at], ")") && close_at < p + 12) ++close_at;
    if (close_at >= n || !is_mark(items_[close_at], ")")) continue;
    for (std::size_t k = p; k <= close_at; ++k) aside[k] = 1;
    // The aside says something of the name before it ("the Act (enacted in 2004)"): a view of its own.
    if (p > 0 && entity_like(items_[p - 1])) {
      View own;
      for (std::size_t k = p - 1; k <= close_at; ++k) own.items.push_back(k);
      asides.push_back(std::move(own));
    }
  }
  // 'the "Venture Business Activation Plan" was announced': quotation marks around one name are
  // no part of the clause's structure.
  for (std::size_t p = 0; p + 2 < n; ++p)
    if (is_mark(items_[p], "\"") && entity_like(items_[p + 1]) && is_mark(items_[p + 2], "\"")) aside[p] = aside[p + 2] = 1;
  for (View& view : views) std::erase_if(view.items, [&](std::size_t index) { return aside[index] != 0; });
  std::erase_if(views, [](const View& view) { return view.items.empty(); });
  for (View& view : asides) views.push_back(std::move(view));
  return views;
}

}  // namespace policygraph::ingest::extraction
