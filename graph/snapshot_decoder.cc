// The snapshot payload decoder; see snapshot_decoder.h.
#include "graph/snapshot_decoder.h"

#include <bit>
#include <optional>
#include <string>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "graph/snapshot_format.h"

namespace kg {
namespace {

using snapshot_format::DecodeFixed;
using snapshot_format::kDeleted;
using snapshot_format::kHeaderSize;
using snapshot_format::kLive;
using snapshot_format::Tag;
using snapshot_format::UnZigZag;

absl::string_view ToAbsl(std::string_view s) {
  return absl::string_view(s.data(), s.size());
}

// Reads the payload, bounds-checking every read. Every Read* returns false on
// failure and the first failure is kept, with its file offset, for Error().
class PayloadReader {
 public:
  explicit PayloadReader(std::string_view payload) : data_(payload) {}

  // The file offset of the next byte.
  size_t offset() const { return kHeaderSize + pos_; }
  size_t remaining() const { return data_.size() - pos_; }

  bool ReadByte(uint8_t* b) {
    if (pos_ == data_.size()) return Fail(offset(), "payload ends early");
    *b = static_cast<uint8_t>(data_[pos_++]);
    return true;
  }

  bool ReadVarint(uint64_t* v) {
    const size_t start = offset();
    uint64_t result = 0;
    for (int shift = 0; shift <= 63; shift += 7) {
      if (pos_ == data_.size()) return Fail(start, "payload ends in a number");
      const uint8_t byte = static_cast<uint8_t>(data_[pos_++]);
      if (shift == 63 && byte > 1) return Fail(start, "number overflows");
      result |= static_cast<uint64_t>(byte & 0x7F) << shift;
      if (byte < 0x80) {
        *v = result;
        return true;
      }
    }
    return Fail(start, "number overflows");  // not reached
  }

  bool ReadFixed64(uint64_t* v) {
    if (remaining() < 8) return Fail(offset(), "payload ends in a float");
    *v = DecodeFixed(data_.data() + pos_, 8);
    pos_ += 8;
    return true;
  }

  bool ReadString(std::string_view* s) {
    const size_t start = offset();
    uint64_t size;
    if (!ReadVarint(&size)) return false;
    if (size > remaining()) {
      return Fail(start,
                  absl::StrCat("string of ", size, " bytes overruns the ",
                               remaining(), " bytes left"));
    }
    *s = data_.substr(pos_, size);
    pos_ += size;
    return true;
  }

  // Reads the count of a sequence whose items take at least `min_item_size`
  // bytes each, refusing counts the rest of the payload cannot hold: callers
  // may then size memory by the count.
  bool ReadCount(std::string_view what, size_t min_item_size, uint64_t* n) {
    const size_t start = offset();
    if (!ReadVarint(n)) return false;
    if (*n > remaining() / min_item_size) {
      return Fail(start,
                  absl::StrCat(ToAbsl(what), " ", *n, " is more than the ",
                               remaining(), " bytes left can hold"));
    }
    return true;
  }

  // Reads an id that must be below `limit`.
  bool ReadId(std::string_view what, uint64_t limit, uint64_t* id) {
    const size_t start = offset();
    if (!ReadVarint(id)) return false;
    if (*id >= limit) {
      return Fail(start, absl::StrCat(ToAbsl(what), " ", *id,
                                      " is out of range (limit ", limit, ")"));
    }
    return true;
  }

  // Records the first error; always returns false.
  bool Fail(size_t at, std::string message) {
    if (error_.empty()) {
      error_offset_ = at;
      error_ = std::move(message);
    }
    return false;
  }

  absl::Status Error(std::string_view source) const {
    return absl::DataLossError(absl::StrCat(ToAbsl(source),
                                            ": corrupt payload at byte ",
                                            error_offset_, ": ", error_));
  }

