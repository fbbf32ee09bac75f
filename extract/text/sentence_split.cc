// The sentence splitter (SplitSentences): where a sentence ends, at a
// terminator, a blank line or a line end the text's layout marks; see
// sentence.h.
#include <algorithm>
#include <span>
#include <string>
#include <vector>

#include "extract/data/lexicon.h"
#include "extract/text/char_class.h"
#include "extract/text/sentence.h"

namespace kg {
namespace {

using chars::IsDigit;
using chars::IsHyphen;
using chars::IsLetter;
using chars::IsLower;

// "U.S.", "F.B.I.", "J.": single letters, each followed by a period.
bool IsInitialism(std::string_view text) {
  if (text.empty() || text.back() != '.') return false;
  size_t i = 0;
  while (i < text.size()) {
    CodePoint c = Utf8At(text, i);
    if (!IsLetter(c.cp)) return false;
    i += c.length;
    if (i >= text.size() || text[i] != '.') return false;
    ++i;
  }
  return true;
}

// Width in code points of text[begin, end).
size_t Width(std::string_view text, size_t begin, size_t end) {
  size_t n = 0;
  for (size_t i = begin; i < end; ++i) {
    n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  }
  return n;
}

class Splitter {
 public:
  Splitter(std::string_view text, std::span<const Token> tokens,
           const Lexicon& lexicon)
      : text_(text), tokens_(tokens), lexicon_(lexicon) {}

  std::vector<Sentence> Run() {
    std::vector<Sentence> out;
    const size_t n = tokens_.size();
    if (n == 0) return out;
    StartBlock(LineStart(tokens_[0].begin));
    size_t first = 0;
    int paragraph = 0;
    for (size_t t = 0; t < n; ++t) {
      size_t last = t;  // the sentence's last token, if it ends here
      bool ends = t + 1 == n;
      int newlines = 0;
      if (!ends) {
        newlines = Newlines(t);
        if (newlines >= 2) {
          ends = true;
        } else if (EndsAtTerminator(t, &last)) {
          ends = true;
          newlines = Newlines(last);
        } else if (newlines == 1) {
          ends = EndsAtLineBreak(t);
        }
      }
      if (!ends && TooLong(first, t + 1)) ends = true;
      if (newlines > 0) UpdateLine(last, newlines);
      if (!ends) continue;
      Sentence s;
      s.begin = tokens_[first].begin;
      s.end = tokens_[last].end;
      s.first_token = static_cast<uint32_t>(first);
      s.token_count = static_cast<uint32_t>(last + 1 - first);
      s.paragraph = paragraph;
      out.push_back(s);
      if (newlines >= 2) ++paragraph;
      first = last + 1;
      t = last;
    }
    return out;
  }

 private:
  bool TooLong(size_t first, size_t next) const {
    return next - first >= kMaxSentenceTokens ||
           tokens_[next].end - tokens_[first].begin > kMaxSentenceBytes;
  }

  // Line ends between token t and the next.
  int Newlines(size_t t) const {
    if (t + 1 >= tokens_.size()) return 0;
    int n = 0;
    for (size_t i = tokens_[t].end; i < tokens_[t + 1].begin; ++i) {
      n += text_[i] == '\n';
    }
    return n;
  }

  // After the line end(s) following token t: a new line, or a new block.
  void UpdateLine(size_t t, int newlines) {
    if (t + 1 >= tokens_.size()) return;
    line_start_ = LineStart(tokens_[t + 1].begin);
    if (newlines >= 2) StartBlock(line_start_);
  }

  size_t LineStart(size_t pos) const {
    size_t nl = text_.rfind('\n', pos == 0 ? 0 : pos - 1);
    if (pos == 0 || nl == std::string_view::npos) return 0;
    return nl + 1;
  }

  // Measures the paragraph starting at `begin`: its widest line, up to the
  // next blank line. Each paragraph is measured once.
  void StartBlock(size_t begin) {
    line_start_ = begin;
    block_width_ = 0;
    size_t i = begin;
    while (i < text_.size()) {
      size_t nl = text_.find('\n', i);
      size_t line_end = nl == std::string_view::npos ? text_.size() : nl;
      size_t width = 0, count = 0;
      for (size_t j = i; j < line_end;) {
        CodePoint c = Utf8At(text_, j);
        ++count;
        if (!IsWhiteSpace(c.cp)) width = count;
        j += c.length;
      }
      if (width == 0) break;  // a blank line
      block_width_ = std::max(block_width_, width);
      i = line_end + 1;
    }
  }

  // Whether a sentence ends at terminator or abbreviation token t, or after
  // the closing quotes and brackets that follow it (then *last is the last of
  // them).
  bool EndsAtTerminator(size_t t, size_t* last) const {
    const Token& a = tokens_[t];
    if (!a.terminator && !a.abbreviation) return false;
    bool strict = false;  // only a clear sentence starter may follow
    if (a.abbreviation) {
      std::string_view word = a.Text(text_);
      strict = lexicon_.IsAbbreviation(word) || IsInitialism(word);
    }
    size_t j = t;
    while (j + 1 < tokens_.size() && tokens_[j + 1].begin == tokens_[j].end &&
           IsCloser(tokens_[j + 1])) {
      ++j;
    }
    if (!EndsBefore(j, strict)) return false;
    *last = j;
    return true;
  }

