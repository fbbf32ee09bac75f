// What a snapshot built from documents keeps of them, so that documents can
// be added and removed later with the result of a build from scratch: the
// facts extracted from each document (one DocFacts per document, as `kg
// extract` writes them) and the fingerprint of the graph they were built
// into, as two of the graph's attachments.
//
// A graph is always built from its documents' facts in document-id order, so
// it does not depend on the order the documents were read in: building A
// and then adding B gives the graph of building A and B together, ids
// included.
#ifndef KG_EXTRACT_CORPUS_STORED_FACTS_H_
#define KG_EXTRACT_CORPUS_STORED_FACTS_H_

#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "extract/corpus/facts.h"
#include "graph/graph.h"

namespace kg {

// The attachments: JSON lines of DocFacts, by id; and the decimal
// GraphFingerprint of the graph as built.
inline constexpr char kFactsAttachment[] = "kg.facts";
inline constexpr char kFactsGraphAttachment[] = "kg.facts.graph";

// The graph of `docs` (sorted by id first; ids must be unique), with their
// facts attached. Fails as BuildCorpusGraph does, or on a repeated id.
absl::StatusOr<Graph> BuildWithFacts(std::vector<DocFacts> docs);

// The facts `graph` was built from. FailedPrecondition when it holds none (a
// graph imported, or written by a kg before 2026-12) and, unless
// `even_if_changed`, when a statement has changed the graph since it was
// built, since a rebuild would lose that change; either message says what
// to do. DataLoss when the stored facts do not parse.
absl::StatusOr<std::vector<DocFacts>> StoredFacts(const Graph& graph,
                                                  bool even_if_changed);

}  // namespace kg

#endif  // KG_EXTRACT_CORPUS_STORED_FACTS_H_
