// Canonical rendering of TCK cells and engine values; both sides share the
// helpers below so that equal cells print byte for byte alike.
#include "tests/tck/canonical.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"

namespace kg::tck {
namespace {

using Entries = std::vector<std::pair<std::string, std::string>>;

std::string Float(double d) { return FormatDouble(d == 0.0 ? 0.0 : d); }

std::string Name(std::string_view name) {
  bool plain = !name.empty() &&
               !absl::ascii_isdigit(static_cast<unsigned char>(name[0]));
  for (char c : name) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (!absl::ascii_isalnum(u) && c != '_' && u < 0x80) plain = false;
  }
  return plain ? std::string(name) : absl::StrCat("`", std::string(name), "`");
}

std::string List(std::vector<std::string> items, bool sort_lists) {
  if (sort_lists) std::sort(items.begin(), items.end());
  return absl::StrCat("[", absl::StrJoin(items, ", "), "]");
}

// REQUIRES: entries sorted by key.
std::string Map(const Entries& entries) {
  std::vector<std::string> parts;
  for (const auto& [key, value] : entries) {
    parts.push_back(absl::StrCat(Name(key), ": ", value));
  }
  return absl::StrCat("{", absl::StrJoin(parts, ", "), "}");
}

// `:A:B {k: 1}` without the brackets; labels sorted here.
std::string Element(std::vector<std::string> labels, const Entries& props) {
  std::sort(labels.begin(), labels.end());
  std::string out;
  for (const std::string& label : labels)
    absl::StrAppend(&out, ":", Name(label));
  if (!props.empty()) {
    absl::StrAppend(&out, out.empty() ? "" : " ", Map(props));
  }
  return out;
}

class GraphRenderer {
 public:
  GraphRenderer(const Graph& graph, bool sort_lists)
      : graph_(graph), sort_lists_(sort_lists) {}

  std::string Render(const Value& v) const {
    switch (v.kind()) {
      case Value::Kind::kNull:
        return "null";
      case Value::Kind::kBool:
        return v.AsBool() ? "true" : "false";
      case Value::Kind::kInt:
        return absl::StrCat(v.AsInt());
      case Value::Kind::kFloat:
        return Float(v.AsFloat());
      case Value::Kind::kString:
        return QuoteString(v.AsString());
      case Value::Kind::kList: {
        std::vector<std::string> items;
        for (const Value& item : v.AsList()) items.push_back(Render(item));
        return List(std::move(items), sort_lists_);
      }
      case Value::Kind::kMap: {
        Entries entries;
        for (const auto& [key, item] : v.AsMap()) {
          entries.emplace_back(key, Render(item));
        }
        return Map(entries);
      }
      case Value::Kind::kNode:
        return Node(v.AsNode());
      case Value::Kind::kRelationship:
        return Relationship(v.AsRelationship());
      case Value::Kind::kPath:
        return Path(v.AsPath());
      case Value::Kind::kDate:
      case Value::Kind::kLocalTime:
      case Value::Kind::kTime:
      case Value::Kind::kLocalDateTime:
      case Value::Kind::kDateTime:
      case Value::Kind::kDuration:
        // The TCK writes temporal values as strings of their ISO 8601 form
        // ('2015-07-21'), and its reference runner compares them as such.
        return QuoteString(v.TemporalText());
    }
    return "?";
  }

 private:
  template <typename Id>
  Entries Properties(Id id) const {
    Entries props;
    for (const auto& [key, value] : graph_.Properties(id)) {
      props.emplace_back(graph_.KeyName(key), Render(value));
    }
    std::sort(props.begin(), props.end());
    return props;
  }

  std::string Node(NodeId id) const {
    if (!graph_.ContainsNode(id)) {
      return absl::StrCat("(deleted node ", Raw(id), ")");
    }
    std::vector<std::string> labels;
    for (LabelId label : graph_.Labels(id)) {
      labels.push_back(graph_.LabelName(label));
    }
    return absl::StrCat("(", Element(std::move(labels), Properties(id)), ")");
  }

  std::string Relationship(RelId id) const {
    if (!graph_.ContainsRelationship(id)) {
      return absl::StrCat("[deleted relationship ", Raw(id), "]");
    }
    return absl::StrCat(
        "[", Element({graph_.TypeName(graph_.Type(id))}, Properties(id)), "]");
  }

  std::string Path(const PathValue& path) const {
    std::string out = "<";
    for (size_t i = 0; i < path.nodes.size(); ++i) {
      if (i > 0 && i - 1 < path.rels.size()) {
        const RelId rel = path.rels[i - 1];
        const bool forward = !graph_.ContainsRelationship(rel) ||
                             (graph_.Source(rel) == path.nodes[i - 1] &&
                              graph_.Target(rel) == path.nodes[i]);
        absl::StrAppend(&out, forward ? "-" : "<-", Relationship(rel),
                        forward ? "->" : "-");
      }
      absl::StrAppend(&out, Node(path.nodes[i]));
    }
    return out + ">";
  }

  const Graph& graph_;
  bool sort_lists_;
};

}  // namespace

std::string Canonical(const TckValue& v, bool sort_lists) {
  switch (v.kind) {
    case TckValue::Kind::kNull:
      return "null";
    case TckValue::Kind::kBool:
      return v.bool_value ? "true" : "false";
    case TckValue::Kind::kInt:
      return absl::StrCat(v.int_value);
    case TckValue::Kind::kFloat:
      return Float(v.float_value);
    case TckValue::Kind::kString:
      return QuoteString(v.string_value);
    case TckValue::Kind::kList: {
      std::vector<std::string> items;
      for (const TckValue& item : v.items) {
        items.push_back(Canonical(item, sort_lists));
      }
      return List(std::move(items), sort_lists);
    }
    case TckValue::Kind::kMap:
    case TckValue::Kind::kNode:
    case TckValue::Kind::kRelationship: {
      Entries entries;
      for (const auto& [key, item] : v.entries) {
        entries.emplace_back(key, Canonical(item, sort_lists));
      }
      if (v.kind == TckValue::Kind::kMap) return Map(entries);
      const std::string body = Element(v.labels, entries);
      return v.kind == TckValue::Kind::kNode ? absl::StrCat("(", body, ")")
                                             : absl::StrCat("[", body, "]");
    }
    case TckValue::Kind::kPath: {
      std::string out = "<";
      for (size_t i = 0; i < v.items.size(); ++i) {
        const bool rel = i % 2 == 1;
        const bool forward = !rel || v.forward[i / 2];
        if (rel) out += forward ? "-" : "<-";
        out += Canonical(v.items[i], sort_lists);
        if (rel) out += forward ? "->" : "-";
      }
      return out + ">";
    }
  }
  return "?";
}

std::string Canonical(const Graph& graph, const Value& value, bool sort_lists) {
  return GraphRenderer(graph, sort_lists).Render(value);
}

}  // namespace kg::tck
