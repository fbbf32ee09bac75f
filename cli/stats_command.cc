// `kg stats`: counts per label and relationship type, and the property keys
// each carries.
#include <iostream>
#include <map>
#include <string>

#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "cli/cli_util.h"
#include "cli/commands.h"
#include "rapidjson/ostreamwrapper.h"
#include "rapidjson/prettywriter.h"

namespace kg::cli {
namespace {

struct Group {
  uint64_t count = 0;
  std::map<std::string, uint64_t> keys;  // key -> elements that have it
};

struct Stats {
  uint64_t nodes = 0;
  uint64_t relationships = 0;
  std::map<std::string, Group> labels;
  std::map<std::string, Group> types;
  std::vector<std::string> indexes;
};

Stats Collect(const Graph& g) {
  Stats s;
  s.nodes = g.node_count();
  s.relationships = g.relationship_count();
  g.ForEachNode([&](NodeId id) {
    for (LabelId l : g.Labels(id)) {
      Group& grp = s.labels[g.LabelName(l)];
      ++grp.count;
      for (const auto& [k, v] : g.Properties(id)) ++grp.keys[g.KeyName(k)];
    }
  });
  g.ForEachRelationship([&](RelId id) {
    Group& grp = s.types[g.TypeName(g.Type(id))];
    ++grp.count;
    for (const auto& [k, v] : g.Properties(id)) ++grp.keys[g.KeyName(k)];
  });
  for (const auto& [l, k] : g.Indexes()) {
    if (g.NodesWithLabel(l).empty()) continue;
    s.indexes.push_back(
        absl::StrFormat(":%s(%s)", g.LabelName(l), g.KeyName(k)));
  }
  return s;
}

void PrintGroups(const char* title, const char* noun,
                 const std::map<std::string, Group>& groups) {
  size_t width = std::string(title).size();
  for (const auto& [name, grp] : groups) width = std::max(width, name.size());
  std::cout << absl::StrFormat("%-*s  %12s  %s\n", width, title, noun,
                               "property keys (count)");
  for (const auto& [name, grp] : groups) {
    std::vector<std::string> keys;
    for (const auto& [k, n] : grp.keys) {
      keys.push_back(absl::StrFormat("%s (%d)", k, n));
    }
    std::cout << absl::StrFormat("%-*s  %12d  %s\n", width, name, grp.count,
                                 absl::StrJoin(keys, ", "));
  }
}

void PrintTable(const Stats& s) {
  std::cout << absl::StrFormat("nodes          %d\nrelationships  %d\n",
                               s.nodes, s.relationships);
  if (!s.labels.empty()) {
    std::cout << "\n";
    PrintGroups("label", "nodes", s.labels);
  }
  if (!s.types.empty()) {
    std::cout << "\n";
    PrintGroups("type", "relationships", s.types);
  }
  if (!s.indexes.empty()) {
    std::cout << "\nindexes  " << absl::StrJoin(s.indexes, ", ") << "\n";
  }
}

template <typename Writer>
void WriteGroups(Writer& w, const char* name,
                 const std::map<std::string, Group>& groups) {
  w.Key(name);
  w.StartObject();
  for (const auto& [label, grp] : groups) {
    w.Key(label.data(), static_cast<rapidjson::SizeType>(label.size()));
    w.StartObject();
    w.Key("count");
    w.Uint64(grp.count);
    w.Key("keys");
    w.StartObject();
    for (const auto& [k, n] : grp.keys) {
      w.Key(k.data(), static_cast<rapidjson::SizeType>(k.size()));
      w.Uint64(n);
    }
    w.EndObject();
    w.EndObject();
  }
  w.EndObject();
}

void PrintJson(const Stats& s) {
  rapidjson::OStreamWrapper os(std::cout);
  rapidjson::PrettyWriter<rapidjson::OStreamWrapper> w(os);
  w.SetIndent(' ', 2);
  w.StartObject();
  w.Key("nodes");
  w.Uint64(s.nodes);
  w.Key("relationships");
  w.Uint64(s.relationships);
  WriteGroups(w, "labels", s.labels);
  WriteGroups(w, "types", s.types);
  w.Key("indexes");
  w.StartArray();
  for (const auto& i : s.indexes) {
    w.String(i.data(), static_cast<rapidjson::SizeType>(i.size()));
  }
  w.EndArray();
  w.EndObject();
  std::cout << "\n";
}

}  // namespace

int RunStats(const StatsOptions& options) {
  absl::StatusOr<Graph> g = LoadGraph(options.graph);
  if (!g.ok()) return Fail(g.status());
  Stats s = Collect(*g);
  if (options.format == "json") {
    PrintJson(s);
  } else {
    PrintTable(s);
  }
  return 0;
}

}  // namespace kg::cli
