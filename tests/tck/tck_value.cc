// The TCK value-notation parser: recursive descent over one cell, with a
// depth limit, and the conversion of parameter values to kg::Value.
#include "tests/tck/tck_value.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <tuple>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "graph/status_macros.h"
#include "graph/utf8.h"

namespace kg::tck {
namespace {

constexpr int kMaxDepth = 64;

class Parser {
 public:
  explicit Parser(std::string_view text) : text_(text) {}

  absl::StatusOr<TckValue> ParseAll() {
    KG_ASSIGN_OR_RETURN(TckValue value, Parse(0));
    SkipSpace();
    if (pos_ != text_.size()) return Error("trailing text");
    return value;
  }

 private:
  absl::Status Error(std::string_view what) const {
    return absl::InvalidArgumentError(absl::StrCat("at column ", pos_ + 1, ": ",
                                                   std::string(what), " in `",
                                                   std::string(text_), "`"));
  }
  void SkipSpace() {
    while (pos_ < text_.size() &&
           absl::ascii_isspace(static_cast<unsigned char>(text_[pos_]))) {
      ++pos_;
    }
  }
  char Peek() {
    SkipSpace();
    return pos_ < text_.size() ? text_[pos_] : '\0';
  }
  bool Consume(std::string_view token) {
    SkipSpace();
    if (text_.substr(pos_, token.size()) != token) return false;
    pos_ += token.size();
    return true;
  }
  // Like Consume(), but only a whole word: "Inf" does not take "Info".
  bool ConsumeWord(std::string_view word) {
    SkipSpace();
    const size_t end = pos_ + word.size();
    if (text_.substr(pos_, word.size()) != word ||
        (end < text_.size() &&
         (absl::ascii_isalnum(static_cast<unsigned char>(text_[end])) ||
          text_[end] == '_'))) {
      return false;
    }
    pos_ = end;
    return true;
  }
  absl::Status Expect(std::string_view token) {
    if (Consume(token)) return absl::OkStatus();
    return Error(absl::StrCat("expected '", std::string(token), "'"));
  }

  absl::StatusOr<TckValue> Parse(int depth) {
    if (depth > kMaxDepth) return Error("nested too deeply");
    const char c = Peek();
    TckValue v;
    switch (c) {
      case '(':
        return ParseNode(depth);
      case '<':
        return ParsePath(depth);
      case '{': {
        v.kind = TckValue::Kind::kMap;
        KG_ASSIGN_OR_RETURN(v.entries, ParseMap(depth));
        return v;
      }
      case '\'':
      case '"': {
        v.kind = TckValue::Kind::kString;
        KG_ASSIGN_OR_RETURN(v.string_value, ParseString());
        return v;
      }
      case '[': {
        const size_t open = pos_++;
        const bool relationship = Peek() == ':';
        pos_ = open;
        return relationship ? ParseRelationship(depth) : ParseList(depth);
      }
      default:
        break;
    }
    for (auto [word, kind, b] :
         {std::tuple{"null", TckValue::Kind::kNull, false},
          std::tuple{"true", TckValue::Kind::kBool, true},
          std::tuple{"false", TckValue::Kind::kBool, false}}) {
      if (ConsumeWord(word)) {
        v.kind = kind;
        v.bool_value = b;
        return v;
      }
    }
    return ParseNumber();
  }

