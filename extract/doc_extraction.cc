// Extractor::Extract: the per-document pipeline described in extractor.h.
#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "extract/corpus_graph.h"
#include "extract/dates.h"
#include "extract/extractor.h"
#include "extract/name_shape.h"
#include "extract/quotes.h"
#include "extract/sentence.h"
#include "extract/strings.h"
#include "extract/surface_fold.h"
#include "extract/text_units.h"
#include "re2/re2.h"

namespace kg {

namespace {

// Words that put a place name in its place rather than make it an actor.
bool IsLocative(std::string_view folded) {
  static const char* const kWords[] = {
      "in",     "at",     "from", "near", "outside", "around",
      "inside", "across", "into", "of",   "via",     "through"};
  for (const char* w : kWords) {
    if (folded == w) return true;
  }
  return false;
}

// Cues that a sentence speaks of the future or of an intention.
bool IsFutureCue(std::string_view folded) {
  static const char* const kWords[] = {
      "will",   "would",     "upcoming", "planned",  "plans",
      "plan",   "scheduled", "due",      "expected", "intends",
      "intend", "set",       "going",    "shall",    "might",
      "may",    "invited",   "future",   "to-be",    "forthcoming"};
  for (const char* w : kWords) {
    if (folded == w) return true;
  }
  return false;
}

bool IsCancelCue(std::string_view folded) {
  static const char* const kWords[] = {"cancelled", "canceled",    "called",
                                       "scrapped",  "postponed",   "cancel",
                                       "cancels",   "cancellation"};
  for (const char* w : kWords) {
    if (folded == w) return true;
  }
  return false;
}

// How far from the top a dateline may stand when the reader did not name
// one: after the headline, a standfirst and a credit line at most.
constexpr int kDatelineSentences = 6;

bool IsPronoun(std::string_view folded) {
  return folded == "he" || folded == "she";
}

}  // namespace

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
  std::string SentenceText(int s) const {
    const SentenceUnit& su = units_.sentences[s];
    return CollapseWhiteSpace(text_.substr(su.begin, su.end - su.begin));
  }

  void FindQuotes();
  void BuildItems(int s);
  Item MatchAt(int s, int t) const;
  bool LowerSurname(int t) const;
  int NewMention(int s, int item, std::string label, std::string canonical,
                 std::string rule);
  int NewSpanMention(int s, int t0, int t1, std::string label,
                     std::string canonical, std::string rule);
  int EnsureMention(int s, int item, const std::string& label,
                    const std::string& rule);
  void ApplyRules(int s);
  bool Match(const Rule& r, size_t e, const std::vector<Item>& items, size_t i,
             Captures& caps, size_t* end) const;
  void Act(int s, const Rule& r, const Captures& caps);
  void LinkPersons();
  void VehicleReferences();
  void CrewLists(int s);
  void Meetings(int s);
  void Resolve();
  void Events(int s);
  void Said();
  void MergeEvents();
  void AssignRoles(EventFact& ev) const;
  void StateStatements(int s);
  bool Future(int t_from, int t_to) const;
  // The date a sentence gives, the one nearest token `near` (any when -1),
  // resolved against the document's date; "" when none.
  std::string SentenceDate(int s, int near, bool future) const;
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
  mutable absl::flat_hash_map<std::string_view, int> word_counts_;
  std::vector<std::vector<Item>> items_;  // per sentence
  std::vector<Mention> mentions_;
  std::vector<PendingRel> rels_;
  std::set<std::tuple<std::string, int, int>> rel_seen_;
  std::vector<int> quote_depth_;  // per token
  struct QuoteSpan {
    int open, close;      // tokens of the marks
    uint32_t begin, end;  // the quoted words
  };
  std::vector<QuoteSpan> quotes_;
  // Entities after resolution.
  struct Entity {
    std::string label;
    std::string canonical;
    std::vector<int> mentions;
  };
  std::vector<Entity> entities_;
  DocFacts facts_;
  Date doc_date_;
  std::set<int> anaphoric_;  // events whose trigger refers back ("the ...")
};

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

DocExtraction::Item DocExtraction::MatchAt(int s, int t) const {
  const SentenceUnit& su = units_.sentences[s];
  const size_t max_words = std::max<size_t>(lex_.max_form_words(), 1);
  const Unit& u = units_.tokens[t];
  Item best;
  best.t0 = t;
  best.t1 = t + 1;
  best.cls = kClsWord;
  if (u.word) {
    // Lexicon entities and titles, longest first, extending only along
    // known prefixes.
    std::string key;
    int longest_prefix = t;
    for (int n = 1; n <= static_cast<int>(max_words) && t + n <= su.last; ++n) {
      if (!units_.tokens[t + n - 1].word && Tok(t + n - 1) != "-" &&
          Tok(t + n - 1) != "'s" && Tok(t + n - 1) != "\u2019s" &&
          Tok(t + n - 1) != "&" && Tok(t + n - 1) != "(" &&
          Tok(t + n - 1) != ")" && Tok(t + n - 1) != ",") {
        break;
      }
      key = SpanKey(t, t + n);
      if (!x_.prefixes_.contains(key)) break;
      longest_prefix = t + n;
    }
    for (int end = longest_prefix; end > t; --end) {
      std::string_view surface = Span(t, end);
      bool any_upper = false;
      for (int k = t; k < end; ++k) any_upper |= units_.tokens[k].upper;
      std::vector<LexiconMatch> matches = lex_.Matches(surface);
      const LexiconMatch* pick = nullptr;
      for (const LexiconMatch& m : matches) {
        // Lower-case text names an entity only when written so in the file.
        if (!any_upper && m.form->text != surface) continue;
        if (pick == nullptr || m.form->text == surface) pick = &m;
        if (m.form->text == surface) break;
      }
      if (pick != nullptr) {
        best.t1 = end;
        best.entry = pick->entry;
        best.form_kind = pick->form->kind;
        switch (pick->entry->type) {
          case EntryType::kAgency:
            best.cls = kClsOrg | kClsAgency;
            break;
          case EntryType::kOrganization:
            best.cls = kClsOrg;
            break;
          case EntryType::kSpacecraft:
            best.cls = kClsCraft;
            break;
          case EntryType::kPlace:
            best.cls = kClsPlace;
            break;
          case EntryType::kCountry:
            best.cls = pick->form->kind == FormKind::kDemonym   ? kClsDemonym
                       : pick->form->kind == FormKind::kCapital ? kClsCapital
                                                                : kClsCountry;
            break;
        }
        break;
      }
      if (const Title* title = lex_.FindTitle(surface)) {
        best.t1 = end;
        best.cls = kClsTitle;
        best.title = title;
        break;
      }
    }
    // Plural titles: "cosmonauts", "astronauts".
    std::string_view w = Tok(t);
    if (best.cls == kClsWord && w.size() > 3 && w.back() == 's') {
      if (const Title* title = lex_.FindTitle(w.substr(0, w.size() - 1))) {
        best.cls = kClsTitle;
        best.title = title;
        best.plural_title = true;
      }
    }
    // Name shapes: missions, flights, space centres.
    if (u.upper || (u.word && Tok(t)[0] >= '0' && Tok(t)[0] <= '9')) {
      int run_end = t;
      while (run_end < su.last && run_end - t < 6 &&
             (units_.tokens[run_end].upper ||
              (units_.tokens[run_end].word &&
               std::isdigit(static_cast<unsigned char>(Tok(run_end)[0]))) ||
              Tok(run_end) == "-")) {
        ++run_end;
      }
      for (int end = run_end;
           end > t && end > best.t1 - (best.cls == kClsWord ? 1 : 0); --end) {
        std::string surface(Span(t, end));
        const NameShape* hit = nullptr;
        std::vector<int> hits;
        if (x_.shape_set_->Match(surface, &hits) && !hits.empty()) {
          hit = x_.shapes_[*std::min_element(hits.begin(), hits.end())].get();
        }
        if (hit != nullptr && end > best.t1 - (best.cls == kClsWord ? 1 : 0)) {
          best = Item();
          best.t0 = t;
          best.t1 = end;
          best.shape = hit;
          best.cls = hit->label == "Mission"        ? kClsMission
                     : hit->label == "Spacecraft"   ? kClsCraft
                     : hit->label == "Organization" ? kClsOrg
                                                    : kClsPlace;
          break;
        }
      }
    }
  }
  return best;
}

