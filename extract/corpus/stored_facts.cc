#include "extract/corpus/stored_facts.h"

#include <algorithm>
#include <string_view>
#include <utility>

#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "extract/corpus/corpus_graph.h"
#include "graph/snapshot.h"
#include "graph/status_macros.h"

namespace kg {

absl::StatusOr<Graph> BuildWithFacts(std::vector<DocFacts> docs) {
  std::stable_sort(
      docs.begin(), docs.end(),
      [](const DocFacts& a, const DocFacts& b) { return a.id < b.id; });
  for (size_t i = 1; i < docs.size(); ++i) {
    if (docs[i].id == docs[i - 1].id) {
      return absl::InvalidArgumentError(
          absl::StrCat("two documents have the id '", docs[i].id, "' (from ",
                       docs[i - 1].path, " and ", docs[i].path,
                       "): give each document a file name of its own"));
    }
  }
  KG_ASSIGN_OR_RETURN(Graph graph, BuildCorpusGraph(docs));
  std::string lines;
  for (const DocFacts& d : docs) {
    absl::StrAppend(&lines, DocFactsToJson(d), "\n");
  }
  const uint32_t fingerprint = GraphFingerprint(graph);
  graph.SetAttachment(kFactsAttachment, std::move(lines));
  graph.SetAttachment(kFactsGraphAttachment, absl::StrCat(fingerprint));
  return graph;
}

absl::StatusOr<std::vector<DocFacts>> StoredFacts(const Graph& graph,
                                                  bool even_if_changed) {
  const auto& attached = graph.attachments();
  const auto facts = attached.find(kFactsAttachment);
  const auto built = attached.find(kFactsGraphAttachment);
  uint32_t fingerprint = 0;
  if (facts == attached.end() || built == attached.end() ||
      !absl::SimpleAtoi(built->second, &fingerprint)) {
    return absl::FailedPreconditionError(
        "this snapshot keeps no extracted facts (it was imported, or built "
        "by an older kg): build it again from its documents with kg build");
  }
  if (!even_if_changed && GraphFingerprint(graph) != fingerprint) {
    return absl::FailedPreconditionError(
        "statements have changed this graph since it was built; adding or "
        "removing documents rebuilds it from its documents and would lose "
        "those changes (--force does so anyway)");
  }
  std::vector<DocFacts> docs;
  std::string_view rest = facts->second;
  int line = 0;
  while (!rest.empty()) {
    ++line;
    const size_t end = rest.find('\n');
    const std::string_view text = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view()
                                         : rest.substr(end + 1);
    if (text.empty()) continue;
    absl::StatusOr<DocFacts> doc =
        ParseDocFacts(text, absl::StrCat(kFactsAttachment, ":", line));
    if (!doc.ok()) {
      return absl::DataLossError(absl::StrCat("the stored facts are damaged: ",
                                              doc.status().message()));
    }
    docs.push_back(*std::move(doc));
  }
  return docs;
}

}  // namespace kg
