// SAID: quotations and their speakers.
#include <algorithm>

#include "absl/strings/str_cat.h"
#include "extract/pipeline.h"

namespace kg {

// The words between a quotation's marks.
int DocExtraction::QuoteWords(const QuoteSpan& q) const {
  int n = 0;
  for (int t = q.open + 1; t < q.close; ++t) n += units_.tokens[t].word;
  return n;
}

// Whether a quotation reads as a title: ten words or fewer, each with a
// capital but short function words ("of", "the", "who" stays lower in
// some), and no punctuation that speech would have.
bool DocExtraction::IsQuotedTitle(const QuoteSpan& q) const {
  int words = 0, capitals = 0;
  for (int t = q.open + 1; t < q.close; ++t) {
    const Unit& u = units_.tokens[t];
    if (!u.word) {
      std::string_view w = Tok(t);
      if (w == "," || w == "." || w == "?" || w == "!" || w == ";") {
        return false;
      }
      continue;
    }
    ++words;
    if (u.upper) {
      ++capitals;
    } else if (Tok(t).size() > 3) {
      return false;
    }
  }
  return words > 0 && words <= 10 && capitals * 2 > words;
}

// Whether a quotation closes its clause: a mark just inside or just after
// its closing mark, or the end of the sentence.
bool DocExtraction::EndsClause(const QuoteSpan& q) const {
  auto mark = [&](int t) {
    if (t < 0 || t >= static_cast<int>(units_.tokens.size())) return true;
    std::string_view w = Tok(t);
    if (w.empty()) return false;
    const char last = w.back();
    return last == ',' || last == '.' || last == '?' || last == '!' ||
           last == ';' || last == ':' || w == "-" || w == "\u2014" ||
           w == "\u2013";
  };
  const uint32_t after = units_.tokens[q.close].end;
  return mark(q.close - 1) || mark(q.close + 1) || after >= text_.size() ||
         text_[after] == '\n';
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
  // "Goldin said the money would buy experience. \"...,\" he said.": the
  // person who opens the sentence right before a quotation, in its
  // paragraph, is whom "he said" after it refers to.
  auto subject_before = [&](int s_open, const std::string& pronoun) -> int {
    if (s_open == 0 || units_.sentences[s_open - 1].paragraph !=
                           units_.sentences[s_open].paragraph) {
      return -1;
    }
    const int s = s_open - 1;
    for (int u = units_.sentences[s].first; SentenceSubjectAt(s, u); ++u) {
      if (units_.tokens[u].quote) return -1;
      // ("He spent a year in Star City. \"...,\" he told Mission Control":
      // the same pronoun refers to the same person.)
      const int m =
          token_keys_[u] == pronoun ? PronounReferent(s, u) : person_at(s, u);
      if (m < 0) continue;
      return PronounFits(pronoun, mentions_[m]) ? m : -1;
    }
    return -1;
  };
  int last_speaker = -1;
  int last_close = -1;
  for (const QuoteSpan& q : quotes_) {
    int s_close = sentence_of(q.close);
    int s_open = sentence_of(q.open);
    int speaker = -1;
    std::string rule;
    // After the closing mark: ", X said", ", said X", ", he said" -- a
    // quotation that ends its clause with a mark ("...," / "..." -), not a
    // phrase in marks inside a sentence ("your 'friend' at Reston said").
    const SentenceUnit& sc = units_.sentences[s_close];
    const bool ends_clause = EndsClause(q);
    for (int t = q.close + 1;
         ends_clause && t < sc.last && t <= q.close + 12 && speaker < 0; ++t) {
      if (units_.tokens[t].quote) break;
      std::string k = FoldCase(Tok(t));
      if (!units_.tokens[t].upper && x_.speech_verbs_.contains(k)) {
        // Subject before the verb or after it.
        for (int u = t - 1; u > q.close && speaker < 0; --u) {
          speaker = person_at(s_close, u);
          if (speaker < 0 &&
              x_.cues_.Is(Cue::kPersonPronoun, FoldCase(Tok(u)))) {
            // "he said": the person who opens the sentence before, else
            // the person quoted last, else the last named.
            const int subject = q.open == units_.sentences[s_open].first
                                    ? subject_before(s_open, token_keys_[u])
                                    : -1;
            speaker = subject >= 0        ? subject
                      : last_speaker >= 0 ? last_speaker
                                          : last_person_before(q.open);
          }
        }
        for (int u = t + 1; u < sc.last && u <= t + 6 && speaker < 0; ++u) {
          speaker = person_at(s_close, u);
        }
        rule = "quotation followed by a speech verb and its speaker";
      }
    }
    // '"...," Frank Culbertson, who manages the shuttle-Mir program at the
    // Johnson Space Center, told reporters': the person right after the
    // quotation, an apposition set off by commas, then the speech verb.
    constexpr int kApposition = 30;
    int after_person = -1;
    if (ends_clause && speaker < 0 && q.close + 2 < sc.last) {
      after_person = Tok(q.close + 1) == "," ? person_at(s_close, q.close + 2)
                                             : person_at(s_close, q.close + 1);
    }
    if (after_person >= 0) {
      const Mention& pm = mentions_[after_person];
      for (int t = pm.t1; t < sc.last && t <= pm.t1 + kApposition; ++t) {
        if (units_.tokens[t].quote) break;
        if (t > pm.t1 && Tok(t - 1) == "," && !units_.tokens[t].upper &&
            x_.speech_verbs_.contains(FoldCase(Tok(t)))) {
          speaker = after_person;
          rule =
              "quotation followed by its speaker, an apposition and a "
              "speech verb";
          break;
        }
      }
    }
    // The title of a work ("in \"The Man Who Sold the Moon\"") is not
    // speech.
    if (IsQuotedTitle(q)) continue;
    // A quoted name or term ("the «Yuri's night»") is not speech.
    if (q.open > 0 && units_.tokens[q.open - 1].word) {
      std::string before = FoldCase(Tok(q.open - 1));
      if (x_.cues_.Is(Cue::kQuotedName, before)) {
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
          // sentence's earlier quotation, if any; else the person who opens
          // the sentence ("Griffin has avoided criticising the Kremlin,
          // telling one audience that ..."), not one who owns its subject
          // ("Trump's strategy, calling Russia a ...").
          if (last_close >= so.first && last_close < q.open) {
            speaker = last_speaker;
          } else {
            for (int u = so.first;
                 u < t && speaker < 0 && SentenceSubjectAt(s_open, u); ++u) {
              const int m = person_at(s_open, u);
              if (m < 0 || mentions_[m].t1 >= t) continue;
              const std::string_view next = Tok(mentions_[m].t1);
              if (next != "'s" && next != "\u2019s") speaker = m;
            }
          }
          break;
        }
        // "Bill Nelson, the Florida Democrat who flew on Columbia, said
        // Goldin had '...'": the subject before an apposition that ends at
        // the verb speaks, not the person after the verb.
        if (t - 1 > so.first && Tok(t - 1) == ",") {
          for (int u = t - 2; u > so.first && u >= t - kApposition; --u) {
            if (units_.tokens[u].quote) break;
            if (Tok(u) != ",") continue;
            const int subject = person_at(s_open, u - 1);
            if (subject >= 0 && mentions_[subject].t1 == u) {
              speaker = subject;
              break;
            }
          }
        }
        for (int u = t - 1; u >= so.first && u >= t - 3 && speaker < 0; --u) {
          speaker = person_at(s_open, u);
          if (speaker < 0 &&
              x_.cues_.Is(Cue::kPersonPronoun, FoldCase(Tok(u)))) {
            // "She said: ...": the person the pronoun refers to, else the
            // last named.
            speaker = PronounReferent(s_open, u);
            if (speaker < 0) speaker = last_person_before(u);
          }
        }
        for (int u = t + 1; u < q.open && u <= t + 3 && speaker < 0; ++u) {
          speaker = person_at(s_open, u);
        }
        // "X said the probe has 'tremendous scientific power'": a few
        // words in quotation marks inside a reported sentence are a phrase
        // marked off, not what X said, unless the verb introduces them.
        if (speaker >= 0 && q.open - t > 3 && QuoteWords(q) <= 3 &&
            !EndsClause(q)) {
          speaker = -1;
        }
        break;
      }
      if (speaker >= 0) rule = "speaker and speech verb before the quotation";
    }
    // A quotation standing alone continues the last speaker, when the last
    // quotation closed in the sentence just before.
    if (speaker < 0 && last_speaker >= 0 && last_close >= 0 &&
        units_.sentences[s_open].first == q.open &&
        sentence_of(last_close) >= s_open - 1) {
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
    said.evidence = {s_open, b, e, Evidence(s_open, b, e)};
    // The words that name the speaker belong to the evidence when they stand
    // in another sentence ("...," he said. / a quotation continued).
    const int s_speaker = mentions_[speaker].sentence;
    if (s_speaker != s_open) {
      const uint32_t sb = units_.tokens[mentions_[speaker].t0].begin;
      const uint32_t se = units_.tokens[mentions_[speaker].t1 - 1].end;
      said.evidence.text = s_speaker < s_open
                               ? absl::StrCat(Evidence(s_speaker, sb, se), " ",
                                              said.evidence.text)
                               : absl::StrCat(said.evidence.text, " ",
                                              Evidence(s_speaker, sb, se));
    }
    said.rule = rule;
    facts_.said.push_back(std::move(said));
  }
}

}  // namespace kg
