// `kg export`: the whole graph in one of the interchange formats.
#include <fstream>
#include <iostream>
#include <sstream>

#include "absl/strings/str_cat.h"
#include "cli/cli_util.h"
#include "cli/commands.h"
#include "cli/dot_render.h"
#include "graph/csv_io.h"
#include "graph/export.h"

namespace kg::cli {
namespace {

using Writer = absl::Status (*)(const Graph&, std::ostream&);

Writer FindWriter(const std::string& format) {
  if (format == "json") return WriteJson;
  if (format == "jsonl") return WriteJsonLines;
  if (format == "cypher") return WriteCypher;
  if (format == "graphml") return WriteGraphMl;
  if (format == "dot") return WriteDot;
  return nullptr;
}

// --render: the DOT export drawn by Graphviz.
int RenderExport(const ExportOptions& options) {
  if (options.format != "json" && options.format != "dot") {
    // "json" is the default, so it is what a user who gave no --format has.
    return Fail("--render draws a diagram: leave out --format or use dot");
  }
  if (options.out.empty()) return Fail("--render needs a file: use -o FILE");
  absl::StatusOr<Graph> g = LoadGraph(options.graph);
  if (!g.ok()) return Fail(g.status());
  std::ostringstream dot;
  absl::Status s = WriteDot(*g, dot);
  if (s.ok()) s = RenderDot(dot.str(), options.render, options.out);
  if (!s.ok()) return Fail(s);
  std::cerr << "wrote " << options.out << "\n";
  return 0;
}

}  // namespace

int RunExport(const ExportOptions& options) {
  if (!options.render.empty()) return RenderExport(options);
  Writer writer = FindWriter(options.format);
  if (writer == nullptr && options.format != "neo4j-csv") {
    return Fail(
        absl::StrCat("unknown export format '", options.format,
                     "' (json, jsonl, dot, neo4j-csv, cypher, graphml)"));
  }
  if (options.format == "neo4j-csv" && options.out.empty()) {
    return Fail(
        "--format neo4j-csv writes several files: give a folder with -o");
  }
  absl::StatusOr<Graph> g = LoadGraph(options.graph);
  if (!g.ok()) return Fail(g.status());

  if (options.format == "neo4j-csv") {
    absl::StatusOr<std::vector<std::string>> files = ExportCsv(*g, options.out);
    if (!files.ok()) return Fail(files.status());
    for (const std::string& f : *files) std::cerr << "wrote " << f << "\n";
    return 0;
  }
  if (options.out.empty() || options.out == "-") {
    absl::Status s = writer(*g, std::cout);
    std::cout.flush();
    if (!s.ok()) return Fail(s);
    if (!std::cout) return Fail("cannot write to standard output");
    return 0;
  }
  // Write beside the target, then rename, so a failed export never leaves a
  // truncated file under the requested name.
  std::string tmp = options.out + ".tmp";
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return Fail(absl::StrCat("cannot write ", options.out));
    absl::Status s = writer(*g, out);
    out.flush();
    if (!s.ok() || !out) {
      out.close();
      std::remove(tmp.c_str());
      return Fail(s.ok() ? absl::StrCat("cannot write ", options.out)
                         : std::string(s.message()));
    }
  }
  if (std::rename(tmp.c_str(), options.out.c_str()) != 0) {
    std::remove(tmp.c_str());
    return Fail(absl::StrCat("cannot write ", options.out));
  }
  return 0;
}

}  // namespace kg::cli
