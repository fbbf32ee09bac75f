#include "extract/text/sentence.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <string>

#include "extract/text/quotes.h"
#include "utf8proc.h"

namespace kg {
namespace {

// ASCII, most of any text, from a table built once; the rest from utf8proc.
utf8proc_category_t Category(int32_t cp) {
  static const std::array<utf8proc_category_t, 128> kAscii = [] {
    std::array<utf8proc_category_t, 128> table{};
    for (int32_t c = 0; c < 128; ++c) table[c] = utf8proc_category(c);
    return table;
  }();
  if (cp >= 0 && cp < 128) return kAscii[cp];
  return utf8proc_category(cp);
}

bool IsUpper(int32_t cp) {
  utf8proc_category_t c = Category(cp);
  return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}
bool IsLower(int32_t cp) { return Category(cp) == UTF8PROC_CATEGORY_LL; }
bool IsLetter(int32_t cp) {
  utf8proc_category_t c = Category(cp);
  return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}
bool IsDigit(int32_t cp) { return Category(cp) == UTF8PROC_CATEGORY_ND; }
bool IsFormat(int32_t cp) { return Category(cp) == UTF8PROC_CATEGORY_CF; }
bool IsPunct(int32_t cp) {
  utf8proc_category_t c = Category(cp);
  return c >= UTF8PROC_CATEGORY_PC && c <= UTF8PROC_CATEGORY_PO;
}
// Hyphens that join a word; en and em dashes never do.
bool IsHyphen(int32_t cp) {
  return cp == '-' || (cp >= 0x2010 && cp <= 0x2012);
}
bool IsApostrophe(int32_t cp) {
  return cp == '\'' || cp == 0x2019 || cp == 0x02BC;
}
bool IsTerminator(int32_t cp) {
  switch (cp) {
    case '.':
    case '!':
    case '?':
    case 0x2026:  // …
    case 0x203C:  // ‼
    case 0x2047:  // ⁇
    case 0x2048:  // ⁈
    case 0x2049:  // ⁉
    case 0x3002:  // 。
    case 0xFF01:  // ！
    case 0xFF1F:  // ？
      return true;
    default:
      return false;
  }
}

// Words that, capitalised after an abbreviation, clearly start a sentence:
// "in the U.S. The next ..." (but "the U.S. President ...").
constexpr std::array<std::string_view, 73> kSentenceStarters = {
    "A",       "After",  "Also",    "Although",  "An",       "And",    "As",
    "At",      "Before", "Both",    "But",       "By",       "During", "Each",
    "Earlier", "Every",  "For",     "From",      "He",       "Her",    "Here",
    "His",     "How",    "However", "I",         "If",       "In",     "It",
    "Its",     "Later",  "Many",    "Meanwhile", "Moreover", "Most",   "My",
    "No",      "Now",    "On",      "One",       "Or",       "Our",    "She",
    "Since",   "So",     "Some",    "Still",     "Such",     "That",   "The",
    "Their",   "Then",   "There",   "These",     "They",     "This",   "Those",
    "Though",  "Thus",   "To",      "Under",     "We",       "What",   "When",
    "Where",   "Which",  "While",   "Who",       "Why",      "With",   "Yet",
    "You",     "Your",   "Despite"};

bool IsSentenceStarter(std::string_view word) {
  for (std::string_view s : kSentenceStarters) {
    if (s == word) return true;
  }
  return false;
}

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

bool StartsWithNoCase(std::string_view text, size_t pos,
                      std::string_view prefix) {
  if (text.size() - pos < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    char c = text[pos + i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != prefix[i]) return false;
  }
  return true;
}

class Tokenizer {
 public:
  Tokenizer(std::string_view text, const Lexicon& lexicon)
      : text_(text), lexicon_(lexicon) {}

