#include "extract/text/surface_fold.h"

#include <cstdint>

#include "graph/utf8.h"

namespace kg {
namespace {

uint32_t LowerCodePoint(uint32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if (c < 0xC0) return c;
  if (c <= 0xDE) return c == 0xD7 ? c : c + 32;  // Latin-1, not U+00D7 '×'
  if (c >= 0x100 && c <= 0x137) return c | 1;    // Latin Extended-A pairs:
  if (c >= 0x139 && c <= 0x148) return (c & 1) ? c + 1 : c;  // odd capitals
  if (c >= 0x14A && c <= 0x177) return c | 1;
  if (c == 0x178) return 0xFF;  // Ÿ
  if (c >= 0x179 && c <= 0x17E) return (c & 1) ? c + 1 : c;
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;  // Greek
  if (c >= 0x400 && c <= 0x40F) return c + 80;                // Cyrillic Ѐ..Џ
  if (c >= 0x410 && c <= 0x42F) return c + 32;                // Cyrillic А..Я
  return c;
}

bool IsSpace(uint32_t c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0xA0 ||
         c == 0x202F || (c >= 0x2000 && c <= 0x200A);
}

// Calls f(code point) for each character; invalid bytes pass as themselves
// with their byte value + 0x110000 so that they survive unchanged.
template <typename F>
void ForEachCodePoint(std::string_view s, F f) {
  for (size_t i = 0; i < s.size();) {
    size_t maximal;
    size_t n = Utf8SequenceLength(s, i, &maximal);
    if (n == 0) {
      for (size_t k = 0; k < maximal; ++k)
        f(0x110000u + static_cast<unsigned char>(s[i + k]));
      i += maximal;
      continue;
    }
    char32_t cp;
    DecodeUtf8(s, i, &cp);
    f(static_cast<uint32_t>(cp));
    i += n;
  }
}

void Append(uint32_t c, std::string* out) {
  if (c >= 0x110000) {
    out->push_back(static_cast<char>(c - 0x110000));
  } else {
    AppendUtf8(static_cast<char32_t>(c), out);
  }
}

}  // namespace

bool AsciiSurfaceKey(std::string_view s, bool fold_case, std::string* out);

std::string FoldCase(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  ForEachCodePoint(text, [&](uint32_t c) { Append(LowerCodePoint(c), &out); });
  return out;
}

// The common case, plain ASCII without runs of spaces: one pass, no
// decoding. Returns false (and leaves *out alone) when it does not apply.
bool AsciiSurfaceKey(std::string_view s, bool fold_case, std::string* out) {
  char prev = ' ';
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80 || c == '\t' || c == '\n' ||
        c == '\r' || (c == ' ' && prev == ' ')) {
      return false;
    }
    prev = c;
  }
  if (prev == ' ' && !s.empty()) return false;
  out->assign(s);
  if (fold_case) {
    for (char& c : *out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    }
  }
  if (out->size() > 4 && ((*out)[0] | 0x20) == 't' &&
      ((*out)[1] | 0x20) == 'h' && ((*out)[2] | 0x20) == 'e' &&
      (*out)[3] == ' ') {
    out->erase(0, 4);
  }
  return true;
}

std::string SurfaceKey(std::string_view surface, bool fold_case) {
  std::string out;
  if (AsciiSurfaceKey(surface, fold_case, &out)) return out;
  out.reserve(surface.size());
  bool pending_space = false;
  ForEachCodePoint(surface, [&](uint32_t c) {
    if (IsSpace(c)) {
      pending_space = !out.empty();
      return;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    if (c == 0x2018 || c == 0x2019 || c == 0x2BC) c = '\'';
    if ((c >= 0x2010 && c <= 0x2015) || c == 0x2212) c = '-';
    Append(fold_case ? LowerCodePoint(c) : c, &out);
  });
  if (out.size() > 4 && FoldCase(std::string_view(out).substr(0, 4)) == "the ")
    out.erase(0, 4);
  return out;
}

}  // namespace kg
