// Phrases of a REST or CLAUSE slot: a list split at its commas and final "and", trimmed of
// introducers, determiners, modals, trailing relative clauses and time adjuncts.
#include "ingest/document_run.hpp"

namespace policygraph::ingest::extraction {

// Phrases of a REST or CLAUSE slot: split at commas and the final "and" of a list, trimmed of
// introducers, determiners and trailing relative clauses.
std::vector<std::string> DocumentRun::phrases(std::size_t first_token, std::size_t last_token, bool whole_clause) const {
  std::vector<std::pair<std::size_t, std::size_t>> parts;
  const auto& t = tokens_;
  auto gerund = [&](std::size_t k) {
    return k < last_token && t[k].norm.size() > 4 && grammar_.gerund_endings.of(t[k].norm);
  };
  if (whole_clause) {
    // Coordinated proposals: "that X should …, and that Y is needed"; "attracting A and building B".
    std::size_t start = first_token;
    for (std::size_t k = first_token + 1; k + 1 < last_token; ++k)
      if ((t[k].norm == "," && token_in(k + 1, grammar_.complementizers)) ||
          (token_in(k, grammar_.list_conjunctions) && token_in(k, grammar_.clause_conjunctions) &&
           (token_in(k + 1, grammar_.complementizers) || (gerund(start) && gerund(k + 1)) ||
            // "to give technoparks block grants and to build a dashboard"
            (token_in(k + 1, grammar_.infinitive_markers) && k + 2 < last_token && chunker_.morphology() &&
             chunker_.morphology()->can_be(t[k + 2].norm, verb)) ||
            (first_token > 0 && t[k + 1].norm == t[first_token - 1].norm &&
             (token_in(k + 1, grammar_.extending_prepositions) || token_in(k + 1, grammar_.prepositions)))))) {
        parts.emplace_back(start, k);
        // "called for A and for B": the repeated preposition belongs to the cue, not to B.
        start = t[k + 1].norm == t[first_token - 1].norm && !token_in(k + 1, grammar_.complementizers) ? k + 2 : k + 1;
      }
    parts.emplace_back(start, last_token);
    // "recommends (a) A, (b) B and (c) C": enumerated proposals.
    auto marker = [&](std::size_t k) {
      return k + 2 < last_token && t[k].norm == "(" && t[k + 2].norm == ")" && t[k + 1].word && t[k + 1].norm.size() <= 3 &&
             (t[k + 1].number || token_in(k + 1, grammar_.enumeration_markers));
    };
    std::vector<std::pair<std::size_t, std::size_t>> enumerated;
    for (auto [a, b] : parts) {
      std::size_t from = a;
      for (std::size_t k = a; k < b; ++k)
        if (marker(k)) {
          if (k > from) enumerated.emplace_back(from, k);
          from = k + 3;
          k += 2;
        }
      enumerated.emplace_back(from, b);
    }
    if (enumerated.size() > parts.size()) {
      parts.clear();
      for (auto [a, b] : enumerated) {
        while (b > a && (!t[b - 1].word || token_in(b - 1, grammar_.list_conjunctions))) --b;
        if (b > a) parts.emplace_back(a, b);
      }
    }
  } else {
    bool oxford = false;
    int depth = 0;
    for (std::size_t k = first_token; k + 1 < last_token; ++k) {
      if (t[k].norm == "(") ++depth;
      if (t[k].norm == ")") --depth;
      if (depth == 0 && t[k].norm == "," && token_in(k + 1, grammar_.list_conjunctions)) oxford = true;
    }
    // ", including …", ", especially …" elaborate the phrase before them; they are not items.
    for (std::size_t k = first_token; k + 1 < last_token; ++k)
      if (t[k].norm == "," && token_in(k + 1, grammar_.elaborations)) {
        last_token = k;
        break;
      }
    // "technologies such as semiconductors and quantum computing" is one phrase: what follows
    // "such as" illustrates it.
    std::size_t split_end = last_token;
    for (std::size_t k = first_token + 1; k + 1 < last_token; ++k)
      if (grammar_.match(grammar_.illustrations, t, k) > 1) {
        split_end = k;
        break;
      }
    // Commas make a list only when a conjunction follows the last of them ("A, B and C"); in
    // "a shift towards a low-carbon, digital economy" the comma joins two adjectives.
    std::size_t last_comma = 0, final_conjunction = 0;
    depth = 0;
    for (std::size_t k = first_token; k < split_end; ++k) {
      if (t[k].norm == "(") ++depth;
      if (t[k].norm == ")") --depth;
      if (depth != 0) continue;
      if (t[k].norm == ",") last_comma = k;
      if (token_in(k, grammar_.list_conjunctions) || t[k].norm == ";") final_conjunction = k;
    }
    bool comma_list = last_comma == 0 || final_conjunction > last_comma;
    bool commas = false;
    std::size_t start = first_token;
    std::size_t last_and = 0;
    depth = 0;
    for (std::size_t k = first_token; k < split_end; ++k) {
      if (t[k].norm == "(") ++depth;
      if (t[k].norm == ")") --depth;
      if (depth != 0) continue;
      // "a permanent, non-partisan body": a comma after a lone adjective joins it to the next.
      auto adjective_only = [&](std::size_t from, std::size_t to) {
        while (from < to && token_in(from, grammar_.determiners)) ++from;
        if (to != from + 1) return false;
        const std::string& w = t[from].norm;
        return w.size() >= 6 && !grammar_.noun_endings.of(w) && grammar_.adjective_endings.of(w);
      };
      if (t[k].norm == "," && comma_list && adjective_only(start, k)) continue;
      if ((t[k].norm == "," && comma_list) || t[k].norm == ";") {
        parts.emplace_back(start, k);
        start = k + 1;
        commas = true;
      } else if (token_in(k, grammar_.list_conjunctions) && !oxford) {
        last_and = k;
      }
    }
    // "A, B and C": the last "and" of a comma list separates items; "A and B" only when "B"
    // starts a noun phrase of its own ("and the growth of …") or repeats the preposition that
    // began "A" ("from X and from Y").
    if (last_and > start && last_and + 1 < last_token) {
      const std::string& next = t[last_and + 1].norm;
      bool repeated = (next == t[start].norm || (start > 0 && next == t[start - 1].norm) || grammar_.is(grammar_.repeated_prepositions, next)) &&
                      grammar_.is(grammar_.prepositions, next);
      bool np_start = grammar_.is(grammar_.phrase_openers, next) || repeated;
      // "semiconductor and other high-tech talent": "and other" continues one phrase.
      bool and_other = grammar_.is(grammar_.and_continuers, next);
      // "fragmentation into many projects and weak evaluation": two substantial noun phrases;
      // but not "small and medium", "science and technology".
      std::string pair = t[last_and - 1].norm + " and " + next;
      bool fixed_pair = grammar_.is(grammar_.no_split_pairs, pair) ||
                        (last_and + 2 < last_token && grammar_.is(grammar_.no_split_pairs, pair + " " + t[last_and + 2].norm));
      bool substantial = last_and - start >= 3 && last_token - last_and >= 3 && !fixed_pair &&
                         !token_in(last_and - 1, grammar_.prepositions) && t[last_and - 1].word;
      np_start = (np_start || substantial) && !fixed_pair && !and_other;
      if (and_other) commas = false;
      // "a dispute between the government and Daejeon": "between … and" joins, it does not list.
      for (std::size_t k = start; k < last_and; ++k)
        if (token_in(k, grammar_.pair_words)) np_start = commas = false;
      if ((commas || np_start) && !chunker_.is_verb_word(next) && !grammar_.gerund_endings.of(next)) {
        parts.emplace_back(start, last_and);
        start = last_and + 1;
      }
    }
    parts.emplace_back(start, last_token);
  }
  std::vector<std::string> out;
  
  for (auto [a, b] : parts) {
    // "…, because the targets are not binding": a reason after the list is no item of it.
    if (a < b && a > first_token && (token_in(a, grammar_.subordinators) || token_in(a, grammar_.comma_subordinators))) continue;
    // "called on the government to double the budget": the proposal is what follows "to".
    if (whole_clause && a + 2 < b && token_in(a, grammar_.determiners))
      for (std::size_t k = a + 1; k + 1 < b && k < a + 6; ++k) {
        if (!t[k].word || chunker_.closed_class(t[k].norm) || chunker_.is_verb_word(t[k].norm)) {
          if (token_in(k, grammar_.infinitive_markers) && k > a + 1 && t[k + 1].word && chunker_.morphology() &&
              chunker_.morphology()->can_be(t[k + 1].norm, verb))
            a = k + 1;
          break;
        }
      }
    // Leading subject and modal of a proposal: "we need to build …" → "build …".
    if (whole_clause) {
      for (std::size_t k = a; k < b && k < a + 6; ++k) {
        const std::string& n = t[k].norm;
        bool modal = grammar_.is(grammar_.proposal_modals, n);
        if ((grammar_.is(grammar_.infinitive_markers, n) && k > a && token_in(k - 1, grammar_.obligation_verbs)) || modal) {
          // "An independent review of X should be carried out before …": the subject is part of
          // the proposal, which stays whole.
          // (Not "technoparks should be given more autonomy": an object after the participle.)
          auto ends_passive = [&, b = b](std::size_t at) {
            return at >= b || !t[at].word || token_in(at, grammar_.prepositions) || token_in(at, grammar_.verb_particles);
          };
          // ("… should be set up": a verb and its particle are a participle too.)
          bool phrasal = k + 3 < b && chunker_.morphology() && chunker_.morphology()->can_be(t[k + 2].norm, verb) &&
                         token_in(k + 3, grammar_.verb_particles) && ends_passive(k + 4);
          bool passive = modal && k > a && k + 2 < b && token_in(k + 1, grammar_.passive_auxiliaries) &&
                         ((grammar_.passive_endings.of(t[k + 2].norm) && ends_passive(k + 3)) || phrasal);
          if (!passive) a = k + 1;
          break;
        }
      }
      // "The programme failed to attract investors": the failure is the problem, not "attract …".
      if (a == first_token && a >= 2 && token_in(a - 1, grammar_.infinitive_markers) && token_in(a - 2, grammar_.failure_verbs))
        a -= 2;
      // "There should have been …": a regret about the past, not a proposal.
      if (b - a >= 1 && token_in(a, grammar_.perfect_auxiliaries) &&
          (a + 1 >= b || token_in(a + 1, grammar_.past_participles_of_be) || token_in(a, grammar_.past_participles_of_be)))
        continue;
      // "… said the civil space budget should be doubled by 2030": the slot starts after the modal;
      // a passive proposal takes its subject from before it.
      bool passive_after = a + 2 >= b || !t[a + 2].word || token_in(a + 2, grammar_.prepositions);
      // ("should be set up", "be carried out": a verb and its particle are a participle too.)
      bool phrasal = a + 2 < b && chunker_.morphology() && chunker_.morphology()->can_be(t[a + 1].norm, verb) &&
                     token_in(a + 2, grammar_.verb_particles) &&
                     (a + 3 >= b || !t[a + 3].word || token_in(a + 3, grammar_.prepositions));
      if (a == first_token && a + 1 < b && token_in(a, grammar_.passive_auxiliaries) &&
          ((grammar_.passive_endings.of(t[a + 1].norm) && passive_after) || phrasal) && a >= 2 &&
          token_in(a - 1, grammar_.proposal_modals)) {
        std::size_t from = a - 1;
        while (from > 0 && t[from - 1].word && !chunker_.is_verb_word(t[from - 1].norm) && !token_in(from - 1, grammar_.complementizers) &&
               !token_in(from - 1, grammar_.conjunctions) && a - from < 10)
          --from;
        if (from < a - 1) a = from;
      }
    }
    // A leading verb of a result ("helped create more jobs") or a repeated preposition goes.
    if (!whole_clause && b - a > 2 && (token_in(a, grammar_.prepositions) ||
                                      (chunker_.is_verb_word(t[a].norm) && !token_in(a, grammar_.nounable))))
      ++a;
    if (whole_clause && b - a > 2 && token_in(a, grammar_.finite_auxiliaries))
      ++a;
    // "no budget for follow-up": a negative determiner is what the phrase says is lacking; it stays.
    while (a < b && (!t[a].word || token_in(a, grammar_.phrase_lead_words) ||
                     (token_in(a, grammar_.determiners) && !token_in(a, grammar_.negative_determiners)) ||
                     token_in(a, grammar_.drop_modifiers) || (grammar_.possessive_endings.of(t[a].norm) && !t[a].capitalised)))
      ++a;
    for (std::size_t k = a + 1; k < b; ++k) {
      const std::string& n = t[k].norm;
      // (A short head keeps its relative clause: "an evaluation system that still counts papers"
      // says the problem; "evaluation system" alone does not.)
      bool relative = grammar_.is(grammar_.relative_pronouns, n) && k > a + 1 && (whole_clause || k - a > 3);
      bool purpose = grammar_.match(grammar_.purpose_phrases, t, k) > 1 && k + 1 < b;
      // A time adjunct ends the phrase: "inclusive growth in 2019", "the zones since March 2003".
      auto year_like = [&, b = b](std::size_t at) {
        return at < b && ((t[at].number && t[at].norm.size() == 4) || pack_.lexicon.months.count(t[at].norm) > 0);
      };
      bool time = grammar_.is(grammar_.time_prepositions, n) &&
                  (year_like(k + 1) || (k + 2 < b && token_in(k + 1, grammar_.period_modifiers) &&
                                         year_like(k + 2)));
      // A subordinate clause ends it too: "a low share of foreign firms, since most investors are …".
      bool subordinate = k > a + 1 && ((grammar_.is(grammar_.subordinators, n) && !year_like(k + 1)) ||
                                       (grammar_.is(grammar_.comma_subordinators, n) && t[k - 1].norm == ","));
      // A closing quotation mark ends it: "… bio-health as one of three engines," Seo said.
      bool quote = n == "\"";
      if (relative || purpose || time || subordinate || quote) {
        b = k;
        break;
      }
    }
    while (b > a && !t[b - 1].word) --b;
    // "… is needed", "… are required": the proposal is what comes before.
    if (whole_clause && b - a > 3) {
      const std::string& last = t[b - 1].norm;
      if (grammar_.is(grammar_.need_adjectives, last) && token_in(b - 2, grammar_.copulas))
        b -= 2;
    }
    if (b <= a) continue;
    // The phrase as written, without its parentheses: "job creation (1.9 million jobs by 2025)".
    std::string phrase;
    int parentheses = 0;
    std::size_t piece = a;
    for (std::size_t k = a; k <= b; ++k) {
      bool open = k < b && t[k].norm == "(";
      if (k == b || (open && parentheses == 0)) {
        if (k > piece && parentheses == 0) {
          if (!phrase.empty()) phrase += ' ';
          phrase += std::string_view(text_).substr(t[piece].begin, t[k - 1].end - t[piece].begin);
        }
      }
      if (k == b) break;
      if (open) ++parentheses;
      if (t[k].norm == ")" && parentheses > 0 && --parentheses == 0) piece = k + 1;
    }
    if (phrase.empty()) phrase = std::string_view(text_).substr(t[a].begin, t[b - 1].end - t[a].begin);
    phrase = display_text(phrase);
    // A phrase of closed-class words only ("not", "it", "to them") says nothing, nor does a bare
    // cue noun ("weaknesses", "the results"): what they are comes after.
    std::size_t letters = 0;
    bool content = false;
    for (std::size_t k = a; k < b; ++k) {
      letters += t[k].word ? 1 : 0;
      content = content || (t[k].word && !chunker_.closed_class(t[k].norm) && !chunker_.in_class(t[k].norm, "PROBLEM_NOUN") &&
                            !chunker_.in_class(t[k].norm, "OUTCOME_NOUN") && !chunker_.in_class(t[k].norm, "RECOMMEND_NOUN"));
    }
    if (letters == 0 || !content) continue;
    out.push_back(phrase);
  }
  return out;
}

}  // namespace policygraph::ingest::extraction