void DocExtraction::BuildItems(int s) {
  const SentenceUnit& su = units_.sentences[s];
  std::vector<Item>& items = items_[s];
  int t = su.first;
  // The match that ended a name run is the next item's: keep it.
  Item ahead;
  ahead.t0 = -1;
  while (t < su.last) {
    Item best = ahead.t0 == t ? std::move(ahead) : MatchAt(s, t);
    ahead.t0 = -1;
    // "SpaceX Crew Dragon": the operator's name is its own item.
    if (best.entry != nullptr && best.entry->type == EntryType::kSpacecraft &&
        best.t1 - best.t0 >= 2) {
      for (const Entry* e : lex_.Lookup(Tok(t))) {
        const auto& ops = best.entry->operators;
        if ((e->type == EntryType::kAgency ||
             e->type == EntryType::kOrganization) &&
            std::find(ops.begin(), ops.end(), e->name) != ops.end()) {
          best = Item();
          best.t0 = t;
          best.t1 = t + 1;
          best.entry = e;
          best.form_kind = FormKind::kCanonical;
          best.cls =
              e->type == EntryType::kAgency ? (kClsOrg | kClsAgency) : kClsOrg;
          break;
        }
      }
    }
    // A capitalised run not otherwise known: a possible name.
    const Unit& u = units_.tokens[t];
    if (best.cls == kClsWord && u.word && u.upper &&
        !x_.stopwords_.contains(token_keys_[t])) {
      int end = t + 1;
      while (end < su.last && end - t < 5 && units_.tokens[end].upper &&
             units_.tokens[end].word &&
             !x_.stopwords_.contains(token_keys_[end])) {
        ahead = MatchAt(s, end);
        if (ahead.cls != kClsWord) break;
        ahead.t0 = -1;
        ++end;
      }
      // Case damage: "President Donald trump ... trump denied": a given
      // name after a title, followed by a lower-case word the text uses
      // again on its own, is a full name written in the wrong case.
      if (end == t + 1 && end < su.last && !items.empty() &&
          items.back().cls == kClsTitle && LowerSurname(end)) {
        ++end;
      }
      best.t1 = end;
      best.cls = kClsName;
    }
    best.key = SpanKey(best.t0, best.t1);
    items.push_back(std::move(best));
    t = items.back().t1;
  }
  // Entity items get their mentions now; names wait for the rules.
  for (size_t i = 0; i < items.size(); ++i) {
    Item& it = items[i];
    if (it.entry != nullptr) {
      const Entry& e = *it.entry;
      std::string label;
      switch (e.type) {
        case EntryType::kAgency:
        case EntryType::kOrganization:
          label = "Organization";
          break;
        case EntryType::kSpacecraft:
          label = "Spacecraft";
          break;
        case EntryType::kPlace:
          label = "Place";
          break;
        case EntryType::kCountry:
          label = "Country";
          break;
      }
      std::string canonical = e.name;
      std::string rule =
          absl::StrCat("lexicon ", e.source.ToString(), " (",
                       std::string(FormKindName(it.form_kind)), ")");
      if (it.cls == kClsCapital) {
        // A capital in a dateline or after a locative word is the city. The
        // reader names the dateline; without it (text given directly), a
        // sentence opening "MOSCOW (" or "MOSCOW," near the top is one.
        bool dateline_shape =
            i == 0 && i + 1 < items.size() &&
            (items[i + 1].key == "," || items[i + 1].key == "(");
        bool dateline =
            dateline_shape &&
            (doc_.dateline.empty() ? s < kDatelineSentences
                                   : SurfaceKey(doc_.dateline) == it.key);
        bool locative = i > 0 && IsLocative(items[i - 1].key);
        if (dateline || locative) {
          label = "Place";
          canonical = std::string(e.forms[0].text);
          for (const Form& f : e.forms) {
            if (f.kind == FormKind::kCapital) {
              canonical = f.text;
              break;
            }
          }
          it.cls = kClsPlace;
          absl::StrAppend(&rule, dateline ? ", in a dateline: the city"
                                          : ", after a locative: the city");
        } else {
          it.cls = kClsCountry | kClsCapital;
          absl::StrAppend(&rule, ", acting as the state");
        }
      }
      int m = NewMention(s, static_cast<int>(i), label, canonical, rule);
      Mention& mm = mentions_[m];
      mm.demonym = it.cls == kClsDemonym;
      if (label != "Place" || e.type == EntryType::kPlace) {
        for (const std::string& l : e.labels) {
          if (l != label) mm.extra.insert(l);
        }
      }
      if (!e.kind.empty() && label != "Place") mm.props["kind"] = e.kind;
      if (e.type == EntryType::kAgency && !e.country.empty()) {
        mm.props["country"] = e.country;
      }
    } else if (it.shape != nullptr) {
      int m = NewMention(s, static_cast<int>(i), it.shape->label,
                         CollapseWhiteSpace(Span(it.t0, it.t1)),
                         absl::StrCat("name shape ", it.shape->source));
      if (!it.shape->kind.empty()) mentions_[m].props["kind"] = it.shape->kind;
    }
  }
}

int DocExtraction::NewMention(int s, int item, std::string label,
                              std::string canonical, std::string rule) {
  Item& it = items_[s][item];
  Mention m;
  m.sentence = s;
  m.item = item;
  m.t0 = it.t0;
  m.t1 = it.t1;
  m.surface = CollapseWhiteSpace(Span(it.t0, it.t1));
  m.label = std::move(label);
  m.canonical = std::move(canonical);
  m.rule = std::move(rule);
  it.mention = static_cast<int>(mentions_.size());
  mentions_.push_back(std::move(m));
  return it.mention;
}