  std::vector<Token> Run() {
    std::vector<Token> tokens;
    size_t pos = 0;
    while (pos < text_.size()) {
      CodePoint c = Utf8At(text_, pos);
      if (IsWhiteSpace(c.cp)) {
        pos += c.length;
        continue;
      }
      Token t;
      t.begin = static_cast<uint32_t>(pos);
      size_t end = Scan(pos, c, t);
      t.end = static_cast<uint32_t>(end);
      SetFlags(t);
      tokens.push_back(t);
      pos = end;
    }
    return tokens;
  }

 private:
  CodePoint At(size_t pos) const {
    return pos < text_.size() ? Utf8At(text_, pos) : CodePoint{0, 0};
  }

  // Scans the token starting at `pos` (whose code point is `c`); returns its
  // end and sets its kind.
  size_t Scan(size_t pos, CodePoint c, Token& t) {
    if (IsUrlStart(pos)) {
      t.kind = TokenKind::kUrl;
      return ScanUrl(pos);
    }
    if (IsApostrophe(c.cp) && pos > 0 &&
        IsWordChar(Utf8Before(text_, pos).cp) &&
        IsPossessiveS(pos + c.length)) {
      t.kind = TokenKind::kWord;
      t.possessive = true;
      return pos + c.length + 1;
    }
    if (IsWordChar(c.cp)) return ScanWord(pos, t);
    QuoteMark mark = ClassifyQuoteMark(text_, pos);
    if (mark.length > 0) {
      switch (mark.direction) {
        case QuoteDirection::kOpen:
          t.kind = TokenKind::kOpenQuote;
          break;
        case QuoteDirection::kClose:
          t.kind = TokenKind::kCloseQuote;
          break;
        case QuoteDirection::kAmbiguous:
          t.kind = TokenKind::kAmbiguousQuote;
          break;
        case QuoteDirection::kApostrophe:
          t.kind = TokenKind::kPunctuation;
          break;
      }
      return pos + mark.length;
    }
    if (IsTerminator(c.cp)) {
      t.kind = TokenKind::kPunctuation;
      t.terminator = true;
      size_t end = pos;
      while (end < text_.size() && end - pos < kMaxTokenBytes) {
        CodePoint d = Utf8At(text_, end);
        if (!IsTerminator(d.cp)) break;
        end += d.length;
      }
      return end;
    }
    t.kind = IsPunct(c.cp) ? TokenKind::kPunctuation : TokenKind::kSymbol;
    return pos + c.length;
  }

  // An "s" or "S" at `pos` that ends a word: the s of a possessive.
  bool IsPossessiveS(size_t pos) const {
    if (pos >= text_.size() || (text_[pos] != 's' && text_[pos] != 'S')) {
      return false;
    }
    return pos + 1 >= text_.size() || !IsWordChar(Utf8At(text_, pos + 1).cp);
  }

  bool IsUrlStart(size_t pos) const {
    char c = text_[pos];
    if (c != 'h' && c != 'H' && c != 'f' && c != 'F' && c != 'w' && c != 'W') {
      return false;
    }
    if (StartsWithNoCase(text_, pos, "http://") ||
        StartsWithNoCase(text_, pos, "https://") ||
        StartsWithNoCase(text_, pos, "ftp://")) {
      return true;
    }
    return StartsWithNoCase(text_, pos, "www.") && IsWordChar(At(pos + 4).cp);
  }

  // To the next white space, less trailing punctuation.
  size_t ScanUrl(size_t pos) const {
    size_t end = pos;
    while (end < text_.size() && end - pos < kMaxTokenBytes) {
      CodePoint c = Utf8At(text_, end);
      if (IsWhiteSpace(c.cp)) break;
      end += c.length;
    }
    return TrimTrailingPunct(pos, end);
  }

  size_t TrimTrailingPunct(size_t pos, size_t end) const {
    while (end > pos + 1) {
      CodePoint c = Utf8Before(text_, end);
      if (!IsPunct(c.cp) && c.cp != '>') break;
      if (c.cp == '/' || c.cp == '-' || c.cp == '_') break;
      end -= c.length;
    }
    return end;
  }

