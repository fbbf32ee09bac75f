// The per-document state that the extraction stages share, and the order in
// which they run (Run, in pipeline.cc). Each stage is a member function
// defined in the folder of its stage:
//
//   text (pipeline.cc)     tokens, sentences, quotes, token keys
//   mentions/items.cc      lexicon matches, titles, name shapes, name runs
//   relations/rule_match   pattern rules (rules/patterns.txt): people, titles,
//                          and the relations a phrase states
//   mentions/persons.cc    later mentions of people: surnames, damaged forms
//   discourse/             references back ("The vehicle ...")
//   relations/crew, meetings, based_in
//   mentions/resolve.cc    mentions -> entities within the document
//   events/                triggers, roles, state statements, one per act
//   relations/said.cc      quotations and their speakers
//   pipeline.cc            the facts (facts.h) in order of first mention
//
// Stages refer to items and mentions by index, never by reference: the
// vectors grow while stages run.
//
// A DocExtraction lives for one Extractor::Extract() call; it is internal to
// extract/.
#ifndef KG_EXTRACT_PIPELINE_H_
#define KG_EXTRACT_PIPELINE_H_

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/functional/function_ref.h"
#include "absl/types/span.h"
#include "extract/corpus/corpus_graph.h"
#include "extract/corpus/facts.h"
#include "extract/data/cues.h"
#include "extract/data/lexicon.h"
#include "extract/data/rules.h"
#include "extract/extractor.h"
#include "extract/read/document.h"
#include "extract/text/dates.h"
#include "extract/text/strings.h"
#include "extract/text/surface_fold.h"
#include "extract/text/text_units.h"

namespace kg {

// Whether two flight names are of one series: the same words before their
// numbers ("Crew-9" and "Crew-10"); relations/crew_clauses.cc.
bool SameSeries(std::string_view a, std::string_view b);

// One document's extraction; lives for one Extract() call.
class DocExtraction {
 public:
  DocExtraction(const Extractor& x, const Document& doc)
      : x_(x), lex_(x.lexicon_), doc_(doc), text_(doc.text) {}

  DocFacts Run();

 private:
  struct Item {
    int t0 = 0, t1 = 0;
    uint32_t cls = 0;
    const Entry* entry = nullptr;
    FormKind form_kind = FormKind::kCanonical;
    const Title* title = nullptr;
    const NameShape* shape = nullptr;
    bool plural_title = false;
    int mention = -1;
    std::string key;  // SurfaceKey of the surface
  };

  struct Mention {
    int sentence = 0;
    int item = -1;
    int t0 = 0, t1 = 0;
    std::string surface;
    std::string label;
    std::set<std::string> extra;
    std::map<std::string, std::string> props;
    std::string canonical;
    std::string key;
    std::string rule;
    std::string link;
    bool demonym = false;
    int entity = -1;
    // A reference back ("the capsule"): the mention it refers to.
    int referent = -1;
    // props["role"] is the default of a person put aboard, not a word the
    // text says of them.
    bool default_role = false;
  };

  struct PendingRel {
    std::string type;
    int from, to;  // mentions
    std::map<std::string, std::string> props;
    int sentence;
    std::string rule;
  };

  struct Captures {
    std::map<std::string, std::vector<int>> items;
  };

