#include "cli/name_scan.h"

#include <algorithm>
#include <cctype>

#include "absl/strings/ascii.h"

namespace kg::cli {
namespace {

bool IsIdentStart(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}
bool IsIdentPart(char c) {
  return IsIdentStart(c) || std::isdigit(static_cast<unsigned char>(c));
}

bool IsKeyword(std::string_view word) {
  std::string upper = absl::AsciiStrToUpper(std::string(word));
  const auto& words = CypherKeywords();
  return std::find(words.begin(), words.end(), upper) != words.end();
}

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  std::vector<NameRef> Run() {
    while (pos_ < text_.size()) Step();
    return std::move(out_);
  }

 private:
  char At(size_t i) const { return i < text_.size() ? text_[i] : '\0'; }

  void SkipSpace() {
    while (pos_ < text_.size()) {
      char c = text_[pos_];
      if (std::isspace(static_cast<unsigned char>(c))) {
        ++pos_;
      } else if (c == '/' && At(pos_ + 1) == '/') {
        while (pos_ < text_.size() && text_[pos_] != '\n') ++pos_;
      } else if (c == '/' && At(pos_ + 1) == '*') {
        size_t end = text_.find("*/", pos_ + 2);
        pos_ = end == std::string_view::npos ? text_.size() : end + 2;
      } else {
        return;
      }
    }
  }

  // A plain or `quoted` name at pos_; empty when there is none.
  std::string Name() {
    std::string name;
    if (At(pos_) == '`') {
      ++pos_;
      while (pos_ < text_.size()) {
        if (text_[pos_] == '`') {
          if (At(pos_ + 1) != '`') break;
          ++pos_;
        }
        name += text_[pos_++];
      }
      ++pos_;
      return name;
    }
    while (pos_ < text_.size() && IsIdentPart(text_[pos_])) {
      name += text_[pos_++];
    }
    return name;
  }

  void Add(NameKind kind, std::string name, size_t offset) {
    if (!name.empty()) out_.push_back({kind, std::move(name), offset});
  }

  void Step() {
    SkipSpace();
    if (pos_ >= text_.size()) return;
    char c = text_[pos_];
    char open = stack_.empty() ? '\0' : stack_.back().open;
    if (c == '\'' || c == '"') {
      for (++pos_; pos_ < text_.size() && text_[pos_] != c; ++pos_) {
        if (text_[pos_] == '\\') ++pos_;
      }
      ++pos_;
      last_was_value_ = true;
    } else if (c == '(' || c == '[' || c == '{') {
      stack_.push_back({c, false});
      ++pos_;
      last_was_value_ = false;
    } else if (c == ')' || c == ']' || c == '}') {
      if (!stack_.empty()) stack_.pop_back();
      ++pos_;
      last_was_value_ = true;
    } else if (c == '$') {
      ++pos_;
      Name();
      last_was_value_ = true;
    } else if (c == ':' && open != '{') {
      // After a variable, or at the start of a pattern: labels or types.
      if (!stack_.empty()) stack_.back().typed = true;
      ++pos_;
      SkipSpace();
      size_t at = pos_;
      Add(open == '[' ? NameKind::kType : NameKind::kLabel, Name(), at);
      last_was_value_ = true;
    } else if (c == '|' && open == '[' && stack_.back().typed) {
      ++pos_;
      SkipSpace();
      if (At(pos_) == ':') ++pos_;
      SkipSpace();
      size_t at = pos_;
      Add(NameKind::kType, Name(), at);
    } else if (c == '.' && last_was_value_ &&
               !std::isdigit(static_cast<unsigned char>(At(pos_ + 1)))) {
      ++pos_;
      SkipSpace();
      size_t at = pos_;
      Add(NameKind::kKey, Name(), at);
      last_was_value_ = true;
    } else if (IsIdentStart(c) || c == '`') {
      size_t at = pos_;
      bool quoted = c == '`';
      std::string word = Name();
      size_t after = pos_;
      SkipSpace();
      if (open == '{' && At(pos_) == ':') {
        Add(NameKind::kKey, word, at);
        ++pos_;
      } else if (!quoted && At(pos_) == '(' && !IsKeyword(word)) {
        Add(NameKind::kFunction, word, at);
      } else {
        Add(NameKind::kWord, word, at);
      }
      pos_ = std::max(pos_, after);
      last_was_value_ = !IsKeyword(word);
    } else {
      ++pos_;
      last_was_value_ = std::isdigit(static_cast<unsigned char>(c));
    }
  }

  std::string_view text_;
  size_t pos_ = 0;
  struct Open {
    char open;   // ( [ {
    bool typed;  // a ':' came inside: a '|' lists more types
  };
  std::vector<Open> stack_;
  bool last_was_value_ = false;
  std::vector<NameRef> out_;
};

}  // namespace

std::vector<NameRef> ScanNames(std::string_view text) {
  return Scanner(text).Run();
}

const std::vector<std::string>& CypherKeywords() {
  static const auto* words = new std::vector<std::string>{
      "ALL",        "AND",     "AS",       "ASC",    "ASCENDING", "BY",
      "CALL",       "CASE",    "CONTAINS", "CREATE", "DELETE",    "DESC",
      "DESCENDING", "DETACH",  "DISTINCT", "ELSE",   "END",       "ENDS",
      "EXISTS",     "EXPLAIN", "FALSE",    "IN",     "IS",        "LIMIT",
      "MATCH",      "MERGE",   "NOT",      "NULL",   "ON",        "OPTIONAL",
      "OR",         "ORDER",   "PROFILE",  "REMOVE", "RETURN",    "SET",
      "SKIP",       "STARTS",  "THEN",     "TRUE",   "UNION",     "UNWIND",
      "WHEN",       "WHERE",   "WITH",     "XOR",    "YIELD"};
  return *words;
}

}  // namespace kg::cli
