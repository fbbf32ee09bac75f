// `kg why NAME`: every node named NAME (or with it as an alias, in any
// case), its labels, and the provenance the build recorded: each mention
// with its document, sentence, offsets and the rule that found it, and the
// rule that joined mentions and documents into one entity.
#include <iostream>

#include "cli/cli_util.h"
#include "cli/commands.h"
#include "extract/text/surface_fold.h"
#include "graph/render.h"

namespace kg::cli {

int RunWhy(const WhyOptions& options) {
  absl::StatusOr<Graph> g = LoadGraph(options.graph);
  if (!g.ok()) return Fail(g.status());
  const std::string wanted = SurfaceKey(options.name);
  auto key = [&](const char* k) { return g->FindKey(k); };
  auto name_key = key("name"), aliases_key = key("aliases"),
       prov_key = key("provenance");
  int found = 0;
  g->ForEachNode([&](NodeId n) {
    bool match = false;
    const Value* name = name_key ? g->Property(n, *name_key) : nullptr;
    if (name && name->is_string() && SurfaceKey(name->AsString()) == wanted) {
      match = true;
    }
    const Value* aliases = aliases_key ? g->Property(n, *aliases_key) : nullptr;
    if (!match && aliases && aliases->is_list()) {
      for (const Value& a : aliases->AsList()) {
        if (a.is_string() && SurfaceKey(a.AsString()) == wanted) match = true;
      }
    }
    if (!match) return;
    ++found;
    std::cout << "(";
    for (LabelId l : g->Labels(n)) std::cout << ":" << g->LabelName(l);
    std::cout << " {name: " << RenderValue(*g, *name) << "})\n";
    if (aliases && aliases->is_list() && !aliases->AsList().empty()) {
      std::cout << "  aliases: " << RenderValue(*g, *aliases) << "\n";
    }
    const Value* prov = prov_key ? g->Property(n, *prov_key) : nullptr;
    if (prov && prov->is_list()) {
      for (const Value& p : prov->AsList()) {
        if (p.is_string()) std::cout << "  " << p.AsString() << "\n";
      }
    } else {
      std::cout << "  (no provenance recorded)\n";
    }
  });
  if (found == 0) {
    return Fail("no entity is named '" + options.name + "' in " +
                options.graph);
  }
  return 0;
}

}  // namespace kg::cli
