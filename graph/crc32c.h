// CRC-32C (Castagnoli): the checksum that guards snapshot payloads.
//
// A portable table-driven implementation (slicing-by-8), so kg needs no
// dependency for it; Debian's Abseil 20220623 has no absl/crc. CRC-32C
// detects every error burst of up to 32 bits, in particular every damaged
// single byte. Internal to graph/; the tests use it to forge headers.
#ifndef KG_GRAPH_CRC32C_H_
#define KG_GRAPH_CRC32C_H_

#include <cstdint>
#include <string_view>

namespace kg {

// Extends `crc`, the CRC-32C of some bytes (0 for none), with `data`:
// Crc32cExtend(Crc32c(a), b) == Crc32c(a + b).
uint32_t Crc32cExtend(uint32_t crc, std::string_view data);

inline uint32_t Crc32c(std::string_view data) { return Crc32cExtend(0, data); }

}  // namespace kg

#endif  // KG_GRAPH_CRC32C_H_
