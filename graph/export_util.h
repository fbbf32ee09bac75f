// Internal helpers shared by the writers of export.h; not part of graph/'s
// public API.
//
// OutBuffer batches writes to a std::ostream (one virtual call per 64 KiB, not
// per character) and doubles as a RapidJSON output stream. The text helpers
// make any std::string safe to embed: graph strings are meant to be UTF-8 but
// nothing enforces it, so every writer passes them through ValidUtf8 first,
// which replaces each invalid sequence with U+FFFD.
#ifndef KG_GRAPH_EXPORT_UTIL_H_
#define KG_GRAPH_EXPORT_UTIL_H_

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"
#include "graph/graph.h"
#include "graph/utf8.h"

namespace kg::export_internal {

// Debian's Abseil has its own absl::string_view, which StrCat wants.
inline absl::string_view Absl(std::string_view s) {
  return absl::string_view(s.data(), s.size());
}

class OutBuffer {
 public:
  using Ch = char;  // for RapidJSON's Writer

  explicit OutBuffer(std::ostream& out) : out_(out) {
    buffer_.reserve(kCapacity);
  }
  OutBuffer(const OutBuffer&) = delete;
  OutBuffer& operator=(const OutBuffer&) = delete;

  void Put(char c) {
    buffer_.push_back(c);
    if (buffer_.size() >= kCapacity) Drain();
  }
  void Append(std::string_view s) {
    buffer_.append(s);
    if (buffer_.size() >= kCapacity) Drain();
  }
  OutBuffer& operator<<(std::string_view s) {
    Append(s);
    return *this;
  }
  OutBuffer& operator<<(uint64_t n);

  // RapidJSON calls Flush() when a document is complete; the real flush to
  // the std::ostream happens in Finish().
  void Flush() {}

  // Writes what is buffered and reports whether the stream took all of it.
  absl::Status Finish();

 private:
  static constexpr size_t kCapacity = 1 << 16;
  void Drain();

  std::ostream& out_;
  std::string buffer_;
};

// UTF-8 repair (graph/utf8.h): `s`, or a copy with each maximal invalid
// subpart replaced by U+FFFD.
using ::kg::ValidUtf8;

// Decodes the code point at `s[*pos]` and advances `*pos`. REQUIRES: `s` is
// valid UTF-8 and *pos < s.size().
char32_t NextCodePoint(std::string_view s, size_t* pos);

// Orders property entries by key name instead of key id, for deterministic
// output, with one string sort per export rather than per element.
class KeyOrder {
 public:
  explicit KeyOrder(const Graph& graph);
  // Pointers into `props`, sorted by key name.
  void Sort(const PropertyList& props,
            std::vector<const PropertyList::Entry*>* out) const;
  // Every key id, sorted by name.
  const std::vector<KeyId>& keys() const { return sorted_; }

 private:
  std::vector<KeyId> sorted_;
  std::vector<uint32_t> rank_;  // by KeyId
};

// "1 node", "2 nodes": for the header comments.
std::string Counted(uint64_t n, absl::string_view noun);

// The JSON text of a property value, as WriteJson writes it (GraphML writes
// lists this way).
std::string JsonText(const Value& value);

}  // namespace kg::export_internal

#endif  // KG_GRAPH_EXPORT_UTIL_H_
