// Items: lexicon entities, titles, name shapes and runs of capitalised words
// that may be names (the classes of rules.h); match_context.cc says what the
// words around a match tell of it, new_mentions.cc makes their mentions.
#include <algorithm>
#include <cctype>
#include <optional>
#include <set>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "extract/data/name_shape.h"
#include "extract/pipeline.h"
#include "re2/set.h"

namespace kg {

namespace {

// How far from the top a dateline may stand when the reader did not name
// one: after the headline, a standfirst and a credit line at most.
constexpr int kDatelineSentences = 6;

// "ROSS", "KARI", "H-2A": capitals, digits and hyphens, two letters or more.
bool IsAcronym(std::string_view form) {
  int letters = 0;
  for (char c : form) {
    if (c >= 'A' && c <= 'Z') {
      ++letters;
    } else if (!(c >= '0' && c <= '9') && c != '-') {
      return false;
    }
  }
  return letters >= 2;
}

}  // namespace

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
      if (n > 1 && LayoutBreakBefore(t + n - 1)) break;
      key = SpanKey(t, t + n);
      if (!x_.prefixes_.contains(key)) break;
      longest_prefix = t + n;
    }
    // The vehicle kind a noun names before the word, read only when two
    // entries share a form (rare; MatchAt runs on every word).
    std::optional<std::string> kind_before;
    auto kind = [&]() -> const std::string& {
      if (!kind_before) kind_before = VehicleKindBefore(s, t);
      return *kind_before;
    };
    for (int end = longest_prefix; end > t; --end) {
      // A name may run across a line break ("Los Alamos\nNational
      // Laboratory"): its forms are written with single spaces.
      std::string collapsed;
      const std::string_view surface =
          CollapsedWhiteSpace(Span(t, end), &collapsed);
      bool any_upper = false;
      for (int k = t; k < end; ++k) any_upper |= units_.tokens[k].upper;
      std::vector<LexiconMatch> matches = lex_.Matches(surface);
      const LexiconMatch* pick = nullptr;
      for (const LexiconMatch& m : matches) {
        // Lower-case text names an entity only when written so in the file.
        if (!any_upper && m.form->text != surface && !m.form->lower_case_too) {
          continue;
        }
        // An acronym written in title case inside a person's name is the
        // name ("Jerry Ross" is no ROSS, "Kari Nordby" no KARI).
        if (m.form->text != surface && end == t + 1 &&
            IsAcronym(m.form->text) && InPersonName(s, t)) {
          continue;
        }
        // A country's or a place's name before a street word is an address
        // ("45 Norway Street", "Pennsylvania Avenue").
        if ((m.entry->type == EntryType::kCountry ||
             m.entry->type == EntryType::kPlace) &&
            end < su.last && units_.tokens[end].upper &&
            x_.cues_.Is(Cue::kStreetWord, token_keys_[end])) {
          continue;
        }
        // A country's name before a state is a town there ("Palestine,
        // Tex.", "Mexico, Mo.").
        if (end == t + 1 && m.entry->type == EntryType::kCountry &&
            m.form->kind != FormKind::kDemonym && BeforeARegion(s, t + 1)) {
          continue;
        }
        // Nor is a place's name that is the surname of a person the text
        // named before ("Nick Hague ... Hague radioed").
        if (end == t + 1 &&
            (m.entry->type == EntryType::kPlace ||
             (m.entry->type == EntryType::kCountry &&
              m.form->kind != FormKind::kDemonym)) &&
            person_surnames_.contains(token_keys_[t])) {
          continue;
        }
        // Nor is a town's name after a given name inside a sentence ("NASA
        // astronaut Nick Hague", "Jack London").
        if (end == t + 1 && t - 1 > su.first &&
            (m.entry->type == EntryType::kPlace ||
             m.form->kind == FormKind::kCapital) &&
            units_.tokens[t - 1].upper && GivenNameLine(t - 1) > 0) {
          continue;
        }
        // A named vehicle before a programme word names the programme
        // ("NASA's Discovery Program" is no orbiter); a family's does not
        // ("the Soyuz programme").
        if (m.entry->type == EntryType::kSpacecraft &&
            !m.entry->family.empty() && end < su.last &&
            x_.cues_.Is(Cue::kProgrammeWord, token_keys_[end])) {
          continue;
        }
        // A name not yet in use when the text was written means something
        // else ("Jules Verne" in 1993 is the writer, not the ATV).
        if (doc_date_.year > 0 && m.entry->since > doc_date_.year) continue;
        if (pick == nullptr ||
            (m.form->text == surface && pick->form->text != surface)) {
          pick = &m;
        } else if (m.form->text == surface && pick->entry != m.entry &&
                   !kind().empty() &&
                   (m.entry->kind == kind()) != (pick->entry->kind == kind())) {
          // "Their capsule, Freedom": the vehicle of the kind named just
          // before the name, not a station of that name.
          if (m.entry->kind == kind()) pick = &m;
        } else if (m.form->text == surface && pick->entry != m.entry &&
                   !FamilyNamedBefore(s, *pick->entry) &&
                   (FamilyNamedBefore(s, *m.entry) ||
                    (m.entry->family.empty() && !pick->entry->family.empty()) ||
                    (doc_date_.year > 0 &&
                     pick->entry->since > doc_date_.year &&
                     m.entry->since <= doc_date_.year) ||
                    (doc_date_.year == 0 && m.entry->since > 0 &&
                     m.entry->since < pick->entry->since))) {
          // A form of two vehicles ("Freedom", "Endeavour"): the one whose
          // family the document named before it ("the Crew Dragon
          // spacecraft named Freedom"), else the one of no family, else the
          // one whose name was in use when the text was written (a 1993
          // Endeavour is the shuttle's); in a text of no known date, the
          // name in use longer.
          pick = &m;
        }
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
            best.cls =
                kClsCraft |
                (pick->entry->kind == "station" ? uint32_t{kClsStation} : 0u);
            break;
          case EntryType::kPlace:
            best.cls =
                kClsPlace |
                (pick->entry->kind == "region" ? uint32_t{kClsRegion} : 0u);
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
      // A plural title of several words: "mission specialists".
      if (end - t > 1 && surface.size() > 3 && surface.back() == 's') {
        if (const Title* title =
                lex_.FindTitle(surface.substr(0, surface.size() - 1))) {
          best.t1 = end;
          best.cls = kClsTitle;
          best.title = title;
          best.plural_title = true;
          break;
        }
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
    // Name shapes: missions, flights, space centres, institutions. An
    // article opens no name ("The Electronic Journal" is "Electronic
    // Journal" after "The").
    const std::string& first = token_keys_[t];
    const bool article = first == "the" || first == "a" || first == "an";
    if (!article &&
        (u.upper || (u.word && Tok(t)[0] >= '0' && Tok(t)[0] <= '9'))) {
      int run_end = t;
      // "of", "for", "on" or "at" between capitals stays in the run
      // ("University of Tambov", "Institute for Space Studies", "University
      // of Texas at Austin"; [name_goes_on] in cues.txt).
      auto of_between = [&](int r) {
        return r > t && r + 1 < su.last &&
               x_.cues_.Is(Cue::kNameGoesOn, token_keys_[r]) &&
               units_.tokens[r + 1].upper;
      };
      // "Texas A&M University", "AT&T Bell Laboratories": an ampersand
      // glued between capitals joins them.
      auto ampersand = [&](int r) {
        return r > t && r + 1 < su.last && Tok(r) == "&" &&
               units_.tokens[r - 1].end == units_.tokens[r].begin &&
               units_.tokens[r].end == units_.tokens[r + 1].begin &&
               units_.tokens[r + 1].upper;
      };
      while (run_end < su.last && run_end - t < 8 &&
             (run_end == t || !LayoutBreakBefore(run_end)) &&
             (units_.tokens[run_end].upper ||
              (units_.tokens[run_end].word &&
               std::isdigit(static_cast<unsigned char>(Tok(run_end)[0]))) ||
              Tok(run_end) == "-" || of_between(run_end) ||
              ampersand(run_end))) {
        ++run_end;
      }
      for (int end = run_end;
           end > t && end > best.t1 - (best.cls == kClsWord ? 1 : 0); --end) {
        std::string collapsed;
        const std::string_view surface =
            CollapsedWhiteSpace(Span(t, end), &collapsed);
        const NameShape* hit = nullptr;
        std::vector<int> hits;
        if (x_.shape_set_->Match(surface, &hits) && !hits.empty()) {
          std::sort(hits.begin(), hits.end());
          for (int h : hits) {
            const NameShape* shape = x_.shapes_[h].get();
            // A shape known by its sentence is no date ("May 12"), nor the
            // tail of a longer name ("Launch Complex 36B", "Axiom Mission
            // 4"), nor where something flies from ("lifted off from
            // Complex 36B"), nor a common word's ("These 45", "Building
            // 11").
            // No shape opens with a function word ("In International
            // Council") or a generational suffix ("Jr. University of
            // Maryland").
            if (x_.stopwords_.contains(token_keys_[t]) ||
                x_.cues_.Is(Cue::kNameSuffix, token_keys_[t])) {
              continue;
            }
            if (!shape->context.empty() &&
                (x_.cues_.Is(Cue::kNameHead, token_keys_[t]) ||
                 (t > su.first && units_.tokens[t - 1].word &&
                  (units_.tokens[t - 1].upper ||
                   (token_keys_[t - 1] != "of" &&
                    x_.cues_.Is(Cue::kLocative, token_keys_[t - 1])))) ||
                 !FindDates(surface, Date{}, false).empty())) {
              continue;
            }
            if (shape->label == "Organization" && OrgShapeCutsAName(s, end)) {
              continue;
            }
            if (InShapeContext(s, *shape)) {
              hit = shape;
              break;
            }
          }
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
    // An honorific ("Mr.", "Dr.") stands before a name, not inside it.
    auto honorific = [&](int k) {
      return lex_.FindHonorific(Tok(k)) != nullptr;
    };
    // "A. Gore": an initial is no stopword, whatever its letter.
    auto stopword = [&](int k) {
      return x_.stopwords_.contains(token_keys_[k]) &&
             !(Tok(k).size() == 2 && Tok(k)[1] == '.');
    };
    if (best.cls == kClsWord && u.word && u.upper && !stopword(t) &&
        !x_.cues_.Is(Cue::kNameSuffix, token_keys_[t]) && !DemonymCompound(t) &&
        !honorific(t)) {
      int end = t + 1;
      while (end < su.last && end - t < 5 && units_.tokens[end].upper &&
             !LayoutBreakBefore(end) && units_.tokens[end].word &&
             !stopword(end) && !honorific(end)) {
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
  // "the Italian Air Force", "a Turkish Air Force pilot": an organization's
  // alias after another country's adjective or name names that country's
  // body of the kind, not the one the alias stands for alone ("Air Force"
  // is the United States Air Force).
  std::set<size_t> foreign;
  for (size_t i = 1; i < items.size(); ++i) {
    const Item& it = items[i];
    const Item& before = items[i - 1];
    if (it.entry == nullptr || it.entry->type != EntryType::kOrganization ||
        it.form_kind != FormKind::kAlias || it.entry->country.empty() ||
        before.entry == nullptr || before.entry->type != EntryType::kCountry ||
        before.entry->name == it.entry->country || before.t1 != it.t0) {
      continue;
    }
    Item& merged = items[i - 1];
    merged.t1 = it.t1;
    merged.key = SpanKey(merged.t0, merged.t1);
    merged.cls = kClsOrg;
    merged.form_kind = FormKind::kCanonical;
    merged.entry = nullptr;
    items.erase(items.begin() + static_cast<std::ptrdiff_t>(i));
    foreign.insert(i - 1);
  }
  // Entity items get their mentions now; names wait for the rules.
  for (size_t i = 0; i < items.size(); ++i) {
    Item& it = items[i];
    if (foreign.count(i)) {
      NewMention(s, static_cast<int>(i), "Organization",
                 CollapseWhiteSpace(Span(it.t0, it.t1)),
                 "an organization's alias after another country's name");
      continue;
    }
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
        // ("teams in Houston and Moscow": after places listed after one.)
        size_t j = i;
        while (j >= 2 && j + 6 > i &&
               (items[j - 1].key == "and" || items[j - 1].key == ",") &&
               (items[j - 2].cls & (kClsPlace | kClsCapital)) != 0) {
          j -= 2;
        }
        bool locative = j > 0 && x_.cues_.Is(Cue::kLocative, items[j - 1].key);
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
      std::string name = CollapseWhiteSpace(Span(it.t0, it.t1));
      std::string canonical;
      if (it.shape->canonical.empty() ||
          !RE2::Extract(name, *it.shape->re, it.shape->canonical, &canonical)) {
        canonical = name;
      }
      int m = NewMention(s, static_cast<int>(i), it.shape->label,
                         std::move(canonical),
                         absl::StrCat("name shape ", it.shape->source));
      if (!it.shape->kind.empty()) mentions_[m].props["kind"] = it.shape->kind;
    }
  }
}

// "ADELAIDE, Australia (Reuters) -": the place of a dateline the reader
// found is a place even when no lexicon knows it, written with capitals
// only at the start of its words.
void DocExtraction::DatelinePlace(int s) {
  if (doc_.dateline.empty() || s >= kDatelineSentences) return;
  std::vector<Item>& items = items_[s];
  if (items.size() < 2 || items[0].cls != kClsName || items[0].mention >= 0 ||
      (items[1].key != "," && items[1].key != "(") ||
      SurfaceKey(doc_.dateline) != items[0].key) {
    return;
  }
  std::string name = CollapseWhiteSpace(Span(items[0].t0, items[0].t1));
  bool start = true;
  for (char& c : name) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      start = false;
      continue;
    }
    c = start ? absl::ascii_toupper(c) : absl::ascii_tolower(c);
    start = c == ' ' || c == '-';
  }
  NewMention(s, 0, "Place", std::move(name),
             "the place of the document's dateline");
  items[0].cls = kClsPlace;
}

}  // namespace kg