  // Whether a sentence whose terminator is followed by closers up to token j
  // ends there, judging by what follows.
  bool EndsBefore(size_t j, bool strict) const {
    if (j + 1 == tokens_.size()) return true;
    if (tokens_[j + 1].begin == tokens_[j].end) return false;  // "?," "U.S.-"
    if (Newlines(j) >= 2) return true;
    const Token& next = tokens_[j + 1];
    if (strict) return lexicon_.IsSentenceStarter(next.Text(text_));
    if (next.upper_initial || IsDigit(Utf8At(text_, next.begin).cp)) {
      return true;
    }
    if (next.kind == TokenKind::kOpenQuote ||
        next.kind == TokenKind::kAmbiguousQuote) {
      return true;
    }
    if (IsOpenBracket(next) && j + 2 < tokens_.size()) {
      const Token& after = tokens_[j + 2];
      return after.upper_initial || IsDigit(Utf8At(text_, after.begin).cp);
    }
    return false;
  }

  bool IsCloser(const Token& t) const {
    if (t.kind == TokenKind::kCloseQuote) return true;
    if (t.kind == TokenKind::kAmbiguousQuote) return true;
    if (t.kind != TokenKind::kPunctuation || t.end - t.begin != 1) return false;
    char c = text_[t.begin];
    return c == ')' || c == ']' || c == '}';
  }

  bool IsOpenBracket(const Token& t) const {
    if (t.kind != TokenKind::kPunctuation || t.end - t.begin != 1) return false;
    char c = text_[t.begin];
    return c == '(' || c == '[';
  }

  // Whether the single line end after token t (which ends its line) ends the
  // sentence; see the header comment.
  bool EndsAtLineBreak(size_t t) const {
    const Token& a = tokens_[t];
    if (a.abbreviation) return false;
    if (a.kind == TokenKind::kPunctuation &&
        IsHyphen(Utf8At(text_, a.begin).cp) && t > 0 &&
        tokens_[t - 1].end == a.begin) {
      return false;  // "fore-\nseeable"
    }
    // E-mail quoting: lines of different quote levels ("> ", ">> ") are
    // different texts; within one level the prefix is skipped.
    std::string_view prefix = QuotePrefix(line_start_);
    size_t line = tokens_[t].end;  // where the next line's prefix starts
    while (line < text_.size() && text_[line] != '\n') ++line;
    std::string_view next_prefix = QuotePrefix(line + 1);
    if (next_prefix != prefix) return true;
    size_t k = t + 1;
    size_t prefix_end = next_prefix.data() + next_prefix.size() - text_.data();
    while (k < tokens_.size() && tokens_[k].end <= prefix_end) ++k;
    if (k >= tokens_.size() || (k > t + 1 && Newlines(k - 1) > 0)) {
      return true;  // a line of only ">"
    }
    const Token& next = tokens_[k];
    // The next line's first word, measured up to the block width.
    size_t chunk_end = next.begin, chunk_width = 0;
    while (chunk_end < text_.size() && chunk_width <= block_width_) {
      CodePoint c = Utf8At(text_, chunk_end);
      if (IsWhiteSpace(c.cp)) break;
      chunk_end += c.length;
      ++chunk_width;
    }
    std::string_view chunk = text_.substr(next.begin, chunk_end - next.begin);
    if (IsListMarker(chunk)) return true;
    if (next.upper_initial && chunk.size() > 1 && chunk.size() <= 30 &&
        chunk.back() == ':') {
      return true;  // "Subject: ...", "READ MORE:"
    }
    // "Treasurer - Mike Burkhead": a line that opens with a label and a
    // spaced dash is an entry of its own.
    if (next.upper_initial && chunk.size() > 1 && chunk.size() <= 30) {
      std::string_view after = text_.substr(chunk_end, 5);
      if (after.starts_with(" - ") || after.starts_with(" \u2013 ")) {
        return true;
      }
    }
    if (IsLower(Utf8At(text_, next.begin).cp)) return false;
    if (block_width_ < 40) return true;
    size_t width = Width(text_, line_start_, a.end);
    size_t slack = std::max<size_t>(8, block_width_ / 8);
    return width + 1 + chunk_width + slack <= block_width_;
  }

  // The e-mail quote prefix ("> ", ">> ", "> > ") of the line starting at
  // `pos`, without trailing white space; "" when there is none.
  std::string_view QuotePrefix(size_t pos) const {
    size_t i = pos, end = pos;
    while (i < text_.size() &&
           (text_[i] == ' ' || text_[i] == '\t' || text_[i] == '>')) {
      if (text_[i] == '>') end = i + 1;
      ++i;
    }
    size_t begin = pos;
    while (begin < end && text_[begin] != '>') ++begin;
    return text_.substr(begin, end - begin);
  }

  static bool IsListMarker(std::string_view chunk) {
    static constexpr std::string_view kBullets[] = {
        "-",      "*",      "+",      "\u2022", "\u00B7",
        "\u25AA", "\u2023", "\u25E6", "\u2013", "\u2014"};
    for (std::string_view b : kBullets) {
      if (chunk == b) return true;
    }
    if (chunk.size() < 2 || chunk.size() > 4) return false;
    char last = chunk.back();
    if (last != '.' && last != ')') return false;
    for (size_t i = 0; i + 1 < chunk.size(); ++i) {
      if (chunk[i] < '0' || chunk[i] > '9') return false;
    }
    return true;
  }

  std::string_view text_;
  std::span<const Token> tokens_;
  const Lexicon& lexicon_;
  size_t line_start_ = 0;
  size_t block_width_ = 0;
};

}  // namespace

std::vector<Sentence> SplitSentences(std::string_view text,
                                     std::span<const Token> tokens,
                                     const Lexicon& lexicon) {
  return Splitter(chars::Clip(text), tokens, lexicon).Run();
}

}  // namespace kg
