// Turns of a transcript: "THOMAS PESQUET (ESA, mission specialist): I flew
// on Soyuz ...", "MR. GOLDIN: I met Yuri Koptev in Moscow last month". A
// line that opens with a speaker's label in capitals (a parenthesis may
// follow) and a colon starts a turn, which runs to the next label or to the
// end of its paragraph. "I" and "me" in it are the speaker, when the label
// names a person of the text by surname ("QUESTION:", "MODERATOR:" name
// nobody).
#include <cctype>

#include "extract/pipeline.h"
#include "extract/text/surface_fold.h"

namespace kg {

namespace {

// Labels are short: a name, a title and a name ("MR. GOLDIN").
constexpr int kLabelWords = 4;
// How far the parenthesis after a label may run ("(NASA, Commercial Crew
// Program manager)").
constexpr int kLabelNote = 16;

}  // namespace

// The last word of the label that opens sentence `s` (a token), or -1.
int DocExtraction::TurnLabelAt(int s) const {
  const SentenceUnit& su = units_.sentences[s];
  const uint32_t begin = units_.tokens[su.first].begin;
  if (begin > 0 && text_[begin - 1] != '\n') return -1;
  int u = su.first, last_word = -1;
  while (u < su.last && u < su.first + kLabelWords &&
         (AllCaps(u) || Tok(u) == ".")) {
    if (units_.tokens[u].word) last_word = u;
    ++u;
  }
  if (last_word < 0 || u >= su.last) return -1;
  if (Tok(u) == "(") {
    const int open = u;
    while (u < su.last && u < open + kLabelNote && Tok(u) != ")") ++u;
    if (u >= su.last || Tok(u) != ")") return -1;
    ++u;
  }
  return u < su.last && Tok(u) == ":" ? last_word : -1;
}

// Whether sentence `s` opens a paragraph: a blank line before it.
bool DocExtraction::ParagraphStart(int s) const {
  int newlines = 0;
  for (uint32_t b = units_.tokens[units_.sentences[s].first].begin; b > 0;
       --b) {
    const char c = text_[b - 1];
    if (c == '\n') {
      ++newlines;
    } else if (c != ' ' && c != '\t' && c != '\r') {
      break;
    }
  }
  return newlines >= 2;
}

int DocExtraction::TurnSpeaker(int s) const {
  if (turn_speaker_.empty()) {
    const int n = static_cast<int>(units_.sentences.size());
    turn_speaker_.assign(n, -1);
    int speaker = -1;
    bool in_turns = false;
    for (int k = 0; k < n; ++k) {
      const int label = TurnLabelAt(k);
      // (A turn is one paragraph: a new one without a label is narration.)
      if (label < 0 && ParagraphStart(k)) speaker = -1;
      if (label >= 0) {
        in_turns = true;
        speaker = -1;
        // The person of the text whose surname the label is.
        const std::string surname = FoldCase(Tok(label));
        for (int m = 0; m < static_cast<int>(mentions_.size()) && speaker < 0;
             ++m) {
          const Mention& mm = mentions_[m];
          if (mm.label != "Person") continue;
          const std::string& name = mm.canonical;
          const size_t space = name.rfind(' ');
          const std::string last = FoldCase(
              space == std::string::npos ? name : name.substr(space + 1));
          if (last == surname) speaker = m;
        }
      }
      if (in_turns) turn_speaker_[k] = speaker;
    }
  }
  return s < static_cast<int>(turn_speaker_.size()) ? turn_speaker_[s] : -1;
}

}  // namespace kg
