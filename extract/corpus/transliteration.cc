// TransliterationKey (corpus_graph.h): the key under which the corpus merge
// joins person names that differ only by how they were transliterated.
#include <string>
#include <string_view>

#include "extract/corpus/corpus_graph.h"
#include "extract/text/surface_fold.h"

namespace kg {

std::string TransliterationKey(std::string_view name) {
  std::string s = FoldCase(name);
  std::string out;
  out.reserve(s.size());
  auto at = [&](size_t i, char c) { return i < s.size() && s[i] == c; };
  // Letter rewrites, left to right: yev/iev -> ev, ye -> e, kh -> h,
  // iy/yi -> i, ck -> k, ph -> f, y -> i, z -> s, w -> v, j -> i, x -> ks;
  // apostrophes go, hyphens become spaces.
  for (size_t i = 0; i < s.size();) {
    char c = s[i];
    if ((c == 'y' || c == 'i') && at(i + 1, 'e') && at(i + 2, 'v')) {
      out += "ev";
      i += 3;
    } else if (c == 'y' && at(i + 1, 'e')) {
      out += 'e';
      i += at(i + 2, 'h') ? 3 : 2;
    } else if (c == 'k' && at(i + 1, 'h')) {
      out += 'h';
      i += 2;
    } else if ((c == 'i' && at(i + 1, 'y')) || (c == 'y' && at(i + 1, 'i'))) {
      out += 'i';
      i += 2;
    } else if (c == 'c' && at(i + 1, 'k')) {
      out += 'k';
      i += 2;
    } else if (c == 'p' && at(i + 1, 'h')) {
      out += 'f';
      i += 2;
    } else {
      switch (c) {
        case 'y':
        case 'j':
          out += 'i';
          break;
        case 'z':
          out += 's';
          break;
        case 'w':
          out += 'v';
          break;
        case 'x':
          out += "ks";
          break;
        case '\'':
          break;
        case '-':
          out += ' ';
          break;
        default:
          out += c;
      }
      ++i;
    }
  }
  // Doubled letters count once.
  std::string key;
  key.reserve(out.size());
  for (char c : out) {
    if (!key.empty() && key.back() == c && c != ' ') continue;
    key.push_back(c);
  }
  return key;
}

}  // namespace kg
