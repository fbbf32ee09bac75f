#include "graph/render.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "absl/strings/str_cat.h"

namespace kg {
namespace {

// Names that are not plain identifiers are backtick-quoted, as in Cypher.
std::string Name(const std::string& name) {
  bool plain =
      !name.empty() && !std::isdigit(static_cast<unsigned char>(name[0]));
  for (char c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_') plain = false;
  }
  if (plain) return name;
  std::string out = "`";
  for (char c : name) {
    out += c;
    if (c == '`') out += '`';
  }
  return out + "`";
}

std::string Properties(const Graph& g, const PropertyList& props) {
  if (props.empty()) return "";
  std::vector<std::pair<const std::string*, const Value*>> sorted;
  for (const auto& [k, v] : props) sorted.emplace_back(&g.KeyName(k), &v);
  std::sort(sorted.begin(), sorted.end(),
            [](const auto& a, const auto& b) { return *a.first < *b.first; });
  std::string out = " {";
  bool first = true;
  for (const auto& [k, v] : sorted) {
    absl::StrAppend(&out, first ? "" : ", ", Name(*k), ": ", v->ToString());
    first = false;
  }
  return out + "}";
}

}  // namespace

std::string RenderNode(const Graph& g, NodeId id) {
  if (!g.ContainsNode(id)) return "()";
  std::string out = "(";
  for (LabelId l : g.Labels(id))
    absl::StrAppend(&out, ":", Name(g.LabelName(l)));
  std::string props = Properties(g, g.Properties(id));
  if (out.size() == 1 && !props.empty()) props.erase(0, 1);
  return out + props + ")";
}

std::string RenderRelationship(const Graph& g, RelId id) {
  if (!g.ContainsRelationship(id)) return "[]";
  return absl::StrCat("[:", Name(g.TypeName(g.Type(id))),
                      Properties(g, g.Properties(id)), "]");
}

std::string RenderValue(const Graph& g, const Value& v) {
  switch (v.kind()) {
    case Value::Kind::kNode:
      return RenderNode(g, v.AsNode());
    case Value::Kind::kRelationship:
      return RenderRelationship(g, v.AsRelationship());
    case Value::Kind::kPath: {
      const PathValue& p = v.AsPath();
      std::string out;
      for (size_t i = 0; i < p.nodes.size(); ++i) {
        out += RenderNode(g, p.nodes[i]);
        if (i >= p.rels.size()) break;
        RelId r = p.rels[i];
        bool forward = !g.ContainsRelationship(r) || g.Source(r) == p.nodes[i];
        absl::StrAppend(&out, forward ? "-" : "<-", RenderRelationship(g, r),
                        forward ? "->" : "-");
      }
      return out;
    }
    case Value::Kind::kList: {
      std::string out = "[";
      bool first = true;
      for (const Value& item : v.AsList()) {
        absl::StrAppend(&out, first ? "" : ", ", RenderValue(g, item));
        first = false;
      }
      return out + "]";
    }
    case Value::Kind::kMap: {
      std::string out = "{";
      bool first = true;
      for (const auto& [k, item] : v.AsMap()) {
        absl::StrAppend(&out, first ? "" : ", ", Name(k), ": ",
                        RenderValue(g, item));
        first = false;
      }
      return out + "}";
    }
    default:
      return v.ToString();
  }
}

}  // namespace kg
