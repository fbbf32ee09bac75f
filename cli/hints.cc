#include "cli/hints.h"

#include <algorithm>

#include "absl/strings/str_cat.h"
#include "cli/name_scan.h"
#include "cli/suggest.h"
#include "query/engine.h"

namespace kg::cli {
namespace {

template <typename NameOf>
std::vector<std::string> Names(size_t count, NameOf name_of) {
  std::vector<std::string> names;
  for (uint32_t i = 0; i < count; ++i) names.push_back(name_of(i));
  return names;
}

// The name inside the first '...' of `message`, or "".
std::string Quoted(std::string_view message) {
  size_t begin = message.find('\'');
  if (begin == std::string_view::npos) return "";
  size_t end = message.find('\'', begin + 1);
  if (end == std::string_view::npos) return "";
  return std::string(message.substr(begin + 1, end - begin - 1));
}

}  // namespace

std::vector<std::string> DidYouMean(const Graph& g, std::string_view query,
                                    const absl::Status& status) {
  std::vector<std::string> hints;
  auto add = [&](std::string hint) {
    if (std::find(hints.begin(), hints.end(), hint) == hints.end()) {
      hints.push_back(std::move(hint));
    }
  };
  std::string_view message(status.message().data(), status.message().size());
  // A statement that does not parse names nothing reliably.
  if (message.find("syntax error") != std::string_view::npos) return hints;
  if (message.find("unknown function") != std::string_view::npos) {
    std::string name = Quoted(message.substr(message.find("unknown function")));
    std::string guess = Suggest(name, query::FunctionNames());
    if (!guess.empty()) {
      add(absl::StrCat("there is no function ", name, "(); did you mean ",
                       guess, "()?"));
    }
  }
  std::vector<std::string> labels = Names(
      g.label_count(), [&](uint32_t i) { return g.LabelName(LabelId(i)); });
  std::vector<std::string> types =
      Names(g.type_count(), [&](uint32_t i) { return g.TypeName(TypeId(i)); });
  std::vector<std::string> keys =
      Names(g.key_count(), [&](uint32_t i) { return g.KeyName(KeyId(i)); });
  for (const NameRef& ref : ScanNames(query)) {
    const std::vector<std::string>* known = nullptr;
    const char* what = "";
    const char* prefix = "";
    switch (ref.kind) {
      case NameKind::kLabel:
        if (g.FindLabel(ref.name).has_value()) continue;
        known = &labels, what = "label", prefix = ":";
        break;
      case NameKind::kType:
        if (g.FindType(ref.name).has_value()) continue;
        known = &types, what = "relationship type", prefix = ":";
        break;
      case NameKind::kKey:
        if (g.FindKey(ref.name).has_value()) continue;
        known = &keys, what = "property key", prefix = "";
        break;
      default:
        continue;
    }
    std::string guess = Suggest(ref.name, *known);
    if (guess.empty()) continue;
    add(absl::StrCat(what, " ", prefix, ref.name,
                     " is not in the graph; did you mean ", prefix, guess,
                     "?"));
  }
  return hints;
}

}  // namespace kg::cli