bool DocExtraction::LowerSurname(int t) const {
  const Unit& u = units_.tokens[t];
  std::string_view w = Tok(t);
  if (!u.word || u.upper || w.size() < 3 || w.size() > 20) return false;
  for (char c : w) {
    if (!std::islower(static_cast<unsigned char>(c))) return false;
  }
  std::string key = SurfaceKey(w);
  if (x_.stopwords_.contains(key) || x_.speech_verbs_.contains(key) ||
      !lex_.FindTriggers(w).empty() || lex_.FindTitle(w) != nullptr) {
    return false;
  }
  for (std::string_view suffix : {"ed", "ing", "ly", "s"}) {
    if (w.size() > suffix.size() &&
        w.substr(w.size() - suffix.size()) == suffix) {
      return false;
    }
  }
  // Used again elsewhere as a word of its own (counts built once).
  if (word_counts_.empty()) {
    for (const Unit& v : units_.tokens) {
      if (v.word) ++word_counts_[text_.substr(v.begin, v.end - v.begin)];
    }
  }
  auto it = word_counts_.find(w);
  return it != word_counts_.end() && it->second >= 2;
}

int DocExtraction::NewSpanMention(int s, int t0, int t1, std::string label,
                                  std::string canonical, std::string rule) {
  Mention m;
  m.sentence = s;
  m.t0 = t0;
  m.t1 = t1;
  m.surface = CollapseWhiteSpace(Span(t0, t1));
  m.label = std::move(label);
  m.canonical = std::move(canonical);
  m.rule = std::move(rule);
  mentions_.push_back(std::move(m));
  return static_cast<int>(mentions_.size()) - 1;
}

std::string DocExtraction::PersonCanonical(int t0, int t1) const {
  std::string out;
  for (int t = t0; t < t1; ++t) {
    std::string_view w = Tok(t);
    if (w == "'s" || w == "\u2019s") continue;
    if (!out.empty()) out.push_back(' ');
    std::string word(w);
    // Case damage: "trump" -> "Trump"; "KRIKALEV" -> "Krikalev".
    bool all_upper = word.size() > 1;
    for (char c : word) {
      if (std::islower(static_cast<unsigned char>(c))) all_upper = false;
    }
    if (all_upper) {
      for (size_t k = 1; k < word.size(); ++k) {
        word[k] = static_cast<char>(
            std::tolower(static_cast<unsigned char>(word[k])));
      }
    }
    if (!word.empty() && std::islower(static_cast<unsigned char>(word[0]))) {
      word[0] =
          static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
    }
    out += word;
  }
  return out;
}

int DocExtraction::EnsureMention(int s, int item, const std::string& label,
                                 const std::string& rule) {
  Item& it = items_[s][item];
  if (it.mention >= 0) return it.mention;
  if (!(it.cls & (kClsName | kClsPerson))) return -1;
  std::string canonical = label == "Person"
                              ? PersonCanonical(it.t0, it.t1)
                              : CollapseWhiteSpace(Span(it.t0, it.t1));
  int m = NewMention(s, item, label, canonical, rule);
  if (label == "Person") it.cls = kClsPerson;
  if (label == "Place") it.cls = kClsPlace;
  if (label == "Mission") it.cls = kClsMission;
  return m;
}

bool DocExtraction::Match(const Rule& r, size_t e,
                          const std::vector<Item>& items, size_t i,
                          Captures& caps, size_t* end) const {
  if (e == r.elements.size()) {
    *end = i;
    return true;
  }
  const RuleElement& el = r.elements[e];
  if (el.type == RuleElement::Type::kGap) {
    for (int skip = 0; skip <= el.max_gap && i + skip <= items.size(); ++skip) {
      if (Match(r, e + 1, items, i + skip, caps, end)) return true;
    }
    return false;
  }
  if (i < items.size()) {
    const Item& it = items[i];
    bool ok = false;
    if (el.type == RuleElement::Type::kClass) {
      ok = (it.cls & el.classes) != 0;
    } else {
      ok =
          std::find(el.words.begin(), el.words.end(), it.key) != el.words.end();
    }
    if (ok) {
      std::vector<int> taken = {static_cast<int>(i)};
      size_t next = i + 1;
      if (el.list) {
        // "A, B and C": further names joined by commas, closed by "and"; a
        // comma alone is an apposition ("Bakanov, Duffy said"), not a list.
        std::vector<int> more;
        size_t scan = next;
        bool closed = false;
        while (!closed && scan + 1 < items.size()) {
          const Item& sep = items[scan];
          size_t cand = scan + 1;
          bool conj = sep.key == "and";
          if (sep.key == "," && cand + 1 < items.size() &&
              items[cand].key == "and") {
            ++cand;
            conj = true;
          }
          if ((sep.key == "," || conj) && cand < items.size() &&
              (items[cand].cls & el.classes)) {
            more.push_back(static_cast<int>(cand));
            scan = cand + 1;
            closed = conj;
          } else {
            break;
          }
        }
        if (closed) {
          taken.insert(taken.end(), more.begin(), more.end());
          next = scan;
        }
      }
      if (!el.capture.empty()) {
        auto& slot = caps.items[el.capture];
        size_t before = slot.size();
        slot.insert(slot.end(), taken.begin(), taken.end());
        if (Match(r, e + 1, items, next, caps, end)) return true;
        slot.resize(before);
      } else if (Match(r, e + 1, items, next, caps, end)) {
        return true;
      }
    }
  }
  if (el.optional) return Match(r, e + 1, items, i, caps, end);
  return false;
}

bool DocExtraction::Fits(const std::string& type, const Mention& a,
                         const Mention& b) const {
  const std::string& f = a.label;
  const std::string& t = b.label;
  if (type == "WORKS_FOR") return f == "Person" && t == "Organization";
  if (type == "CREW_OF") {
    return f == "Person" && (t == "Mission" || t == "Spacecraft");
  }
  if (type == "CITIZEN_OF") return f == "Person" && t == "Country";
  if (type == "BASED_IN") return f == "Organization" && t == "Country";
  if (type == "LOCATED_IN") {
    return f == "Place" && (t == "Place" || t == "Country");
  }
  if (type == "OPERATED_BY") {
    return (f == "Spacecraft" || f == "Mission") && t == "Organization";
  }
  if (type == "USES") return f == "Mission" && t == "Spacecraft";
  if (type == "DOCKED_WITH") return f == "Spacecraft" && t == "Spacecraft";
  if (type == "LAUNCHED_FROM") {
    return (f == "Spacecraft" || f == "Mission") && t == "Place";
  }
  if (type == "MET_WITH") return f == "Person" && t == "Person";
  return false;
}

void DocExtraction::AddRel(const std::string& type, int from, int to, int s,
                           std::map<std::string, std::string> props,
                           const std::string& rule) {
  if (from < 0 || to < 0 || from == to) return;
  if (!Fits(type, mentions_[from], mentions_[to])) return;
  if (!rel_seen_.insert({type, from, to}).second) return;
  if (type == "DOCKED_WITH" || type == "LAUNCHED_FROM" || type == "MET_WITH") {
    const SentenceUnit& su = units_.sentences[s];
    bool future = Future(su.first, su.last);
    if (future) props["planned"] = "true";
    std::string date = SentenceDate(s, -1, future);
    if (!date.empty()) props.emplace("date", date);
  }
  rels_.push_back({type, from, to, std::move(props), s, rule});
}

