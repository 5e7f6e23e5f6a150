// The word classes and question forms of `ask`, as data: adding a form is adding a line here (its
// example becomes a test: every example must be read by its own form).
#include "graph/ask_forms.hpp"

namespace policygraph::ask_detail {

// Word classes. Entries may be several words ("set up", "pointed out"); verbs in every form a
// question uses them in, since questions are matched word for word.
const std::map<std::string, std::vector<std::string>, std::less<>>& lexicon() {
  static const std::map<std::string, std::vector<std::string>, std::less<>> classes{
      {"INTRODUCE",
       {"introduce", "introduced", "introduces", "launch", "launched", "launches", "start", "started", "starts", "create",
        "created", "creates", "set up", "sets up", "begin", "began", "begun", "begins", "initiate", "initiated", "initiates",
        "establish", "established", "establishes", "found", "founded", "adopt", "adopted", "put forward", "inaugurate",
        "inaugurated", "unveil", "unveiled", "roll out", "rolled out", "bring in", "brought in", "announce", "announced",
        "announces", "enact", "enacted", "enacts", "implement", "implemented", "implements", "open", "opened", "opens",
        "designate", "designated", "designates", "kick off", "kicked off", "pass", "passed", "legislate", "legislated",
        "come up with", "came up with", "devise", "devised", "design", "designed"}},
      {"ADMINISTRATION",
       {"administration", "administrations", "government", "governments", "regime", "regimes", "president", "presidents",
        "presidency"}},
      {"PROGRAMME",
       {"programme", "programmes", "program", "programs", "policy", "policies", "project", "projects", "plan", "plans",
        "initiative", "initiatives", "scheme", "schemes", "law", "laws", "strategy", "strategies", "measure", "measures",
        "act", "acts", "fund", "funds", "zone", "zones", "centre", "centres", "center", "centers"}},
      {"BE", {"is", "are", "was", "were", "has been", "have been", "had been"}},
      {"DO", {"do", "does", "did"}},
      {"BECOME",
       {"become", "became", "becomes", "turn into", "turned into", "turns into", "evolve into", "evolved into", "evolves into",
        "change into", "changed into", "change to", "changed to", "develop into", "developed into", "grow into", "grew into"}},
      {"CHANGED",
       {"converted", "expanded", "changed", "turned", "transformed", "renamed", "developed", "reorganised", "reorganized",
        "merged", "evolved", "extended", "combined", "restructured", "replaced", "succeeded", "superseded", "folded",
        "absorbed", "integrated", "upgraded", "rebranded"}},
      {"ENDED",
       {"replaced", "abolished", "scrapped", "discontinued", "ended", "dropped", "terminated", "cancelled", "canceled",
        "renamed", "changed", "merged", "converted", "reorganised", "reorganized", "restructured", "continued", "kept",
        "maintained", "retained", "expanded", "followed", "succeeded", "superseded", "extended"}},
      {"FOLLOW", {"replaced", "followed", "succeeded", "superseded", "came after", "comes after", "come after", "took over from",
                  "replace", "replaces", "follow", "follows", "succeed", "succeeds", "supersede", "supersedes", "came next after"}},
      {"PRECEDE", {"preceded", "precedes", "came before", "comes before", "come before", "went before", "existed before"}},
      {"REPLACE", {"replace", "succeed", "follow", "supersede", "continue", "keep", "maintain", "retain", "abolish", "scrap",
                   "end", "drop", "rename", "expand", "convert", "reorganise", "reorganize", "merge", "change"}},
      {"EVOLVE", {"evolve", "evolved", "change", "changed", "develop", "developed"}},
      {"PROBLEM",
       {"problem", "problems", "issue", "issues", "weakness", "weaknesses", "criticism", "criticisms", "limitation",
        "limitations", "shortcoming", "shortcomings", "concern", "concerns", "flaw", "flaws", "difficulty", "difficulties",
        "challenge", "challenges", "obstacle", "obstacles", "drawback", "drawbacks", "failure", "failures"}},
      {"RAISED",
       {"raised", "pointed out", "identified", "found", "noted", "mentioned", "reported", "discussed", "cited", "highlighted",
        "brought up", "made", "observed", "seen", "named", "listed"}},
      {"ABOUT", {"about", "with", "for", "of", "in", "regarding", "concerning", "on", "facing", "at"}},
      {"HAVE", {"have", "has", "had", "face", "faced", "suffer", "suffered", "encounter", "encountered", "run into", "ran into",
                "experience", "experienced"}},
      {"SUFFER", {"suffer", "struggle", "struggled", "suffered", "fail", "failed"}},
      {"OUTCOME",
       {"outcome", "outcomes", "result", "results", "achievement", "achievements", "effect", "effects", "impact", "impacts",
        "accomplishment", "accomplishments"}},
      {"ACHIEVED", {"achieved", "produced", "delivered", "obtained", "seen", "reported", "made", "brought about"}},
      {"OUTCOME_OF", {"of", "from", "for", "by", "under", "with", "in"}},
      {"ACHIEVE",
       {"achieve", "accomplish", "result in", "lead to", "produce", "deliver", "bring about", "yield"}},
      {"HAVE_OUTCOME", {"have", "has", "had", "achieve", "produce", "bring", "deliver", "yield"}},
      {"RECOMMENDATION", {"recommendation", "recommendations", "suggestion", "suggestions", "proposal", "proposals",
                          "improvement", "improvements"}},
      {"RECOMMENDED", {"recommended", "suggested", "proposed", "advised", "made", "given", "offered", "put forward", "called for"}},
      {"RECOMMEND", {"recommend", "suggest", "propose", "advise", "call for", "urge"}},
      {"RECOMMENDATION_ABOUT", {"about", "for", "on", "regarding", "concerning", "of", "at", "by", "in", "during"}},
      {"PEOPLE", {"participants", "speakers", "experts", "panelists", "panellists", "attendees", "presenters", "they",
                  "researchers", "people", "discussants", "scholars"}},
      {"EMPHASISE",
       {"emphasise", "emphasize", "focus on", "prioritise", "prioritize", "stress", "concentrate on", "highlight", "aim at",
        "aim for", "pursue", "put the emphasis on", "put emphasis on"}},
      {"GOAL", {"focus", "focuses", "priority", "priorities", "goal", "goals", "aim", "aims", "emphasis", "agenda", "objective",
                "objectives"}},
      {"RELATED", {"related", "connected", "linked", "tied"}},
      {"BEFORE", {"before", "originally", "previously", "formerly", "at first"}},
      {"FIND", {"find", "search", "search for", "look up", "look for"}},
      {"SPOKE",
       {"spoke", "speak", "presented", "present", "talked", "talk", "lectured", "gave talks", "gave a talk", "gave a presentation",
        "gave presentations", "made presentations", "made a presentation", "gave the keynote", "delivered the keynote",
        "gave speeches", "gave a speech", "took the floor"}},
      {"SPEAKER", {"speaker", "speakers", "presenter", "presenters", "panelist", "panelists", "panellist", "panellists",
                   "keynote speaker", "keynote speakers", "participants", "discussants"}},
      {"HOSTED", {"hosted", "organised", "organized", "held", "ran", "convened", "sponsored", "host", "organise", "organize", "hold"}},
      {"ORGANISATION", {"organisation", "organisations", "organization", "organizations", "institute", "institutes", "body",
                        "bodies", "agency", "agencies", "ministry", "ministries", "institution", "institutions", "unit", "group"}},
      {"LEADS", {"manages", "manage", "managed", "runs", "run", "ran", "leads", "lead", "led", "oversees", "oversee", "oversaw",
                 "administers", "administer", "administered", "operates", "operate", "operated", "coordinates", "coordinated",
                 "supervises", "supervised", "implements", "implemented"}},
      {"LED", {"managed", "run", "led", "overseen", "administered", "operated", "coordinated", "supervised", "implemented",
               "headed"}},
      {"PART", {"part", "parts", "component", "components", "element", "elements", "pillar", "pillars", "unit", "units",
                "sub-programme", "sub-programmes", "subprogram", "subprograms", "project", "projects", "programme",
                "programmes", "sub-unit", "sub-units", "division", "divisions", "centre", "centres", "center", "centers",
                "zone", "zones", "member", "members"}},
      {"CONSIST", {"have", "has", "had", "include", "includes", "included", "comprise", "comprises", "comprised", "consist of",
                   "consists of", "consisted of", "contain", "contains", "contained"}},
      {"MONTH", {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
                 "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}},
  };
  return classes;
}

const std::map<std::string, std::string, std::less<>>& mode_words() {
  static const std::map<std::string, std::string, std::less<>> modes{
      {"renamed", "renamed"},         {"rebranded", "renamed"},      {"expanded", "expanded"},   {"extended", "expanded"},
      {"enlarged", "expanded"},       {"converted", "converted"},    {"transformed", "converted"}, {"replaced", "replaced"},
      {"superseded", "replaced"},     {"merged", "merged"},          {"combined", "merged"},     {"integrated", "merged"},
      {"reorganised", "reorganised"}, {"reorganized", "reorganised"}, {"restructured", "reorganised"},
      {"followed", "followed_by"},    {"succeeded", "followed_by"},
  };
  return modes;
}

namespace {
FormDefinition define(const char* pattern, const char* example, QueryKind kind) {
  FormDefinition definition;
  definition.form = {pattern, example, std::string(to_string(kind))};
  definition.kind = kind;
  return definition;
}
}  // namespace

// Tried in order: the forms with years before those with a NAME in the same place, the general
// "what is NAME" last. REST is any words (a yes/no question's tail); MODE is a word of change
// ("renamed", "merged"); a form ending in NAME also reads "NAME in YEAR" (see graph/ask.cpp).
const std::vector<FormDefinition>& definitions() {
  using K = QueryKind;
  using R = Relation;
  using Y = YearRole;
  static const std::vector<FormDefinition> forms{
      // --- who introduced it, and when
      define("which|what @ADMINISTRATION @INTRODUCE NAME", "Which administration introduced the regional strategic industry?",
             K::who_introduced),
      define("under|during|in|by which|what @ADMINISTRATION @BE NAME first? @INTRODUCE",
             "Under which government was the Technopark programme launched?", K::who_introduced),
      define("which|what @ADMINISTRATION @BE NAME first? @INTRODUCE by|under|in|during",
             "Which administration was Brain Korea 21 started under?", K::who_introduced),
      define("which|what @ADMINISTRATION @BE responsible|behind for? NAME", "Which government was behind the Technopark programme?",
             K::who_introduced),
      define("who first? @INTRODUCE NAME", "Who launched the Technopark programme?", K::who_introduced),
      define("who @BE NAME first? @INTRODUCE by", "Who was the regional strategic industry set up by?", K::who_introduced),
      define("by whom @BE NAME first? @INTRODUCE", "By whom was the regional strategic industry created?", K::who_introduced),
      define("when @BE NAME first? @INTRODUCE", "When was the regional strategic industry introduced?", K::who_introduced),
      define("when @DO NAME @INTRODUCE", "When did the regional strategic industry start?", K::who_introduced),
      define("in? what|which year @BE NAME first? @INTRODUCE", "In what year was Brain Korea 21 launched?", K::who_introduced),
      define("in? what|which year @DO NAME @INTRODUCE", "What year did the Technopark programme start?", K::who_introduced),
      define("when @DO NAME2 @INTRODUCE NAME", "When did the Lee Myung-bak government launch the World Class University?",
             K::who_introduced)
          .about_first_name(),

      // --- what was introduced when
      define("what|which @PROGRAMME? @BE @INTRODUCE between YEAR and YEAR2", "What was introduced between 2003 and 2008?",
             K::timeline).with_years(Y::range),
      define("what|which @PROGRAMME? @BE @INTRODUCE from YEAR to|until YEAR2", "Which policies were launched from 2008 to 2013?",
             K::timeline).with_years(Y::range),
      define("what|which @PROGRAMME? @BE @INTRODUCE in YEAR", "What was introduced in 2004?", K::timeline).with_years(Y::exact),
      define("what|which @PROGRAMME? @BE @INTRODUCE after|since YEAR", "What was introduced after 2013?", K::timeline)
          .with_years(Y::from),
      define("what|which @PROGRAMME? @BE @INTRODUCE before|until YEAR", "What was introduced before 2003?", K::timeline)
          .with_years(Y::to),
      define("how many @PROGRAMME @BE @INTRODUCE in YEAR", "How many programmes were launched in 2004?", K::timeline)
          .with_years(Y::exact).only("introduced").counting(),
      define("how many @PROGRAMME @BE @INTRODUCE between YEAR and YEAR2", "How many policies were introduced between 2003 and 2008?",
             K::timeline).with_years(Y::range).only("introduced").counting(),
      define("what happened between YEAR and YEAR2", "What happened between 1998 and 2008?", K::timeline).with_years(Y::range),
      define("what happened in YEAR", "What happened in 2008?", K::timeline).with_years(Y::exact),
      define("show|give|print? me? the? timeline", "Show the timeline", K::timeline),

      // --- what an administration did
      define("how many @PROGRAMME @DO NAME @INTRODUCE", "How many programmes did the Lee Myung-bak administration introduce?",
             K::programmes_of).only("introduced").counting(),
      define("how many @PROGRAMME @BE @INTRODUCE by|under|during|in NAME",
             "How many policies were launched under the Participation Government?", K::programmes_of)
          .only("introduced").counting(),
      define("what|which @PROGRAMME? @DO NAME @INTRODUCE", "What did the Lee Myung-bak administration introduce?", K::programmes_of),
      define("what|which @PROGRAMME? @BE @INTRODUCE by|under|during|in NAME", "What was launched under the Participation Government?",
             K::programmes_of),
      define("what @DO NAME @EMPHASISE", "What did the Participation Government focus on?", K::programmes_of).only("emphasised"),
      define("what|which @BE NAME 's @GOAL", "What were the Park Geun-hye administration's priorities?", K::programmes_of)
          .only("emphasised"),
      define("what|which @BE the @GOAL of NAME", "What was the focus of the Park Geun-hye administration?", K::programmes_of)
          .only("emphasised"),
      define("what|which @BE NAME 's @PROGRAMME", "What were the People's Government's policies?", K::programmes_of),
      define("what|which @BE the @PROGRAMME of NAME", "What were the programmes of the Lee Myung-bak administration?",
             K::programmes_of),
      define("list|show|name NAME 's @PROGRAMME", "List the People's Government's programmes", K::programmes_of),
      define("list|show|name the @PROGRAMME of|under NAME", "List the programmes of the Moon Jae-in administration", K::programmes_of),

      // --- lineage: what it became
      define("what @DO NAME @BECOME", "What did the regional strategic industry become?", K::evolution).forward(),
      define("what @BE NAME @CHANGED into|to|as|with", "What was the regional strategic industry converted into?", K::evolution)
          .forward(),
      define("what @BE NAME replaced|succeeded|followed|superseded by", "What was the 21st Century Frontier programme replaced by?",
             K::evolution).forward(),
      define("what @FOLLOW NAME", "What came after the regional strategic industry?", K::evolution).forward(),
      define("what|who @BE the successor|successors|replacement|replacements|follow-up of|to NAME",
             "What is the successor of the regional strategic industry?", K::evolution).forward(),
      define("why|how|when @BE NAME @ENDED REST?", "Why was the regional strategic industry replaced?", K::evolution).forward(),
      define("why|when @DO NAME @EVOLVE|end|stop|disappear REST?", "Why did the Frontier programme end?", K::evolution).forward(),
      define("@BE NAME @ENDED REST?", "Was Brain Korea 21 continued by the next government?", K::evolution).forward(),
      define("@DO|has|have NAME2 @REPLACE NAME REST?", "Did the Lee Myung-bak government replace the Frontier programme?",
             K::evolution).forward().about_first_name(),
      define("@DO|has|have NAME @BECOME NAME2 REST?", "Did the regional strategic industry become R&D-oriented regional industry?",
             K::evolution).forward().about_first_name(),

      // --- continuity at changes of government
      define("what happened to NAME 's @PROGRAMME under|during|in|with NAME2",
             "What happened to the Participatory Government's programmes under Lee Myung-bak?", K::continuity),
      define("what happened to the? @PROGRAMME of NAME under|during|in|with NAME2",
             "What happened to the programmes of the People's Government under Roh Moo-hyun?", K::continuity),
      define("what @DO NAME2 do with NAME 's @PROGRAMME", "What did the Lee Myung-bak administration do with Roh Moo-hyun's policies?",
             K::continuity),
      define("what happened to NAME 's @PROGRAMME", "What happened to the Park Geun-hye administration's programmes?", K::continuity),
      define("what happened to the? @PROGRAMME of NAME", "What happened to the policies of the Moon Jae-in administration?",
             K::continuity),
      define("what changed|happened|continued at|with|after each|every change of @ADMINISTRATION",
             "What changed at each change of government?", K::continuity),
      define("what happened to NAME under|during|after|in|with NAME2",
             "What happened to the regional strategic industry under the Lee Myung-bak administration?", K::evolution)
          .forward().about_first_name(),
      define("what happened to NAME", "What happened to the regional strategic industry?", K::evolution).forward()
          .or_else(K::outcomes),
      define("what|which @PROGRAMME? @BE MODE", "Which programmes were renamed?", K::evolution).listing_changes(),
      define("how many @PROGRAMME @BE|have|has MODE", "How many programmes were renamed?", K::evolution).listing_changes()
          .counting(),

      // --- lineage: what came before
      define("what @PRECEDE NAME", "What came before R&D-oriented regional industry?", K::evolution).backward(),
      define("what @DO NAME @REPLACE", "What did the Global Frontier programme replace?", K::evolution).backward(),
      define("where @DO NAME come from", "Where did the regional strategic industry come from?", K::evolution).backward(),
      define("what @BE NAME called|named @BEFORE", "What was R&D-oriented regional industry called before?", K::evolution)
          .backward(),
      define("what @BE NAME @BEFORE", "What was R&D-oriented regional industry before?", K::evolution).backward(),
      define("what @BE NAME @CHANGED from", "What was the regional strategic industry expanded from?", K::evolution).backward(),
      define("what|who @BE the predecessor|predecessors|origin|origins|forerunner|forerunners of NAME",
             "What was the predecessor of the regional strategic industry?", K::evolution).backward(),
      define("what @DO NAME @EVOLVE|grow|develop|emerge|come from|out of?", "What did R&D-oriented regional industry evolve from?",
             K::evolution).backward(),
      define("how @DO|has|have NAME @EVOLVE", "How did the regional strategic industry evolve?", K::evolution),
      define("what @BE the history|lineage|evolution|development of NAME", "What is the history of the regional strategic industry?",
             K::evolution),

      // --- problems
      define("what|which @PROBLEM @BE there? @RAISED? @ABOUT NAME", "What problems were raised about the regional strategic industry?",
             K::problems),
      define("what|which @BE the? @PROBLEM @ABOUT NAME", "What were the weaknesses of the regional strategic industry?", K::problems),
      define("what|which @PROBLEM @DO NAME @HAVE", "What problems did the regional strategic industry face?", K::problems),
      define("what @DO NAME @SUFFER from|with|on", "What did the regional strategic industry suffer from?", K::problems),
      define("what went wrong with|in NAME", "What went wrong with the regional strategic industry?", K::problems),
      define("what @BE wrong with NAME", "What was wrong with the regional strategic industry?", K::problems),
      define("why @DO NAME fail|struggle|falter", "Why did the regional strategic industry struggle?", K::problems),
      define("how many @PROBLEM @BE there? @RAISED? @ABOUT NAME", "How many problems were raised about the regional strategic industry?",
             K::problems).counting(),

      // --- outcomes
      define("what|which @OUTCOME @BE there? @ACHIEVED? @OUTCOME_OF NAME", "What results were achieved by the Technopark programme?",
             K::outcomes),
      define("what|which @BE the? @OUTCOME @OUTCOME_OF NAME", "What were the outcomes of the regional strategic industry?", K::outcomes),
      define("what @DO NAME @ACHIEVE", "What did the regional strategic industry achieve?", K::outcomes),
      define("what|which @OUTCOME @DO NAME @HAVE_OUTCOME", "What effects did the Technopark programme have?", K::outcomes),

      // --- recommendations
      define("what|which @RECOMMENDATION @BE @RECOMMENDED? @RECOMMENDATION_ABOUT NAME",
             "What recommendations were made about the regional strategic industry?", K::recommendations),
      define("what|which @BE the? @RECOMMENDATION @RECOMMENDATION_ABOUT NAME", "What were the recommendations of the seminar?",
             K::recommendations),
      define("what @BE @RECOMMENDED @RECOMMENDATION_ABOUT NAME", "What was recommended for the regional strategic industry?",
             K::recommendations),
      define("what @DO @PEOPLE @RECOMMEND @RECOMMENDATION_ABOUT NAME", "What did participants recommend at the seminar?",
             K::recommendations),
      define("what @DO NAME @RECOMMEND", "What did STEPI recommend?", K::recommendations),
      define("what|which @RECOMMENDATION @DO NAME make|give|offer|propose", "What suggestions did KIAT make?", K::recommendations),
      define("what @DO NAME2 @RECOMMEND at|during|for|about NAME", "What did the speakers recommend at the Regional Research Seminar?",
             K::recommendations).about_first_name(),
      define("what|which @RECOMMENDATION @BE @RECOMMENDED?", "What recommendations were made?", K::recommendations),
      define("what|which @BE the? @RECOMMENDATION", "What are the recommendations?", K::recommendations),
      define("what @BE recommended", "What was recommended?", K::recommendations),

      // --- people, hosts, parts and who runs what
      define("who @SPOKE at|in|during NAME", "Who spoke at the Regional Research Seminar?", K::neighbours)
          .along(R::presented_at, Side::into),
      define("who @BE the? @SPEAKER at|in|of|for NAME", "Who were the speakers at the Regional Research Seminar?", K::neighbours)
          .along(R::presented_at, Side::into),
      define("which|what @SPEAKER|people|experts|researchers @SPOKE? at|in|during NAME",
             "Which speakers presented at the Regional Research Seminar?", K::neighbours)
          .along(R::presented_at, Side::into),
      define("where|when @DO NAME @SPOKE", "Where did Dr. Kim present?", K::neighbours).along(R::presented_at, Side::out_of),
      define("who @HOSTED NAME", "Who hosted the Regional Research Seminar?", K::neighbours).along(R::hosted, Side::into),
      define("which|what @ORGANISATION @HOSTED NAME", "Which organisation organised the Regional Research Seminar?", K::neighbours)
          .along(R::hosted, Side::into),
      define("who|which|what @ORGANISATION? @BE NAME @HOSTED by", "Who was the Regional Research Seminar hosted by?", K::neighbours)
          .along(R::hosted, Side::into),
      define("who|which|what @ORGANISATION? @LEADS NAME", "Which organisation manages the Technopark programme?", K::neighbours)
          .along(R::led_by, Side::out_of),
      define("who|which|what @ORGANISATION? @BE in charge of NAME", "Who is in charge of the Technopark programme?", K::neighbours)
          .along(R::led_by, Side::out_of),
      define("who|which|what @ORGANISATION? @BE NAME @LED by", "Which agency is the Technopark programme run by?", K::neighbours)
          .along(R::led_by, Side::out_of),
      define("which|what @ORGANISATION|@PROGRAMME? @BE NAME a? part of", "Which organisation is KIAT part of?", K::neighbours)
          .along(R::part_of, Side::out_of),
      define("what|which @BE the? @PART of|in NAME", "What are the components of the Technopark programme?", K::neighbours)
          .along(R::part_of, Side::into),
      define("what|which @PART @DO NAME @CONSIST", "What components does the Technopark programme have?", K::neighbours)
          .along(R::part_of, Side::into),
      define("what @DO NAME @CONSIST", "What does the Technopark programme consist of?", K::neighbours)
          .along(R::part_of, Side::into),
      define("how many @PART @DO NAME @CONSIST", "How many components does the Technopark programme have?", K::neighbours)
          .along(R::part_of, Side::into).counting(),
      define("how many @PART @BE there in NAME", "How many parts are there in the Technopark programme?", K::neighbours)
          .along(R::part_of, Side::into).counting(),
      define("where @DO NAME work", "Where does Dr. Kim work?", K::neighbours).along(R::affiliated_with, Side::out_of),
      define("which|what @ORGANISATION @DO NAME work|belong for|at|in|to", "Which organisation does Dr. Kim work for?", K::neighbours)
          .along(R::affiliated_with, Side::out_of),

      // --- links, neighbourhoods and search
      define("how @BE NAME @RELATED to|with NAME2", "How is the Participation Government related to R&D-oriented regional industry?",
             K::path),
      define("what links|connects|relates NAME and|to|with NAME2", "What links the People's Government and the regional strategic industry?",
             K::path),
      define("how @DO NAME and NAME2 relate|connect", "How do KIAT and the regional strategic industry connect?", K::path),
      define("what|who @BE @RELATED to NAME", "What is connected to the regional strategic industry?", K::neighbours),
      define("tell me about NAME", "Tell me about the regional strategic industry", K::neighbours),
      define("what do we know about NAME", "What do we know about KIAT?", K::neighbours),
      define("@FIND NAME", "Find regional industry", K::search),
      define("what|who @BE NAME", "What is the regional strategic industry?", K::neighbours),
  };
  return forms;
}

}  // namespace policygraph::ask_detail
