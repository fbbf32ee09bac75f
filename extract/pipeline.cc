// Extractor::Extract: the stages of pipeline.h in their order, and the facts
// they make.
#include "extract/pipeline.h"

#include <algorithm>
#include <cctype>

#include "extract/text/quotes.h"
#include "extract/text/sentence.h"

namespace kg {

namespace {

// Evidence longer than this is a window around the fact (Evidence()).
constexpr size_t kMaxEvidenceBytes = 1000;
constexpr uint32_t kEvidenceContext = 300;
constexpr size_t kMaxSummaryBytes = 300;

}  // namespace

DocFacts Extractor::Extract(const Document& doc) const {
  return DocExtraction(*this, doc).Run();
}

void DocExtraction::FindQuotes() {
  quote_depth_.assign(units_.tokens.size(), 0);
  // The token holding byte `pos` (a mark may share a token with a full
  // stop).
  auto token_at = [&](uint32_t pos) {
    auto it =
        std::upper_bound(units_.tokens.begin(), units_.tokens.end(), pos,
                         [](uint32_t p, const Unit& u) { return p < u.begin; });
    return std::max(0, static_cast<int>(it - units_.tokens.begin()) - 1);
  };
  for (const Quote& q : kg::FindQuotes(text_)) {
    if (q.depth != 0) continue;
    int open = token_at(q.open);
    int close = token_at(q.close);
    for (int t = open + 1;
         t < close && t < static_cast<int>(quote_depth_.size()); ++t) {
      quote_depth_[t] = 1;
    }
    if (!q.closed || close >= static_cast<int>(units_.tokens.size())) continue;
    quotes_.push_back({open, close, q.begin, q.end});
  }
}

// Whether tokens [t_from, t_to) hold a future word ("will", "plans to")
// that speaks for token `at` (-1: for the sentence as a whole). A future
// word inside a quotation speaks only for what is inside one: in "'We will
// honour our obligations,' Borisov told Putin at a meeting" the meeting is
// not to come.
bool DocExtraction::Future(int t_from, int t_to, int at) const {
  const bool quoted = at >= 0 && InQuote(at);
  for (int t = t_from; t < t_to; ++t) {
    if (IsFutureWord(t) && (quoted || !InQuote(t)) && !InRelativeClause(t)) {
      return true;
    }
  }
  return false;
}

// A word of rules/cues.txt [future], or "is to", "are to" ("The Soyuz is to
// launch on Friday").
bool DocExtraction::IsFutureWord(int t) const {
  // "On May 3", "in May", "Will Hurd": a capitalised future word before a
  // number or after another word is a month or a name (in a headline in
  // capitals, "NASA WILL LAUNCH", it is still the verb).
  const int n = static_cast<int>(token_keys_.size());
  const std::string_view w = Tok(t);
  const bool title_case =
      units_.tokens[t].upper && w.size() > 1 &&
      std::islower(static_cast<unsigned char>(w.back())) != 0;
  if (title_case && ((t + 1 < n && std::isdigit(static_cast<unsigned char>(
                                       token_keys_[t + 1][0]))) ||
                     (t > 0 && units_.tokens[t - 1].word))) {
    return false;
  }
  if (x_.cues_.Is(Cue::kFuture, token_keys_[t])) return true;
  return x_.cues_.Is(Cue::kBeVerb, token_keys_[t]) &&
         t + 1 < static_cast<int>(token_keys_.size()) &&
         token_keys_[t + 1] == "to";
}

// "Zvezda, the module that will house the crew, blasted off": a future word
// in a relative clause (from "who", "which", or "that" after a noun, to the
// next comma) speaks of its noun, not of what the rest of the sentence
// tells. The token of the clause's relative word, or -1 when t stands in
// none (within 12 tokens).
int DocExtraction::RelativeClauseStart(int t) const {
  for (int u = t - 1, n = 0; u >= 0 && n < 12; --u, ++n) {
    const std::string& w = token_keys_[u];
    if (w == "," || w == ";" || w == "." || w == ":") return -1;
    if (x_.cues_.Is(Cue::kRelative, w)) return u;
    // "that" after a noun phrase ("the service module that"), not after a
    // verb ("said that", "expects that").
    if (w == "that") {
      for (int v = u - 1; v >= 0 && v >= u - 4; --v) {
        const std::string& b = token_keys_[v];
        if (!units_.tokens[v].word || x_.speech_verbs_.contains(b)) break;
        if (b == "the" || b == "a" || b == "an") return u;
      }
      return -1;
    }
  }
  return -1;
}

bool DocExtraction::InRelativeClause(int t) const {
  return RelativeClauseStart(t) >= 0;
}

// Whether a future word of the relative clause that token t stands in comes
// before t: "Thagard, who will ride Atlantis home", "Atlantis, which is to
// make the first docking".
bool DocExtraction::FutureInOwnClause(int t) const {
  const int r = RelativeClauseStart(t);
  if (r < 0) return false;
  for (int u = r + 1; u < t; ++u) {
    if (IsFutureWord(u)) return true;
  }
  return false;
}

// Future(first token of s, t, at), with the first future word of the
// sentence inside and outside quotations found once per sentence (a
// sentence without end asks this per trigger).
bool DocExtraction::FutureBefore(int s, int t, int at) const {
  if (first_future_.size() != units_.sentences.size()) {
    first_future_.assign(units_.sentences.size(), {-2, -2});
  }
  std::pair<int, int>& first = first_future_[s];
  if (first.first == -2) {
    const SentenceUnit& su = units_.sentences[s];
    first = {-1, -1};
    for (int u = su.first; u < su.last && first.second < 0; ++u) {
      if (!IsFutureWord(u) || InRelativeClause(u)) {
        continue;
      }
      if (first.first < 0) first.first = u;
      if (!InQuote(u)) first.second = u;
    }
  }
  const int f = at >= 0 && InQuote(at) ? first.first : first.second;
  if (f < 0 || f >= t) return FutureInOwnClause(t);
  // "The complex is to launch the Angara, ... since a Proton crashed in
  // 1999": a verb in the past after a subordinate clause opens tells what
  // happened; the future before the clause does not reach it.
  if (at > f && IsPastVerb(at)) {
    for (int u = f + 1; u < at; ++u) {
      if (x_.cues_.Is(Cue::kClauseBreak, token_keys_[u])) {
        return FutureInOwnClause(t);
      }
    }
  }
  return true;
}

// Whether sentence `s` holds a word of cancelling, once per sentence.
bool DocExtraction::CancelIn(int s) const {
  if (cancel_.size() != units_.sentences.size()) {
    cancel_.assign(units_.sentences.size(), -1);
  }
  if (cancel_[s] < 0) {
    const SentenceUnit& su = units_.sentences[s];
    cancel_[s] = 0;
    for (int u = su.first; u < su.last && cancel_[s] == 0; ++u) {
      if (x_.cues_.Is(Cue::kCancel, FoldCase(Tok(u)))) cancel_[s] = 1;
    }
  }
  return cancel_[s] == 1;
}

std::string DocExtraction::Evidence(int s, uint32_t begin, uint32_t end) const {
  const std::string& whole = SentenceText(s);
  if (whole.size() <= kMaxEvidenceBytes) return whole;
  const SentenceUnit& su = units_.sentences[s];
  // A fact across sentences (a crew named after its flight) has an end
  // outside this sentence: the window stays inside it.
  begin = std::clamp(begin, su.begin, su.end);
  end = std::clamp(end, begin, su.end);
  uint32_t b =
      begin > su.begin + kEvidenceContext ? begin - kEvidenceContext : su.begin;
  // Two ends far apart in a huge sentence: the first end and what follows.
  end = std::min<uint32_t>(end, begin + kEvidenceContext);
  uint32_t e = std::min<uint32_t>(su.end, end + kEvidenceContext);
  while (b > su.begin && b < begin && text_[b - 1] != ' ') ++b;
  while (e < su.end && e > end && text_[e] != ' ') --e;
  std::string out = b > su.begin ? "\u2026" : "";
  out += CollapseWhiteSpace(text_.substr(b, e - b));
  if (e < su.end) out += "\u2026";
  return out;
}

std::string DocExtraction::Summary(int s, uint32_t begin, uint32_t end) const {
  std::string text = Evidence(s, begin, end);
  if (text.size() <= kMaxSummaryBytes) return text;
  size_t cut = text.rfind(' ', kMaxSummaryBytes);
  text.resize(cut == std::string::npos || cut == 0 ? kMaxSummaryBytes : cut);
  // Never end inside a UTF-8 sequence.
  while (!text.empty() &&
         (static_cast<unsigned char>(text.back()) & 0xC0) == 0x80) {
    text.pop_back();
  }
  if (!text.empty() && (static_cast<unsigned char>(text.back()) & 0x80)) {
    text.pop_back();
  }
  return text + "...";
}

const std::vector<DateMention>& DocExtraction::SentenceDates(
    int s, bool future) const {
  auto& cache = dates_[future ? 1 : 0];
  if (cache.empty()) cache.resize(units_.sentences.size());
  if (!cache[s]) {
    const SentenceUnit& su = units_.sentences[s];
    cache[s] =
        FindDates(text_.substr(su.begin, su.end - su.begin), doc_date_, future);
  }
  return *cache[s];
}

std::string DocExtraction::SentenceDate(int s, int near, bool future) const {
  const SentenceUnit& su = units_.sentences[s];
  const std::vector<DateMention>& dates = SentenceDates(s, future);
  std::string best;
  int64_t best_distance = -1;
  for (const DateMention& d : dates) {
    if (!d.date.known()) continue;
    int64_t pos = su.begin + static_cast<int64_t>(d.begin);
    int64_t distance =
        near < 0 ? 0 : std::abs(pos - int64_t{units_.tokens[near].begin});
    if (best_distance < 0 || distance < best_distance) {
      best = d.date.ToIso();
      best_distance = distance;
    }
  }
  return best;
}

std::string DocExtraction::EventDate(int s, int near, bool future, bool planned,
                                     bool* undated) const {
  std::string date = SentenceDate(s, near, future);
  if (undated != nullptr) *undated = date.empty();
  // An undated report in news is of the article's month; a message's
  // posting date says nothing of when what it discusses happened.
  if (!date.empty() || planned || doc_date_.month == 0 || doc_.message) {
    return date;
  }
  return Date{doc_date_.year, doc_date_.month, 0}.ToIso();
}

DocFacts DocExtraction::Run() {
  facts_.id = doc_.id;
  facts_.title = doc_.title;
  facts_.path = doc_.path;
  facts_.date = doc_.date;
  facts_.source = doc_.source;
  if (std::optional<Date> d = ParseIsoDate(doc_.date)) doc_date_ = *d;
  units_ = SplitText(text_, lex_);
  token_keys_.reserve(units_.tokens.size());
  for (int t = 0; t < static_cast<int>(units_.tokens.size()); ++t) {
    token_keys_.push_back(SurfaceKey(Tok(t)));
  }
  items_.resize(units_.sentences.size());
  FindQuotes();
  for (int s = 0; s < static_cast<int>(units_.sentences.size()); ++s) {
    BuildItems(s);
    DatelinePlace(s);
    PersonNames(s);
  }
  for (int s = 0; s < static_cast<int>(units_.sentences.size()); ++s) {
    ApplyRules(s);
  }
  const size_t mentions_before_link = mentions_.size();
  for (int s = 0; s < static_cast<int>(units_.sentences.size()); ++s) {
    CoordinatedNames(s);
  }
  TrimHeadlineNames();
  LinkPersons();
  VehicleReferences();
  DefiniteReferences();
  TitleReferences();
  FamilyReferences();
  std::vector<bool> linked(units_.sentences.size(), false);
  for (size_t m = mentions_before_link; m < mentions_.size(); ++m) {
    linked[mentions_[m].sentence] = true;
  }
  for (int s = 0; s < static_cast<int>(units_.sentences.size()); ++s) {
    // Again where more names are now known to be people.
    if (linked[s]) ApplyRules(s);
    Meetings(s);
  }
  BasedIn();
  Resolve();
  Crew();
  for (int s = 0; s < static_cast<int>(units_.sentences.size()); ++s) {
    VehicleFrames(s);
  }
  for (int s = 0; s < static_cast<int>(units_.sentences.size()); ++s) {
    Events(s);
    GappedEvents(s);
    StateStatements(s);
  }
  CrewOfFlights();  // from each report, before reports of one flight join
  MergeEvents();
  Said();

  AssembleFacts();
  return std::move(facts_);
}

// The document's facts from the mentions, relations and events: entities in
// order of first mention, indexes from mentions to entities.
void DocExtraction::AssembleFacts() {
  // Facts: entities in order of first mention.
  std::vector<int> entity_index(entities_.size(), -1);
  std::vector<bool> role_said;  // per fact entity: a role the text says
  for (const Mention& m : mentions_) {
    Entity& e = entities_[m.entity];
    if (entity_index[m.entity] < 0) {
      entity_index[m.entity] = static_cast<int>(facts_.entities.size());
      EntityFact f;
      f.labels = {e.label};
      f.name = e.canonical;
      f.sentence = Evidence(m.sentence, units_.tokens[m.t0].begin,
                            units_.tokens[m.t1 - 1].end);
      facts_.entities.push_back(std::move(f));
      role_said.push_back(false);
    }
    EntityFact& f = facts_.entities[entity_index[m.entity]];
    for (const std::string& l : m.extra) {
      if (std::find(f.labels.begin(), f.labels.end(), l) == f.labels.end()) {
        f.labels.push_back(l);
      }
    }
    for (const auto& [k, v] : m.props) {
      if (k == "title" && f.properties[k].size() > v.size()) continue;
      // "cosmonaut" is said of a person; "astronaut" may be the default of
      // one put aboard ("Krikalev, the cosmonaut, ... the crew: Krikalev").
      if (k == "role" && f.properties[k] == "cosmonaut") continue;
      if (k == "role" && !m.default_role) {
        role_said[entity_index[m.entity]] = true;
      }
      f.properties[k] = v;
    }
    std::string surface = m.surface;
    if (surface.size() > 4 &&
        (surface.ends_with("'s") || surface.ends_with("\u2019s"))) {
      surface.erase(surface.rfind(surface.ends_with("'s") ? "'s" : "\u2019s"));
    }
    if (!m.demonym && surface != f.name &&
        std::find(f.aliases.begin(), f.aliases.end(), surface) ==
            f.aliases.end()) {
      f.aliases.push_back(surface);
    }
    MentionFact mf;
    mf.surface = m.surface;
    mf.sentence = m.sentence;
    mf.begin = units_.tokens[m.t0].begin;
    mf.end = units_.tokens[m.t1 - 1].end;
    mf.rule = m.rule;
    mf.link = m.link;
    f.mentions.push_back(std::move(mf));
  }
  // Labels in a stable order: primary, then Agency/Official/Astronaut.
  for (EntityFact& f : facts_.entities) {
    std::sort(f.labels.begin() + 1, f.labels.end());
    if (f.labels[0] == "Person" && f.properties.count("title") &&
        std::find(f.labels.begin(), f.labels.end(), "Official") ==
            f.labels.end()) {
      f.labels.push_back("Official");
    }
  }
  // One relation per (type, from, to) of the document, with the evidence of
  // its first statement; later statements add what they say ("former"), and
  // a fact stated as done is not planned.
  std::map<std::tuple<std::string, int, int>, size_t> relation_index;
  for (const PendingRel& r : rels_) {
    RelationFact f;
    f.type = r.type;
    f.from = entity_index[mentions_[r.from].entity];
    f.to = entity_index[mentions_[r.to].entity];
    if (f.from == f.to) continue;
    auto [seen, added] = relation_index.emplace(
        std::make_tuple(f.type, f.from, f.to), facts_.relations.size());
    if (!added) {
      RelationFact& kept = facts_.relations[seen->second];
      for (const auto& [k, v] : r.props) kept.properties.emplace(k, v);
      if (!r.props.count("planned")) kept.properties.erase("planned");
      continue;
    }
    f.properties = r.props;
    const Mention& a = mentions_[r.from];
    const Mention& b = mentions_[r.to];
    const uint32_t begin = units_.tokens[std::min(a.t0, b.t0)].begin;
    const uint32_t end = units_.tokens[std::max(a.t1, b.t1) - 1].end;
    f.evidence = {r.sentence, begin, end, Evidence(r.sentence, begin, end)};
    f.rule = r.rule;
    facts_.relations.push_back(std::move(f));
  }
  for (EventFact& e : facts_.events) {
    for (EventRole& r : e.involves) r.entity = entity_index[r.entity];
    for (int& p : e.occurred_at) p = entity_index[p];
  }
  for (SaidFact& s : facts_.said) s.person = entity_index[s.person];
  // One put aboard whom the text names with no role but who is a citizen of,
  // or works for, a country or agency of rules/cues.txt [cosmonaut_employer]
  // is a cosmonaut.
  for (const RelationFact& r : facts_.relations) {
    if ((r.type != "CITIZEN_OF" && r.type != "WORKS_FOR") ||
        role_said[r.from]) {
      continue;
    }
    auto role = facts_.entities[r.from].properties.find("role");
    if (role != facts_.entities[r.from].properties.end() &&
        role->second == "astronaut" &&
        x_.cues_.Is(Cue::kCosmonautEmployer,
                    SurfaceKey(facts_.entities[r.to].name))) {
      role->second = "cosmonaut";
    }
  }
}

// Whether the document writes the word of `key` in lower case somewhere (the
// set is made on the first question: most documents never ask).
bool DocExtraction::WrittenInLowerCase(const std::string& key) const {
  if (!lowercase_words_) {
    lowercase_words_.emplace();
    for (int t = 0; t < static_cast<int>(units_.tokens.size()); ++t) {
      const Unit& u = units_.tokens[t];
      if (u.word && !u.upper &&
          std::islower(static_cast<unsigned char>(text_[u.begin]))) {
        lowercase_words_->insert(token_keys_[t]);
      }
    }
  }
  return lowercase_words_->contains(key);
}

}  // namespace kg
