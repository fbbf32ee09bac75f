// WriteCypher: a script of Cypher statements that recreates the graph, in the
// shape APOC's export uses, so Neo4j, Memgraph and (later) kg can all run it.
//
//   CREATE (:`Person`:`UNIQUE IMPORT LABEL` {`name`: 'x', `UNIQUE IMPORT ID`:
//   0}); MATCH (a:`UNIQUE IMPORT LABEL` {`UNIQUE IMPORT ID`: 0}),
//         (b:`UNIQUE IMPORT LABEL` {`UNIQUE IMPORT ID`: 3})
//     CREATE (a)-[:`T` {...}]->(b);          (one line in the output)
//   MATCH (n:`UNIQUE IMPORT LABEL`) REMOVE n:`UNIQUE IMPORT LABEL`, n.`UNIQUE
//   IMPORT ID`;
//
// The import id is kg's node id. Statements come in id order, one per line,
// property keys in name order. Literal rules, all openCypher:
//   * labels, types and keys always in backticks, a backtick doubled;
//   * strings in single quotes with \\ \' \n \r \t, and \uXXXX for every other
//     control character (and DEL); invalid UTF-8 becomes U+FFFD;
//   * floats always carry a '.' or an exponent ("e300", never "e+300", which
//     openCypher's grammar lacks); NaN and the infinities, which have no
//     literal, are the expressions 0.0/0.0, 1.0/0.0 and -1.0/0.0;
//   * the smallest integer is (-9223372036854775807 - 1), since its absolute
//     value is no integer literal;
//   * temporal values are calls of the function of their kind on their text:
//     date('2015-07-21'), datetime('2017-08-08T12:31+02:00[Europe/Oslo]').
// The script creates no index (the syntax differs between Neo4j and
// Memgraph); its header says how, for big graphs. When the graph's own data
// already uses the name `UNIQUE IMPORT LABEL` (or `UNIQUE IMPORT ID`), the
// script takes the first free one of `UNIQUE IMPORT LABEL 2`, `... 3`, ...
// instead, so that its final REMOVE never strips the graph's own data (APOC's
// fixed names would).
#include <cmath>
#include <limits>
#include <ostream>
#include <string>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "graph/export.h"
#include "graph/export_util.h"

namespace kg {
namespace {

using export_internal::Counted;
using export_internal::KeyOrder;
using export_internal::OutBuffer;
using export_internal::ValidUtf8;

void AppendIdentifier(std::string_view name, std::string* out) {
  std::string scratch;
  name = ValidUtf8(name, &scratch);
  out->push_back('`');
  for (char c : name) {
    if (c == '`') out->push_back('`');
    out->push_back(c);
  }
  out->push_back('`');
}

// `base`, or `base 2`, `base 3`, ... : the first name `taken` says no to,
// quoted as an identifier.
template <typename Taken>
std::string FreeIdentifier(absl::string_view base, Taken taken) {
  std::string name(base);
  for (int n = 2; taken(name); ++n) name = absl::StrCat(base, " ", n);
  std::string out;
  AppendIdentifier(name, &out);
  return out;
}

// The temporary label and key that tie a relationship to its ends.
struct ImportNames {
  std::string label;
  std::string id;
};

ImportNames FreeImportNames(const Graph& graph) {
  return {FreeIdentifier("UNIQUE IMPORT LABEL",
                         [&](const std::string& name) {
                           return graph.FindLabel(name).has_value();
                         }),
          FreeIdentifier("UNIQUE IMPORT ID", [&](const std::string& name) {
            return graph.FindKey(name).has_value();
          })};
}

void AppendString(std::string_view s, std::string* out) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string scratch;
  s = ValidUtf8(s, &scratch);
  out->push_back('\'');
  for (char c : s) {
    switch (c) {
      case '\\':
        out->append("\\\\");
        break;
      case '\'':
        out->append("\\'");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\r':
        out->append("\\r");
        break;
      case '\t':
        out->append("\\t");
        break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
          out->append("\\u00");
          out->push_back(kHex[(c >> 4) & 0xF]);
          out->push_back(kHex[c & 0xF]);
        } else {
          out->push_back(c);
        }
    }
  }
  out->push_back('\'');
}

void AppendFloat(double d, std::string* out) {
  if (std::isnan(d)) {
    out->append("0.0/0.0");
  } else if (std::isinf(d)) {
    out->append(d > 0 ? "1.0/0.0" : "-1.0/0.0");
  } else {
    for (char c : FormatDouble(d)) {
      if (c != '+') out->push_back(c);  // only ever in "e+NN"
    }
  }
}

