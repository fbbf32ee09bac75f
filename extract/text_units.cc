#include "extract/text_units.h"

#include "extract/utf8_class.h"

namespace kg {
namespace {

bool IsQuoteMark(char32_t c) {
  return c == '"' || c == 0x201C || c == 0x201D || c == 0xAB || c == 0xBB ||
         c == 0x201E;
}

}  // namespace

// A plain splitter: words (letters, digits and the '.', '-', '\'' joining
// them), quotation marks and other punctuation; a sentence ends at . ! ? or
// a line break after an unterminated short line, or a blank line.
TextUnits SplitText(std::string_view text, const Lexicon& lexicon) {
  TextUnits out;
  size_t i = 0;
  int paragraph = 0;
  SentenceUnit cur;
  cur.first = 0;
  bool open = false;
  auto close_sentence = [&](uint32_t end) {
    if (!open) return;
    cur.end = end;
    cur.last = static_cast<int>(out.tokens.size());
    if (cur.last > cur.first) out.sentences.push_back(cur);
    open = false;
  };
  auto start_sentence = [&](uint32_t begin) {
    if (open) return;
    cur = SentenceUnit();
    cur.begin = begin;
    cur.first = static_cast<int>(out.tokens.size());
    cur.paragraph = paragraph;
    open = true;
  };
  while (i < text.size()) {
    size_t len = 1;
    char32_t c = DecodeAt(text, i, &len);
    if (c == '\n') {
      size_t j = i + 1;
      while (j < text.size() && (text[j] == ' ' || text[j] == '\t')) ++j;
      bool blank = j < text.size() && text[j] == '\n';
      // Length of the line just ended.
      size_t line_start = text.rfind('\n', i == 0 ? 0 : i - 1);
      line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
      bool short_line = i - line_start < 60;
      if (blank || j >= text.size() || short_line) {
        close_sentence(static_cast<uint32_t>(out.tokens.empty()
                                                  ? i
                                                  : out.tokens.back().end));
        if (blank) ++paragraph;
      }
      i = j;
      continue;
    }
    if (IsSpace(c)) {
      i += len;
      continue;
    }
    start_sentence(static_cast<uint32_t>(i));
    Unit u;
    u.begin = static_cast<uint32_t>(i);
    if (IsWordChar(c)) {
      u.word = true;
      u.upper = IsUpper(c);
      size_t j = i + len;
      while (j < text.size()) {
        size_t l2 = 1;
        char32_t d = DecodeAt(text, j, &l2);
        if (IsWordChar(d)) {
          j += l2;
          continue;
        }
        // Joiners: a letter/digit must follow.
        bool joiner = d == '.' || d == '-' || d == 0x2011 || d == 0x2010 ||
                      d == '\'' || d == 0x2019 || d == '&';
        if (joiner && j + l2 < text.size()) {
          size_t l3 = 1;
          char32_t e = DecodeAt(text, j + l2, &l3);
          if (IsWordChar(e)) {
            // A possessive 's ends the word here.
            if ((d == '\'' || d == 0x2019) && (e == 's' || e == 'S')) {
              size_t after = j + l2 + l3;
              if (after >= text.size() || !IsWordChar(DecodeAt(text, after, &l3))) {
                break;
              }
            }
            j += l2;
            continue;
          }
        }
        // An abbreviation keeps its final period ("U.S.", "Dr.").
        if (d == '.') {
          std::string_view word = text.substr(i, j + 1 - i);
          if (lexicon.IsAbbreviation(word)) j += 1;
        }
        break;
      }
      u.end = static_cast<uint32_t>(j);
      out.tokens.push_back(u);
      i = j;
      continue;
    }
    // Possessive 's as its own token.
    if ((c == '\'' || c == 0x2019) && i + len < text.size() &&
        (text[i + len] == 's' || text[i + len] == 'S')) {
      u.word = true;
      u.end = static_cast<uint32_t>(i + len + 1);
      out.tokens.push_back(u);
      i = u.end;
      continue;
    }
    u.quote = IsQuoteMark(c);
    u.end = static_cast<uint32_t>(i + len);
    out.tokens.push_back(u);
    i += len;
    if (c == '.' || c == '!' || c == '?' || c == 0x2026) {
      // Closing quotes and brackets stay with the sentence.
      while (i < text.size()) {
        size_t l2 = 1;
        char32_t d = DecodeAt(text, i, &l2);
        if (IsQuoteMark(d) || d == ')' || d == '\'' || d == 0x2019) {
          Unit q;
          q.begin = static_cast<uint32_t>(i);
          q.end = static_cast<uint32_t>(i + l2);
          q.quote = IsQuoteMark(d);
          out.tokens.push_back(q);
          i += l2;
        } else {
          break;
        }
      }
      // Ends when followed by a space and an upper-case letter, digit or
      // quotation mark, or by the end of the text.
      size_t j = i;
      while (j < text.size() && text[j] == ' ') ++j;
      if (j >= text.size() || j > i) {
        size_t l2 = 1;
        char32_t d = j < text.size() ? DecodeAt(text, j, &l2) : 'A';
        if (IsUpper(d) || IsQuoteMark(d) || (d >= '0' && d <= '9') ||
            d == '\n' || d == '/' || d == '(') {
          close_sentence(static_cast<uint32_t>(i));
        }
      }
    }
  }
  close_sentence(static_cast<uint32_t>(out.tokens.empty() ? 0 : out.tokens.back().end));
  return out;
}

}  // namespace kg
