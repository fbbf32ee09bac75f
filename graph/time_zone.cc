#include "graph/time_zone.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
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
  // From the footer: the offsets after the last transition.
  std::optional<PosixTz> rule;
};

uint64_t BigEndian(std::string_view s, size_t at, int width) {
  uint64_t v = 0;
  for (int i = 0; i < width; ++i) {
    v = (v << 8) | static_cast<unsigned char>(s[at + i]);
  }
  return v;
}

// Reads a POSIX TZ rule left to right.
class PosixTzParser {
 public:
  explicit PosixTzParser(std::string_view text) : text_(text) {}

  absl::StatusOr<PosixTz> Parse() {
    PosixTz tz;
    if (!Name()) return Error("a standard time name");
    int32_t west = 0;
    if (!Offset(24, &west)) return Error("the standard offset");
    tz.standard = -west;
    if (at_ == text_.size()) return tz;
    if (!Name()) return Error("a daylight time name");
    tz.has_daylight = true;
    tz.daylight = tz.standard + 3600;
    if (at_ < text_.size() && text_[at_] != ',') {
      if (!Offset(24, &west)) return Error("the daylight offset");
      tz.daylight = -west;
    }
    // Without dates, POSIX leaves the default to the system; the US rule of
    // 2007 is what tzcode assumes.
    tz.start = {PosixTz::When::Form::kMonthWeek, 0, 3, 2, 7200};
    tz.end = {PosixTz::When::Form::kMonthWeek, 0, 11, 1, 7200};
    if (at_ == text_.size()) return tz;
    if (!Eat(',') || !Date(&tz.start)) return Error("the start date");
    if (!Eat(',') || !Date(&tz.end)) return Error("the end date");
    if (at_ != text_.size()) return Error("the end of the rule");
    return tz;
  }

 private:
  absl::Status Error(std::string_view expected) const {
    return absl::InvalidArgumentError(
        absl::StrCat("time zone rule '", std::string(text_), "': expected ",
                     std::string(expected), " at character ", at_ + 1));
  }

  bool Eat(char c) {
    if (at_ < text_.size() && text_[at_] == c) {
      ++at_;
      return true;
    }
    return false;
  }

  // Three or more letters, or <...> holding letters, digits, '+' and '-'.
  bool Name() {
    size_t from = at_;
    if (Eat('<')) {
      while (at_ < text_.size() && text_[at_] != '>') {
        char c = text_[at_];
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' &&
            c != '-') {
          return false;
        }
        ++at_;
      }
      return at_ - from >= 4 && Eat('>');
    }
    while (at_ < text_.size() &&
           std::isalpha(static_cast<unsigned char>(text_[at_]))) {
      ++at_;
    }
    return at_ - from >= 3;
  }

  // [+-]hh[:mm[:ss]] with hh <= max_hours, in seconds.
  bool Offset(int max_hours, int32_t* out) {
    int sign = 1;
    if (Eat('-')) {
      sign = -1;
    } else {
      Eat('+');
    }
    int parts[3] = {0, 0, 0};
    for (int i = 0; i < 3; ++i) {
      if (i > 0 && !Eat(':')) break;
      int digits = 0, v = 0;
      while (at_ < text_.size() && digits < 3 &&
             std::isdigit(static_cast<unsigned char>(text_[at_]))) {
        v = v * 10 + (text_[at_++] - '0');
        ++digits;
      }
      if (digits == 0 || (i > 0 && (digits != 2 || v > 59))) return false;
      parts[i] = v;
    }
    if (parts[0] > max_hours) return false;
    *out = sign * (parts[0] * 3600 + parts[1] * 60 + parts[2]);
    return true;
  }

  bool Number(int lo, int hi, int* out) {
    int digits = 0, v = 0;
    while (at_ < text_.size() && digits < 3 &&
           std::isdigit(static_cast<unsigned char>(text_[at_]))) {
      v = v * 10 + (text_[at_++] - '0');
      ++digits;
    }
    *out = v;
    return digits > 0 && v >= lo && v <= hi;
  }

  bool Date(PosixTz::When* when) {
    using Form = PosixTz::When::Form;
    if (Eat('J')) {
      when->form = Form::kJulian;
      if (!Number(1, 365, &when->day)) return false;
    } else if (Eat('M')) {
      when->form = Form::kMonthWeek;
      if (!Number(1, 12, &when->month) || !Eat('.') ||
          !Number(1, 5, &when->week) || !Eat('.') ||
          !Number(0, 6, &when->day)) {
        return false;
      }
    } else {
      when->form = Form::kZeroBased;
      if (!Number(0, 365, &when->day)) return false;
    }
    when->time = 7200;
    return !Eat('/') || Offset(167, &when->time);
  }

  std::string_view text_;
  size_t at_ = 0;
};

}  // namespace

int64_t PosixTz::When::DayIn(int64_t year) const {
  switch (form) {
    case Form::kJulian:
      return DaysFromCivil(year, 1, 1) + day - 1 +
             (IsLeapYear(year) && day >= 60 ? 1 : 0);
    case Form::kZeroBased:
      return DaysFromCivil(year, 1, 1) + day;
    case Form::kMonthWeek:
      break;
  }
  const int64_t first = DaysFromCivil(year, month, 1);
  // 1970-01-01 was a Thursday (4, counting Sunday as 0).
  const int64_t weekday = ((first + 4) % 7 + 7) % 7;
  int64_t d = first + (day - weekday + 7) % 7 + (week - 1) * 7;
  while (d >= first + DaysInMonth(year, month)) d -= 7;
  return d;
}

int32_t PosixTz::OffsetAt(int64_t utc) const {
  if (!has_daylight) return standard;
  const int64_t local_days = (utc + standard) / kSecondsPerDay -
                             ((utc + standard) % kSecondsPerDay < 0 ? 1 : 0);
  const int64_t year = CivilFromDays(local_days).year;
  // Daylight time starts at a standard-time clock reading and ends at a
  // daylight-time one.
  const int64_t starts =
      start.DayIn(year) * kSecondsPerDay + start.time - standard;
  const int64_t ends = end.DayIn(year) * kSecondsPerDay + end.time - daylight;
  const bool in_daylight =
      starts < ends ? utc >= starts && utc < ends : utc >= starts || utc < ends;
  return in_daylight ? daylight : standard;
}

absl::StatusOr<PosixTz> ParsePosixTz(std::string_view text) {
  return PosixTzParser(text).Parse();
}

namespace {

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
  if (width == 8) {
    // The footer follows the 64-bit block: "\nRULE\n" (RFC 8536 3.3). A
    // rule kg cannot read is ignored: the last transition's offset stays.
    const uint64_t leapcnt = c[2], isstdcnt = c[1], isutcnt = c[0],
                   charcnt = c[5];
    size_t end =
        types_at + typecnt * 6 + charcnt + leapcnt * 12 + isstdcnt + isutcnt;
    if (end < s.size() && s[end] == '\n') {
      size_t close = s.find('\n', end + 1);
      if (close != std::string_view::npos) {
        absl::StatusOr<PosixTz> rule =
            ParsePosixTz(s.substr(end + 1, close - end - 1));
        if (rule.ok()) zone->rule = *rule;
      }
    }
  }
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
  if (zone.rule.has_value() &&
      (zone.times.empty() || utc >= zone.times.back())) {
    return zone.rule->OffsetAt(utc);
  }
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