 private:
  std::string_view data_;
  size_t pos_ = 0;
  size_t error_offset_ = 0;
  std::string error_;
};

// Rebuilds a graph through its public API, in id order, so every id comes
// out as it was saved. A deleted relationship still needs live ends when it
// is recreated (and deleted at once); it is hung on an "anchor" node, chosen
// to have no other relationships so that deleting it scans no adjacency list.
class SnapshotDecoder {
 public:
  SnapshotDecoder(std::string_view payload, uint32_t version, Graph* graph)
      : in_(payload), version_(version), graph_(graph) {}

  bool Decode() {
    return DecodeNames(kLabel) && DecodeNames(kType) && DecodeNames(kKey) &&
           DecodeNodes() && DecodeRelationships() && DecodeIndexes() &&
           (version_ < 2 || DecodeAttachments()) && CheckEnd();
  }

  absl::Status Error(std::string_view source) const {
    return in_.Error(source);
  }

 private:
  enum NameKind { kLabel, kType, kKey };

  uint32_t Intern(NameKind kind, std::string_view name) {
    switch (kind) {
      case kLabel:
        return graph_->InternLabel(name);
      case kType:
        return graph_->InternType(name);
      case kKey:
        return graph_->InternKey(name);
    }
    return 0;
  }
  const std::string& Name(NameKind kind, uint32_t id) const {
    return kind == kLabel  ? graph_->LabelName(id)
           : kind == kType ? graph_->TypeName(id)
                           : graph_->KeyName(id);
  }
  size_t NameCount(NameKind kind) const {
    return kind == kLabel  ? graph_->label_count()
           : kind == kType ? graph_->type_count()
                           : graph_->key_count();
  }

  bool DecodeNames(NameKind kind) {
    const char* what = kind == kLabel  ? "label"
                       : kind == kType ? "relationship type"
                                       : "property key";
    const size_t count_at = in_.offset();
    uint64_t n;
    if (!in_.ReadCount(absl::StrCat(what, " count"), 1, &n)) return false;
    for (uint64_t i = 0; i < n; ++i) {
      const size_t at = in_.offset();
      std::string_view name;
      if (!in_.ReadString(&name)) return false;
      const uint32_t id = Intern(kind, name);
      if (id < i) {
        return in_.Fail(
            at, absl::StrCat(what, " ", QuoteString(name), " is listed twice"));
      }
      if (id > i) {  // a name every graph has (`name`) is not first
        return in_.Fail(
            at, absl::StrCat(what, " ", i, " is ", QuoteString(name), ", not ",
                             QuoteString(Name(kind, i))));
      }
    }
    if (NameCount(kind) != n) {
      return in_.Fail(count_at,
                      absl::StrCat("built-in ", what, " ",
                                   QuoteString(Name(kind, n)), " is missing"));
    }
    return true;
  }

  bool DecodeNodes() {
    uint64_t n;
    if (!in_.ReadCount("node count", 1, &n)) return false;
    graph_->Reserve(n, 0);
    for (uint64_t i = 0; i < n; ++i) {
      const size_t at = in_.offset();
      uint8_t state;
      if (!in_.ReadByte(&state)) return false;
      const NodeId id = graph_->AddNode();
      if (state == kDeleted) {
        // The first deleted node stays alive as the anchor until the
        // relationships are in; the others can go now.
        if (!dead_anchor_) {
          dead_anchor_ = id;
        } else if (!CheckOk(graph_->DeleteNode(id), at)) {
          return false;
        }
        continue;
      }
      if (state != kLive) {
        return in_.Fail(at, absl::StrCat("node ", i, " has invalid state ",
                                         static_cast<int>(state)));
      }
      uint64_t label_count;
      if (!in_.ReadCount("label count", 1, &label_count)) return false;
      for (uint64_t j = 0; j < label_count; ++j) {
        const size_t label_at = in_.offset();
        uint64_t label;
        if (!in_.ReadId("label id", graph_->label_count(), &label)) {
          return false;
        }
        if (!graph_->AddLabel(id, static_cast<LabelId>(label))) {
          return in_.Fail(label_at, absl::StrCat("node ", i, " has label ",
                                                 label, " twice"));
        }
      }
      if (!DecodeProperties(id)) return false;
    }
    return true;
  }

