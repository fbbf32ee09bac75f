// `kg build`: source texts in, a graph snapshot out.
//
// For now the graph holds one Document node per text (id, title, path);
// entity, relation and event extraction will add to it.
#include <iostream>

#include "absl/strings/str_cat.h"
#include "cli/cli_util.h"
#include "cli/commands.h"
#include "extract/document.h"
#include "graph/snapshot.h"

namespace kg::cli {

int RunBuild(const BuildOptions& options) {
  if (options.inputs.empty())
    return Fail("nothing to build: give files or folders");
  if (options.out.empty()) return Fail("no output given: use -o FILE.kg");
  absl::StatusOr<DocumentSet> docs = ReadDocuments(options.inputs);
  if (!docs.ok()) return Fail(docs.status());

  Graph g;
  LabelId document = g.InternLabel("Document");
  KeyId id_key = g.InternKey("id");
  KeyId title_key = g.InternKey("title");
  g.CreateIndex(document, id_key);
  uint64_t replaced = 0;
  for (const Document& d : docs->documents) {
    NodeId n = g.AddNode({document});
    absl::Status s = g.SetProperty(n, id_key, Value::String(d.id));
    if (s.ok()) s = g.SetProperty(n, title_key, Value::String(d.title));
    if (!s.ok()) return Fail(s);
    if (d.replaced_bytes > 0) {
      std::cerr << "kg: warning: " << d.path << ": replaced "
                << d.replaced_bytes << " invalid UTF-8 sequence(s)\n";
    }
    replaced += d.replaced_bytes;
  }
  for (const SkippedInput& s : docs->skipped) {
    std::cerr << "kg: skipped " << s.path << ": " << s.reason << "\n";
  }
  absl::Status s = SaveSnapshot(g, options.out);
  if (!s.ok()) return Fail(s);
  std::cerr << "read " << docs->documents.size() << " documents, skipped "
            << docs->skipped.size() << "; wrote " << options.out << " ("
            << g.node_count() << " nodes, " << g.relationship_count()
            << " relationships)\n";
  return 0;
}

}  // namespace kg::cli