  std::string_view Tok(int t) const {
    const Unit& u = units_.tokens[t];
    return text_.substr(u.begin, u.end - u.begin);
  }
  std::string_view Span(int t0, int t1) const {
    uint32_t b = units_.tokens[t0].begin, e = units_.tokens[t1 - 1].end;
    return text_.substr(b, e - b);
  }
  // SurfaceKey(Span(t0, t1)), from the tokens' keys computed once.
  std::string SpanKey(int t0, int t1) const {
    if (t1 - t0 == 1) return token_keys_[t0];
    std::string key;
    for (int t = t0; t < t1; ++t) {
      if (t > t0 && units_.tokens[t].begin > units_.tokens[t - 1].end) {
        key.push_back(' ');
      }
      key += token_keys_[t];
    }
    if (key.size() > 4 && key.compare(0, 4, "the ") == 0) key.erase(0, 4);
    return key;
  }
  // The sentence as evidence, whitespace collapsed; computed once per
  // sentence (a long sentence may support many facts).
  const std::string& SentenceText(int s) const {
    if (sentence_text_.empty()) sentence_text_.resize(units_.sentences.size());
    std::optional<std::string>& text = sentence_text_[s];
    if (!text) {
      const SentenceUnit& su = units_.sentences[s];
      text = CollapseWhiteSpace(text_.substr(su.begin, su.end - su.begin));
    }
    return *text;
  }
  // The evidence of a fact at bytes [begin, end) of sentence s: the whole
  // sentence, or, for an over-long one (a list, text without full stops),
  // the kEvidenceContext bytes around the fact, cut at spaces, with "…"
  // where it was cut. Bounds what a long sentence costs every fact it holds.
  std::string Evidence(int s, uint32_t begin, uint32_t end) const;
  // An event's summary: its evidence, cut at a space after at most
  // kMaxSummaryBytes.
  std::string Summary(int s, uint32_t begin, uint32_t end) const;
  // The dates of a sentence (FindDates), once per sentence and tense.
  const std::vector<DateMention>& SentenceDates(int s, bool future) const;