  bool DecodeRelationships() {
    uint64_t n;
    if (!in_.ReadCount("relationship count", 1, &n)) return false;
    graph_->Reserve(0, n);
    graph_->BeginBulkLoad();
    for (uint64_t i = 0; i < n; ++i) {
      const size_t at = in_.offset();
      uint8_t state;
      if (!in_.ReadByte(&state)) return false;
      if (state == kDeleted) {
        std::optional<NodeId> anchor = Anchor();
        if (!anchor || graph_->type_count() == 0) {
          return in_.Fail(at, absl::StrCat("deleted relationship ", i,
                                           " in a graph without nodes or "
                                           "relationship types"));
        }
        absl::StatusOr<RelId> rel =
            graph_->AddRelationship(*anchor, *anchor, 0);
        if (!CheckOk(rel.status(), at) ||
            !CheckOk(graph_->DeleteRelationship(*rel), at)) {
          return false;
        }
        continue;
      }
      if (state != kLive) {
        return in_.Fail(at,
                        absl::StrCat("relationship ", i, " has invalid state ",
                                     static_cast<int>(state)));
      }
      NodeId from, to;
      uint64_t type;
      if (!ReadEndpoint(i, "source", &from) ||
          !ReadEndpoint(i, "target", &to) ||
          !in_.ReadId("relationship type id", graph_->type_count(), &type)) {
        return false;
      }
      absl::StatusOr<RelId> rel =
          graph_->AddRelationship(from, to, static_cast<TypeId>(type));
      if (!CheckOk(rel.status(), at) || !DecodeProperties(*rel)) return false;
    }
    graph_->EndBulkLoad();
    return !dead_anchor_ ||
           CheckOk(graph_->DeleteNode(*dead_anchor_), in_.offset());
  }

  bool DecodeIndexes() {
    uint64_t n;
    if (!in_.ReadCount("index count", 2, &n)) return false;
    std::pair<uint64_t, uint64_t> previous;
    for (uint64_t i = 0; i < n; ++i) {
      const size_t at = in_.offset();
      uint64_t label, key;
      if (!in_.ReadId("index label id", graph_->label_count(), &label) ||
          !in_.ReadId("index key id", graph_->key_count(), &key)) {
        return false;
      }
      if (i > 0 && std::make_pair(label, key) <= previous) {
        return in_.Fail(at, "indexes are not in ascending order");
      }
      previous = {label, key};
      graph_->CreateIndex(static_cast<LabelId>(label), static_cast<KeyId>(key));
    }
    return true;
  }

  // Version 2 on: a varint count and (name, bytes) string pairs, names
  // ascending.
  bool DecodeAttachments() {
    uint64_t n;
    if (!in_.ReadCount("attachment count", 2, &n)) return false;
    std::string_view previous;
    for (uint64_t i = 0; i < n; ++i) {
      const size_t at = in_.offset();
      std::string_view name, bytes;
      if (!in_.ReadString(&name) || !in_.ReadString(&bytes)) return false;
      if (i > 0 && name <= previous) {
        return in_.Fail(at, "attachments are not in ascending order");
      }
      previous = name;
      graph_->SetAttachment(std::string(name), std::string(bytes));
    }
    return true;
  }

  bool CheckEnd() {
    if (in_.remaining() == 0) return true;
    return in_.Fail(
        in_.offset(),
        absl::StrCat(in_.remaining(), " unexpected bytes after the ",
                     version_ < 2 ? "index list" : "attachments"));
  }

