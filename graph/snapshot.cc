// Snapshot encoding and the header check; the layout is in snapshot_format.h,
// the payload decoder in snapshot_decoder.cc, the file I/O in
// snapshot_file.cc.
#include "graph/snapshot.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "graph/crc32c.h"
#include "graph/snapshot_decoder.h"
#include "graph/snapshot_format.h"

namespace kg {
namespace {

using snapshot_format::DecodeFixed;
using snapshot_format::EncodeFixed;
using snapshot_format::kChecksumOffset;
using snapshot_format::kDeleted;
using snapshot_format::kFlagsOffset;
using snapshot_format::kHeaderSize;
using snapshot_format::kLengthOffset;
using snapshot_format::kLive;
using snapshot_format::kMagic;
using snapshot_format::kVersionOffset;
using snapshot_format::PutVarint;
using snapshot_format::Tag;
using snapshot_format::ZigZag;

absl::string_view ToAbsl(std::string_view s) {
  return absl::string_view(s.data(), s.size());
}

void PutString(std::string* out, std::string_view s) {
  PutVarint(out, s.size());
  out->append(s.data(), s.size());
}

void PutTag(std::string* out, Tag tag) {
  out->push_back(static_cast<char>(tag));
}

void PutValue(std::string* out, const Value& v) {
  switch (v.kind()) {
    case Value::Kind::kBool:
      PutTag(out, v.AsBool() ? Tag::kTrue : Tag::kFalse);
      return;
    case Value::Kind::kInt:
      PutTag(out, Tag::kInt);
      PutVarint(out, ZigZag(v.AsInt()));
      return;
    case Value::Kind::kFloat: {
      char buf[8];
      EncodeFixed(buf, std::bit_cast<uint64_t>(v.AsFloat()), 8);
      PutTag(out, Tag::kFloat);
      out->append(buf, 8);
      return;
    }
    case Value::Kind::kString:
      PutTag(out, Tag::kString);
      PutString(out, v.AsString());
      return;
    case Value::Kind::kList:
      PutTag(out, Tag::kList);
      PutVarint(out, v.AsList().size());
      for (const Value& item : v.AsList()) PutValue(out, item);
      return;
    case Value::Kind::kDate:
      PutTag(out, Tag::kDate);
      PutVarint(out, ZigZag(v.AsDate().days));
      return;
    case Value::Kind::kLocalTime:
      PutTag(out, Tag::kLocalTime);
      PutVarint(out, ZigZag(v.AsLocalTime().nanos));
      return;
    case Value::Kind::kTime:
      PutTag(out, Tag::kTime);
      PutVarint(out, ZigZag(v.AsTime().nanos));
      PutVarint(out, ZigZag(v.AsTime().offset));
      return;
    case Value::Kind::kLocalDateTime:
      PutTag(out, Tag::kLocalDateTime);
      PutVarint(out, ZigZag(v.AsLocalDateTime().seconds));
      PutVarint(out, static_cast<uint64_t>(v.AsLocalDateTime().nanos));
      return;
    case Value::Kind::kDateTime: {
      const temporal::DateTime& t = v.AsDateTime();
      PutTag(out, Tag::kDateTime);
      PutVarint(out, ZigZag(t.seconds));
      PutVarint(out, static_cast<uint64_t>(t.nanos));
      PutVarint(out, ZigZag(t.offset));
      PutString(out, t.zone);
      return;
    }
    case Value::Kind::kDuration: {
      const temporal::Duration& d = v.AsDuration();
      PutTag(out, Tag::kDuration);
      PutVarint(out, ZigZag(d.months));
      PutVarint(out, ZigZag(d.days));
      PutVarint(out, ZigZag(d.seconds));
      PutVarint(out, static_cast<uint64_t>(d.nanos));
      return;
    }
    default:
      KG_DCHECK(false && "a graph holds only storable property values");
      return;
  }
}

void PutProperties(std::string* out, const PropertyList& props) {
  PutVarint(out, props.size());
  for (const auto& [key, value] : props) {
    PutVarint(out, key);
    PutValue(out, value);
  }
}

// Checks the header; returns the payload it vouches for.
absl::StatusOr<std::string_view> CheckHeader(std::string_view bytes,
                                             absl::string_view source) {
  if (bytes.empty()) {
    return absl::InvalidArgumentError(
        absl::StrCat(source, ": empty file, not a kg snapshot"));
  }
  if (std::memcmp(bytes.data(), kMagic,
                  std::min(bytes.size(), sizeof(kMagic))) != 0) {
    return absl::InvalidArgumentError(
        absl::StrCat(source, ": not a kg snapshot (bad magic)"));
  }
  if (bytes.size() < kHeaderSize) {
    return absl::DataLossError(
        absl::StrCat(source, ": truncated: ", bytes.size(),
                     " bytes, less than the ", kHeaderSize, "-byte header"));
  }
  const uint64_t version = DecodeFixed(bytes.data() + kVersionOffset, 4);
  if (version > kSnapshotVersion) {
    return absl::InvalidArgumentError(absl::StrCat(
        source, ": snapshot format version ", version,
        " is newer than this kg supports (", kSnapshotVersion, ")"));
  }
  if (version == 0) {
    return absl::DataLossError(
        absl::StrCat(source, ": invalid snapshot format version 0"));
  }
  const uint64_t flags = DecodeFixed(bytes.data() + kFlagsOffset, 4);
  if (flags != 0) {
    return absl::InvalidArgumentError(absl::StrFormat(
        "%s: snapshot uses features this kg does not know (flags 0x%x)", source,
        flags));
  }
  const uint64_t length = DecodeFixed(bytes.data() + kLengthOffset, 8);
  const uint64_t available = bytes.size() - kHeaderSize;
  if (length > available) {
    return absl::DataLossError(absl::StrCat(source, ": truncated: header says ",
                                            length, " payload bytes, file has ",
                                            available));
  }
  if (length < available) {
    return absl::DataLossError(
        absl::StrCat(source, ": ", available - length,
                     " unexpected bytes after the payload (file damaged)"));
  }
  std::string_view payload = bytes.substr(kHeaderSize);
  if (Crc32c(payload) != DecodeFixed(bytes.data() + kChecksumOffset, 4)) {
    return absl::DataLossError(
        absl::StrCat(source, ": checksum mismatch (file damaged)"));
  }
  return payload;
}

}  // namespace

namespace {

// Appends the payload's graph part (all but the attachments) to `out`.
void PutGraph(std::string* out_ptr, const Graph& graph) {
  std::string& out = *out_ptr;
  out.reserve(out.size() + 16 * graph.node_id_limit() +
              12 * graph.relationship_id_limit());
  PutVarint(&out, graph.label_count());
  for (LabelId i = 0; i < graph.label_count(); ++i) {
    PutString(&out, graph.LabelName(i));
  }
  PutVarint(&out, graph.type_count());
  for (TypeId i = 0; i < graph.type_count(); ++i) {
    PutString(&out, graph.TypeName(i));
  }
  PutVarint(&out, graph.key_count());
  for (KeyId i = 0; i < graph.key_count(); ++i) {
    PutString(&out, graph.KeyName(i));
  }

  PutVarint(&out, graph.node_id_limit());
  for (uint64_t i = 0; i < graph.node_id_limit(); ++i) {
    const NodeId id{i};
    if (!graph.ContainsNode(id)) {
      out.push_back(static_cast<char>(kDeleted));
      continue;
    }
    out.push_back(static_cast<char>(kLive));
    absl::Span<const LabelId> labels = graph.Labels(id);
    PutVarint(&out, labels.size());
    for (LabelId label : labels) PutVarint(&out, label);
    PutProperties(&out, graph.Properties(id));
  }

  PutVarint(&out, graph.relationship_id_limit());
  for (uint64_t i = 0; i < graph.relationship_id_limit(); ++i) {
    const RelId id{i};
    if (!graph.ContainsRelationship(id)) {
      out.push_back(static_cast<char>(kDeleted));
      continue;
    }
    out.push_back(static_cast<char>(kLive));
    PutVarint(&out, Raw(graph.Source(id)));
    PutVarint(&out, Raw(graph.Target(id)));
    PutVarint(&out, graph.Type(id));
    PutProperties(&out, graph.Properties(id));
  }

  const std::vector<std::pair<LabelId, KeyId>> indexes = graph.Indexes();
  PutVarint(&out, indexes.size());
  for (const auto& [label, key] : indexes) {
    PutVarint(&out, label);
    PutVarint(&out, key);
  }
}

void PutAttachments(std::string* out, const Graph& graph) {
  PutVarint(out, graph.attachments().size());
  for (const auto& [name, bytes] : graph.attachments()) {
    PutString(out, name);
    PutString(out, bytes);
  }
}

}  // namespace

uint32_t GraphFingerprint(const Graph& graph) {
  std::string payload;
  PutGraph(&payload, graph);
  return Crc32c(payload);
}

std::string EncodeSnapshot(const Graph& graph) {
  std::string out(kHeaderSize, '\0');
  PutGraph(&out, graph);
  PutAttachments(&out, graph);
  const std::string_view payload = std::string_view(out).substr(kHeaderSize);
  std::memcpy(out.data(), kMagic, sizeof(kMagic));
  EncodeFixed(out.data() + kVersionOffset, kSnapshotVersion, 4);
  EncodeFixed(out.data() + kFlagsOffset, 0, 4);
  EncodeFixed(out.data() + kLengthOffset, payload.size(), 8);
  EncodeFixed(out.data() + kChecksumOffset, Crc32c(payload), 4);
  return out;
}

absl::StatusOr<Graph> DecodeSnapshot(std::string_view bytes,
                                     std::string_view source) {
  KG_ASSIGN_OR_RETURN(std::string_view payload,
                      CheckHeader(bytes, ToAbsl(source)));
  const uint32_t version =
      static_cast<uint32_t>(DecodeFixed(bytes.data() + kVersionOffset, 4));
  Graph graph;
  KG_RETURN_IF_ERROR(DecodeSnapshotPayload(payload, version, source, &graph));
  return graph;
}

}  // namespace kg
