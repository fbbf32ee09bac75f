// The snapshot file format, shared by the encoder (snapshot.cc), the payload
// decoder (snapshot_decoder.cc) and the tests that forge damaged files.
// Internal to graph/.
//
// Header, fixed-width integers little-endian (encoded byte by byte):
//   offset size
//        0    8  magic "\x89KGS\r\n\x1A\n": like PNG's, the high bit and the
//                line endings expose 7-bit and text-mode transfers
//        8    4  format version, kSnapshotVersion
//       12    4  flags; none are defined, so 0
//       16    8  payload length in bytes
//       24    4  CRC-32C of the payload
//       28       payload
//
// Payload, where varint is unsigned LEB128 and string is a varint length and
// the bytes:
//   label names, type names, key names: each a varint count and the strings,
//       in id order, so ids survive
//   nodes: a varint count (the node id limit), then per node a state byte:
//       0 deleted, or 1 live followed by a varint label count, the label ids
//       (in the node's order) and the properties
//   relationships: a varint count (the id limit), then per relationship a
//       state byte: 0 deleted, or 1 live followed by varint source, target
//       and type ids and the properties
//   indexes: a varint count and (label id, key id) pairs, ascending
//   attachments (version 2 on): a varint count and (name, bytes) string
//       pairs, names ascending
//   properties: a varint count and (key id, value) pairs, keys ascending
//   value: a tag byte, then 1 false | 2 true | 3 integer as zigzag varint |
//       4 float as its 8-byte IEEE bit pattern | 5 string |
//       6 list as a varint count and values, none of them a list |
//       7 date as zigzag days since 1970-01-01 |
//       8 local time as zigzag nanoseconds of the day |
//       9 time as zigzag nanoseconds of the day and zigzag offset seconds |
//       10 local datetime as zigzag seconds and varint nanoseconds |
//       11 datetime as zigzag UTC seconds, varint nanoseconds, zigzag offset
//          seconds and the zone name as a string ("" for a fixed offset) |
//       12 duration as zigzag months, days and seconds, varint nanoseconds
// (tags 7..12 came with temporal values; the format version did not change,
// since no older file holds them)
// Only what a graph can hold has an encoding, so lists nest one level deep.
#ifndef KG_GRAPH_SNAPSHOT_FORMAT_H_
#define KG_GRAPH_SNAPSHOT_FORMAT_H_

#include <cstddef>
#include <cstdint>
#include <string>

namespace kg::snapshot_format {

inline constexpr char kMagic[8] = {'\x89', 'K',  'G',    'S',
                                   '\r',   '\n', '\x1A', '\n'};
inline constexpr size_t kVersionOffset = 8;
inline constexpr size_t kFlagsOffset = 12;
inline constexpr size_t kLengthOffset = 16;
inline constexpr size_t kChecksumOffset = 24;
inline constexpr size_t kHeaderSize = 28;

// The state byte of a node or relationship.
enum : uint8_t { kDeleted = 0, kLive = 1 };

enum class Tag : uint8_t {
  kFalse = 1,
  kTrue = 2,
  kInt = 3,
  kFloat = 4,
  kString = 5,
  kList = 6,
  kDate = 7,
  kLocalTime = 8,
  kTime = 9,
  kLocalDateTime = 10,
  kDateTime = 11,
  kDuration = 12,
};

inline void EncodeFixed(char* dst, uint64_t v, int width) {
  for (int i = 0; i < width; ++i) dst[i] = static_cast<char>(v >> (8 * i));
}

inline uint64_t DecodeFixed(const char* src, int width) {
  uint64_t v = 0;
  for (int i = 0; i < width; ++i) {
    v |= static_cast<uint64_t>(static_cast<unsigned char>(src[i])) << (8 * i);
  }
  return v;
}

inline void PutVarint(std::string* out, uint64_t v) {
  char buf[10];
  size_t n = 0;
  while (v >= 0x80) {
    buf[n++] = static_cast<char>(v | 0x80);
    v >>= 7;
  }
  buf[n++] = static_cast<char>(v);
  out->append(buf, n);
}

inline uint64_t ZigZag(int64_t v) {
  return (static_cast<uint64_t>(v) << 1) ^ (v < 0 ? ~uint64_t{0} : 0);
}
inline int64_t UnZigZag(uint64_t u) {
  return static_cast<int64_t>((u >> 1) ^ (0 - (u & 1)));
}

}  // namespace kg::snapshot_format

#endif  // KG_GRAPH_SNAPSHOT_FORMAT_H_