  absl::StatusOr<TckValue> ParseNumber() {
    TckValue v;
    v.kind = TckValue::Kind::kFloat;
    if (ConsumeWord("NaN")) {
      v.float_value = std::numeric_limits<double>::quiet_NaN();
      return v;
    }
    for (auto [word, sign] :
         {std::pair{"Infinity", 1.0}, std::pair{"-Infinity", -1.0},
          std::pair{"Inf", 1.0}, std::pair{"-Inf", -1.0}}) {
      if (ConsumeWord(word)) {
        v.float_value = sign * std::numeric_limits<double>::infinity();
        return v;
      }
    }
    const size_t start = pos_;
    bool is_float = false;
    while (pos_ < text_.size()) {
      const char c = text_[pos_];
      const bool exponent_sign =
          (c == '-' || c == '+') && pos_ > start &&
          (text_[pos_ - 1] == 'e' || text_[pos_ - 1] == 'E');
      if (absl::ascii_isdigit(static_cast<unsigned char>(c)) ||
          (c == '-' && pos_ == start) || exponent_sign) {
        ++pos_;
      } else if (c == '.' || c == 'e' || c == 'E') {
        is_float = true;
        ++pos_;
      } else {
        break;
      }
    }
    const std::string token(text_.substr(start, pos_ - start));
    if (token.empty() || token == "-") return Error("expected a value");
    if (!is_float) {
      v.kind = TckValue::Kind::kInt;
      if (!absl::SimpleAtoi(token, &v.int_value)) {
        return Error("integer out of range");
      }
      return v;
    }
    char* end = nullptr;
    v.float_value = std::strtod(token.c_str(), &end);
    if (end != token.c_str() + token.size()) return Error("malformed float");
    return v;
  }

  absl::StatusOr<std::string> ParseString() {
    const char quote = text_[pos_++];
    std::string out;
    while (pos_ < text_.size()) {
      const char c = text_[pos_++];
      if (c == quote) return out;
      if (c != '\\' || pos_ == text_.size()) {
        out += c;
        continue;
      }
      const char e = text_[pos_++];
      switch (e) {
        case 'n':
          out += '\n';
          break;
        case 't':
          out += '\t';
          break;
        case 'r':
          out += '\r';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case '\\':
        case '\'':
        case '"':
          out += e;
          break;
        case 'u':
        case 'U': {
          const size_t digits = e == 'u' ? 4 : 8;
          uint32_t cp = 0;
          if (pos_ + digits > text_.size()) return Error("short \\u escape");
          for (size_t i = 0; i < digits; ++i) {
            const char h = text_[pos_++];
            if (!absl::ascii_isxdigit(static_cast<unsigned char>(h))) {
              return Error("bad \\u escape");
            }
            cp = cp * 16 + (absl::ascii_isdigit(static_cast<unsigned char>(h))
                                ? h - '0'
                                : absl::ascii_tolower(h) - 'a' + 10);
          }
          AppendUtf8(cp, &out);
          break;
        }
        default:
          out += '\\';
          out += e;
      }
    }
    return Error("unterminated string");
  }

  // An identifier (label, type, key) or a `backticked` name.
  absl::StatusOr<std::string> ParseName() {
    SkipSpace();
    std::string out;
    if (pos_ < text_.size() && text_[pos_] == '`') {
      for (++pos_; pos_ < text_.size(); ++pos_) {
        if (text_[pos_] != '`') {
          out += text_[pos_];
        } else if (pos_ + 1 < text_.size() && text_[pos_ + 1] == '`') {
          out += '`';
          ++pos_;
        } else {
          ++pos_;
          return out;
        }
      }
      return Error("unterminated `name`");
    }
    while (pos_ < text_.size()) {
      const unsigned char c = static_cast<unsigned char>(text_[pos_]);
      if (!absl::ascii_isalnum(c) && c != '_' && c < 0x80) break;
      out += text_[pos_++];
    }
    if (out.empty()) return Error("expected a name");
    return out;
  }

  absl::StatusOr<std::vector<std::pair<std::string, TckValue>>> ParseMap(
      int depth) {
    KG_RETURN_IF_ERROR(Expect("{"));
    std::vector<std::pair<std::string, TckValue>> entries;
    if (!Consume("}")) {
      do {
        KG_ASSIGN_OR_RETURN(std::string key, ParseName());
        KG_RETURN_IF_ERROR(Expect(":"));
        KG_ASSIGN_OR_RETURN(TckValue value, Parse(depth + 1));
        entries.emplace_back(std::move(key), std::move(value));
      } while (Consume(","));
      KG_RETURN_IF_ERROR(Expect("}"));
    }
    std::sort(entries.begin(), entries.end(),
              [](const auto& a, const auto& b) { return a.first < b.first; });
    for (size_t i = 1; i < entries.size(); ++i) {
      if (entries[i].first == entries[i - 1].first) {
        return Error(absl::StrCat("key '", entries[i].first, "' repeated"));
      }
    }
    return entries;
  }