  // Reads a live relationship's end: a node that exists and is not deleted.
  bool ReadEndpoint(uint64_t rel, const char* end, NodeId* node) {
    const size_t at = in_.offset();
    uint64_t id;
    if (!in_.ReadVarint(&id)) return false;
    if (id >= graph_->node_id_limit()) {
      return in_.Fail(
          at, absl::StrCat(end, " node id ", id, " is out of range (limit ",
                           graph_->node_id_limit(), ")"));
    }
    *node = NodeId{id};
    if (!graph_->ContainsNode(*node) || *node == dead_anchor_) {
      return in_.Fail(at, absl::StrCat("relationship ", rel, " has deleted ",
                                       end, " node ", id));
    }
    return true;
  }

  // A live node to hang a deleted relationship on, or nullopt without nodes.
  std::optional<NodeId> Anchor() {
    if (dead_anchor_) return dead_anchor_;
    // Every node is live. Take one without relationships so far; degrees only
    // grow during this pass, so the cursor never needs to move back.
    const uint64_t limit = graph_->node_id_limit();
    while (cursor_ < limit && Degree(NodeId{cursor_}) > 0) ++cursor_;
    if (cursor_ < limit) return NodeId{cursor_};
    if (limit == 0) return std::nullopt;
    if (!fallback_anchor_) {  // every node has some: take the least connected
      NodeId best{0};
      for (uint64_t i = 1; i < limit; ++i) {
        if (Degree(NodeId{i}) < Degree(best)) best = NodeId{i};
      }
      fallback_anchor_ = best;
    }
    return fallback_anchor_;
  }

  size_t Degree(NodeId id) const {
    return graph_->OutDegree(id) + graph_->InDegree(id);
  }

  template <typename Id>
  bool DecodeProperties(Id id) {
    uint64_t n;
    if (!in_.ReadCount("property count", 2, &n)) return false;
    uint64_t previous = 0;
    for (uint64_t i = 0; i < n; ++i) {
      const size_t at = in_.offset();
      uint64_t key;
      if (!in_.ReadId("property key id", graph_->key_count(), &key)) {
        return false;
      }
      if (i > 0 && key <= previous) {
        return in_.Fail(at, "property keys are not in ascending order");
      }
      previous = key;
      Value value;
      if (!DecodeValue(&value, /*in_list=*/false) ||
          !CheckOk(graph_->SetProperty(id, static_cast<KeyId>(key),
                                       std::move(value)),
                   at)) {
        return false;
      }
    }
    return true;
  }

  bool DecodeValue(Value* out, bool in_list) {
    const size_t at = in_.offset();
    uint8_t tag;
    if (!in_.ReadByte(&tag)) return false;
    switch (static_cast<Tag>(tag)) {
      case Tag::kFalse:
      case Tag::kTrue:
        *out = Value::Bool(static_cast<Tag>(tag) == Tag::kTrue);
        return true;
      case Tag::kInt: {
        uint64_t u;
        if (!in_.ReadVarint(&u)) return false;
        *out = Value::Int(UnZigZag(u));
        return true;
      }
      case Tag::kFloat: {
        uint64_t bits;
        if (!in_.ReadFixed64(&bits)) return false;
        *out = Value::Float(std::bit_cast<double>(bits));
        return true;
      }
      case Tag::kString: {
        std::string_view s;
        if (!in_.ReadString(&s)) return false;
        *out = Value::String(std::string(s));
        return true;
      }
      case Tag::kList: {
        if (in_list) {
          return in_.Fail(at, "a list inside a list cannot be a property");
        }
        uint64_t n;
        if (!in_.ReadCount("list length", 1, &n)) return false;
        ValueList items(n);
        for (Value& item : items) {
          if (!DecodeValue(&item, /*in_list=*/true)) return false;
        }
        *out = Value::List(std::move(items));
        return true;
      }
      case Tag::kDate:
      case Tag::kLocalTime:
      case Tag::kTime:
      case Tag::kLocalDateTime:
      case Tag::kDateTime:
      case Tag::kDuration:
        return DecodeTemporal(static_cast<Tag>(tag), at, out);
    }
    return in_.Fail(at, absl::StrFormat("unknown value tag 0x%02x", tag));
  }

