#include "extract/text/text_units.h"

#include "extract/text/sentence.h"

namespace kg {

TextUnits SplitText(std::string_view text, const Lexicon& lexicon) {
  Segmentation seg = Segment(text, lexicon);
  TextUnits out;
  out.tokens.reserve(seg.tokens.size());
  for (const Token& t : seg.tokens) {
    Unit u;
    u.begin = t.begin;
    u.end = t.end;
    u.word = t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber;
    u.upper = t.upper_initial;
    u.quote = t.kind == TokenKind::kOpenQuote ||
              t.kind == TokenKind::kCloseQuote ||
              t.kind == TokenKind::kAmbiguousQuote;
    out.tokens.push_back(u);
  }
  out.sentences.reserve(seg.sentences.size());
  for (const Sentence& s : seg.sentences) {
    SentenceUnit su;
    su.begin = s.begin;
    su.end = s.end;
    su.first = static_cast<int>(s.first_token);
    su.last = static_cast<int>(s.first_token + s.token_count);
    su.paragraph = s.paragraph;
    out.sentences.push_back(su);
  }
  return out;
}

}  // namespace kg
