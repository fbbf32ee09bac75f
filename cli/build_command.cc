// `kg build`: source texts in, a graph snapshot out; `kg extract`: source
// texts in, one JSON line of facts per document out; `kg merge`: such lines
// (shards) in, a snapshot out; `kg add` and `kg remove`: a snapshot and more
// or fewer documents in, the snapshot of the new set out. merge(extract
// (parts)) == build(all) == add(build(some), the rest).
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "cli/cli_util.h"
#include "cli/commands.h"
#include "extract/corpus/corpus_graph.h"
#include "extract/corpus/parallel.h"
#include "extract/corpus/stored_facts.h"
#include "extract/data/rules.h"
#include "extract/extractor.h"
#include "extract/read/boilerplate.h"
#include "extract/read/document.h"
#include "graph/snapshot.h"
#include "graph/status_macros.h"

namespace kg::cli {
namespace {

absl::StatusOr<std::unique_ptr<Extractor>> LoadExtractor(
    const std::string& lexicon, const std::string& rules) {
  return Extractor::Load(lexicon.empty() ? DefaultLexiconDir() : lexicon,
                         rules.empty() ? DefaultRulesDir() : rules);
}

// Files and folders, and "-" for JSON lines on stdin ({"id", "text",
// "date", "source", "title"}), read with the extractor's own lexicon and the
// boilerplate rules of the same rules folder.
absl::StatusOr<DocumentSet> ReadInputs(const std::vector<std::string>& inputs,
                                       const Extractor& extractor,
                                       const std::string& rules_dir) {
  KG_ASSIGN_OR_RETURN(
      BoilerplateRules boilerplate,
      LoadBoilerplateRules(rules_dir.empty() ? DefaultRulesDir() : rules_dir));
  ReadOptions options;
  options.boilerplate = &boilerplate;
  options.lexicon = &extractor.lexicon();
  std::vector<std::string> paths;
  bool stdin_too = false;
  for (const std::string& in : inputs) {
    if (in == "-") {
      stdin_too = true;
    } else {
      paths.push_back(in);
    }
  }
  DocumentSet all;
  if (!paths.empty()) {
    KG_ASSIGN_OR_RETURN(all, ReadDocuments(paths, options));
  }
  if (stdin_too) {
    KG_ASSIGN_OR_RETURN(DocumentSet piped,
                        ReadJsonLines(std::cin, "<stdin>", options));
    for (Document& d : piped.documents) all.documents.push_back(std::move(d));
    for (SkippedInput& k : piped.skipped) all.skipped.push_back(std::move(k));
  }
  return all;
}

void ReportSkipped(const DocumentSet& docs) {
  for (const Document& d : docs.documents) {
    if (d.replaced_bytes > 0) {
      std::cerr << "kg: warning: " << d.path << ": replaced "
                << d.replaced_bytes << " invalid UTF-8 sequence(s)\n";
    }
  }
  for (const SkippedInput& s : docs.skipped) {
    std::cerr << "kg: skipped " << s.path << ": " << s.reason << "\n";
  }
}

// A progress bar on stderr, only when stderr is a terminal.
std::function<void(size_t, size_t)> ProgressBar(size_t total, bool quiet) {
  if (quiet || !isatty(STDERR_FILENO) || total == 0) return nullptr;
  auto start = std::chrono::steady_clock::now();
  return [total, start](size_t done, size_t bytes) {
    double secs =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count();
    int width = 30;
    int filled = static_cast<int>(width * done / total);
    std::string bar(filled, '#');
    bar.resize(width, ' ');
    std::cerr << absl::StrFormat("\r[%s] %d/%d documents, %.1f MB/s", bar, done,
                                 total, secs > 0 ? bytes / secs / 1e6 : 0.0);
    if (done == total) std::cerr << "\n";
    std::cerr.flush();
  };
}

void Summary(const Graph& g, size_t read, size_t skipped,
             const std::map<std::string, size_t>& skip_reasons) {
  std::cerr << "read " << read << " documents, skipped " << skipped << "\n";
  for (const auto& [reason, n] : skip_reasons) {
    std::cerr << "  skipped (" << reason << "): " << n << "\n";
  }
  std::map<std::string, size_t> labels, types;
  g.ForEachNode([&](NodeId n) {
    for (LabelId l : g.Labels(n)) ++labels[g.LabelName(l)];
  });
  g.ForEachRelationship([&](RelId r) { ++types[g.TypeName(g.Type(r))]; });
  std::cerr << "nodes per label:";
  for (const auto& [l, n] : labels) std::cerr << " " << l << " " << n << ";";
  std::cerr << "\nrelationships per type:";
  for (const auto& [t, n] : types) std::cerr << " " << t << " " << n << ";";
  std::cerr << "\n";
}

std::map<std::string, size_t> SkipReasons(const DocumentSet& docs) {
  std::map<std::string, size_t> reasons;
  for (const SkippedInput& s : docs.skipped) ++reasons[s.reason];
  return reasons;
}

int WriteGraph(std::vector<DocFacts> facts, const std::string& out, size_t read,
               size_t skipped, const std::map<std::string, size_t>& reasons) {
  absl::StatusOr<Graph> g = BuildWithFacts(std::move(facts));
  if (!g.ok()) return Fail(g.status());
  absl::Status s = SaveSnapshot(*g, out);
  if (!s.ok()) return Fail(s);
  Summary(*g, read, skipped, reasons);
  std::cerr << "wrote " << out << " (" << g->node_count() << " nodes, "
            << g->relationship_count() << " relationships)\n";
  return 0;
}

// What build and extract share: load the extractor, read the inputs, report
// what was skipped, extract on the threads asked for.
struct Extracted {
  DocumentSet docs;
  std::vector<DocFacts> facts;
};

absl::StatusOr<Extracted> ReadAndExtract(const std::vector<std::string>& inputs,
                                         const std::string& lexicon,
                                         const std::string& rules, int threads,
                                         bool quiet) {
  KG_ASSIGN_OR_RETURN(std::unique_ptr<Extractor> extractor,
                      LoadExtractor(lexicon, rules));
  Extracted out;
  KG_ASSIGN_OR_RETURN(out.docs, ReadInputs(inputs, *extractor, rules));
  ReportSkipped(out.docs);
  out.facts = ExtractAll(*extractor, out.docs.documents, Threads(threads),
                         ProgressBar(out.docs.documents.size(), quiet));
  return out;
}

// What identifies a node across two builds (ids do not): its labels, its
// name and, for documents, its id.
std::string NodeKey(const Graph& g, NodeId n) {
  std::vector<std::string> labels;
  for (LabelId l : g.Labels(n)) labels.push_back(g.LabelName(l));
  std::sort(labels.begin(), labels.end());
  std::string key = absl::StrJoin(labels, ":");
  for (const char* k : {"name", "id"}) {
    std::optional<KeyId> id = g.FindKey(k);
    const Value* v = id ? g.Property(n, *id) : nullptr;
    if (v != nullptr && v->kind() == Value::Kind::kString) {
      absl::StrAppend(&key, "|", v->AsString());
    }
  }
  return key;
}

// Per primary label (or type), how many nodes (relationships) one graph has
// that the other has not.
struct Change {
  std::map<std::string, int> added, removed;
};

// Per key: how many more the second graph has than the first, and the
// label or type to report it under.
using Tally = std::map<std::string, std::pair<int, std::string>>;

Change ChangeOf(const Tally& count) {
  Change change;
  for (const auto& [key, c] : count) {
    if (c.first > 0) change.added[c.second] += c.first;
    if (c.first < 0) change.removed[c.second] -= c.first;
  }
  return change;
}

Change NodeChange(const Graph& before, const Graph& after) {
  Tally count;
  auto tally = [&](const Graph& g, int sign) {
    g.ForEachNode([&](NodeId n) {
      auto& c = count[NodeKey(g, n)];
      c.first += sign;
      // A statement may have made a node without labels (kg add --force).
      c.second =
          g.Labels(n).empty() ? "(no label)" : g.LabelName(g.Labels(n)[0]);
    });
  };
  tally(before, -1);
  tally(after, 1);
  return ChangeOf(count);
}

Change RelationshipChange(const Graph& before, const Graph& after) {
  Tally count;
  auto tally = [&](const Graph& g, int sign) {
    g.ForEachRelationship([&](RelId r) {
      const std::string& type = g.TypeName(g.Type(r));
      auto& c = count[absl::StrCat(type, "|", NodeKey(g, g.Source(r)), "|",
                                   NodeKey(g, g.Target(r)))];
      c.first += sign;
      c.second = type;
    });
  };
  tally(before, -1);
  tally(after, 1);
  return ChangeOf(count);
}

std::string Counts(const std::map<std::string, int>& by_kind) {
  int total = 0;
  std::vector<std::string> parts;
  for (const auto& [kind, n] : by_kind) {
    total += n;
    parts.push_back(absl::StrCat(kind, " ", n));
  }
  if (total == 0) return "0";
  return absl::StrCat(total, " (", absl::StrJoin(parts, ", "), ")");
}

// "nodes 104 -> 118: +16 (Event 4, Person 12), -2 (Place 2)".
void PrintChange(const Graph& before, const Graph& after) {
  const Change nodes = NodeChange(before, after);
  const Change rels = RelationshipChange(before, after);
  std::cerr << "nodes " << before.node_count() << " -> " << after.node_count()
            << ": +" << Counts(nodes.added) << ", -" << Counts(nodes.removed)
            << "\nrelationships " << before.relationship_count() << " -> "
            << after.relationship_count() << ": +" << Counts(rels.added)
            << ", -" << Counts(rels.removed) << "\n";
}

// Loads `path` and the facts its graph was built from.
struct Built {
  Graph graph;
  std::vector<DocFacts> facts;
};

absl::StatusOr<Built> LoadBuilt(const std::string& path, bool force) {
  Built out;
  KG_ASSIGN_OR_RETURN(out.graph, LoadSnapshot(path));
  absl::StatusOr<std::vector<DocFacts>> facts = StoredFacts(out.graph, force);
  if (!facts.ok()) {
    return absl::Status(facts.status().code(),
                        absl::StrCat(path, ": ", facts.status().message()));
  }
  out.facts = *std::move(facts);
  return out;
}

// Builds `facts` into `path` (atomically), printing what changed from
// `before`.
int Rebuild(const Graph& before, std::vector<DocFacts> facts,
            const std::string& path) {
  absl::StatusOr<Graph> after = BuildWithFacts(std::move(facts));
  if (!after.ok()) return Fail(after.status());
  if (absl::Status s = SaveSnapshot(*after, path); !s.ok()) return Fail(s);
  PrintChange(before, *after);
  std::cerr << "wrote " << path << " (" << after->node_count() << " nodes, "
            << after->relationship_count() << " relationships)\n";
  return 0;
}

}  // namespace

int RunAdd(const AddOptions& options) {
  absl::StatusOr<Built> built = LoadBuilt(options.graph, options.force);
  if (!built.ok()) return Fail(built.status());
  absl::StatusOr<Extracted> x =
      ReadAndExtract(options.inputs, options.lexicon, options.rules,
                     options.threads, options.quiet);
  if (!x.ok()) return Fail(x.status());
  if (x->docs.documents.empty()) {
    return Fail(absl::StrCat("no document read (", x->docs.skipped.size(),
                             " skipped): ", options.graph, " left as it was"));
  }
  std::map<std::string, size_t> index;  // id -> position in built->facts
  for (size_t i = 0; i < built->facts.size(); ++i) {
    index[built->facts[i].id] = i;
  }
  std::vector<std::string> replaced;
  size_t added = 0;
  for (DocFacts& f : x->facts) {
    auto it = index.find(f.id);
    if (it != index.end()) {
      replaced.push_back(f.id);
      built->facts[it->second] = std::move(f);
    } else {
      index[f.id] = built->facts.size();
      built->facts.push_back(std::move(f));
      ++added;
    }
  }
  std::cerr << "added " << added << " document" << (added == 1 ? "" : "s")
            << ", replaced " << replaced.size()
            << (replaced.empty() ? "" : ": ") << absl::StrJoin(replaced, ", ")
            << "; skipped " << x->docs.skipped.size() << "\n";
  return Rebuild(built->graph, std::move(built->facts), options.graph);
}

int RunRemove(const RemoveOptions& options) {
  absl::StatusOr<Built> built = LoadBuilt(options.graph, options.force);
  if (!built.ok()) return Fail(built.status());
  std::set<std::string> wanted(options.ids.begin(), options.ids.end());
  std::vector<DocFacts> kept;
  for (DocFacts& f : built->facts) {
    if (wanted.erase(f.id) == 0) kept.push_back(std::move(f));
  }
  if (!wanted.empty()) {
    return Fail(absl::StrCat(
        options.graph, " holds no document ", absl::StrJoin(wanted, ", "),
        " (ids are file names, as MATCH (d:Document) RETURN d.id lists "
        "them); nothing removed"));
  }
  const size_t removed = options.ids.size();
  std::cerr << "removed " << removed << " document" << (removed == 1 ? "" : "s")
            << ", " << kept.size() << " left\n";
  return Rebuild(built->graph, std::move(kept), options.graph);
}

int RunBuild(const BuildOptions& options) {
  if (options.inputs.empty())
    return Fail("nothing to build: give files or folders");
  if (options.out.empty()) return Fail("no output given: use -o FILE.kg");
  absl::StatusOr<Extracted> x =
      ReadAndExtract(options.inputs, options.lexicon, options.rules,
                     options.threads, options.quiet);
  if (!x.ok()) return Fail(x.status());
  // A build that read nothing is a mistake in the inputs (a wrong folder,
  // every file skipped), not an empty graph to write over -o.
  if (x->docs.documents.empty()) {
    return Fail(absl::StrCat("no document read (", x->docs.skipped.size(),
                             " skipped): nothing written to ", options.out));
  }
  return WriteGraph(std::move(x->facts), options.out, x->docs.documents.size(),
                    x->docs.skipped.size(), SkipReasons(x->docs));
}

int RunExtract(const ExtractOptions& options) {
  if (options.inputs.empty())
    return Fail("nothing to extract: give files or folders");
  absl::StatusOr<Extracted> x =
      ReadAndExtract(options.inputs, options.lexicon, options.rules,
                     options.threads, options.quiet);
  if (!x.ok()) return Fail(x.status());
  const std::vector<DocFacts>& facts = x->facts;
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (!options.out.empty() && options.out != "-") {
    file.open(options.out, std::ios::binary | std::ios::trunc);
    if (!file) return Fail(absl::StrCat("cannot write ", options.out));
    out = &file;
  }
  for (const DocFacts& f : facts) *out << DocFactsToJson(f) << "\n";
  out->flush();
  if (!*out) return Fail(absl::StrCat("cannot write ", options.out));
  std::cerr << "extracted " << facts.size() << " documents, skipped "
            << x->docs.skipped.size() << "\n";
  return 0;
}

int RunMerge(const MergeOptions& options) {
  if (options.shards.empty()) return Fail("nothing to merge: give shard files");
  if (options.out.empty()) return Fail("no output given: use -o FILE.kg");
  std::vector<DocFacts> facts;
  std::map<std::string, std::string> seen;  // id -> where
  for (const std::string& path : options.shards) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Fail(absl::StrCat("cannot read ", path));
    std::string line;
    int line_no = 0;
    while (std::getline(in, line)) {
      ++line_no;
      if (line.empty()) continue;
      std::string where = absl::StrCat(path, ":", line_no);
      absl::StatusOr<DocFacts> f = ParseDocFacts(line, where);
      if (!f.ok()) return Fail(f.status());
      auto [it, inserted] = seen.emplace(f->id, where);
      if (!inserted) {
        return Fail(absl::StrCat(where, ": document ", f->id,
                                 " already read at ", it->second));
      }
      facts.push_back(*std::move(f));
    }
  }
  const size_t read = facts.size();
  return WriteGraph(std::move(facts), options.out, read, 0, {});
}

}  // namespace kg::cli
