// A strict little XML 1.0 well-formedness checker for the GraphML tests, so
// they need no external parser: a declaration, then elements with
// double-quoted attributes, text, and entity and character references.
// Every character must be valid UTF-8 and an XML 1.0 Char, references must
// name such a Char, and tags must balance under one root.
#ifndef KG_TESTS_GRAPH_XML_CHECK_H_
#define KG_TESTS_GRAPH_XML_CHECK_H_

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/utf8.h"

namespace kg::export_test {

class XmlChecker {
 public:
  struct Element {
    std::string name;
    std::vector<std::pair<std::string, std::string>> attributes;  // decoded
    std::string text;                                             // decoded
  };

  // Returns "" when `xml` is well-formed, else what is wrong and where.
  std::string Check(std::string_view xml) {
    s_ = xml;
    pos_ = 0;
    elements.clear();
    std::string error = CheckChars();
    if (!error.empty()) return error;
    if (!s_.starts_with("<?xml ")) return "no XML declaration";
    pos_ = s_.find("?>");
    if (pos_ == std::string_view::npos) return "unterminated declaration";
    pos_ += 2;
    std::vector<size_t> open;  // indexes into `elements`
    int roots = 0;
    while (pos_ < s_.size()) {
      if (s_.substr(pos_).starts_with("</")) {
        pos_ += 2;
        std::string name = Name();
        if (open.empty() || name != elements[open.back()].name || !Eat('>')) {
          return At("bad end tag");
        }
        open.pop_back();
      } else if (s_[pos_] == '<') {
        ++pos_;
        Element e;
        e.name = Name();
        if (e.name.empty()) return At("bad tag name");
        if (open.empty() && ++roots > 1) return At("second root element");
        if (!Attributes(&e)) return At("bad attribute");
        elements.push_back(std::move(e));
        if (Eat('>')) {
          open.push_back(elements.size() - 1);
        } else if (!(Eat('/') && Eat('>'))) {
          return At("bad tag end");
        }
      } else {
        size_t end = std::min(s_.find('<', pos_), s_.size());
        std::string_view raw = s_.substr(pos_, end - pos_);
        if (raw.find("]]>") != std::string_view::npos) return At("]]> in text");
        std::string text;
        if (!Decode(raw, &text)) return At("bad reference in text");
        bool blank = raw.find_first_not_of(" \t\r\n") == std::string::npos;
        if (open.empty() && !blank) return At("text outside the root");
        if (!open.empty()) elements[open.back()].text += text;
        pos_ = end;
      }
    }
    if (!open.empty()) return "unclosed <" + elements[open.back()].name + ">";
    return roots == 1 ? "" : "no root element";
  }

  std::vector<Element> elements;

 private:
  static bool IsXmlChar(uint32_t c) {
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
           (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
  }

  std::string At(std::string_view what) const {
    return std::string(what) + " at byte " + std::to_string(pos_) + ": " +
           std::string(s_.substr(pos_, 40));
  }

  // Valid UTF-8 (no overlongs, surrogates or > U+10FFFF), all XML Chars.
  std::string CheckChars() const {
    for (size_t i = 0; i < s_.size();) {
      unsigned char b = s_[i];
      size_t len = b < 0x80         ? 1
                   : (b >> 5) == 6  ? 2
                   : (b >> 4) == 14 ? 3
                   : (b >> 3) == 30 ? 4
                                    : 0;
      if (len == 0 || i + len > s_.size()) return "bad UTF-8 lead byte";
      uint32_t c = len == 1 ? b : b & (0x7F >> len);
      for (size_t k = 1; k < len; ++k) {
        unsigned char t = s_[i + k];
        if ((t & 0xC0) != 0x80) return "bad UTF-8 continuation";
        c = (c << 6) | (t & 0x3F);
      }
      static constexpr uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
      if (c < kMin[len]) return "overlong UTF-8";
      if (!IsXmlChar(c)) {
        return "character U+" + std::to_string(c) + " is not allowed";
      }
      i += len;
    }
    return "";
  }

  bool Eat(char c) {
    if (pos_ < s_.size() && s_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }

  std::string Name() {
    size_t begin = pos_;
    while (pos_ < s_.size() &&
           (std::isalnum(static_cast<unsigned char>(s_[pos_])) ||
            std::string_view("_:.-").find(s_[pos_]) != std::string::npos)) {
      ++pos_;
    }
    return std::string(s_.substr(begin, pos_ - begin));
  }

  bool Attributes(Element* e) {
    while (true) {
      size_t before = pos_;
      while (pos_ < s_.size() && s_[pos_] == ' ') ++pos_;
      if (pos_ < s_.size() && (s_[pos_] == '>' || s_[pos_] == '/')) return true;
      if (pos_ == before) return false;  // attributes need a space before
      std::string name = Name();
      if (name.empty() || !Eat('=') || !Eat('"')) return false;
      size_t end = s_.find('"', pos_);
      if (end == std::string_view::npos) return false;
      std::string_view raw = s_.substr(pos_, end - pos_);
      std::string value;
      if (raw.find('<') != std::string_view::npos || !Decode(raw, &value)) {
        return false;
      }
      for (const auto& [n, v] : e->attributes) {
        if (n == name) return false;
      }
      e->attributes.emplace_back(name, value);
      pos_ = end + 1;
    }
  }

  // Replaces references; false on a bare '&' or a reference to no Char.
  static bool Decode(std::string_view raw, std::string* out) {
    for (size_t i = 0; i < raw.size(); ++i) {
      if (raw[i] != '&') {
        out->push_back(raw[i]);
        continue;
      }
      size_t semi = raw.find(';', i);
      if (semi == std::string_view::npos) return false;
      std::string_view ref = raw.substr(i + 1, semi - i - 1);
      static constexpr std::pair<std::string_view, char> kEntities[] = {
          {"amp", '&'},
          {"lt", '<'},
          {"gt", '>'},
          {"quot", '"'},
          {"apos", '\''}};
      bool known = false;
      for (const auto& [name, c] : kEntities) {
        if (ref == name) {
          out->push_back(c);
          known = true;
        }
      }
      if (!known) {
        if (ref.size() < 2 || ref[0] != '#') return false;
        bool hex = ref[1] == 'x';
        std::string digits(ref.substr(hex ? 2 : 1));
        if (digits.empty() || digits.size() > 6 ||
            digits.find_first_not_of(hex ? "0123456789abcdefABCDEF"
                                         : "0123456789") != std::string::npos) {
          return false;
        }
        uint32_t c = std::stoul(digits, nullptr, hex ? 16 : 10);
        if (!IsXmlChar(c)) return false;
        AppendUtf8(c, out);
      }
      i = semi;
    }
    return true;
  }

  std::string_view s_;
  size_t pos_ = 0;
};

}  // namespace kg::export_test

#endif  // KG_TESTS_GRAPH_XML_CHECK_H_
