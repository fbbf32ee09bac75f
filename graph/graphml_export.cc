// WriteGraphMl: GraphML for Gephi, yEd, NetworkX and Neo4j's APOC import.
//
// It follows APOC's GraphML export: each node with labels has a `labels`
// attribute and data (":Person:Official"), each edge a `label` attribute and
// data holding its type; ids are n<node id> and e<relationship id>;
// edgedefault="directed". As in APOC, a node property named `labels` (or an
// edge property named `label`) shares its attr.name with those, and a label
// holding ':' reads back ambiguously.
// Every property key in use gets a <key> per domain (node, edge) with an id
// d0, d1, ... (property names need not be XML names) and an attr.type:
//   * boolean, long or double when all its values have that kind (ints and
//     floats together make double);
//   * string otherwise, and for strings and lists. A list is written as its
//     JSON text (["a",1]), since GraphML has no list type; mixed kinds are
//     written as text (true, 42, 1.5).
// Doubles use FormatDouble, whose NaN, Infinity and -Infinity are what Java
// and Python parse (XML Schema would say INF; neither tool needs it).
// Text is valid XML 1.0 whatever the strings hold: & < > " ' become entities;
// tab, newline and carriage return become character references so that
// attribute normalisation cannot eat them; the other control characters,
// U+FFFE and U+FFFF (which XML 1.0 forbids even as references) and invalid
// UTF-8 become U+FFFD.
#include <ostream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "graph/export.h"
#include "graph/export_util.h"

namespace kg {
namespace {

using export_internal::JsonText;
using export_internal::KeyOrder;
using export_internal::OutBuffer;
using export_internal::ValidUtf8;

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

void AppendXml(std::string_view s, std::string* out) {
  std::string scratch;
  s = ValidUtf8(s, &scratch);
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    switch (c) {
      case '&':
        out->append("&amp;");
        break;
      case '<':
        out->append("&lt;");
        break;
      case '>':
        out->append("&gt;");
        break;
      case '"':
        out->append("&quot;");
        break;
      case '\'':
        out->append("&apos;");
        break;
      case '\t':
        out->append("&#9;");
        break;
      case '\n':
        out->append("&#10;");
        break;
      case '\r':
        out->append("&#13;");
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          out->append(kReplacement);
        } else if (c == '\xEF' && s.substr(i + 1, 1) == "\xBF" &&
                   (s.substr(i + 2, 1) == "\xBE" ||
                    s.substr(i + 2, 1) == "\xBF")) {
          out->append(kReplacement);  // U+FFFE or U+FFFF
          i += 2;
        } else {
          out->push_back(c);
        }
    }
  }
}

// The kinds of value one key holds in one domain, as bits.
enum KindBit : uint8_t {
  kBoolBit = 1,
  kIntBit = 2,
  kFloatBit = 4,
  kOtherBit = 8,  // string or list
};

uint8_t KindBitOf(const Value& v) {
  if (v.is_bool()) return kBoolBit;
  if (v.is_int()) return kIntBit;
  if (v.is_float()) return kFloatBit;
  return kOtherBit;
}

const char* AttrType(uint8_t kinds) {
  if (kinds == kBoolBit) return "boolean";
  if (kinds == kIntBit) return "long";
  if ((kinds & ~(kIntBit | kFloatBit)) == 0) return "double";
  return "string";
}

void AppendData(const Value& v, std::string* out) {
  switch (v.kind()) {
    case Value::Kind::kBool:
      out->append(v.AsBool() ? "true" : "false");
      return;
    case Value::Kind::kInt:
      absl::StrAppend(out, v.AsInt());
      return;
    case Value::Kind::kFloat:
      out->append(FormatDouble(v.AsFloat()));
      return;
    case Value::Kind::kString:
      AppendXml(v.AsString(), out);
      return;
    default:
      // A temporal value is a string of its ISO 8601 text, as Neo4j's APOC
      // export writes it; a list is its JSON text.
      if (v.is_temporal()) {
        AppendXml(v.TemporalText(), out);
        return;
      }
      AppendXml(JsonText(v), out);
      return;
  }
}

class GraphMlWriter {
 public:
  explicit GraphMlWriter(const Graph& graph)
      : graph_(graph),
        keys_(graph),
        node_kinds_(graph.key_count()),
        edge_kinds_(graph.key_count()),
        node_key_ids_(graph.key_count()),
        edge_key_ids_(graph.key_count()) {}

