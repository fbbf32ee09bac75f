// Helpers for the engine tests: run a statement on a graph and render the
// result rows as compact text, so that expectations read like the TCK's
// tables.
#ifndef KG_TESTS_QUERY_ENGINE_TEST_UTIL_H_
#define KG_TESTS_QUERY_ENGINE_TEST_UTIL_H_

#include <algorithm>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"
#include "query/engine.h"
#include "query/source_span.h"

namespace kg::query {

// A value as the TCK writes it, with nodes as (:Label {props}).
inline std::string Render(const Graph& g, const Value& v) {
  if (v.is_node()) {
    std::string out = "(";
    for (LabelId l : g.Labels(v.AsNode())) out += ":" + g.LabelName(l);
    std::string props;
    for (const auto& [k, p] : g.Properties(v.AsNode())) {
      props += (props.empty() ? "" : ", ") + g.KeyName(k) + ": " + p.ToString();
    }
    if (!props.empty())
      absl::StrAppend(&out, out.size() > 1 ? " {" : "{", props, "}");
    return out + ")";
  }
  if (v.is_relationship()) {
    std::string out = "[:" + g.TypeName(g.Type(v.AsRelationship()));
    std::string props;
    for (const auto& [k, p] : g.Properties(v.AsRelationship())) {
      props += (props.empty() ? "" : ", ") + g.KeyName(k) + ": " + p.ToString();
    }
    if (!props.empty()) out += " {" + props + "}";
    return out + "]";
  }
  if (v.is_list()) {
    std::string out = "[";
    for (size_t i = 0; i < v.AsList().size(); ++i) {
      absl::StrAppend(&out, i ? ", " : "", Render(g, v.AsList()[i]));
    }
    return out + "]";
  }
  if (v.is_path()) {
    const PathValue& p = v.AsPath();
    std::string out = absl::StrCat("<", Render(g, Value::Node(p.nodes[0])));
    for (size_t i = 0; i < p.rels.size(); ++i) {
      bool fwd = g.Source(p.rels[i]) == p.nodes[i];
      absl::StrAppend(&out, fwd ? "-" : "<-",
                      Render(g, Value::Relationship(p.rels[i])),
                      fwd ? "->" : "-", Render(g, Value::Node(p.nodes[i + 1])));
    }
    return out + ">";
  }
  return v.ToString();
}

// Rows as "a | b" lines; sorted unless `ordered`.
inline std::vector<std::string> Rows(const Graph& g, const QueryResult& r,
                                     bool ordered = false) {
  std::vector<std::string> out;
  for (const auto& row : r.rows) {
    std::string line;
    for (size_t i = 0; i < row.size(); ++i) {
      line += (i ? " | " : "") + Render(g, row[i]);
    }
    out.push_back(line);
  }
  if (!ordered) std::sort(out.begin(), out.end());
  return out;
}

class EngineTest : public ::testing::Test {
 protected:
  QueryResult Run(std::string_view q, const QueryOptions& o = {}) {
    auto r = engine_.Execute(q, o);
    EXPECT_TRUE(r.ok()) << q << "\n" << r.status();
    return r.ok() ? *std::move(r) : QueryResult();
  }
  std::vector<std::string> Q(std::string_view q, bool ordered = false) {
    return Rows(graph_, Run(q), ordered);
  }
  // The TCK category of the error `q` fails with ("ok" when it succeeds).
  std::string Error(std::string_view q, const QueryOptions& o = {}) {
    auto r = engine_.Execute(q, o);
    if (r.ok()) return "ok";
    return GetCategory(r.status()).value_or(std::string(r.status().message()));
  }

  Graph graph_;
  Engine engine_{&graph_};
};

using Lines = std::vector<std::string>;

}  // namespace kg::query

#endif  // KG_TESTS_QUERY_ENGINE_TEST_UTIL_H_