  void FindQuotes();
  void BuildItems(int s);
  Item MatchAt(int s, int t) const;
  bool InShapeContext(int s, const NameShape& shape) const;
  // True when an organization's shape ending before token `end` of sentence s
  // stops before the rest of the name.
  bool OrgShapeCutsAName(int s, int end) const;
  // True when token t of sentence s stands in a person's name: after a
  // given name, or a given name before another capitalized word.
  bool InPersonName(int s, int t) const;
  // True when token t of sentence s is a comma before a region ("...,
  // Tex.", "..., New Mexico").
  bool BeforeARegion(int s, int t) const;
  std::string VehicleKindBefore(int s, int t) const;
  // True when an item of sentence s so far, or of a sentence before it,
  // names `entry` itself or its family, or the document's text does.
  bool FamilyNamedBefore(int s, const Entry& entry) const;
  bool LowerSurname(int t) const;
  // True when the page's layout parts tokens t - 1 and t, which a name does
  // not cross: a line break after a line too short to have been wrapped
  // there, a list's or a signature's line ("Geography Dept.\nUniversity of
  // Calgary"), or a column gap (a tab, three spaces or more). A wrapped
  // line does not stop one ("Los Alamos\nNational Laboratory").
  bool LayoutBreakBefore(int t) const;
  int NewMention(int s, int item, std::string label, std::string canonical,
                 std::string rule);
  int NewSpanMention(int s, int t0, int t1, std::string label,
                     std::string canonical, std::string rule);
  int EnsureMention(int s, int item, const std::string& label,
                    const std::string& rule);
  int GivenNameLine(int t) const;
  // "Franco-Russian", "Indo-Pakistani": a hyphenated word ending in a
  // people's adjective; it describes, and opens no name.
  bool DemonymCompound(int t) const;
  // "Jupiter-Saturn", "Soyuz-Apollo": a hyphenated word every part of which
  // the lexicon knows; it joins names and is none itself.
  bool HyphenatedKnownNames(int t) const;
  void CoordinatedNames(int s);
  // True when a token of [t0, t1) names an organization, place or thing
  // (rules/cues.txt [name_head]).
  bool HasNameHead(int t0, int t1) const;
  bool IrishOrScottishSurname(int t) const;
  int ChineseGivenNameAfterFamilyName(int t) const;
  void DatelinePlace(int s);
  void PersonNames(int s);
  void ApplyRules(int s);
  void RoleTimes(int s, const Item& p, const Item& o,
                 const std::vector<std::string>& flags,
                 std::map<std::string, std::string>* props) const;
  size_t PastAffiliation(const std::vector<Item>& items, size_t i) const;
  size_t PastAppositions(const std::vector<Item>& items, size_t i,
                         uint32_t classes) const;
  bool Match(const Rule& r, size_t e, const std::vector<Item>& items, size_t i,
             Captures& caps, size_t* end) const;
  void Act(int s, const Rule& r, const Captures& caps);
  void LinkPersons();
  void TrimHeadlineNames();
  // True when a word of sentence s holds a lower-case letter (the sentence
  // is not written in capitals).
  bool HasLowerCaseWord(int s) const;
  void SplitItem(int s, int i, std::vector<int> cuts);
  void MergeItems(int s, int i, int j);
  void VehicleReferences();
  void DefiniteReferences();
  void FamilyReferences();
  bool IsCargoShip(const Mention& m) const;
  bool CrewGroupSubject(int t, int end) const;
  bool VerbFollows(int t) const;
  bool IsPastVerb(int t) const;
  bool ItsCrewRole(int s) const;
  bool IsVehicleEntity(int e) const;
  bool IsRocketEntity(int e) const;  // a spacecraft of kind rocket
  bool CompanionsFollow(int first, int t) const;
  bool ListSubjectFlies(int s, const std::vector<int>& people) const;
  bool PersonStartsAt(int s, int t) const;
  int MainStation() const;
  int StayAfter(int s, const std::vector<int>& aboard_at,
                const std::vector<int>& people, const std::vector<int>& flights,
                const std::vector<int>& sentence_mentions, int last_station,
                int main_station, bool story_flight,
                std::vector<int>* stations) const;
  bool ListOwnedAfter(int s, int f, int person_t) const;
  bool SubjectOfALaterClause(int s, int f, int person_t) const;
  bool ModifiesAPerson(int s, int i, bool any_person = false) const;
  // True when the word of flying at token t of sentence s goes to a place
  // on the ground ("will fly back to Houston") or names a thing ("the
  // landing site").
  bool GroundTrip(int s, int t) const;
  bool BareAboardOfAStation(int s, int a, const std::vector<int>& mentions,
                            const std::vector<int>& stations) const;
  bool InStationClause(int s, int flight_t, int person_t,
                       const std::vector<int>& stations) const;
  bool CrewNounOfAFlight(int s, int t, const std::vector<int>& mentions) const;
  bool InRelativeClauseOfANoun(int s, int person_end, int flight_t) const;
  bool IsNamedFlight(const Mention& m) const;
  // True when the flight at token flight_t of sentence s stands in a
  // relative clause of a part of the sentence (between ';') after the part
  // that holds token person_t.
  bool GroupBreak(int t) const;
  bool AboardWordReaches(int s, int a, const Mention& pm,
                         const std::vector<int>& people) const;
  bool PossessiveOfAnotherGroup(int s, int flight_end, int person_t) const;
  bool InOtherRelativeGroup(int s, int flight_t, int person_t) const;
  int OwningFlight(int s, int t, const std::vector<int>& flights) const;
  bool Historical(int f) const;
  int StoryYear() const;
  int YearAt(int t) const;
  bool IsExpedition(const Mention& m) const;
  std::string KindOf(const Mention& m) const;
  // The lexicon's kind of the entry a mention matched ("region", "city",
  // "celestial"; "" for a name the lexicon does not list).
  std::string EntryKind(const Mention& m) const;
  void VehicleFrames(int s);
  // USES from the one mission a document launches to the one named capsule
  // its crew rides, when no sentence names them together.
  void OneFlightReport();
  void CrewCarriedBefore(int s, const std::vector<int>& flights,
                         const std::vector<int>& before,
                         const std::set<int>& astronauts);
  void Crew();
  void CrewOfFlights();
  void Meetings(int s);
  void Resolve();
  void BasedIn();
  void AssembleFacts();
  // An entity near an event trigger, and the word before it.
  struct Arg {
    int mention = -1;
    int t = 0;
    std::string word_before;
    // A state or organization that says whose a person named after it is
    // ("Russian Prime Minister X", "Japan's minister X").
    bool modifies_person = false;
  };
  struct EventArgs {
    std::vector<Arg> left, right;      // the clause's, in text order
    std::vector<Arg> subject;          // before the clause
    std::vector<Arg> beyond;           // after the clause
    std::vector<int> context_flights;  // mentions of the flight spoken of
    int trigger = 0;                   // the trigger's first token
    int trigger_end = 0;               // the token after the trigger
    bool passive = false;              // "was appointed (by X)"
    bool noun = false;                 // "watched the launch": a noun
    bool flight = false;               // a flight's word ("came home")
    bool agentive = false;  // the people named do it ("spacewalk by X")
  };
  EventArgs Arguments(int s, int t0, int t1, bool flight) const;
  int VehicleReferent(int s, int t) const;
  std::vector<int> CrewReferents(int s) const;
  std::vector<int> PairReferents(int s, int t) const;
  bool SameEntity(int a, int b) const;
  bool VerbOfItsOwn(int s, int t) const;
  bool JoinsAClause(int s, int t) const;
  bool SubjectOfTrigger(const EventArgs& args, const Arg& a) const;
  // True when token t is a past verb ("-ed", rules/cues.txt [past_verb])
  // right after a capitalized word or a subject pronoun.
  bool PastVerbAfterSubject(int t) const;
  mutable std::vector<int> gap_;  // per sentence: GapIn, -2 not yet known
  mutable std::vector<int> turn_speaker_;  // per sentence, once computed
  // True when token t stands in a relative clause ("the module that will
  // house the crew"), up to 12 tokens after its relative word.
  int RelativeClauseStart(int t) const;
  bool InRelativeClause(int t) const;
  bool FutureInOwnClause(int t) const;
  bool IsFutureWord(int t) const;
  bool FutureBefore(int s, int t, int at) const;
  bool CancelIn(int s) const;
  // Per sentence: the first future word anywhere and outside quotations
  // (-1 none, -2 not yet known).
  mutable std::vector<std::pair<int, int>> first_future_;
  mutable std::vector<int> cancel_;         // per sentence, -1 not yet known
  mutable std::vector<int8_t> lower_case_;  // per sentence, -1 not yet known
  bool GappedConjunct(int s, int t) const;
  int GapIn(int s) const;
  bool AcrossTheGap(int s, int a, int b) const;
  void GappedEvents(int s);
  void AssignArguments(const EventArgs& args, EventFact& ev);
  bool HasItsArguments(const EventFact& ev, bool dated) const;
  bool SameHappeningInSentence(int s, const EventFact& ev) const;
  bool IsHappening(int s, int t, int trigger_end) const;
  bool GenericPresent(int s, int t, int trigger_end) const;
  bool CountAt(int s, int u) const;
  bool IndefiniteNoun(int s, int t) const;
  bool EventFromTrigger(int s, int t, int trigger_end,
                        const EventTrigger& trigger);
  bool HasFlightArgument(const EventFact& ev, bool crew) const;
  bool AllCaps(int t) const;
  // Whether mention m, a person, may be what `pronoun` refers to: "she" is
  // no one whose given name is a man's.
  bool PronounFits(std::string_view pronoun, const Mention& m) const;
  int PronounReferent(int s, int t, int depth = 0) const;
  // Transcripts (discourse/turns.cc): the last word of the speaker's label
  // opening sentence s, or -1; the speaker's mention of the turn sentence s
  // is in, or -1.
  int TurnLabelAt(int s) const;
  bool ParagraphStart(int s) const;
  int TurnSpeaker(int s) const;
  bool SentenceSubjectAt(int s, int t) const;
  void TitleReferences();
  int ReferTo(int s, int i, int target, const char* rule, const char* link,
              bool copy_attributes);
  bool InHeadline(const ::kg::Evidence& e) const;
  void Events(int s);
  void Said();
  void MergeEvents();
  void StateStatements(int s);
  bool Future(int t_from, int t_to, int at) const;
  // The date a sentence gives, the one nearest token `near` (any when -1),
  // resolved against the document's date; "" when none.
  std::string SentenceDate(int s, int near, bool future) const;
  // An event's date: the sentence's, else, for a report of what happened,
  // the month of the document's date (news tells what is recent; the day is
  // not known).
  // `future`: the sentence speaks of what is to come (weekdays look
  // forward); `planned`: the event itself is (no default date).
  // The date of an event told near token `near` of sentence s; with
  // `undated`, whether the sentence gave none.
  std::string EventDate(int s, int near, bool future, bool planned,
                        bool* undated = nullptr) const;
  std::string PersonCanonical(int t0, int t1) const;
  bool InQuote(int t) const {
    return !quote_depth_.empty() && quote_depth_[t] > 0;
  }
  void AddRel(const std::string& type, int from, int to, int s,
              std::map<std::string, std::string> props,
              const std::string& rule);
  bool Fits(const std::string& type, const Mention& a, const Mention& b) const;

