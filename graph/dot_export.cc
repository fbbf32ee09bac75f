// WriteDot: the graph as Graphviz DOT, for a quick look at a small graph.
//
// Each live node is drawn with its `name` (or, without one, its first label
// and id) in the colour and shape of its first label: colours cycle through
// ColorBrewer's 12-colour Set3 and shapes through 7 shapes, both by label id,
// so the first 84 labels get distinct pairs. A legend cluster lists the
// labels that colour some node. Edges are labelled with their type.
//
// All ids are quoted ("n0", "legend0"), and every label is one quoted string
// that survives any text: `"` and `\` are escaped; newlines become \n (so
// names cannot end the string or inject attributes); `&` becomes &amp;
// because Graphviz decodes HTML entities in labels; control characters and
// invalid UTF-8 (which Graphviz warns about) become U+FFFD. A label ending in
// a backslash gets a trailing \n, which draws nothing but keeps older
// Graphviz lexers, and the DOT spec, from reading `\\"` as an escaped quote.
// A quoted label is never HTML-like, so `<b>` is drawn as text.
#include <ostream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "graph/export.h"
#include "graph/export_util.h"

namespace kg {
namespace {

using export_internal::Absl;
using export_internal::Counted;
using export_internal::OutBuffer;
using export_internal::ValidUtf8;

constexpr std::string_view kColours[] = {
    "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462",
    "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f"};
constexpr std::string_view kShapes[] = {"ellipse",      "box",     "hexagon",
                                        "octagon",      "diamond", "house",
                                        "parallelogram"};

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// `s` as a DOT quoted string, quotes included.
void AppendQuoted(std::string_view s, std::string* out) {
  std::string scratch;
  s = ValidUtf8(s, &scratch);
  out->push_back('"');
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    switch (c) {
      case '"':
        out->append("\\\"");
        break;
      case '\\':
        out->append("\\\\");
        break;
      case '&':
        out->append("&amp;");
        break;
      case '\r':
        if (i + 1 < s.size() && s[i + 1] == '\n') break;  // CRLF: one break
        [[fallthrough]];
      case '\n':
        out->append("\\n");
        break;
      default:
        if ((static_cast<unsigned char>(c) < 0x20 && c != '\t') || c == 0x7F) {
          out->append(kReplacement);
        } else {
          out->push_back(c);
        }
    }
  }
  if (!s.empty() && s.back() == '\\') out->append("\\n");
  out->push_back('"');
}

// What a node's label says: its name, else its first label and id.
std::string NodeText(const Graph& graph, NodeId id) {
  if (const Value* name = graph.Property(id, graph.name_key())) {
    return name->is_string() ? name->AsString() : name->ToString();
  }
  auto labels = graph.Labels(id);
  if (labels.empty()) return absl::StrCat(Raw(id));
  return absl::StrCat(Absl(graph.LabelName(labels[0])), " ", Raw(id));
}

// fillcolor and shape attributes of a label, with a leading ", ".
std::string Style(LabelId label) {
  return absl::StrCat(", fillcolor=\"", Absl(kColours[label % 12]),
                      "\", shape=", Absl(kShapes[label % 7]));
}

}  // namespace

absl::Status WriteDot(const Graph& graph, std::ostream& out) {
  std::vector<NodeId> nodes;
  std::vector<RelId> rels;
  nodes.reserve(graph.node_count());
  rels.reserve(graph.relationship_count());
  graph.ForEachNode([&](NodeId id) { nodes.push_back(id); });
  graph.ForEachRelationship([&](RelId id) { rels.push_back(id); });
  return WriteDotOf(graph, nodes, rels, out);
}

absl::Status WriteDotOf(const Graph& graph, absl::Span<const NodeId> nodes,
                        absl::Span<const RelId> rels, std::ostream& out) {
  OutBuffer buffer(out);
  buffer << absl::StrCat("// kg graph export: Graphviz DOT of ",
                         Counted(nodes.size(), "node"), " and ",
                         Counted(rels.size(), "relationship"), ".\n")
         << "digraph kg {\n  node [style=filled];\n";

  std::vector<bool> in_legend(graph.label_count());
  for (NodeId id : nodes) {
    auto labels = graph.Labels(id);
    if (!labels.empty()) in_legend[labels[0]] = true;
  }
  buffer << "  subgraph cluster_legend {\n    label=\"Labels\";\n";
  std::string line;
  for (LabelId l = 0; l < in_legend.size(); ++l) {
    if (!in_legend[l]) continue;
    line = absl::StrCat("    \"legend", l, "\" [label=");
    AppendQuoted(graph.LabelName(l), &line);
    absl::StrAppend(&line, Style(l), "];\n");
    buffer << line;
  }
  buffer << "  }\n";

  for (NodeId id : nodes) {
    line = absl::StrCat("  \"n", Raw(id), "\" [label=");
    AppendQuoted(NodeText(graph, id), &line);
    auto labels = graph.Labels(id);
    if (!labels.empty()) line.append(Style(labels[0]));
    line.append("];\n");
    buffer << line;
  }
  for (RelId id : rels) {
    line = absl::StrCat("  \"n", Raw(graph.Source(id)), "\" -> \"n",
                        Raw(graph.Target(id)), "\" [label=");
    AppendQuoted(graph.TypeName(graph.Type(id)), &line);
    line.append("];\n");
    buffer << line;
  }
  buffer << "}\n";
  return buffer.Finish();
}

}  // namespace kg
