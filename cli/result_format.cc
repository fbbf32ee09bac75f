#include "cli/result_format.h"

#include <ostream>
#include <vector>

#include "absl/container/btree_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "cli/cli_util.h"
#include "cli/display_width.h"
#include "graph/export.h"
#include "graph/render.h"
#include "query/source_span.h"
#include "rapidjson/stringbuffer.h"
#include "rapidjson/writer.h"

namespace kg::cli {
namespace {

std::string Plural(int64_t n, const std::string& noun) {
  return absl::StrCat(n, " ", noun, n == 1 ? "" : "s");
}

// Cells are wrapped at kMaxCellWidth columns over at most kMaxCellLines
// lines; a longer value is cut there with a "…".
void WriteTable(const Graph& g, const query::QueryResult& r,
                std::optional<absl::Duration> elapsed, std::ostream& out) {
  if (!r.columns.empty()) {
    using Cell = std::vector<std::string>;  // its lines
    std::vector<size_t> widths;
    auto fit = [&](std::string_view text, size_t column) {
      Cell cell = WrapToWidth(text, kMaxCellWidth, kMaxCellLines);
      for (const std::string& line : cell) {
        widths[column] = std::max(widths[column], DisplayWidth(line));
      }
      return cell;
    };
    std::vector<Cell> header;
    for (size_t i = 0; i < r.columns.size(); ++i) {
      widths.push_back(0);
      header.push_back(fit(r.columns[i], i));
    }
    std::vector<std::vector<Cell>> cells;
    for (const auto& row : r.rows) {
      std::vector<Cell>& line = cells.emplace_back();
      for (size_t i = 0; i < r.columns.size(); ++i) {
        line.push_back(fit(i < row.size() ? RenderValue(g, row[i]) : "", i));
      }
    }
    std::string rule = "+";
    for (size_t w : widths) rule += std::string(w + 2, '-') + "+";
    auto print_row = [&](const std::vector<Cell>& row) {
      size_t height = 1;
      for (const Cell& c : row) height = std::max(height, c.size());
      for (size_t l = 0; l < height; ++l) {
        out << "|";
        for (size_t i = 0; i < row.size(); ++i) {
          std::string_view text =
              l < row[i].size() ? std::string_view(row[i][l]) : "";
          out << " " << text << std::string(widths[i] - DisplayWidth(text), ' ')
              << " |";
        }
        out << "\n";
      }
    };
    out << rule << "\n";
    print_row(header);
    out << rule << "\n";
    for (const auto& row : cells) print_row(row);
    if (!cells.empty()) out << rule << "\n";
  }
  out << Summary(r);
  if (elapsed.has_value()) {
    out << absl::StrFormat(" (%.1f ms)", absl::ToDoubleMilliseconds(*elapsed));
  }
  out << "\n";
}

// RFC 4180: a field with a comma, quote or line break is quoted, quotes
// doubled. Strings are written as they are; everything else as Cypher text.
std::string CsvField(const Graph& g, const Value& v) {
  std::string text = v.is_string() ? v.AsString()
                     : v.is_null() ? ""
                                   : RenderValue(g, v);
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) {
    quoted += c;
    if (c == '"') quoted += '"';
  }
  return quoted + "\"";
}

void WriteCsv(const Graph& g, const query::QueryResult& r, std::ostream& out) {
  std::vector<std::string> fields;
  for (const std::string& c : r.columns) {
    fields.push_back(CsvField(g, Value::String(c)));
  }
  out << absl::StrJoin(fields, ",") << "\n";
  for (const auto& row : r.rows) {
    fields.clear();
    for (const Value& v : row) fields.push_back(CsvField(g, v));
    out << absl::StrJoin(fields, ",") << "\n";
  }
}

// Gathers the graph elements a value holds, at any depth.
void Collect(const Graph& g, const Value& v, absl::btree_set<NodeId>* nodes,
             absl::btree_set<RelId>* rels) {
  switch (v.kind()) {
    case Value::Kind::kNode:
      if (g.ContainsNode(v.AsNode())) nodes->insert(v.AsNode());
      return;
    case Value::Kind::kRelationship: {
      RelId r = v.AsRelationship();
      if (!g.ContainsRelationship(r)) return;
      rels->insert(r);
      nodes->insert(g.Source(r));
      nodes->insert(g.Target(r));
      return;
    }
    case Value::Kind::kPath:
      for (NodeId n : v.AsPath().nodes) Collect(g, Value::Node(n), nodes, rels);
      for (RelId r : v.AsPath().rels) {
        Collect(g, Value::Relationship(r), nodes, rels);
      }
      return;
    case Value::Kind::kList:
      for (const Value& item : v.AsList()) Collect(g, item, nodes, rels);
      return;
    case Value::Kind::kMap:
      for (const auto& [k, item] : v.AsMap()) Collect(g, item, nodes, rels);
      return;
    default:
      return;
  }
}

}  // namespace