  size_t ScanWord(size_t pos, Token& t) {
    t.kind = TokenKind::kWord;
    size_t i = pos;
    int32_t prev = 0;            // the last code point taken
    size_t segment_letters = 0;  // letters since the last '.'
    size_t max_segment = 0;      // most letters in a '.'-separated segment
    bool internal_period = false;
    bool segment_digit = false;
    auto limit = [&](size_t n) { return i + n - pos <= kMaxTokenBytes; };
    while (i < text_.size()) {
      CodePoint c = Utf8At(text_, i);
      if (IsWordChar(c.cp) ||
          (IsFormat(c.cp) && IsWordChar(At(i + c.length).cp))) {
        if (!limit(c.length)) break;
        if (IsLetter(c.cp)) {
          max_segment = std::max(max_segment, ++segment_letters);
        } else if (IsDigit(c.cp)) {
          segment_digit = true;
        }
        if (!IsFormat(c.cp)) prev = c.cp;
        i += c.length;
        continue;
      }
      CodePoint next = At(i + c.length);
      if (!IsWordChar(next.cp) || !limit(c.length + next.length)) break;
      if (IsHyphen(c.cp)) {
        t.has_hyphen = true;
        segment_digit = true;  // a hyphenated word is no dotted abbreviation
      } else if (c.cp == '.') {
        if (segment_letters > 3 && IsUpper(next.cp)) break;  // "States.The"
        internal_period = true;
        segment_letters = 0;
      } else if (c.cp == ',' || c.cp == ':' || c.cp == '/') {
        if (!IsDigit(prev) || !IsDigit(next.cp)) break;
      } else if (IsApostrophe(c.cp)) {
        if (!IsLetter(prev) || !IsLetter(next.cp)) break;
        if (IsPossessiveS(i + c.length)) break;  // "Japan" + "’s"
      } else if (c.cp == '@') {
        t.kind = TokenKind::kUrl;
        return ScanEmail(pos, i + 1);
      } else {
        break;
      }
      prev = c.cp;
      i += c.length;
    }
    // A final period that is part of an abbreviation.
    if (i < text_.size() && text_[i] == '.' &&
        (i + 1 >= text_.size() || text_[i + 1] != '.') && limit(1)) {
      std::string_view with_period = text_.substr(pos, i + 1 - pos);
      bool dotted = internal_period && !segment_digit && max_segment <= 2;
      bool initial = !internal_period && IsUpper(Utf8At(text_, pos).cp) &&
                     Utf8At(text_, pos).length == i - pos;
      if (dotted || initial || lexicon_.IsAbbreviation(with_period) ||
          IsShoutedAbbreviation(with_period)) {
        t.abbreviation = true;
        return i + 1;
      }
    }
    return i;
  }

  // "MR." or "GEN." in an all-capitals text: the lexicon's "Mr.", "Gen.".
  bool IsShoutedAbbreviation(std::string_view word) const {
    if (word.size() < 3 || word.size() > 8) return false;
    std::string title(word);
    for (size_t i = 1; i + 1 < title.size(); ++i) {
      if (title[i] < 'A' || title[i] > 'Z') return false;
      title[i] = static_cast<char>(title[i] - 'A' + 'a');
    }
    return lexicon_.IsAbbreviation(title);
  }

  // The domain of an e-mail address, from just after its '@'.
  size_t ScanEmail(size_t pos, size_t i) const {
    while (i < text_.size() && i - pos < kMaxTokenBytes) {
      CodePoint c = Utf8At(text_, i);
      if (IsWordChar(c.cp)) {
        i += c.length;
      } else if ((c.cp == '.' || c.cp == '-') && IsWordChar(At(i + 1).cp)) {
        i += 1;
      } else {
        break;
      }
    }
    return i;
  }

