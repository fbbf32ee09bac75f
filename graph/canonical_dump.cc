// CanonicalDump (graph.h): a graph as text in which ids and deleted-element
// holes do not show, for comparing two graphs.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "graph/graph.h"

namespace kg {

namespace {

std::string DumpProps(const Graph& g, const PropertyList& props) {
  std::map<std::string, std::string> sorted;
  for (const auto& [k, v] : props) sorted[g.KeyName(k)] = v.ToString();
  std::vector<std::string> parts;
  for (const auto& [k, v] : sorted) parts.push_back(absl::StrCat(k, ": ", v));
  return absl::StrCat("{", absl::StrJoin(parts, ", "), "}");
}

}  // namespace

std::string CanonicalDump(const Graph& g) {
  absl::flat_hash_map<NodeId, uint64_t> dense;
  std::string out;
  g.ForEachNode([&](NodeId id) {
    uint64_t n = dense.size();
    dense[id] = n;
    std::vector<std::string> labels;
    for (LabelId l : g.Labels(id)) labels.push_back(g.LabelName(l));
    std::sort(labels.begin(), labels.end());
    std::string label_text;
    for (const auto& l : labels) absl::StrAppend(&label_text, ":", l);
    absl::StrAppend(&out, "(", n, label_text, " ",
                    DumpProps(g, g.Properties(id)), ")\n");
  });
  std::vector<std::string> rels;
  g.ForEachRelationship([&](RelId id) {
    rels.push_back(absl::StrCat(
        "(", dense[g.Source(id)], ")-[:", g.TypeName(g.Type(id)), " ",
        DumpProps(g, g.Properties(id)), "]->(", dense[g.Target(id)], ")\n"));
  });
  for (const auto& r : rels) out += r;
  return out;
}

}  // namespace kg
