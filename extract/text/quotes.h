// Quotations: which stretches of a text are between quotation marks.
//
// FindQuotes() pairs the quotation marks of a text (a whole document or one
// paragraph) in one left-to-right pass with an explicit stack, so any depth of
// nesting and any number of unbalanced marks cost linear time and no
// recursion. The pairs are
//   "..."  straight double quotes; open or close is read from the context
//          (space or an opening bracket before and a letter after opens; a
//          letter or punctuation before and a space or punctuation after
//          closes; when the context says neither, a straight quote closes the
//          open straight quote if there is one, else opens);
//   “...”  and  «...»  typographic double quotes and guillemets;
//   ‘...’  and  '...'  single quotes, but only inside a double quote (inner
//          quotes): at the top level they are apostrophes, scare quotes or
//          headline quotes, which SAID does not take. An apostrophe between
//          letters (Yuri’s, don't, shouldn’t) is never a quotation mark.
// A closing mark with no open mark of its kind is ignored; one that matches an
// open mark further down the stack drops the unclosed inner quotes above it. A
// blank line ends every open quote: double quotes are reported with
// `closed == false` and end at the paragraph's end (the usual typographic
// convention opens each paragraph of a long quotation anew); unclosed single
// quotes are dropped, being most often apostrophes.
//
// Offsets are bytes into the text; REQUIRES: text.size() < 4 GiB (a longer
// text is looked at only up to its first 4 GiB). Everything here is a pure
// function of its arguments and safe to call concurrently.
#ifndef KG_EXTRACT_TEXT_QUOTES_H_
#define KG_EXTRACT_TEXT_QUOTES_H_

#include <cstdint>
#include <string_view>
#include <vector>

namespace kg {

enum class QuoteStyle {
  kStraight,        // "
  kCurly,           // “ ”
  kGuillemet,       // « »
  kSingleStraight,  // '
  kSingleCurly,     // ‘ ’
};

enum class QuoteDirection { kOpen, kClose, kAmbiguous, kApostrophe };

// A quotation mark at a byte position, as its context reads it.
struct QuoteMark {
  QuoteStyle style = QuoteStyle::kStraight;
  QuoteDirection direction = QuoteDirection::kAmbiguous;
  uint32_t length = 0;  // bytes; 0 when there is no quotation mark there
};

// The quotation mark starting at byte `pos` of `text`, or {length 0} when
// there is none. Only the neighbouring characters are looked at: a straight
// quote between two spaces is kAmbiguous, an apostrophe or ’ between two
// letters is kApostrophe, “ « ‘ open and ” » close (’ closes when it is not
// between letters).
QuoteMark ClassifyQuoteMark(std::string_view text, size_t pos);

struct Quote {
  uint32_t open = 0;   // byte offset of the opening mark
  uint32_t close = 0;  // byte offset of the closing mark, or of the end of
                       // the paragraph when !closed
  // The quoted words: between the marks, trimmed of white space and of one
  // trailing comma or full stop that belongs to the surrounding sentence
  // (corpus/gold/README.md): “very positive factor.” gives
  // "very positive factor". Never empty (empty quotes are not reported).
  uint32_t begin = 0;
  uint32_t end = 0;
  int depth = 0;  // 0 for an outermost quote, 1 inside it, ...
  bool closed = true;
  QuoteStyle style = QuoteStyle::kStraight;
  // Index, in FindQuotes()'s result, of the depth-0 quote this one is in
  // (its own index when depth == 0).
  uint32_t outermost = 0;
};

// Every quote of `text`, sorted by `open`; nested quotes lie inside their
// parents ([open, close] intervals nest or are disjoint).
std::vector<Quote> FindQuotes(std::string_view text);

// The outermost quote whose marks enclose byte `pos` (open < pos < close),
// or null. REQUIRES: `quotes` is a result of FindQuotes(). O(log n).
const Quote* EnclosingQuote(const std::vector<Quote>& quotes, uint32_t pos);

inline bool InsideQuote(const std::vector<Quote>& quotes, uint32_t pos) {
  return EnclosingQuote(quotes, pos) != nullptr;
}

}  // namespace kg

#endif  // KG_EXTRACT_TEXT_QUOTES_H_