void DocExtraction::Act(int s, const Rule& r, const Captures& caps) {
  std::vector<Item>& items = items_[s];
  auto captured = [&](const std::string& name) -> std::vector<int> {
    auto it = caps.items.find(name);
    return it == caps.items.end() ? std::vector<int>{} : it->second;
  };
  std::string title_text;
  const std::string rule = r.Provenance();
  for (const RuleAction& a : r.actions) {
    if (a.op == "person" || a.op == "place" || a.op == "mission") {
      std::string label = a.op == "person"  ? "Person"
                          : a.op == "place" ? "Place"
                                            : "Mission";
      for (int i : captured(a.args[0])) EnsureMention(s, i, label, rule);
    } else if (a.op == "title") {
      std::vector<int> titles = captured(a.args[1]);
      if (titles.empty()) continue;
      const Item& t = items[titles[0]];
      if (t.title == nullptr) continue;
      // "Ambassador to Moscow": a title may take several captured items.
      title_text = CollapseWhiteSpace(Span(t.t0, items[titles.back()].t1));
      for (int i : captured(a.args[0])) {
        int m = items[i].mention;
        if (m < 0 || mentions_[m].label != "Person") continue;
        Mention& mm = mentions_[m];
        for (const std::string& l : t.title->labels) {
          if (l != "Person") mm.extra.insert(l);
        }
        if (!t.title->role.empty()) {
          mm.props["role"] = t.title->role;
        } else if (!t.plural_title &&
                   title_text.size() > mm.props["title"].size()) {
          mm.props["title"] = title_text;
        }
        if (mm.props["title"].empty()) mm.props.erase("title");
      }
    } else if (a.op == "org") {
      // An organization named by a phrase: "the U.S. Consulate General in
      // St. Petersburg"; its words keep their own mentions.
      std::vector<int> span = captured(a.args[0]);
      if (span.empty()) continue;
      int t0 = items[span.front()].t0, t1 = items[span.back()].t1;
      if (units_.tokens[t0].word && FoldCase(Tok(t0)) == "the") ++t0;
      if (t1 <= t0) continue;
      bool inside = false;  // already part of a longer name
      for (auto other = mentions_.rbegin();
           other != mentions_.rend() && other->sentence == s; ++other) {
        if (other->item < 0 && other->label == "Organization" &&
            other->t0 <= t0 && t1 <= other->t1) {
          inside = true;
        }
      }
      if (inside) continue;
      int m = NewSpanMention(s, t0, t1, "Organization",
                             CollapseWhiteSpace(Span(t0, t1)), rule);
      mentions_[m].props["kind"] = a.args[1];
    } else if (a.op == "state") {
      // A government body acting as its state: "colluded with the Kremlin".
      for (int i : captured(a.args[0])) {
        Item& it = items[i];
        if (it.mention < 0 || it.entry == nullptr ||
            it.entry->country.empty() || it.entry->kind != "government") {
          continue;
        }
        Mention& m = mentions_[it.mention];
        m.label = "Country";
        m.canonical = it.entry->country;
        m.extra.clear();
        m.props.clear();
        m.rule = absl::StrCat(m.rule, "; acting as the state: ", rule);
        it.cls = kClsCountry;
      }
    } else if (a.op == "label" || a.op == "role") {
      for (int i : captured(a.args[0])) {
        int m = items[i].mention;
        if (m < 0) continue;
        if (a.op == "label") {
          mentions_[m].extra.insert(a.args[1]);
        } else {
          mentions_[m].props["role"] = a.args[1];
        }
      }
    } else {
      std::map<std::string, std::string> props;
      if (a.op == "WORKS_FOR" && !title_text.empty()) {
        const Title* tt = lex_.FindTitle(title_text);
        if (tt == nullptr || tt->role.empty()) props["title"] = title_text;
      }
      for (int i : captured(a.args[0])) {
        for (int j : captured(a.args[1])) {
          AddRel(a.op, items[i].mention, items[j].mention, s, props, rule);
        }
      }
    }
  }
}

void DocExtraction::ApplyRules(int s) {
  std::vector<Item>& items = items_[s];
  // Per item, the rules whose first word it is.
  std::vector<const std::vector<int>*> by_word(items.size(), nullptr);
  for (size_t i = 0; i < items.size(); ++i) {
    auto it = x_.rules_by_start_word_.find(items[i].key);
    if (it != x_.rules_by_start_word_.end()) by_word[i] = &it->second;
  }
  for (size_t ri = 0; ri < x_.rules_.size(); ++ri) {
    const Rule& r = x_.rules_[ri];
    for (size_t i = 0; i < items.size(); ++i) {
      if (!r.start_any && !(items[i].cls & r.start_classes) &&
          (by_word[i] == nullptr ||
           !std::binary_search(by_word[i]->begin(), by_word[i]->end(),
                               static_cast<int>(ri)))) {
        continue;
      }
      Captures caps;
      size_t end = 0;
      if (Match(r, 0, items, i, caps, &end) && end > i) Act(s, r, caps);
    }
  }
}

// Names that the rules did not make people, but that name a person the
// document has introduced: the full name again, the surname, a lower-case
// or damaged form.
void DocExtraction::LinkPersons() {
  absl::flat_hash_map<std::string, std::string> full;     // key -> canonical
  absl::flat_hash_map<std::string, std::string> surname;  // key -> canonical
  absl::flat_hash_map<std::string, std::string> damaged;  // key -> canonical
  std::set<std::string> lower_seen;  // surnames written in lower case
  for (const Mention& m : mentions_) {
    if (m.label != "Person") continue;
    full[TransliterationKey(m.canonical)] = m.canonical;
    size_t sp = m.canonical.rfind(' ');
    {
      std::string last =
          sp == std::string::npos ? m.canonical : m.canonical.substr(sp + 1);
      std::string key = TransliterationKey(last);
      surname[key] = m.canonical;
      if (last.size() >= 6) damaged[key.substr(1)] = m.canonical;
      std::string_view written = m.surface;
      size_t wsp = written.rfind(' ');
      if (wsp != std::string_view::npos && written.size() > wsp + 1 &&
          std::islower(static_cast<unsigned char>(written[wsp + 1]))) {
        lower_seen.insert(key);
      }
    }
  }
  if (full.empty()) return;
  for (int s = 0; s < static_cast<int>(items_.size()); ++s) {
    std::vector<Item>& items = items_[s];
    for (int i = 0; i < static_cast<int>(items.size()); ++i) {
      Item& it = items[i];
      if (it.mention >= 0) continue;
      std::string_view surface = Span(it.t0, it.t1);
      std::string key = TransliterationKey(surface);
      std::string link;
      std::string target;
      if (it.cls == kClsName) {
        if (auto f = full.find(key); f != full.end()) {
          target = f->second;
          link = "the same name";
        } else if (it.t1 - it.t0 == 1) {
          if (auto f2 = surname.find(key); f2 != surname.end()) {
            target = f2->second;
            link = "surname of a person named in full in this document";
          } else if (auto f3 = damaged.find(key); f3 != damaged.end()) {
            target = f3->second;
            link = "a surname that lost its first letter";
          }
        }
      } else if (it.cls == kClsWord && units_.tokens[it.t0].word &&
                 !units_.tokens[it.t0].upper && it.t1 - it.t0 == 1) {
        if (lower_seen.contains(key)) {
          if (auto f2 = surname.find(key); f2 != surname.end()) {
            target = f2->second;
            link = "a surname the document writes in lower case";
          }
        } else if (auto f3 = damaged.find(key); f3 != damaged.end()) {
          target = f3->second;
          link = "a surname that lost its first letter";
        }
      }
      if (target.empty() && it.cls == kClsName && it.t1 - it.t0 > 1) {
        // A run of capitalised words (a headline) holding a known surname.
        for (int t = it.t0; t < it.t1; ++t) {
          if (auto f2 = surname.find(TransliterationKey(Tok(t)));
              f2 != surname.end()) {
            // Split the run around the surname.
            Item before = it, self = it, after = it;
            before.t1 = t;
            self.t0 = t;
            self.t1 = t + 1;
            after.t0 = t + 1;
            std::vector<Item> parts;
            if (before.t1 > before.t0) parts.push_back(before);
            parts.push_back(self);
            if (after.t1 > after.t0) parts.push_back(after);
            for (Item& p : parts) p.key = SpanKey(p.t0, p.t1);
            items.erase(items.begin() + i);
            items.insert(items.begin() + i, parts.begin(), parts.end());
            // Mentions of later items move with them.
            for (Mention& m : mentions_) {
              if (m.sentence == s && m.item > i) {
                m.item += static_cast<int>(parts.size()) - 1;
              }
            }
            --i;  // look at the first part again
            break;
          }
        }
        continue;
      }
      if (target.empty()) continue;
      int m = NewMention(s, i, "Person", target,
                         "a name this document gives a person");
      mentions_[m].link = link;
      it.cls = kClsPerson;
    }
  }
}

