// OutBuffer, UTF-8 repair and key ordering for the writers of export.h.
#include "graph/export_util.h"

#include <algorithm>
#include <charconv>

#include "absl/strings/str_cat.h"

namespace kg::export_internal {

OutBuffer& OutBuffer::operator<<(uint64_t n) {
  char digits[24];
  auto res = std::to_chars(digits, digits + sizeof(digits), n);
  Append(std::string_view(digits, res.ptr - digits));
  return *this;
}

void OutBuffer::Drain() {
  out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  buffer_.clear();
}

absl::Status OutBuffer::Finish() {
  Drain();
  out_.flush();
  if (!out_) return absl::DataLossError("failed writing the output stream");
  return absl::OkStatus();
}

namespace {

// The length of the valid UTF-8 sequence at s[i], or 0 when invalid. Follows
// the Unicode table of well-formed byte sequences: no overlong forms, no
// surrogates, nothing above U+10FFFF. For an invalid sequence, `*maximal` is
// set to the length of its maximal subpart (at least 1), which is what gets
// replaced by one U+FFFD.
size_t SequenceLength(std::string_view s, size_t i, size_t* maximal) {
  auto byte = [&](size_t k) -> unsigned {
    return i + k < s.size() ? static_cast<unsigned char>(s[i + k]) : 0x100;
  };
  unsigned b0 = byte(0);
  *maximal = 1;
  if (b0 < 0x80) return 1;
  size_t len;
  unsigned lo = 0x80, hi = 0xBF;  // the range allowed for the second byte
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    len = 2;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    len = 3;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    len = 4;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  for (size_t k = 1; k < len; ++k) {
    unsigned b = byte(k);
    bool ok = k == 1 ? (b >= lo && b <= hi) : (b >= 0x80 && b <= 0xBF);
    if (!ok) return 0;
    *maximal = k + 1;
  }
  return len;
}

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

}  // namespace

std::string_view ValidUtf8(std::string_view s, std::string* scratch) {
  size_t i = 0, maximal;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t n = SequenceLength(s, i, &maximal);
    if (n == 0) break;
    i += n;
  }
  if (i == s.size()) return s;
  scratch->assign(s.substr(0, i));
  while (i < s.size()) {
    size_t n = SequenceLength(s, i, &maximal);
    if (n == 0) {
      scratch->append(kReplacement);
      i += maximal;
    } else {
      scratch->append(s.substr(i, n));
      i += n;
    }
  }
  return *scratch;
}

char32_t NextCodePoint(std::string_view s, size_t* pos) {
  auto b = [&](size_t k) {
    return static_cast<char32_t>(static_cast<unsigned char>(s[*pos + k]));
  };
  char32_t c = b(0);
  size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (len == 2) c &= 0x1F;
  if (len == 3) c &= 0x0F;
  if (len == 4) c &= 0x07;
  for (size_t k = 1; k < len; ++k) c = (c << 6) | (b(k) & 0x3F);
  *pos += len;
  return c;
}

std::string Counted(uint64_t n, absl::string_view noun) {
  return absl::StrCat(n, " ", noun, n == 1 ? "" : "s");
}

KeyOrder::KeyOrder(const Graph& graph) {
  sorted_.resize(graph.key_count());
  for (KeyId k = 0; k < sorted_.size(); ++k) sorted_[k] = k;
  std::sort(sorted_.begin(), sorted_.end(), [&](KeyId a, KeyId b) {
    return graph.KeyName(a) < graph.KeyName(b);
  });
  rank_.resize(sorted_.size());
  for (uint32_t r = 0; r < sorted_.size(); ++r) rank_[sorted_[r]] = r;
}

void KeyOrder::Sort(const PropertyList& props,
                    std::vector<const PropertyList::Entry*>* out) const {
  out->clear();
  for (const auto& entry : props) out->push_back(&entry);
  std::sort(out->begin(), out->end(), [&](const auto* a, const auto* b) {
    return rank_[a->first] < rank_[b->first];
  });
}

}  // namespace kg::export_internal