  absl::StatusOr<TckValue> ParseList(int depth) {
    KG_RETURN_IF_ERROR(Expect("["));
    TckValue v;
    v.kind = TckValue::Kind::kList;
    if (Consume("]")) return v;
    do {
      KG_ASSIGN_OR_RETURN(TckValue item, Parse(depth + 1));
      v.items.push_back(std::move(item));
    } while (Consume(","));
    KG_RETURN_IF_ERROR(Expect("]"));
    return v;
  }

  absl::StatusOr<TckValue> ParseNode(int depth) {
    KG_RETURN_IF_ERROR(Expect("("));
    TckValue v;
    v.kind = TckValue::Kind::kNode;
    while (Consume(":")) {
      KG_ASSIGN_OR_RETURN(std::string label, ParseName());
      v.labels.push_back(std::move(label));
    }
    std::sort(v.labels.begin(), v.labels.end());
    if (Peek() == '{') {
      KG_ASSIGN_OR_RETURN(v.entries, ParseMap(depth));
    }
    KG_RETURN_IF_ERROR(Expect(")"));
    return v;
  }

  absl::StatusOr<TckValue> ParseRelationship(int depth) {
    KG_RETURN_IF_ERROR(Expect("["));
    KG_RETURN_IF_ERROR(Expect(":"));
    TckValue v;
    v.kind = TckValue::Kind::kRelationship;
    KG_ASSIGN_OR_RETURN(std::string type, ParseName());
    v.labels.push_back(std::move(type));
    if (Peek() == '{') {
      KG_ASSIGN_OR_RETURN(v.entries, ParseMap(depth));
    }
    KG_RETURN_IF_ERROR(Expect("]"));
    return v;
  }

  absl::StatusOr<TckValue> ParsePath(int depth) {
    KG_RETURN_IF_ERROR(Expect("<"));
    TckValue v;
    v.kind = TckValue::Kind::kPath;
    KG_ASSIGN_OR_RETURN(TckValue first, ParseNode(depth + 1));
    v.items.push_back(std::move(first));
    while (!Consume(">")) {
      const bool backward = Consume("<-");
      if (!backward) KG_RETURN_IF_ERROR(Expect("-"));
      KG_ASSIGN_OR_RETURN(TckValue rel, ParseRelationship(depth + 1));
      KG_RETURN_IF_ERROR(Expect(backward ? "-" : "->"));
      KG_ASSIGN_OR_RETURN(TckValue node, ParseNode(depth + 1));
      v.items.push_back(std::move(rel));
      v.items.push_back(std::move(node));
      v.forward.push_back(!backward);
    }
    return v;
  }

  std::string_view text_;
  size_t pos_ = 0;
};

}  // namespace

absl::StatusOr<TckValue> ParseTckValue(std::string_view text) {
  return Parser(text).ParseAll();
}

absl::StatusOr<Value> ToValue(const TckValue& value) {
  switch (value.kind) {
    case TckValue::Kind::kNull:
      return Value::Null();
    case TckValue::Kind::kBool:
      return Value::Bool(value.bool_value);
    case TckValue::Kind::kInt:
      return Value::Int(value.int_value);
    case TckValue::Kind::kFloat:
      return Value::Float(value.float_value);
    case TckValue::Kind::kString:
      return Value::String(value.string_value);
    case TckValue::Kind::kList: {
      ValueList items;
      for (const TckValue& item : value.items) {
        KG_ASSIGN_OR_RETURN(Value v, ToValue(item));
        items.push_back(std::move(v));
      }
      return Value::List(std::move(items));
    }
    case TckValue::Kind::kMap: {
      ValueMap entries;
      for (const auto& [key, item] : value.entries) {
        KG_ASSIGN_OR_RETURN(Value v, ToValue(item));
        entries.emplace(key, std::move(v));
      }
      return Value::Map(std::move(entries));
    }
    default:
      return absl::InvalidArgumentError(
          "a node, relationship or path cannot be a parameter");
  }
}

}  // namespace kg::tck
