// The lookup over every function family; see registry.h.
#include "query/functions/registry.h"

#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/ascii.h"

namespace kg::query {
namespace {

using Table = absl::flat_hash_map<std::string, const Function*>;

const Table& AllFunctions() {
  static const Table* table = [] {
    auto* t = new Table();
    for (auto family :
         {GraphFunctions(), ListFunctions(), StringFunctions(), MathFunctions(),
          ConversionFunctions(), AggregateFunctions(), TemporalFunctions()}) {
      for (const Function& f : family) {
        (*t)[absl::AsciiStrToLower(
            absl::string_view(f.name.data(), f.name.size()))] = &f;
      }
    }
    return t;
  }();
  return *table;
}

}  // namespace

const Function* FindFunction(std::string_view name) {
  auto it = AllFunctions().find(
      absl::AsciiStrToLower(absl::string_view(name.data(), name.size())));
  return it == AllFunctions().end() ? nullptr : it->second;
}

}  // namespace kg::query
