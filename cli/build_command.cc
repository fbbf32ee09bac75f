// `kg build`: source texts in, a graph snapshot out; `kg extract`: source
// texts in, one JSON line of facts per document out; `kg merge`: such lines
// (shards) in, a snapshot out. merge(extract(parts)) == build(all).
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <thread>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "cli/cli_util.h"
#include "cli/commands.h"
#include "extract/corpus/corpus_graph.h"
#include "extract/corpus/parallel.h"
#include "extract/data/rules.h"
#include "extract/extractor.h"
#include "extract/read/boilerplate.h"
#include "extract/read/document.h"
#include "graph/snapshot.h"
#include "graph/status_macros.h"

namespace kg::cli {
namespace {

int Threads(int requested) {
  if (requested > 0) return requested;
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(n);
}

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

int WriteGraph(const std::vector<DocFacts>& facts, const std::string& out,
               size_t read, size_t skipped,
               const std::map<std::string, size_t>& reasons) {
  absl::StatusOr<Graph> g = BuildCorpusGraph(facts);
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

}  // namespace

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
  return WriteGraph(x->facts, options.out, x->docs.documents.size(),
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
  return WriteGraph(facts, options.out, facts.size(), 0, {});
}

}  // namespace kg::cli