  // Declares a key for each property key in use, typed by what it holds.
  const std::string& Keys() {
    graph_.ForEachNode([&](NodeId id) {
      for (const auto& [k, v] : graph_.Properties(id)) {
        node_kinds_[k] |= KindBitOf(v);
      }
    });
    graph_.ForEachRelationship([&](RelId id) {
      for (const auto& [k, v] : graph_.Properties(id)) {
        edge_kinds_[k] |= KindBitOf(v);
      }
    });
    line_ =
        "<key id=\"labels\" for=\"node\" attr.name=\"labels\" "
        "attr.type=\"string\"/>\n";
    size_t next = 0;
    DeclareKeys("node", node_kinds_, &node_key_ids_, &next);
    line_.append(
        "<key id=\"label\" for=\"edge\" attr.name=\"label\" "
        "attr.type=\"string\"/>\n");
    DeclareKeys("edge", edge_kinds_, &edge_key_ids_, &next);
    return line_;
  }

  const std::string& Node(NodeId id) {
    line_.clear();
    std::string labels;
    for (LabelId label : graph_.Labels(id)) {
      labels.push_back(':');
      AppendXml(graph_.LabelName(label), &labels);
    }
    absl::StrAppend(&line_, "<node id=\"n", Raw(id), "\"");
    if (!labels.empty()) {
      absl::StrAppend(&line_, " labels=\"", labels, "\"><data key=\"labels\">",
                      labels, "</data>");
    } else {
      line_.push_back('>');
    }
    AppendProperties(graph_.Properties(id), node_key_ids_);
    line_.append("</node>\n");
    return line_;
  }

  const std::string& Edge(RelId id) {
    std::string type;
    AppendXml(graph_.TypeName(graph_.Type(id)), &type);
    line_.clear();
    absl::StrAppend(&line_, "<edge id=\"e", Raw(id), "\" source=\"n",
                    Raw(graph_.Source(id)), "\" target=\"n",
                    Raw(graph_.Target(id)), "\" label=\"", type,
                    "\"><data key=\"label\">", type, "</data>");
    AppendProperties(graph_.Properties(id), edge_key_ids_);
    line_.append("</edge>\n");
    return line_;
  }

 private:
  void DeclareKeys(absl::string_view domain, const std::vector<uint8_t>& kinds,
                   std::vector<std::string>* ids, size_t* next) {
    for (KeyId k : keys_.keys()) {
      if (kinds[k] == 0) continue;
      (*ids)[k] = absl::StrCat("d", (*next)++);
      absl::StrAppend(&line_, "<key id=\"", (*ids)[k], "\" for=\"", domain,
                      "\" attr.name=\"");
      AppendXml(graph_.KeyName(k), &line_);
      absl::StrAppend(&line_, "\" attr.type=\"", AttrType(kinds[k]), "\"/>\n");
    }
  }

  void AppendProperties(const PropertyList& props,
                        const std::vector<std::string>& key_ids) {
    keys_.Sort(props, &sorted_);
    for (const PropertyList::Entry* entry : sorted_) {
      absl::StrAppend(&line_, "<data key=\"", key_ids[entry->first], "\">");
      AppendData(entry->second, &line_);
      line_.append("</data>");
    }
  }

  const Graph& graph_;
  KeyOrder keys_;
  std::vector<uint8_t> node_kinds_;  // by KeyId
  std::vector<uint8_t> edge_kinds_;
  std::vector<std::string> node_key_ids_;  // by KeyId: "d3"
  std::vector<std::string> edge_key_ids_;
  std::string line_;
  std::vector<const PropertyList::Entry*> sorted_;
};

}  // namespace

absl::Status WriteGraphMl(const Graph& graph, std::ostream& out) {
  OutBuffer buffer(out);
  GraphMlWriter writer(graph);
  buffer << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
            "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
            "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
            "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
         << writer.Keys() << "<graph id=\"G\" edgedefault=\"directed\">\n";
  graph.ForEachNode([&](NodeId id) { buffer << writer.Node(id); });
  graph.ForEachRelationship([&](RelId id) { buffer << writer.Edge(id); });
  buffer << "</graph>\n</graphml>\n";
  return buffer.Finish();
}

}  // namespace kg