  void SetFlags(Token& t) const {
    if (t.kind == TokenKind::kPunctuation || t.kind == TokenKind::kSymbol ||
        t.kind == TokenKind::kOpenQuote || t.kind == TokenKind::kCloseQuote ||
        t.kind == TokenKind::kAmbiguousQuote) {
      return;
    }
    bool upper = false, lower = false, only_number_chars = true;
    for (size_t i = t.begin; i < t.end;) {
      CodePoint c = Utf8At(text_, i);
      if (i == t.begin) t.upper_initial = IsUpper(c.cp);
      if (IsUpper(c.cp)) upper = true;
      if (IsLower(c.cp)) lower = true;
      if (IsDigit(c.cp)) {
        t.has_digit = true;
      } else if (c.cp != '.' && c.cp != ',' && c.cp != ':' && c.cp != '/') {
        only_number_chars = false;
      }
      i += c.length;
    }
    t.all_caps = upper && !lower;
    if (t.kind == TokenKind::kWord && only_number_chars && t.has_digit &&
        IsDigit(Utf8At(text_, t.begin).cp)) {
      t.kind = TokenKind::kNumber;
    }
  }

  std::string_view text_;
  const Lexicon& lexicon_;
};

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
    if (strict) return IsSentenceStarter(next.Text(text_));
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

std::string_view Clip(std::string_view text) {
  constexpr size_t kMax = std::numeric_limits<uint32_t>::max() - 1;
  return text.size() > kMax ? text.substr(0, kMax) : text;
}

}  // namespace

std::string_view TokenKindName(TokenKind kind) {
  switch (kind) {
    case TokenKind::kWord:
      return "word";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kPunctuation:
      return "punct";
    case TokenKind::kOpenQuote:
      return "open_quote";
    case TokenKind::kCloseQuote:
      return "close_quote";
    case TokenKind::kAmbiguousQuote:
      return "quote";
    case TokenKind::kUrl:
      return "url";
    case TokenKind::kSymbol:
      return "symbol";
  }
  return "?";
}

CodePoint Utf8At(std::string_view text, size_t pos) {
  auto c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) return {c, 1};
  utf8proc_int32_t cp = 0;
  utf8proc_ssize_t n = utf8proc_iterate(
      reinterpret_cast<const utf8proc_uint8_t*>(text.data() + pos),
      static_cast<utf8proc_ssize_t>(std::min<size_t>(4, text.size() - pos)),
      &cp);
  if (n <= 0) return {0xFFFD, 1};
  return {cp, static_cast<uint32_t>(n)};
}

CodePoint Utf8Before(std::string_view text, size_t pos) {
  size_t start = pos - 1;
  while (start > 0 && pos - start < 4 &&
         (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) {
    --start;
  }
  CodePoint c = Utf8At(text, start);
  if (start + c.length != pos) return {0xFFFD, 1};
  return c;
}

bool IsWhiteSpace(int32_t cp) {
  if (cp < 0x80) return cp <= ' ' || cp == 0x7F;
  switch (Category(cp)) {
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
      return true;
    default:
      return false;
  }
}

bool IsWordChar(int32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           (cp >= '0' && cp <= '9') || cp == '_';
  }
  utf8proc_category_t c = Category(cp);
  return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO);
}

std::vector<Token> Tokenize(std::string_view text, const Lexicon& lexicon) {
  return Tokenizer(Clip(text), lexicon).Run();
}

std::vector<Sentence> SplitSentences(std::string_view text,
                                     std::span<const Token> tokens,
                                     const Lexicon& lexicon) {
  return Splitter(Clip(text), tokens, lexicon).Run();
}

Segmentation Segment(std::string_view text, const Lexicon& lexicon) {
  Segmentation s;
  s.tokens = Tokenize(text, lexicon);
  s.sentences = SplitSentences(text, s.tokens, lexicon);
  return s;
}

}  // namespace kg