absl::StatusOr<ResultFormat> ParseResultFormat(std::string_view name,
                                               bool stdout_is_terminal) {
  if (name.empty()) {
    return stdout_is_terminal ? ResultFormat::kTable : ResultFormat::kJson;
  }
  if (name == "table") return ResultFormat::kTable;
  if (name == "json") return ResultFormat::kJson;
  if (name == "jsonl") return ResultFormat::kJsonl;
  if (name == "csv") return ResultFormat::kCsv;
  if (name == "dot") return ResultFormat::kDot;
  return absl::InvalidArgumentError(
      absl::StrCat("unknown result format '", std::string(name),
                   "' (table, json, jsonl, csv, dot)"));
}

void DiagramElements::Add(const Graph& g, const query::QueryResult& r) {
  for (const auto& row : r.rows) {
    for (const Value& v : row) Collect(g, v, &nodes, &rels);
  }
}

absl::Status DiagramElements::WriteDot(const Graph& g,
                                       std::ostream& out) const {
  if (nodes.empty()) {
    return absl::InvalidArgumentError(
        "--format dot draws nodes, relationships and paths, and this result "
        "holds none: return them (e.g. RETURN p for a path p = (...))");
  }
  std::vector<NodeId> node_list(nodes.begin(), nodes.end());
  std::vector<RelId> rel_list(rels.begin(), rels.end());
  return WriteDotOf(g, node_list, rel_list, out);
}

std::string Summary(const query::QueryResult& r) {
  std::string out = Plural(static_cast<int64_t>(r.rows.size()), "row");
  const query::SideEffects& e = r.side_effects;
  std::vector<std::string> changes;
  auto add = [&](int64_t n, const char* verb, const char* one,
                 const char* many) {
    if (n > 0)
      changes.push_back(absl::StrCat(verb, " ", n, " ", n == 1 ? one : many));
  };
  add(e.nodes_created, "created", "node", "nodes");
  add(e.nodes_deleted, "deleted", "node", "nodes");
  add(e.relationships_created, "created", "relationship", "relationships");
  add(e.relationships_deleted, "deleted", "relationship", "relationships");
  add(e.labels_added, "added", "label", "labels");
  add(e.labels_removed, "removed", "label", "labels");
  add(e.properties_set, "set", "property", "properties");
  add(e.properties_removed, "removed", "property", "properties");
  if (!changes.empty()) {
    absl::StrAppend(&out, "; ", absl::StrJoin(changes, ", "));
  }
  return out;
}

namespace {

// `"stats": {...}` for the JSON result, or "" when nothing changed.
std::string StatsMember(const query::SideEffects& effects) {
  std::vector<std::string> counts;
  for (const query::SideEffectCounter& f : query::kSideEffectCounters) {
    if (effects.*(f.count) != 0) {
      counts.push_back(absl::StrCat("\"", f.name, "\": ", effects.*(f.count)));
    }
  }
  if (counts.empty()) return "";
  return absl::StrCat("\"stats\": {", absl::StrJoin(counts, ", "), "}");
}

}  // namespace

absl::Status WriteResult(ResultFormat format, const Graph& graph,
                         const query::QueryResult& result,
                         std::optional<absl::Duration> elapsed,
                         std::ostream& out) {
  switch (format) {
    case ResultFormat::kTable:
      WriteTable(graph, result, elapsed, out);
      break;
    case ResultFormat::kJson:
      return WriteResultJson(graph, result.columns, result.rows, out,
                             StatsMember(result.side_effects));
    case ResultFormat::kJsonl:
      return WriteResultJsonLines(graph, result.columns, result.rows, out);
    case ResultFormat::kCsv:
      WriteCsv(graph, result, out);
      break;
    case ResultFormat::kDot: {
      DiagramElements elements;
      elements.Add(graph, result);
      return elements.WriteDot(graph, out);
    }
  }
  out.flush();
  if (!out) return absl::DataLossError("cannot write the result");
  return absl::OkStatus();
}

void WriteJsonError(const absl::Status& status, std::ostream& out) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  w.StartObject();
  w.Key("error");
  w.StartObject();
  w.Key("code");
  w.String(query::ErrorCode(status).c_str());
  if (std::optional<std::string> category = query::GetCategory(status)) {
    w.Key("category");
    w.String(category->c_str());
  }
  std::string message = Excerpt(
      std::string_view(status.message().data(), status.message().size()), 300);
  w.Key("message");
  w.String(message.data(), static_cast<rapidjson::SizeType>(message.size()));
  std::optional<query::SourceSpan> span = query::GetSpan(status);
  w.Key("line");
  if (span.has_value()) {
    w.Uint(span->line);
  } else {
    w.Null();
  }
  w.Key("column");
  if (span.has_value()) {
    w.Uint(span->column);
  } else {
    w.Null();
  }
  w.EndObject();
  w.EndObject();
  out << buffer.GetString() << "\n";
}

}  // namespace kg::cli
