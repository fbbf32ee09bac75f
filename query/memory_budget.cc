// The counting operator new and delete behind ThreadHeapBytes(), and the
// budget's error.
//
// Every allocation of the program goes through here, at the cost of a
// thread-local add; malloc_usable_size() makes new and delete count the same
// bytes. All the plain, array, nothrow and sized forms are replaced together:
// a sanitizer runtime supplies each form itself, and memory from one
// allocator must not reach the other's delete. The aligned forms are left
// alone (as a pair) and not counted.
#include "query/memory_budget.h"

#include <malloc.h>

#include <cstdlib>
#include <new>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"

namespace {

thread_local int64_t thread_heap_bytes = 0;

void* Allocate(size_t size) noexcept {
  void* p = std::malloc(size == 0 ? 1 : size);
  if (p != nullptr) {
    thread_heap_bytes += static_cast<int64_t>(malloc_usable_size(p));
  }
  return p;
}

void Free(void* p) noexcept {
  if (p == nullptr) return;
  thread_heap_bytes -= static_cast<int64_t>(malloc_usable_size(p));
  std::free(p);
}

}  // namespace

void* operator new(size_t size) {
  void* p = Allocate(size);
  if (p == nullptr) throw std::bad_alloc();
  return p;
}

void* operator new[](size_t size) {
  void* p = Allocate(size);
  if (p == nullptr) throw std::bad_alloc();
  return p;
}

void* operator new(size_t size, const std::nothrow_t&) noexcept {
  return Allocate(size);
}

void* operator new[](size_t size, const std::nothrow_t&) noexcept {
  return Allocate(size);
}

void operator delete(void* p) noexcept { Free(p); }
void operator delete[](void* p) noexcept { Free(p); }
void operator delete(void* p, size_t) noexcept { Free(p); }
void operator delete[](void* p, size_t) noexcept { Free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { Free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { Free(p); }

namespace kg::query {

int64_t ThreadHeapBytes() { return thread_heap_bytes; }

std::string FormatBytes(uint64_t bytes) {
  static const char* const kUnits[] = {"KiB", "MiB", "GiB", "TiB"};
  if (bytes < 1024) return absl::StrCat(bytes, " bytes");
  double v = static_cast<double>(bytes);
  int unit = -1;
  while (v >= 1024 && unit < 3) v /= 1024, ++unit;
  std::string out = absl::StrFormat("%.1f", v);
  if (out.size() > 2 && out.substr(out.size() - 2) == ".0")
    out.resize(out.size() - 2);
  return absl::StrCat(out, " ", kUnits[unit]);
}

absl::Status MemoryBudget::Exhausted(uint64_t needed) const {
  return absl::ResourceExhaustedError(absl::StrCat(
      "the statement needs more than its memory budget of ",
      FormatBytes(limit_), " (at least ", FormatBytes(needed), ")"));
}

}  // namespace kg::query
