// Values: construction, access, storability and their text (value.h);
// equality, comparison, ordering and hashing are in value_compare.cc.
#include "graph/value.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace kg {
namespace {

using namespace temporal;  // NOLINT: the temporal kinds are Value kinds

const ValueList& EmptyList() {
  static const ValueList* const kEmpty = new ValueList();
  return *kEmpty;
}

const ValueMap& EmptyMap() {
  static const ValueMap* const kEmpty = new ValueMap();
  return *kEmpty;
}

}  // namespace

struct Value::ListRep {
  ValueList items;
  uint32_t depth;
};

struct Value::MapRep {
  ValueMap entries;
  uint32_t depth;
};

Value Value::List(ValueList items) {
  uint32_t deepest = 0;
  for (const Value& v : items) deepest = std::max(deepest, v.depth());
  return Value(Rep(
      std::make_shared<const ListRep>(ListRep{std::move(items), deepest + 1})));
}

Value Value::Map(ValueMap entries) {
  uint32_t deepest = 0;
  for (const auto& [key, v] : entries) deepest = std::max(deepest, v.depth());
  return Value(Rep(
      std::make_shared<const MapRep>(MapRep{std::move(entries), deepest + 1})));
}

uint32_t Value::depth() const {
  if (is_list()) {
    const ListPtr& p = std::get<ListPtr>(rep_);
    return p ? p->depth : 1;
  }
  if (is_map()) {
    const MapPtr& p = std::get<MapPtr>(rep_);
    return p ? p->depth : 1;
  }
  return 0;
}

Value Value::Path(PathValue path) {
  return Value(Rep(std::make_shared<const PathValue>(std::move(path))));
}

const ValueList& Value::AsList() const {
  const ListPtr& p = std::get<ListPtr>(rep_);
  return p ? p->items : EmptyList();
}

const ValueMap& Value::AsMap() const {
  const MapPtr& p = std::get<MapPtr>(rep_);
  return p ? p->entries : EmptyMap();
}

const PathValue& Value::AsPath() const { return *std::get<PathPtr>(rep_); }

Value Value::FromDateTime(DateTime t) {
  return Value(Rep(std::make_shared<const DateTime>(std::move(t))));
}

std::string Value::TemporalText() const {
  switch (kind()) {
    case Kind::kDate:
      return FormatDate(AsDate());
    case Kind::kLocalTime:
      return FormatLocalTime(AsLocalTime());
    case Kind::kTime:
      return FormatTime(AsTime());
    case Kind::kLocalDateTime:
      return FormatLocalDateTime(AsLocalDateTime());
    case Kind::kDateTime:
      return FormatDateTime(AsDateTime());
    case Kind::kDuration:
      return FormatDuration(AsDuration());
    default:
      return "";
  }
}

bool Value::IsStorableProperty() const {
  switch (kind()) {
    case Kind::kBool:
    case Kind::kInt:
    case Kind::kFloat:
    case Kind::kString:
    case Kind::kDate:
    case Kind::kLocalTime:
    case Kind::kTime:
    case Kind::kLocalDateTime:
    case Kind::kDateTime:
    case Kind::kDuration:
      return true;
    case Kind::kList:
      for (const Value& v : AsList()) {
        if (v.is_null() || v.is_list() || !v.IsStorableProperty()) return false;
      }
      return true;
    default:
      return false;
  }
}

const char* Value::KindName(Kind kind) {
  switch (kind) {
    case Kind::kNull:
      return "Null";
    case Kind::kBool:
      return "Boolean";
    case Kind::kInt:
      return "Integer";
    case Kind::kFloat:
      return "Float";
    case Kind::kString:
      return "String";
    case Kind::kList:
      return "List";
    case Kind::kMap:
      return "Map";
    case Kind::kNode:
      return "Node";
    case Kind::kRelationship:
      return "Relationship";
    case Kind::kPath:
      return "Path";
    case Kind::kDate:
      return "Date";
    case Kind::kLocalTime:
      return "LocalTime";
    case Kind::kTime:
      return "Time";
    case Kind::kLocalDateTime:
      return "LocalDateTime";
    case Kind::kDateTime:
      return "DateTime";
    case Kind::kDuration:
      return "Duration";
  }
  return "Unknown";
}

std::string FormatDouble(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof(buf), d);
  std::string s(buf, res.ptr);
  if (s.find_first_of(".en") == std::string::npos) s += ".0";
  return s;
}

std::string QuoteString(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out.push_back('\'');
  for (char c : s) {
    switch (c) {
      case '\'':
        out += "\\'";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
          absl::StrAppend(
              &out, absl::StrFormat("\\u%04X", static_cast<unsigned char>(c)));
        } else {
          out.push_back(c);
        }
    }
  }
  out.push_back('\'');
  return out;
}

std::string Value::ToString() const {
  switch (kind()) {
    case Kind::kNull:
      return "null";
    case Kind::kBool:
      return AsBool() ? "true" : "false";
    case Kind::kInt:
      return absl::StrCat(AsInt());
    case Kind::kFloat:
      return FormatDouble(AsFloat());
    case Kind::kString:
      return QuoteString(AsString());
    case Kind::kList: {
      std::string out = "[";
      bool first = true;
      for (const Value& v : AsList()) {
        if (!first) out += ", ";
        first = false;
        out += v.ToString();
      }
      return out + "]";
    }
    case Kind::kMap: {
      std::string out = "{";
      bool first = true;
      for (const auto& [k, v] : AsMap()) {
        if (!first) out += ", ";
        first = false;
        absl::StrAppend(&out, k, ": ", v.ToString());
      }
      return out + "}";
    }
    case Kind::kNode:
      return absl::StrCat("(#", Raw(AsNode()), ")");
    case Kind::kRelationship:
      return absl::StrCat("[#", Raw(AsRelationship()), "]");
    case Kind::kPath: {
      const PathValue& p = AsPath();
      std::string out = "<";
      for (size_t i = 0; i < p.nodes.size(); ++i) {
        absl::StrAppend(&out, "(#", Raw(p.nodes[i]), ")");
        if (i < p.rels.size())
          absl::StrAppend(&out, "-[#", Raw(p.rels[i]), "]-");
      }
      return out + ">";
    }
    case Kind::kDate:
    case Kind::kLocalTime:
    case Kind::kTime:
    case Kind::kLocalDateTime:
    case Kind::kDateTime:
    case Kind::kDuration:
      return TemporalText();
  }
  return "?";
}

}  // namespace kg
