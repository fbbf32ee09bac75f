// The snapshot payload decoder: rebuilds a graph from the payload of a
// snapshot whose header and checksum have already been checked (snapshot.cc).
// Internal to graph/; the format is described in snapshot_format.h.
//
// The payload is still untrusted -- a checksum only proves the bytes are the
// ones written, not that a kg wrote them -- so every read is bounds-checked,
// every count is checked against the bytes left before memory is sized by it,
// and every id is checked before the graph sees it.
#ifndef KG_GRAPH_SNAPSHOT_DECODER_H_
#define KG_GRAPH_SNAPSHOT_DECODER_H_

#include <cstdint>
#include <string_view>

#include "absl/status/status.h"
#include "graph/graph.h"

namespace kg {

// Decodes `payload`, written in format `version`, into `graph`. Errors are
// DataLoss, "<source>: corrupt
// payload at byte N: <what>", N counting from the start of the file; the
// graph is then half-built and must be dropped.
// REQUIRES: `graph` is freshly constructed.
absl::Status DecodeSnapshotPayload(std::string_view payload, uint32_t version,
                                   std::string_view source, Graph* graph);

}  // namespace kg

#endif  // KG_GRAPH_SNAPSHOT_DECODER_H_