// "The vehicle blasted off from ...": a sentence that opens with a definite
// vehicle or mission word speaks of the last mission or spacecraft of the
// sentence before. The words become a mention of it (not an alias: they do
// not name it), so the rules can relate it.
void DocExtraction::VehicleReferences() {
  static const std::set<std::string> kNouns = {
      "vehicle", "spacecraft", "rocket", "mission", "capsule", "ship", "craft"};
  for (int s = 1; s < static_cast<int>(items_.size()); ++s) {
    std::vector<Item>& items = items_[s];
    if (items.size() < 3 || items[0].key != "the" ||
        !kNouns.count(items[1].key) || items[1].mention >= 0) {
      continue;
    }
    int last = -1;
    for (const Item& it : items_[s - 1]) {
      if (it.mention < 0) continue;
      const std::string& label = mentions_[it.mention].label;
      if (label == "Mission" || label == "Spacecraft") last = it.mention;
    }
    if (last < 0) continue;
    const Mention& target = mentions_[last];
    int m = NewMention(s, 1, target.label, target.canonical,
                       "a definite vehicle word opening the sentence");
    mentions_[m].link = "refers to the last vehicle of the sentence before";
    mentions_[m].demonym = true;  // not an alias
    items[1].cls = target.label == "Mission" ? kClsMission : kClsCraft;
  }
}

// "The crew includes ...", "carrying a crew including ...": people named
// after a crew word are crew of the mission named in the sentence, else of
// the flight (a named vehicle), else of the mission of the sentences before.
void DocExtraction::CrewLists(int s) {
  std::vector<Item>& items = items_[s];
  int cue = -1;
  for (int i = 0; i < static_cast<int>(items.size()); ++i) {
    const std::string& k = items[i].key;
    if (k == "crew" || k == "crews" || k == "team" || k == "includes" ||
        k == "including" || k == "comprising" || k == "carrying" ||
        k == "aboard" || k == "flying") {
      cue = i;
      break;
    }
  }
  if (cue < 0) return;
  auto find_vehicle = [&](int sentence) -> int {
    for (const Item& it : items_[sentence]) {
      if (it.mention < 0) continue;
      const Mention& m = mentions_[it.mention];
      if (m.label == "Mission") return it.mention;
    }
    for (const Item& it : items_[sentence]) {
      if (it.mention < 0 || it.shape == nullptr) continue;
      if (mentions_[it.mention].label == "Spacecraft") return it.mention;
    }
    return -1;
  };
  int vehicle = find_vehicle(s);
  for (int back = 1; vehicle < 0 && back <= 2 && s - back >= 0; ++back) {
    vehicle = find_vehicle(s - back);
  }
  if (vehicle < 0 && s + 1 < static_cast<int>(items_.size())) {
    vehicle = find_vehicle(s + 1);  // "... Platonov. The Crew-11 mission ..."
  }
  if (vehicle < 0) return;
  for (int i = 0; i < static_cast<int>(items.size()); ++i) {
    int m = items[i].mention;
    if (m < 0 || mentions_[m].label != "Person") continue;
    bool crew_word_before = i > cue;
    bool astronaut = mentions_[m].extra.count("Astronaut") > 0;
    if (!crew_word_before && !astronaut) continue;
    if (!astronaut && !crew_word_before) continue;
    if (!astronaut) {
      mentions_[m].extra.insert("Astronaut");
      if (!mentions_[m].props.count("role"))
        mentions_[m].props["role"] = "astronaut";
    }
    AddRel("CREW_OF", m, vehicle, s, {},
           "crew list: people named after a crew word");
  }
}

// "A met (with) B", "A's meeting with B", "A is due to meet B".
void DocExtraction::Meetings(int s) {
  std::vector<Item>& items = items_[s];
  for (int i = 0; i < static_cast<int>(items.size()); ++i) {
    const std::string& k = items[i].key;
    if (k != "met" && k != "meet" && k != "meets" && k != "meeting" &&
        k != "talks") {
      continue;
    }
    if (InQuote(items[i].t0)) continue;
    // The person before (or the subject pronoun's referent) and after.
    int a = -1, b = -1;
    for (int j = i - 1; j >= 0 && a < 0; --j) {
      int m = items[j].mention;
      if (m >= 0 && mentions_[m].label == "Person") a = m;
      if (items[j].key == "he" || items[j].key == "she") {
        // The last person named before the pronoun.
        int looked = 0;  // a referent is near: give up after a while
        for (int mm = static_cast<int>(mentions_.size()) - 1;
             mm >= 0 && looked < 200; --mm, ++looked) {
          if (mentions_[mm].label == "Person" &&
              (mentions_[mm].sentence < s ||
               (mentions_[mm].sentence == s && mentions_[mm].item < j))) {
            a = mm;
            break;
          }
        }
        if (a < 0) break;
      }
    }
    for (int j = i + 1; j < static_cast<int>(items.size()) && b < 0; ++j) {
      int m = items[j].mention;
      if (m >= 0 && mentions_[m].label == "Person") b = m;
      if (items[j].key == "." || items[j].key == ";") break;
    }
    if (a < 0 || b < 0) continue;
    std::map<std::string, std::string> props;
    if (Future(units_.sentences[s].first, items[i].t0))
      props["planned"] = "true";
    AddRel("MET_WITH", a, b, s, props, "meeting: a person meets a person");
  }
}

bool DocExtraction::Future(int t_from, int t_to) const {
  for (int t = t_from; t < t_to; ++t) {
    if (IsFutureCue(token_keys_[t])) return true;
  }
  return false;
}

