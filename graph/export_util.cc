// OutBuffer, UTF-8 repair and key ordering for the writers of export.h.
#include "graph/export_util.h"

#include <algorithm>
#include <charconv>

#include "absl/strings/str_cat.h"
#include "graph/utf8.h"

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

char32_t NextCodePoint(std::string_view s, size_t* pos) {
  char32_t c = 0;
  size_t n = DecodeUtf8(s, *pos, &c);
  *pos += n == 0 ? 1 : n;  // REQUIRES valid UTF-8; step on regardless
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
