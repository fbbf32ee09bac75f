#include "graph/time_zone.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"

namespace kg::temporal {
namespace {

struct Zone {
  std::vector<int64_t> times;    // UTC seconds of each transition, ascending
  std::vector<int32_t> offsets;  // the offset from each transition on
  int32_t initial = 0;           // before the first transition
};

uint64_t BigEndian(std::string_view s, size_t at, int width) {
  uint64_t v = 0;
  for (int i = 0; i < width; ++i) {
    v = (v << 8) | static_cast<unsigned char>(s[at + i]);
  }
  return v;
}

// Parses a TZif file; null when it is not one.
std::unique_ptr<Zone> ParseTzif(std::string_view s) {
  constexpr size_t kHeader = 44;
  if (s.size() < kHeader || s.substr(0, 4) != "TZif") return nullptr;
  auto counts = [&](size_t at, uint64_t c[6]) {
    for (int i = 0; i < 6; ++i) c[i] = BigEndian(s, at + 20 + 4 * i, 4);
  };
  uint64_t c[6];  // isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt
  counts(0, c);
  int width = 4;
  size_t at = kHeader;
  if (s[4] >= '2') {
    // Skip the 32-bit block to the 64-bit one.
    at += c[3] * 5 + c[4] * 6 + c[5] + c[2] * 8 + c[1] + c[0];
    if (s.size() < at + kHeader) return nullptr;
    counts(at, c);
    at += kHeader;
    width = 8;
  }
  const uint64_t timecnt = c[3], typecnt = c[4];
  if (typecnt == 0 || timecnt > 100000 || typecnt > 256) return nullptr;
  if (s.size() < at + timecnt * (width + 1) + typecnt * 6) return nullptr;
  std::vector<int32_t> type_offsets(typecnt);
  const size_t types_at = at + timecnt * (width + 1);
  for (uint64_t i = 0; i < typecnt; ++i) {
    type_offsets[i] = static_cast<int32_t>(
        static_cast<uint32_t>(BigEndian(s, types_at + 6 * i, 4)));
  }
  auto zone = std::make_unique<Zone>();
  zone->initial = type_offsets[0];
  for (uint64_t i = 0; i < timecnt; ++i) {
    uint64_t raw = BigEndian(s, at + i * width, width);
    int64_t t = width == 8 ? static_cast<int64_t>(raw)
                           : static_cast<int32_t>(static_cast<uint32_t>(raw));
    unsigned idx = static_cast<unsigned char>(s[at + timecnt * width + i]);
    if (idx >= typecnt) return nullptr;
    if (!zone->times.empty() && t <= zone->times.back()) return nullptr;
    zone->times.push_back(t);
    zone->offsets.push_back(type_offsets[idx]);
  }
  return zone;
}

// Zone names are paths under the tz directory: refuse anything that could
// leave it.
bool PlausibleName(std::string_view name) {
  if (name.empty() || name.size() > 64 || name[0] == '/') return false;
  if (name.find("..") != std::string_view::npos) return false;
  return std::all_of(name.begin(), name.end(), [](char ch) {
    return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') ||
           (ch >= '0' && ch <= '9') || ch == '/' || ch == '_' || ch == '-' ||
           ch == '+';
  });
}

absl::StatusOr<const Zone*> FindZone(std::string_view name) {
  static std::mutex* mu = new std::mutex;
  // Unknown names are cached as null, so a bad name costs one file lookup.
  static auto* zones =
      new std::map<std::string, std::unique_ptr<Zone>, std::less<>>();
  std::lock_guard<std::mutex> lock(*mu);
  auto it = zones->find(name);
  if (it == zones->end()) {
    std::unique_ptr<Zone> zone;
    if (PlausibleName(name)) {
      const char* dir = std::getenv("TZDIR");
      std::ifstream in(
          absl::StrCat(
              dir != nullptr && *dir != '\0' ? dir : "/usr/share/zoneinfo", "/",
              std::string(name)),
          std::ios::binary);
      if (in) {
        std::stringstream buf;
        buf << in.rdbuf();
        zone = ParseTzif(buf.str());
      }
    }
    it = zones->emplace(std::string(name), std::move(zone)).first;
  }
  if (it->second == nullptr) {
    return absl::NotFoundError(
        absl::StrCat("unknown time zone '", std::string(name), "'"));
  }
  return it->second.get();
}

int32_t OffsetAt(const Zone& zone, int64_t utc) {
  auto it = std::upper_bound(zone.times.begin(), zone.times.end(), utc);
  if (it == zone.times.begin()) return zone.initial;
  return zone.offsets[it - zone.times.begin() - 1];
}

}  // namespace

absl::StatusOr<int32_t> ZoneOffsetAt(std::string_view zone,
                                     int64_t utc_seconds) {
  absl::StatusOr<const Zone*> z = FindZone(zone);
  if (!z.ok()) return z.status();
  return OffsetAt(**z, utc_seconds);
}

absl::StatusOr<DateTime> DateTimeAtUtc(int64_t utc_seconds, int32_t nanos,
                                       std::string_view zone) {
  absl::StatusOr<const Zone*> z = FindZone(zone);
  if (!z.ok()) return z.status();
  return DateTime{utc_seconds, nanos, OffsetAt(**z, utc_seconds),
                  std::string(zone)};
}

absl::StatusOr<DateTime> DateTimeInZone(int64_t local_seconds, int32_t nanos,
                                        std::string_view zone) {
  absl::StatusOr<const Zone*> z = FindZone(zone);
  if (!z.ok()) return z.status();
  // Real zones change offset at most once within a day, so the offsets a
  // day before and a day after are the only candidates.
  const int32_t before = OffsetAt(**z, local_seconds - kSecondsPerDay);
  const int32_t after = OffsetAt(**z, local_seconds + kSecondsPerDay);
  int64_t utc = local_seconds - before;  // also right for a gap
  if (OffsetAt(**z, utc) != before &&
      OffsetAt(**z, local_seconds - after) == after) {
    utc = local_seconds - after;
  }
  return DateTime{utc, nanos, OffsetAt(**z, utc), std::string(zone)};
}

}  // namespace kg::temporal