std::string DocExtraction::SentenceDate(int s, int near, bool future) const {
  const SentenceUnit& su = units_.sentences[s];
  std::string_view sentence = text_.substr(su.begin, su.end - su.begin);
  std::vector<DateMention> dates = FindDates(sentence, doc_date_, future);
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

void DocExtraction::Resolve() {
  // Persons: full names by transliteration key; a single word joins the
  // one full name with that surname.
  absl::flat_hash_map<std::string, int> by_key;
  auto entity_for = [&](const std::string& key, const std::string& label,
                        const std::string& canonical) {
    auto [it, inserted] = by_key.emplace(label + "\t" + key, entities_.size());
    if (inserted) entities_.push_back({label, canonical, {}});
    return it->second;
  };
  std::map<std::string, std::vector<std::string>> surname_to_full;
  for (const Mention& m : mentions_) {
    if (m.label != "Person") continue;
    size_t sp = m.canonical.rfind(' ');
    if (sp == std::string::npos) continue;
    auto& list =
        surname_to_full[TransliterationKey(m.canonical.substr(sp + 1))];
    if (std::find(list.begin(), list.end(), m.canonical) == list.end()) {
      list.push_back(m.canonical);
    }
  }
  for (Mention& m : mentions_) {
    std::string key;
    std::string canonical = m.canonical;
    if (m.label == "Person") {
      if (m.canonical.find(' ') == std::string::npos) {
        auto it = surname_to_full.find(TransliterationKey(m.canonical));
        if (it != surname_to_full.end() && it->second.size() == 1) {
          canonical = it->second[0];
          if (m.link.empty())
            m.link = "surname of a person named in full in this document";
        }
      }
      key = TransliterationKey(canonical);
    } else {
      key = SurfaceKey(canonical);
    }
    m.entity = entity_for(key, m.label, canonical);
    entities_[m.entity].mentions.push_back(
        static_cast<int>(&m - mentions_.data()));
  }
  // The fullest canonical wins within an entity.
  for (Entity& e : entities_) {
    for (int mi : e.mentions) {
      if (mentions_[mi].canonical.size() > e.canonical.size() &&
          e.label == "Person") {
        e.canonical = mentions_[mi].canonical;
      }
    }
  }
}

void DocExtraction::Events(int s) {
  const SentenceUnit& su = units_.sentences[s];
  std::set<std::string> kinds_done;
  for (int t = su.first; t < su.last; ++t) {
    if (!units_.tokens[t].word || InQuote(t)) continue;
    // The longest trigger form starting here.
    const EventTrigger* trigger = nullptr;
    int trigger_end = t;
    std::string key;
    for (int n = 1; n <= 4 && t + n <= su.last; ++n) {
      key = SpanKey(t, t + n);
      if (!x_.prefixes_.contains(key)) break;
      std::vector<const EventTrigger*> found =
          lex_.FindTriggers(Span(t, t + n));
      if (!found.empty()) {
        trigger = found[0];
        trigger_end = t + n;
      }
    }
    if (trigger == nullptr) continue;
    const std::string& notes = trigger->notes;
    // A word inside a capitalised name mid-sentence ("the Cold War") names
    // an era or a title, not an event of this text.
    if (units_.tokens[t].upper && t > su.first && units_.tokens[t - 1].upper) {
      continue;
    }
    // A weak word ("conflict") counts only next to a state: "the Ukraine
    // conflict", "conflict in Syria".
    if (notes.find("weak") != std::string::npos) {
      bool state = false;
      for (const Item& it : items_[s]) {
        if (it.mention < 0 || mentions_[it.mention].label != "Country")
          continue;
        if (it.t1 == t || (it.t0 >= trigger_end && it.t0 <= trigger_end + 1)) {
          state = true;
        }
      }
      if (!state) continue;
    }
    if (notes.rfind("only with", 0) == 0 ||
        notes.find("with a document") != std::string::npos) {
      continue;
    }
    if (trigger->kind == "other") continue;
    if (kinds_done.count(trigger->kind)) continue;
    // Entities of the sentence outside quotes, with their token positions.
    struct Arg {
      int mention;
      int t;
    };
    std::vector<Arg> before, after;
    for (const Item& it : items_[s]) {
      if (it.mention < 0 || InQuote(it.t0)) continue;
      (it.t0 < t ? before : after).push_back({it.mention, it.t0});
    }
    if (before.empty() && after.empty()) continue;
    kinds_done.insert(trigger->kind);
    EventFact ev;
    // "the meeting", "this agreement": a report that refers back.
    if (t > su.first) {
      std::string det = FoldCase(Tok(t - 1));
      if (det == "the" || det == "this" || det == "that") {
        anaphoric_.insert(static_cast<int>(facts_.events.size()));
      }
    }
    ev.kind = trigger->kind;
    ev.cameo = trigger->cameo;
    ev.trigger = CollapseWhiteSpace(Span(t, trigger_end));
    ev.planned = Future(su.first, trigger_end);
    ev.date = SentenceDate(s, t, Future(su.first, su.last));
    for (int k = su.first; k < su.last; ++k) {
      if (IsCancelCue(FoldCase(Tok(k)))) ev.cancelled = ev.planned;
    }
    std::set<int> used;
    auto add = [&](int mention, const std::string& role) {
      int e = mentions_[mention].entity;
      if (!used.insert(e).second) return;
      const std::string& label = mentions_[mention].label;
      if (label == "Place") {
        ev.occurred_at.push_back(e);
      } else {
        ev.involves.push_back({e, role});
      }
    };
    // The actor: the nearest state, organization or person before the
    // trigger; the target: the first after it.
    for (auto it = before.rbegin(); it != before.rend(); ++it) {
      const std::string& label = mentions_[it->mention].label;
      if (label == "Country" || label == "Organization" || label == "Person") {
        add(it->mention, "actor");
        break;
      }
    }
    for (const Arg& a : after) {
      const std::string& label = mentions_[a.mention].label;
      if (label == "Place") continue;
      add(a.mention, "target");
      break;
    }
    for (const Arg& a : before) add(a.mention, "participant");
    for (const Arg& a : after) add(a.mention, "participant");
    AssignRoles(ev);
    ev.summary = SentenceText(s);
    if (ev.summary.size() > 300) ev.summary = ev.summary.substr(0, 300) + "...";
    ev.evidence = {s, units_.tokens[t].begin,
                   units_.tokens[trigger_end - 1].end, SentenceText(s)};
    ev.rule = absl::StrCat("event trigger '", trigger->trigger, "' (",
                           trigger->source.ToString(), ")");
    facts_.events.push_back(std::move(ev));
  }
}

// Roles by kind (corpus/gold/README.md): both sides of a meeting or an
// agreement are participants; in a launch, docking or landing the vehicles
// and crews take part and an organization operates; a visitor acts on what
// is visited; a political act has the actor and target found by position.
void DocExtraction::AssignRoles(EventFact& ev) const {
  auto label = [&](int entity) -> const std::string& {
    return mentions_[entities_[entity].mentions[0]].label;
  };
  const std::string& k = ev.kind;
  if (k == "meeting" || k == "agreement" || k == "symposium") {
    for (EventRole& r : ev.involves) r.role = "participant";
  } else if (k == "launch" || k == "docking" || k == "landing") {
    for (EventRole& r : ev.involves) {
      r.role = label(r.entity) == "Organization" ? "actor" : "participant";
    }
  } else if (k == "deorbit") {
    for (EventRole& r : ev.involves) {
      r.role = label(r.entity) == "Spacecraft"     ? "target"
               : label(r.entity) == "Organization" ? "actor"
                                                   : "participant";
    }
  } else if (k == "visit") {
    bool visitor = false;
    for (EventRole& r : ev.involves) {
      if (label(r.entity) == "Person" && !visitor) {
        r.role = "actor";
        visitor = true;
      } else if (label(r.entity) == "Organization" ||
                 label(r.entity) == "Country") {
        r.role = "target";
      } else {
        r.role = "participant";
      }
    }
  }
}

// "Russia has said that ...", "Moscow says ...": a state speaking is a
// statement event (a person speaking is a quotation or a paraphrase).
void DocExtraction::StateStatements(int s) {
  const std::vector<Item>& items = items_[s];
  for (size_t i = 0; i + 1 < items.size(); ++i) {
    if (items[i].mention < 0 || InQuote(items[i].t0)) continue;
    if (mentions_[items[i].mention].label != "Country") continue;
    size_t v = i + 1;
    // "Russia has (repeatedly) said".
    while (v < items.size() && v <= i + 3 &&
           (items[v].key == "has" || items[v].key == "have" ||
            items[v].key == "had" || items[v].key == "repeatedly" ||
            items[v].key == "also" || items[v].key == "earlier")) {
      ++v;
    }
    if (v >= items.size() || units_.tokens[items[v].t0].upper) continue;
    if (!x_.speech_verbs_.contains(items[v].key)) continue;
    bool have = false;
    for (const EventFact& e : facts_.events) {
      if (e.kind == "statement" && e.evidence.sentence == s) have = true;
    }
    if (have) break;
    EventFact ev;
    ev.kind = "statement";
    ev.cameo = "01";
    ev.trigger = CollapseWhiteSpace(Span(items[v].t0, items[v].t1));
    ev.involves.push_back({mentions_[items[i].mention].entity, "actor"});
    for (size_t j = v + 1; j < items.size(); ++j) {
      int m = items[j].mention;
      if (m < 0 || InQuote(items[j].t0)) continue;
      int e = mentions_[m].entity;
      bool dup = false;
      for (const EventRole& r : ev.involves) dup |= r.entity == e;
      if (dup) continue;
      if (mentions_[m].label == "Place") {
        ev.occurred_at.push_back(e);
      } else {
        ev.involves.push_back({e, "participant"});
      }
    }
    const SentenceUnit& su = units_.sentences[s];
    ev.planned = Future(su.first, items[v].t0);
    ev.date = SentenceDate(s, items[v].t0, ev.planned);
    ev.summary = SentenceText(s);
    ev.evidence = {s, units_.tokens[items[i].t0].begin,
                   units_.tokens[items[v].t1 - 1].end, SentenceText(s)};
    ev.rule = "a state as the subject of a speech verb";
    facts_.events.push_back(std::move(ev));
    break;
  }
}

// One event per act: a report that refers back ("during the meeting with
// Nelson", "as part of the agreement") joins the last event of its kind; so
// does one of the same kind whose date does not disagree and that shares at
// least two participants.
void DocExtraction::MergeEvents() {
  std::vector<EventFact> kept;
  for (size_t index = 0; index < facts_.events.size(); ++index) {
    EventFact& ev = facts_.events[index];
    if (ev.involves.empty()) continue;  // nobody acts or is acted upon
    EventFact* into = nullptr;
    for (auto k = kept.rbegin(); k != kept.rend(); ++k) {
      if (k->kind != ev.kind) continue;
      if (anaphoric_.count(static_cast<int>(index))) {
        into = &*k;
        break;
      }
      if (k->planned != ev.planned) continue;
      // A vehicle flies once per report: the same launch, docking or
      // landing of the same mission or spacecraft is one event, dated or
      // not. Other kinds need equal dates and two shared participants.
      const bool operational = ev.kind == "launch" || ev.kind == "docking" ||
                               ev.kind == "landing" || ev.kind == "deorbit";
      bool same_vehicle = false;
      int shared = 0;
      for (const EventRole& a : k->involves) {
        for (const EventRole& b : ev.involves) {
          if (a.entity != b.entity) continue;
          ++shared;
          const std::string& label =
              mentions_[entities_[a.entity].mentions[0]].label;
          same_vehicle |= label == "Mission" || label == "Spacecraft";
        }
      }
      const bool dates_agree =
          k->date.empty() || ev.date.empty() || k->date == ev.date;
      if ((operational && same_vehicle && dates_agree) ||
          (k->date == ev.date && shared >= 2)) {
        into = &*k;
        break;
      }
    }
    if (into == nullptr) {
      kept.push_back(std::move(ev));
      continue;
    }
    if (into->date.empty()) into->date = ev.date;
    for (const EventRole& r : ev.involves) {
      bool have = false;
      for (const EventRole& k : into->involves) have |= k.entity == r.entity;
      if (!have) into->involves.push_back(r);
    }
    for (int p : ev.occurred_at) {
      if (std::find(into->occurred_at.begin(), into->occurred_at.end(), p) ==
          into->occurred_at.end()) {
        into->occurred_at.push_back(p);
      }
    }
  }
  facts_.events = std::move(kept);
}

// Quotations: the speaker is the person (or pronoun) next to a speech verb
// after the closing mark, else before the opening mark, in the same
// sentence; a quotation standing alone is the last speaker's.
void DocExtraction::Said() {
  auto sentence_of = [&](int t) {
    int lo = 0, hi = static_cast<int>(units_.sentences.size()) - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) / 2;
      if (units_.sentences[mid].first <= t)
        lo = mid;
      else
        hi = mid - 1;
    }
    return lo;
  };
  auto person_at = [&](int s, int t) -> int {
    for (const Item& it : items_[s]) {
      if (it.t0 <= t && t < it.t1 && it.mention >= 0 &&
          mentions_[it.mention].label == "Person") {
        return it.mention;
      }
    }
    return -1;
  };
  // People named outside quotations, by position, for "he said".
  std::vector<std::pair<int, int>> people;  // (first token, mention)
  for (int m = 0; m < static_cast<int>(mentions_.size()); ++m) {
    if (mentions_[m].label == "Person" && !InQuote(mentions_[m].t0)) {
      people.push_back({mentions_[m].t0, m});
    }
  }
  std::sort(people.begin(), people.end());
  auto last_person_before = [&](int t) -> int {
    auto it =
        std::lower_bound(people.begin(), people.end(), std::make_pair(t, -1));
    return it == people.begin() ? -1 : std::prev(it)->second;
  };
  int last_speaker = -1;
  int last_close = -1;
  for (const QuoteSpan& q : quotes_) {
    int s_close = sentence_of(q.close);
    int s_open = sentence_of(q.open);
    int speaker = -1;
    std::string rule;
    // After the closing mark: ", X said", ", said X", ", he said".
    const SentenceUnit& sc = units_.sentences[s_close];
    for (int t = q.close + 1; t < sc.last && t <= q.close + 12 && speaker < 0;
         ++t) {
      if (units_.tokens[t].quote) break;
      std::string k = FoldCase(Tok(t));
      if (!units_.tokens[t].upper && x_.speech_verbs_.contains(k)) {
        // Subject before the verb or after it.
        for (int u = t - 1; u > q.close && speaker < 0; --u) {
          speaker = person_at(s_close, u);
          if (speaker < 0 && IsPronoun(FoldCase(Tok(u)))) {
            // "he said": the person quoted last, else the last named.
            speaker =
                last_speaker >= 0 ? last_speaker : last_person_before(q.open);
          }
        }
        for (int u = t + 1; u < sc.last && u <= t + 6 && speaker < 0; ++u) {
          speaker = person_at(s_close, u);
        }
        rule = "quotation followed by a speech verb and its speaker";
      }
    }
    // A quoted name or term ("the «Yuri's night»") is not speech.
    if (q.open > 0 && units_.tokens[q.open - 1].word) {
      std::string before = FoldCase(Tok(q.open - 1));
      if (before == "the" || before == "named" || before == "dubbed") {
        continue;
      }
    }
    // Before the opening mark: "X said (that) ... “...”", the speaker next
    // to the verb.
    if (speaker < 0) {
      const SentenceUnit& so = units_.sentences[s_open];
      for (int t = q.open - 1; t >= so.first && speaker < 0; --t) {
        if (units_.tokens[t].quote) {
          // Another quotation of the same sentence: same speaker.
          if (last_close == t && last_speaker >= 0) speaker = last_speaker;
          continue;
        }
        std::string verb = FoldCase(Tok(t));
        // A capitalised "States" is a name, not a speech verb.
        if (units_.tokens[t].upper || !x_.speech_verbs_.contains(verb)) {
          continue;
        }
        if (verb.size() > 4 && verb.substr(verb.size() - 3) == "ing") {
          // "..., adding that ...": the subject is the speaker of the
          // sentence's earlier quotation, if any.
          if (last_close >= so.first && last_close < q.open) {
            speaker = last_speaker;
          }
          break;
        }
        for (int u = t - 1; u >= so.first && u >= t - 3 && speaker < 0; --u) {
          speaker = person_at(s_open, u);
          if (speaker < 0 && IsPronoun(FoldCase(Tok(u)))) {
            speaker = last_person_before(u);
          }
        }
        for (int u = t + 1; u < q.open && u <= t + 3 && speaker < 0; ++u) {
          speaker = person_at(s_open, u);
        }
        break;
      }
      if (speaker >= 0) rule = "speaker and speech verb before the quotation";
    }
    // A quotation standing alone continues the last speaker.
    if (speaker < 0 && last_speaker >= 0 &&
        units_.sentences[s_open].first == q.open) {
      speaker = last_speaker;
      rule = "quotation standing alone: the previous speaker";
    }
    if (speaker < 0) continue;
    last_speaker = speaker;
    last_close = q.close;
    uint32_t b = q.begin, e = q.end;
    std::string quote = CollapseWhiteSpace(text_.substr(b, e - b));
    if (quote.empty()) continue;
    SaidFact said;
    said.person = mentions_[speaker].entity;
    said.quote = quote;
    said.evidence = {s_open, b, e, SentenceText(s_open)};
    said.rule = rule;
    facts_.said.push_back(std::move(said));
  }
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
  }
  for (int s = 0; s < static_cast<int>(units_.sentences.size()); ++s) {
    ApplyRules(s);
  }
  const size_t mentions_before_link = mentions_.size();
  LinkPersons();
  VehicleReferences();
  std::vector<bool> linked(units_.sentences.size(), false);
  for (size_t m = mentions_before_link; m < mentions_.size(); ++m) {
    linked[mentions_[m].sentence] = true;
  }
  for (int s = 0; s < static_cast<int>(units_.sentences.size()); ++s) {
    // Again where more names are now known to be people.
    if (linked[s]) ApplyRules(s);
    CrewLists(s);
    Meetings(s);
  }
  // BASED_IN from an agency named with its country's adjective ("the
  // Russian space agency").
  for (int s = 0; s < static_cast<int>(items_.size()); ++s) {
    for (size_t i = 0; i < items_[s].size(); ++i) {
      const Item& it = items_[s][i];
      if (it.mention < 0 || it.entry == nullptr || it.entry->country.empty()) {
        continue;
      }
      if (!(it.cls & kClsOrg)) continue;
      const Entry* country = lex_.Find(EntryType::kCountry, it.entry->country);
      if (country == nullptr) continue;
      bool tied = false;
      int country_mention = -1;
      // The form itself may name the country: "the Russian space agency".
      if (it.t1 - it.t0 > 1) {
        for (int t = it.t0; t < it.t1 && !tied; ++t) {
          for (const Entry* e : lex_.Lookup(Tok(t))) {
            if (e == country) {
              tied = true;
              country_mention = NewSpanMention(
                  s, t, t + 1, "Country", country->name,
                  absl::StrCat("lexicon ", country->source.ToString(),
                               ", inside the name of ", it.entry->name));
              mentions_[country_mention].demonym = true;
              break;
            }
          }
        }
      }
      // "Russia's space agency Roscosmos", "the Russian space agency".
      for (size_t j = i >= 4 ? i - 4 : 0; j < i; ++j) {
        const Item& c = items_[s][j];
        if (c.entry == country && c.mention >= 0) {
          tied = true;
          country_mention = c.mention;
        }
      }
      if (!tied) continue;
      AddRel("BASED_IN", it.mention, country_mention, s, {},
             "an organization named with its country");
    }
  }
  Resolve();
  for (int s = 0; s < static_cast<int>(units_.sentences.size()); ++s) {
    Events(s);
    StateStatements(s);
  }
  MergeEvents();
  Said();

  // Facts: entities in order of first mention.
  std::vector<int> entity_index(entities_.size(), -1);
  for (const Mention& m : mentions_) {
    Entity& e = entities_[m.entity];
    if (entity_index[m.entity] < 0) {
      entity_index[m.entity] = static_cast<int>(facts_.entities.size());
      EntityFact f;
      f.labels = {e.label};
      f.name = e.canonical;
      f.sentence = SentenceText(m.sentence);
      facts_.entities.push_back(std::move(f));
    }
    EntityFact& f = facts_.entities[entity_index[m.entity]];
    for (const std::string& l : m.extra) {
      if (std::find(f.labels.begin(), f.labels.end(), l) == f.labels.end()) {
        f.labels.push_back(l);
      }
    }
    for (const auto& [k, v] : m.props) {
      if (k == "title" && f.properties[k].size() > v.size()) continue;
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
  for (const PendingRel& r : rels_) {
    RelationFact f;
    f.type = r.type;
    f.from = entity_index[mentions_[r.from].entity];
    f.to = entity_index[mentions_[r.to].entity];
    if (f.from == f.to) continue;
    f.properties = r.props;
    const Mention& a = mentions_[r.from];
    const Mention& b = mentions_[r.to];
    f.evidence = {r.sentence, units_.tokens[std::min(a.t0, b.t0)].begin,
                  units_.tokens[std::max(a.t1, b.t1) - 1].end,
                  SentenceText(r.sentence)};
    f.rule = r.rule;
    facts_.relations.push_back(std::move(f));
  }
  for (EventFact& e : facts_.events) {
    for (EventRole& r : e.involves) r.entity = entity_index[r.entity];
    for (int& p : e.occurred_at) p = entity_index[p];
  }
  for (SaidFact& s : facts_.said) s.person = entity_index[s.person];
  return std::move(facts_);
}

}  // namespace kg
