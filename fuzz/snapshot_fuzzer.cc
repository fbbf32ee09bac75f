// Snapshot bytes through the loader. An input that starts with the snapshot
// magic is loaded as it is (the header checks); any other input is taken as
// a payload and given a valid header and checksum first, so the fuzzer
// spends its time in the payload decoder instead of failing the checksum.
// A graph that loads must encode and load again to the same graph.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>

#include "fuzz/fuzz_util.h"
#include "graph/crc32c.h"
#include "graph/snapshot.h"
#include "graph/snapshot_format.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace kg;
  namespace sf = snapshot_format;
  std::string_view input = fuzz::Text(data, size);
  std::string bytes;
  if (input.size() >= sizeof(sf::kMagic) &&
      std::memcmp(input.data(), sf::kMagic, sizeof(sf::kMagic)) == 0) {
    bytes = std::string(input);
  } else {
    bytes.resize(sf::kHeaderSize);
    std::memcpy(bytes.data(), sf::kMagic, sizeof(sf::kMagic));
    sf::EncodeFixed(&bytes[sf::kVersionOffset], kSnapshotVersion, 4);
    sf::EncodeFixed(&bytes[sf::kFlagsOffset], 0, 4);
    sf::EncodeFixed(&bytes[sf::kLengthOffset], input.size(), 8);
    sf::EncodeFixed(&bytes[sf::kChecksumOffset], Crc32c(input), 4);
    bytes.append(input);
  }
  absl::StatusOr<Graph> graph = DecodeSnapshot(bytes, "fuzz");
  if (!graph.ok()) return 0;
  std::string dump = CanonicalDump(*graph);
  absl::StatusOr<Graph> again = DecodeSnapshot(EncodeSnapshot(*graph), "again");
  if (!again.ok()) fuzz::Fail(again.status().ToString());
  if (CanonicalDump(*again) != dump) fuzz::Fail("snapshot round trip differs");
  return 0;
}