  const Extractor& x_;
  const Lexicon& lex_;
  const Document& doc_;
  std::string_view text_;
  TextUnits units_;
  std::vector<std::string> token_keys_;  // SurfaceKey of each token
  // Keys of the words the document writes in lower case somewhere (made on
  // first use; views into token_keys_).
  mutable std::optional<absl::flat_hash_set<std::string_view>> lowercase_words_;
  bool WrittenInLowerCase(const std::string& key) const;
  mutable absl::flat_hash_map<std::string_view, int> word_counts_;
  std::vector<std::vector<Item>> items_;  // per sentence
  // The last words of the names given people so far as their names were
  // found (PersonNames): "Hague" after "Nick Hague" is no city.
  absl::flat_hash_set<std::string> person_surnames_;
  std::vector<Mention> mentions_;
  // Per sentence, its mentions, sorted by position when a reference asks
  // (references back are made after the names, out of text order): how the
  // references find what came before.
  mutable std::vector<std::vector<int>> sentence_mentions_;
  mutable std::vector<bool> sentence_mentions_sorted_;
  void IndexMention(int s, int m);
  // The mentions of sentence `s` before token `t` (all when t < 0), at most
  // the last kReferenceReach of them, in text order.
  absl::Span<const int> MentionsBefore(int s, int t) const;
  int LastMentionBefore(int s, int t, int back,
                        absl::FunctionRef<bool(const Mention&)> want) const;
  std::vector<PendingRel> rels_;
  // (type, from, to) -> index in rels_
  std::map<std::tuple<std::string, int, int>, int> rel_seen_;
  std::vector<int> quote_depth_;  // per token
  struct QuoteSpan {
    int open, close;      // tokens of the marks
    uint32_t begin, end;  // the quoted words
  };
  std::vector<QuoteSpan> quotes_;
  int QuoteWords(const QuoteSpan& q) const;
  bool IsQuotedTitle(const QuoteSpan& q) const;
  bool EndsClause(const QuoteSpan& q) const;
  // Entities after resolution.
  struct Entity {
    std::string label;
    std::string canonical;
    std::vector<int> mentions;
  };
  std::vector<Entity> entities_;
  // Per sentence, the flights it or the sentences just before it speak of
  // (relations/crew.cc).
  std::vector<std::vector<int>> context_flights_;
  mutable std::vector<std::optional<std::string>> sentence_text_;
  mutable std::vector<std::optional<std::vector<DateMention>>> dates_[2];
  DocFacts facts_;
  Date doc_date_;
  // The document's year, or in a document of unknown date the latest year
  // its text writes; 0 when neither is known (StoryYear()).
  mutable int story_year_ = -1;
  std::set<int> anaphoric_;  // events whose trigger refers back ("the ...")
};

}  // namespace kg

#endif  // KG_EXTRACT_PIPELINE_H_
