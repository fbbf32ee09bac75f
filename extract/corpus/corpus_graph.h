// The merge step: the facts of many documents into one graph (SCHEMA.md).
//
// Documents are added in corpus order; BuildGraph() then joins the entities
// of different documents that are one real entity -- equal label and
// canonical name, equal names up to transliteration (Prokopyev/Prokopiev),
// or a surname-only person whose surname belongs to exactly one full-named
// person of the corpus -- and writes one node per entity, one node per
// event and document, and the relationships, each with `doc`, `sentence`
// and offsets. Every join is recorded in the node's `provenance` list, which
// `kg why` prints. The result depends only on the facts and their order, so
// `kg build` (extracting in parallel) and `kg merge` of shards give the same
// graph.
#ifndef KG_EXTRACT_CORPUS_CORPUS_GRAPH_H_
#define KG_EXTRACT_CORPUS_CORPUS_GRAPH_H_

#include <string>
#include <string_view>
#include <vector>

#include "absl/status/statusor.h"
#include "extract/corpus/facts.h"
#include "graph/graph.h"

namespace kg {

// The key two person names share when they differ only by a common
// transliteration choice: lower case, y/i, ye/e, -iev/-yev, z/s, kh/h,
// doubled letters. "Sergey Prokopyev" and "Sergei Prokopiev" meet.
std::string TransliterationKey(std::string_view name);

// At most this many provenance lines are kept per node (and a count).
inline constexpr size_t kMaxProvenance = 64;

absl::StatusOr<Graph> BuildCorpusGraph(const std::vector<DocFacts>& docs);

}  // namespace kg

#endif  // KG_EXTRACT_CORPUS_CORPUS_GRAPH_H_
