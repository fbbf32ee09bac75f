#include "extract/text/quotes.h"

#include <algorithm>
#include <array>
#include <limits>

#include "extract/text/sentence.h"
#include "utf8proc.h"

namespace kg {
namespace {

bool IsOpeningPunct(int32_t cp) {
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_PS:  // ( [ {
    case UTF8PROC_CATEGORY_PI:  // “ ‘ «
    case UTF8PROC_CATEGORY_PD:  // - – —
      return true;
    default:
      return cp == '/';
  }
}

bool IsPunct(int32_t cp) {
  utf8proc_category_t c = utf8proc_category(cp);
  return c >= UTF8PROC_CATEGORY_PC && c <= UTF8PROC_CATEGORY_PO;
}

// What the neighbours of a straight or ambiguous mark say about it.
QuoteDirection FromContext(std::string_view text, size_t pos, size_t length) {
  bool has_prev = pos > 0;
  bool has_next = pos + length < text.size();
  int32_t prev = has_prev ? Utf8Before(text, pos).cp : ' ';
  int32_t next = has_next ? Utf8At(text, pos + length).cp : ' ';
  bool space_before = IsWhiteSpace(prev) || IsOpeningPunct(prev);
  bool space_after =
      IsWhiteSpace(next) ||
      (IsPunct(next) && utf8proc_category(next) != UTF8PROC_CATEGORY_PS &&
       utf8proc_category(next) != UTF8PROC_CATEGORY_PI);
  if (space_before && !space_after) return QuoteDirection::kOpen;
  if (!space_before && space_after) return QuoteDirection::kClose;
  return QuoteDirection::kAmbiguous;
}

bool BetweenLetters(std::string_view text, size_t pos, size_t length) {
  return pos > 0 && pos + length < text.size() &&
         IsWordChar(Utf8Before(text, pos).cp) &&
         IsWordChar(Utf8At(text, pos + length).cp);
}

bool IsDouble(QuoteStyle s) {
  return s == QuoteStyle::kStraight || s == QuoteStyle::kCurly ||
         s == QuoteStyle::kGuillemet;
}

struct OpenMark {
  uint32_t open;
  uint32_t content;  // first byte after the mark
  QuoteStyle style;
};

// Appends the quote whose content is [from, to), trimmed, unless it is empty.
void Emit(std::string_view text, const OpenMark& mark, uint32_t close,
          uint32_t to, int depth, bool closed, std::vector<Quote>& out) {
  uint32_t b = mark.content;
  uint32_t e = to;
  auto trim = [&] {
    while (b < e && IsWhiteSpace(Utf8At(text, b).cp))
      b += Utf8At(text, b).length;
    while (e > b && IsWhiteSpace(Utf8Before(text, e).cp)) {
      e -= Utf8Before(text, e).length;
    }
  };
  trim();
  // One comma or full stop that belongs to the surrounding sentence; an
  // ellipsis written as dots stays.
  if (e > b && (text[e - 1] == ',' ||
                (text[e - 1] == '.' && (e - 1 == b || text[e - 2] != '.')))) {
    --e;
    trim();
  }
  if (b == e) return;
  Quote q;
  q.open = mark.open;
  q.close = close;
  q.begin = b;
  q.end = e;
  q.depth = depth;
  q.closed = closed;
  q.style = mark.style;
  out.push_back(q);
}

// The byte after the end of the paragraph whose last line ends at the '\n'
// at `pos`, or 0 when the next line is not blank. Scans only the next line's
// leading white space.
bool NextLineIsBlank(std::string_view text, size_t pos) {
  size_t i = pos + 1;
  while (i < text.size()) {
    if (text[i] == '\n') return true;
    CodePoint c = Utf8At(text, i);
    if (!IsWhiteSpace(c.cp)) return false;
    i += c.length;
  }
  return true;  // the text ends
}

}  // namespace

QuoteMark ClassifyQuoteMark(std::string_view text, size_t pos) {
  QuoteMark m;
  if (pos >= text.size()) return m;
  unsigned char c = static_cast<unsigned char>(text[pos]);
  if (c == '"' || c == '\'') {
    m.length = 1;
    m.style = c == '"' ? QuoteStyle::kStraight : QuoteStyle::kSingleStraight;
    m.direction = c == '\'' && BetweenLetters(text, pos, 1)
                      ? QuoteDirection::kApostrophe
                      : FromContext(text, pos, 1);
    return m;
  }
  if (c != 0xC2 && c != 0xE2) return m;
  CodePoint cp = Utf8At(text, pos);
  m.length = cp.length;
  switch (cp.cp) {
    case 0x00AB:  // «
      m.style = QuoteStyle::kGuillemet;
      m.direction = QuoteDirection::kOpen;
      return m;
    case 0x00BB:  // »
      m.style = QuoteStyle::kGuillemet;
      m.direction = QuoteDirection::kClose;
      return m;
    case 0x201C:  // “
      m.style = QuoteStyle::kCurly;
      m.direction = QuoteDirection::kOpen;
      return m;
    case 0x201D:  // ”
      m.style = QuoteStyle::kCurly;
      m.direction = QuoteDirection::kClose;
      return m;
    case 0x2018:  // ‘
      m.style = QuoteStyle::kSingleCurly;
      m.direction = QuoteDirection::kOpen;
      return m;
    case 0x2019:  // ’
      m.style = QuoteStyle::kSingleCurly;
      m.direction = BetweenLetters(text, pos, cp.length)
                        ? QuoteDirection::kApostrophe
                        : QuoteDirection::kClose;
      return m;
    default:
      m.length = 0;
      return m;
  }
}

