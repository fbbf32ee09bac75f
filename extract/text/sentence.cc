#include "extract/text/sentence.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <string>

#include "extract/text/char_class.h"
#include "extract/text/quotes.h"

namespace kg {
namespace {

using chars::IsApostrophe;
using chars::IsDigit;
using chars::IsFormat;
using chars::IsHyphen;
using chars::IsLetter;
using chars::IsLower;
using chars::IsPunct;
using chars::IsTerminator;
using chars::IsUpper;

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

std::vector<Token> Tokenize(std::string_view text, const Lexicon& lexicon) {
  return Tokenizer(chars::Clip(text), lexicon).Run();
}

Segmentation Segment(std::string_view text, const Lexicon& lexicon) {
  Segmentation s;
  s.tokens = Tokenize(text, lexicon);
  s.sentences = SplitSentences(text, s.tokens, lexicon);
  return s;
}

}  // namespace kg
