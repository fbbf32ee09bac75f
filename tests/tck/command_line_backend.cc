// The command-line backend: setup statements through `kg run --write`, the
// query through `kg query --write --format json`, on one snapshot per
// scenario; the outcome read back from the JSON the binary printed.
#include <cmath>
#include <fstream>
#include <limits>
#include <utility>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "rapidjson/document.h"
#include "tests/cli/run_process.h"
#include "tests/tck/backend.h"
#include "tests/tck/canonical.h"

namespace kg::tck {
namespace {

namespace fs = std::filesystem;
using Json = rapidjson::Value;

absl::Status Malformed(std::string_view what) {
  return absl::InvalidArgumentError(
      absl::StrCat("not a kg JSON result: ", std::string(what)));
}

// True when `object` has exactly the members `names`.
bool HasExactly(const Json& object, std::initializer_list<const char*> names) {
  if (object.MemberCount() != names.size()) return false;
  for (const char* name : names) {
    if (!object.HasMember(name)) return false;
  }
  return true;
}

absl::StatusOr<TckValue> FromJson(const Json& json, int depth);

absl::Status Entries(const Json& object, int depth, TckValue* out) {
  if (!object.IsObject()) return Malformed("properties are not an object");
  for (const auto& m : object.GetObject()) {
    absl::StatusOr<TckValue> v = FromJson(m.value, depth + 1);
    if (!v.ok()) return v.status();
    out->entries.emplace_back(
        std::string(m.name.GetString(), m.name.GetStringLength()),
        *std::move(v));
  }
  std::sort(out->entries.begin(), out->entries.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  return absl::OkStatus();
}

absl::StatusOr<TckValue> Element(const Json& json, int depth) {
  TckValue out;
  if (!json.IsObject()) return Malformed("a path element is not an object");
  if (HasExactly(json, {"id", "labels", "properties"}) &&
      json["labels"].IsArray()) {
    out.kind = TckValue::Kind::kNode;
    for (const Json& l : json["labels"].GetArray()) {
      if (!l.IsString()) return Malformed("a label is not a string");
      out.labels.emplace_back(l.GetString(), l.GetStringLength());
    }
    std::sort(out.labels.begin(), out.labels.end());
  } else if (HasExactly(json, {"id", "type", "start", "end", "properties"}) &&
             json["type"].IsString()) {
    out.kind = TckValue::Kind::kRelationship;
    out.labels.emplace_back(json["type"].GetString(),
                            json["type"].GetStringLength());
  } else {
    return Malformed("not a node or a relationship");
  }
  if (absl::Status s = Entries(json["properties"], depth, &out); !s.ok()) {
    return s;
  }
  return out;
}

absl::StatusOr<TckValue> Path(const Json& json, int depth) {
  const Json& nodes = json["nodes"];
  const Json& rels = json["relationships"];
  if (!nodes.IsArray() || !rels.IsArray() || nodes.Size() == 0 ||
      rels.Size() + 1 != nodes.Size()) {
    return Malformed("a path's nodes and relationships do not alternate");
  }
  TckValue out;
  out.kind = TckValue::Kind::kPath;
  for (rapidjson::SizeType i = 0; i < nodes.Size(); ++i) {
    absl::StatusOr<TckValue> node = Element(nodes[i], depth);
    if (!node.ok() || node->kind != TckValue::Kind::kNode) {
      return Malformed("a path holds something that is not a node");
    }
    out.items.push_back(*std::move(node));
    if (i + 1 == nodes.Size()) break;
    absl::StatusOr<TckValue> rel = Element(rels[i], depth);
    if (!rel.ok() || rel->kind != TckValue::Kind::kRelationship) {
      return Malformed("a path holds something that is not a relationship");
    }
    out.items.push_back(*std::move(rel));
    const Json& id = nodes[i]["id"];
    const Json& start = rels[i]["start"];
    out.forward.push_back(id.IsInt64() && start.IsInt64() &&
                          id.GetInt64() == start.GetInt64());
  }
  return out;
}

// The key of a temporal value's JSON form ({"$date": "2015-07-21"}), or
// empty when `json` is not one.
const char* TemporalKey(const Json& json) {
  for (const char* key : {"$date", "$localtime", "$time", "$localdatetime",
                          "$datetime", "$duration"}) {
    if (HasExactly(json, {key}) && json[key].IsString()) return key;
  }
  return "";
}

absl::StatusOr<TckValue> FromJson(const Json& json, int depth) {
  if (depth > 1000) return Malformed("nested too deeply");
  TckValue out;
  if (json.IsNull()) return out;
  if (json.IsBool()) {
    out.kind = TckValue::Kind::kBool;
    out.bool_value = json.GetBool();
  } else if (json.IsInt64()) {
    out.kind = TckValue::Kind::kInt;
    out.int_value = json.GetInt64();
  } else if (json.IsNumber()) {
    out.kind = TckValue::Kind::kFloat;
    out.float_value = json.GetDouble();
  } else if (json.IsString()) {
    out.kind = TckValue::Kind::kString;
    out.string_value.assign(json.GetString(), json.GetStringLength());
  } else if (json.IsArray()) {
    out.kind = TckValue::Kind::kList;
    for (const Json& item : json.GetArray()) {
      absl::StatusOr<TckValue> v = FromJson(item, depth + 1);
      if (!v.ok()) return v.status();
      out.items.push_back(*std::move(v));
    }
  } else if (HasExactly(json, {"$float"}) && json["$float"].IsString()) {
    const std::string_view text = json["$float"].GetString();
    out.kind = TckValue::Kind::kFloat;
    constexpr double kInf = std::numeric_limits<double>::infinity();
    if (text == "NaN") {
      out.float_value = std::nan("");
    } else if (text == "Infinity" || text == "-Infinity") {
      out.float_value = text[0] == '-' ? -kInf : kInf;
    } else {
      return Malformed(
          absl::StrCat("unknown $float '", std::string(text), "'"));
    }
  } else if (const char* key = TemporalKey(json); *key != '\0') {
    // The TCK compares temporal values by their ISO 8601 text.
    out.kind = TckValue::Kind::kString;
    const Json& text = json[key];
    out.string_value.assign(text.GetString(), text.GetStringLength());
  } else if (HasExactly(json, {"id", "labels", "properties"}) ||
             HasExactly(json, {"id", "type", "start", "end", "properties"})) {
    return Element(json, depth);
  } else if (HasExactly(json, {"nodes", "relationships"})) {
    return Path(json, depth);
  } else {
    out.kind = TckValue::Kind::kMap;
    if (absl::Status s = Entries(json, depth, &out); !s.ok()) return s;
  }
  return out;
}

std::string Text(const Json& json, const char* member) {
  if (!json.IsObject() || !json.HasMember(member)) return "";
  const Json& v = json[member];
  return v.IsString() ? std::string(v.GetString(), v.GetStringLength()) : "";
}

class CommandLineBackend : public Backend {
 public:
  CommandLineBackend(fs::path kg, fs::path work_dir, absl::Duration timeout)
      : kg_(std::move(kg)),
        graph_((work_dir / "scenario.kg").string()),
        statement_((work_dir / "statement.cypher").string()),
        timeout_(absl::StrCat(absl::ToDoubleSeconds(timeout))) {
    std::error_code ignored;
    fs::remove(graph_, ignored);
  }

  absl::Status Setup(std::string_view statement) override {
    if (absl::Status s = WriteStatement(statement); !s.ok()) return s;
    return LoadScript(statement_);
  }

  absl::Status LoadScript(const fs::path& script) override {
    testing::ProcessResult r = testing::RunProcess(
        {kg_.string(), "run", "-g", graph_, "--write", "--format", "json",
         "--timeout", timeout_, script.string()});
    if (r.exit_code == 0) return absl::OkStatus();
    return absl::InvalidArgumentError(
        absl::StrCat("kg run exited with ", r.exit_code, ": ", r.err));
  }

  QueryRun Execute(std::string_view query,
                   const std::vector<Parameter>& parameters) override {
    QueryRun run;
    if (absl::Status s = WriteStatement(query); !s.ok()) {
      run.status = s;
      return run;
    }
    std::vector<std::string> argv = {kg_.string(), "query",     "-g",
                                     graph_,       "--write",   "--format",
                                     "json",       "--timeout", timeout_};
    for (const Parameter& p : parameters) {
      argv.push_back("-p");
      argv.push_back(absl::StrCat(p.name, "=", p.text));
    }
    argv.push_back("-f");
    argv.push_back(statement_);
    testing::ProcessResult r = testing::RunProcess(argv);
    absl::StatusOr<QueryRun> parsed = ParseJsonResult(r.out);
    if (!parsed.ok()) {
      run.status = absl::InternalError(absl::StrCat(
          "kg query exited with ", r.exit_code, " and printed no result (",
          parsed.status().message(), "): ", r.err));
      return run;
    }
    if (parsed->status.ok() != (r.exit_code == 0)) {
      run.status = absl::InternalError(
          absl::StrCat("kg query exited with ", r.exit_code, " but printed ",
                       parsed->status.ok() ? "a result" : "an error"));
      return run;
    }
    return *std::move(parsed);
  }

 private:
  absl::Status WriteStatement(std::string_view text) {
    std::ofstream out(statement_, std::ios::binary | std::ios::trunc);
    out << text;
    out.close();
    if (!out) return absl::DataLossError("cannot write " + statement_);
    return absl::OkStatus();
  }

  const fs::path kg_;
  const std::string graph_;
  const std::string statement_;
  const std::string timeout_;
};

}  // namespace

absl::StatusOr<QueryRun> ParseJsonResult(std::string_view json) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseFullPrecisionFlag>(json.data(), json.size());
  if (doc.HasParseError() || !doc.IsObject()) return Malformed("not JSON");
  QueryRun run;
  if (doc.HasMember("error")) {
    const Json& error = doc["error"];
    const std::string code = Text(error, "code");
    run.status = absl::InvalidArgumentError(
        absl::StrCat("[", code, "] ", Text(error, "message")));
    if (error.IsObject() && error.HasMember("category")) {
      run.category = Text(error, "category");
    }
    run.timed_out = absl::EndsWith(code, "TransactionTimedOut");
    return run;
  }
  if (!doc.HasMember("columns") || !doc["columns"].IsArray() ||
      !doc.HasMember("rows") || !doc["rows"].IsArray()) {
    return Malformed("no columns and rows");
  }
  for (const Json& c : doc["columns"].GetArray()) {
    if (!c.IsString()) return Malformed("a column name is not a string");
    run.cells.columns.emplace_back(c.GetString(), c.GetStringLength());
  }
  run.sorted_cells.columns = run.cells.columns;
  for (const Json& row : doc["rows"].GetArray()) {
    if (!row.IsArray()) return Malformed("a row is not an array");
    std::vector<std::string>& plain = run.cells.rows.emplace_back();
    std::vector<std::string>& sorted = run.sorted_cells.rows.emplace_back();
    for (const Json& cell : row.GetArray()) {
      absl::StatusOr<TckValue> v = FromJson(cell, 0);
      if (!v.ok()) return v.status();
      plain.push_back(Canonical(*v));
      sorted.push_back(Canonical(*v, /*sort_lists=*/true));
    }
  }
  if (doc.HasMember("stats")) {
    const Json& stats = doc["stats"];
    if (!stats.IsObject()) return Malformed("stats is not an object");
    for (const auto& m : stats.GetObject()) {
      const query::SideEffectCounter* field = nullptr;
      for (const query::SideEffectCounter& f : query::kSideEffectCounters) {
        if (std::string_view(m.name.GetString()) == f.name) field = &f;
      }
      if (field == nullptr || !m.value.IsInt64()) {
        return Malformed(
            absl::StrCat("unknown stat '", m.name.GetString(), "'"));
      }
      run.side_effects.*(field->count) = m.value.GetInt64();
    }
  }
  return run;
}

std::unique_ptr<Backend> NewCommandLineBackend(fs::path kg, fs::path work_dir,
                                               absl::Duration timeout) {
  return std::make_unique<CommandLineBackend>(std::move(kg),
                                              std::move(work_dir), timeout);
}

}  // namespace kg::tck