  bool ReadSigned(int64_t* v) {
    uint64_t u;
    if (!in_.ReadVarint(&u)) return false;
    *v = UnZigZag(u);
    return true;
  }

  // Every field is range-checked, so that no later arithmetic on a decoded
  // value (printing a date a trillion years out) can overflow.
  bool DecodeTemporal(Tag tag, size_t at, Value* out) {
    constexpr int64_t kMaxDays = int64_t{1} << 40;
    constexpr int64_t kMaxSeconds = kMaxDays * temporal::kSecondsPerDay;
    constexpr int64_t kMaxOffset = 18 * 3600;
    int64_t a = 0, b = 0, c = 0;
    uint64_t nanos = 0;
    std::string_view zone;
    auto bad = [&] { return in_.Fail(at, "temporal value out of range"); };
    switch (tag) {
      case Tag::kDate:
        if (!ReadSigned(&a)) return false;
        if (a < -kMaxDays || a > kMaxDays) return bad();
        *out = Value::FromDate(temporal::Date{a});
        return true;
      case Tag::kLocalTime:
      case Tag::kTime:
        if (!ReadSigned(&a) || (tag == Tag::kTime && !ReadSigned(&b))) {
          return false;
        }
        if (a < 0 || a >= temporal::kNanosPerDay || b < -kMaxOffset ||
            b > kMaxOffset) {
          return bad();
        }
        *out = tag == Tag::kTime
                   ? Value::FromTime(temporal::Time{a, static_cast<int32_t>(b)})
                   : Value::FromLocalTime(temporal::LocalTime{a});
        return true;
      case Tag::kLocalDateTime:
      case Tag::kDateTime:
        if (!ReadSigned(&a) || !in_.ReadVarint(&nanos)) return false;
        if (tag == Tag::kDateTime &&
            (!ReadSigned(&b) || !in_.ReadString(&zone))) {
          return false;
        }
        if (a < -kMaxSeconds || a > kMaxSeconds ||
            nanos >= static_cast<uint64_t>(temporal::kNanosPerSecond) ||
            b < -kMaxOffset || b > kMaxOffset) {
          return bad();
        }
        if (tag == Tag::kLocalDateTime) {
          *out = Value::FromLocalDateTime(
              temporal::LocalDateTime{a, static_cast<int32_t>(nanos)});
        } else {
          *out = Value::FromDateTime(
              temporal::DateTime{a, static_cast<int32_t>(nanos),
                                 static_cast<int32_t>(b), std::string(zone)});
        }
        return true;
      default:  // kDuration
        if (!ReadSigned(&a) || !ReadSigned(&b) || !ReadSigned(&c) ||
            !in_.ReadVarint(&nanos)) {
          return false;
        }
        if (nanos >= static_cast<uint64_t>(temporal::kNanosPerSecond)) {
          return bad();
        }
        *out = Value::FromDuration(
            temporal::Duration{a, b, c, static_cast<int32_t>(nanos)});
        return true;
    }
  }

  // Graph calls cannot fail on validated input; if one does, say so.
  bool CheckOk(const absl::Status& status, size_t at) {
    return status.ok() || in_.Fail(at, std::string(status.message().data(),
                                                   status.message().size()));
  }

  PayloadReader in_;
  const uint32_t version_;
  Graph* graph_;
  std::optional<NodeId> dead_anchor_;  // the first deleted node, kept alive
  uint64_t cursor_ = 0;                // Anchor() without deleted nodes
  std::optional<NodeId> fallback_anchor_;
};

}  // namespace

absl::Status DecodeSnapshotPayload(std::string_view payload, uint32_t version,
                                   std::string_view source, Graph* graph) {
  SnapshotDecoder decoder(payload, version, graph);
  if (!decoder.Decode()) return decoder.Error(source);
  return absl::OkStatus();
}

}  // namespace kg
