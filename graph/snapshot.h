// Snapshot files (.kg): the whole graph in one binary file.
//
// Layout: a fixed header -- magic, format version, flags, payload length and a
// checksum of the payload -- then the payload: the interned names, the nodes
// (tombstones included, so ids survive), the relationships, the index
// definitions and (from version 2) the graph's attachments. Files are written
// atomically: to a temporary file beside the target, flushed and fsync'ed, then
// renamed over it, so a crash leaves either the old file or the new one, never
// a mix.
//
// Loading checks everything before it trusts anything: a truncated, damaged,
// foreign or newer-version file is refused with an error that says which, and
// never yields a half-loaded graph.
#ifndef KG_GRAPH_SNAPSHOT_H_
#define KG_GRAPH_SNAPSHOT_H_

#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "graph/graph.h"

namespace kg {

// The current snapshot format version; files with a larger one are refused.
// Version 1 files (no attachments) are still read.
inline constexpr uint32_t kSnapshotVersion = 2;

// The bytes of a snapshot of `graph`.
std::string EncodeSnapshot(const Graph& graph);

// Rebuilds a graph from snapshot bytes. `source` names the bytes in errors
// (a path, or "<memory>").
absl::StatusOr<Graph> DecodeSnapshot(std::string_view bytes,
                                     std::string_view source = "<memory>");

// A checksum of the graph itself -- names, nodes, relationships and
// indexes as a snapshot encodes them, attachments left out: equal for a
// graph and the same graph saved and loaded again, different once a
// statement has changed anything.
uint32_t GraphFingerprint(const Graph& graph);

// Writes `graph` to `path` atomically.
absl::Status SaveSnapshot(const Graph& graph, const std::string& path);

// Reads the snapshot at `path`.
absl::StatusOr<Graph> LoadSnapshot(const std::string& path);

}  // namespace kg

#endif  // KG_GRAPH_SNAPSHOT_H_