std::vector<Quote> FindQuotes(std::string_view text) {
  if (text.size() >= std::numeric_limits<uint32_t>::max()) {
    text = text.substr(0, std::numeric_limits<uint32_t>::max() - 1);
  }
  std::vector<Quote> out;
  std::vector<OpenMark> stack;
  // How many marks of each style are on the stack: a closing mark matches in
  // O(1) or is ignored, never searching the stack.
  std::array<uint32_t, 5> open_count{};
  uint32_t open_doubles = 0;
  auto push = [&](uint32_t pos, uint32_t length, QuoteStyle style) {
    stack.push_back({pos, pos + length, style});
    ++open_count[static_cast<int>(style)];
    if (IsDouble(style)) ++open_doubles;
  };
  auto pop = [&] {
    QuoteStyle style = stack.back().style;
    --open_count[static_cast<int>(style)];
    if (IsDouble(style)) --open_doubles;
    stack.pop_back();
  };
  // Closes the innermost open quote of `style` with the mark at `pos`,
  // dropping the unclosed quotes above it.
  auto close_with = [&](QuoteStyle style, uint32_t pos) {
    while (stack.back().style != style) pop();
    Emit(text, stack.back(), pos, pos, static_cast<int>(stack.size()) - 1, true,
         out);
    pop();
  };
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == '\n') {
      if (!stack.empty() && NextLineIsBlank(text, i)) {
        uint32_t end = static_cast<uint32_t>(i);
        while (!stack.empty()) {
          if (IsDouble(stack.back().style)) {
            Emit(text, stack.back(), end, end,
                 static_cast<int>(stack.size()) - 1, false, out);
          }
          pop();
        }
      }
      ++i;
      continue;
    }
    if (c != '"' && c != '\'' && c != 0xC2 && c != 0xE2) {
      ++i;
      continue;
    }
    QuoteMark m = ClassifyQuoteMark(text, i);
    if (m.length == 0) {
      ++i;
      continue;
    }
    uint32_t pos = static_cast<uint32_t>(i);
    i += m.length;
    int style = static_cast<int>(m.style);
    bool single = !IsDouble(m.style);
    if (m.direction == QuoteDirection::kApostrophe) continue;
    if (single && open_doubles == 0) continue;  // not an inner quote
    QuoteDirection d = m.direction;
    if (d == QuoteDirection::kAmbiguous) {
      d = open_count[style] > 0 ? QuoteDirection::kClose
                                : QuoteDirection::kOpen;
    }
    if (d == QuoteDirection::kOpen) {
      push(pos, m.length, m.style);
    } else if (open_count[style] > 0) {
      close_with(m.style, pos);
    }
  }
  uint32_t end = static_cast<uint32_t>(text.size());
  while (end > 0 && IsWhiteSpace(Utf8Before(text, end).cp)) {
    end -= Utf8Before(text, end).length;
  }
  while (!stack.empty()) {
    if (IsDouble(stack.back().style)) {
      Emit(text, stack.back(), end, end, static_cast<int>(stack.size()) - 1,
           false, out);
    }
    pop();
  }
  std::sort(out.begin(), out.end(),
            [](const Quote& a, const Quote& b) { return a.open < b.open; });
  uint32_t outermost = 0;
  for (uint32_t k = 0; k < out.size(); ++k) {
    if (out[k].depth == 0) outermost = k;
    out[k].outermost = outermost;
  }
  return out;
}

const Quote* EnclosingQuote(const std::vector<Quote>& quotes, uint32_t pos) {
  // The last quote opening before `pos`: if any quote encloses `pos`, so does
  // this one's outermost quote, since quotes nest.
  auto it = std::partition_point(quotes.begin(), quotes.end(),
                                 [&](const Quote& q) { return q.open < pos; });
  if (it == quotes.begin()) return nullptr;
  const Quote& outer = quotes[std::prev(it)->outermost];
  return pos < outer.close ? &outer : nullptr;
}

}  // namespace kg