void AppendValue(const Value& v, std::string* out) {
  switch (v.kind()) {
    case Value::Kind::kBool:
      out->append(v.AsBool() ? "true" : "false");
      return;
    case Value::Kind::kInt:
      if (v.AsInt() == std::numeric_limits<int64_t>::min()) {
        out->append("(-9223372036854775807 - 1)");
      } else {
        absl::StrAppend(out, v.AsInt());
      }
      return;
    case Value::Kind::kFloat:
      AppendFloat(v.AsFloat(), out);
      return;
    case Value::Kind::kString:
      AppendString(v.AsString(), out);
      return;
    case Value::Kind::kList: {
      out->push_back('[');
      bool first = true;
      for (const Value& item : v.AsList()) {
        if (!first) out->append(", ");
        first = false;
        AppendValue(item, out);
      }
      out->push_back(']');
      return;
    }
    case Value::Kind::kDate:
    case Value::Kind::kLocalTime:
    case Value::Kind::kTime:
    case Value::Kind::kLocalDateTime:
    case Value::Kind::kDateTime:
    case Value::Kind::kDuration:
      // date('2015-07-21'), duration('PT1H'): the function of the kind's
      // name reads the text back exactly.
      out->append(absl::AsciiStrToLower(Value::KindName(v.kind())));
      out->push_back('(');
      AppendString(v.TemporalText(), out);
      out->push_back(')');
      return;
    default:
      // A graph stores nothing else.
      KG_DCHECK(false);
      out->append("null");
      return;
  }
}

class ScriptWriter {
 public:
  ScriptWriter(const Graph& graph, const ImportNames& import)
      : graph_(graph), import_(import), keys_(graph) {}

  // CREATE (:`L1`:`L2`:`UNIQUE IMPORT LABEL` {..., `UNIQUE IMPORT ID`: 7});
  const std::string& Node(NodeId id) {
    line_ = "CREATE (";
    for (LabelId label : graph_.Labels(id)) {
      line_.push_back(':');
      AppendIdentifier(graph_.LabelName(label), &line_);
    }
    absl::StrAppend(&line_, ":", import_.label, " {");
    AppendProperties(graph_.Properties(id));
    if (!graph_.Properties(id).empty()) line_.append(", ");
    absl::StrAppend(&line_, import_.id, ": ", Raw(id), "});\n");
    return line_;
  }

  const std::string& Relationship(RelId id) {
    line_ = "MATCH ";
    AppendImportNode("a", graph_.Source(id));
    line_.append(", ");
    AppendImportNode("b", graph_.Target(id));
    line_.append(" CREATE (a)-[:");
    AppendIdentifier(graph_.TypeName(graph_.Type(id)), &line_);
    if (!graph_.Properties(id).empty()) {
      line_.append(" {");
      AppendProperties(graph_.Properties(id));
      line_.push_back('}');
    }
    line_.append("]->(b);\n");
    return line_;
  }

 private:
  void AppendImportNode(absl::string_view var, NodeId id) {
    absl::StrAppend(&line_, "(", var, ":", import_.label, " {", import_.id,
                    ": ", Raw(id), "})");
  }

  void AppendProperties(const PropertyList& props) {
    keys_.Sort(props, &sorted_);
    bool first = true;
    for (const PropertyList::Entry* entry : sorted_) {
      if (!first) line_.append(", ");
      first = false;
      AppendIdentifier(graph_.KeyName(entry->first), &line_);
      line_.append(": ");
      AppendValue(entry->second, &line_);
    }
  }

  const Graph& graph_;
  const ImportNames& import_;
  KeyOrder keys_;
  std::string line_;
  std::vector<const PropertyList::Entry*> sorted_;
};

}  // namespace

absl::Status WriteCypher(const Graph& graph, std::ostream& out) {
  OutBuffer buffer(out);
  ImportNames import = FreeImportNames(graph);
  // No ';' in comments: some clients split statements without knowing them.
  buffer << absl::StrCat(
      "// kg graph export: a Cypher script of ",
      Counted(graph.node_count(), "node"), " and ",
      Counted(graph.relationship_count(), "relationship"),
      " for Neo4j, Memgraph or kg.\n"
      "// On a big graph, first index the temporary import ids:\n"
      "//   Neo4j 5:  CREATE INDEX FOR (n:",
      import.label, ") ON (n.", import.id,
      ")\n"
      "//   Memgraph: CREATE INDEX ON :",
      import.label, "(", import.id, ")\n");
  ScriptWriter script(graph, import);
  graph.ForEachNode([&](NodeId id) { buffer << script.Node(id); });
  graph.ForEachRelationship(
      [&](RelId id) { buffer << script.Relationship(id); });
  buffer << absl::StrCat("MATCH (n:", import.label, ") REMOVE n:", import.label,
                         ", n.", import.id, ";\n");
  return buffer.Finish();
}

}  // namespace kg
