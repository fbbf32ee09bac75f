// The kg executable: declares every subcommand and its options once (CLI11
// builds --help from the same table) and dispatches to cli/commands.h.
#include <algorithm>
#include <iostream>
#include <string>

#include "CLI/CLI.hpp"
#include "cli/commands.h"
#include "cli/suggest.h"

namespace {

constexpr char kVersion[] = "kg 0.1";

// CLI11 reports an unknown command as "a subcommand is required"; say what
// was typed instead, with a suggestion when it looks like a typo.
bool CheckCommandName(const CLI::App& app, int argc, char** argv) {
  if (argc < 2 || argv[1][0] == '-') return true;
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands({})) {
    names.push_back(sub->get_name());
  }
  std::string word = argv[1];
  if (std::find(names.begin(), names.end(), word) != names.end()) return true;
  std::string guess = kg::cli::Suggest(word, names);
  std::cerr << "kg: error: unknown command '" << word << "'";
  if (!guess.empty()) std::cerr << "; did you mean '" << guess << "'?";
  std::cerr << "\n";
  return false;
}

// The options `kg query` and `kg run` share.
void AddStatementOptions(CLI::App* cmd, kg::cli::QueryCommandOptions& o) {
  cmd->add_option("-g,--graph", o.graph,
                  "Snapshot to query (default: an empty graph)");
  cmd->add_option("--format", o.format,
                  "table | json | jsonl | csv | dot (default: table on a "
                  "terminal, json otherwise)")
      ->check(CLI::IsMember({"table", "json", "jsonl", "csv", "dot"}));
  cmd->add_option("-p,--param", o.params,
                  "name=value; the value is a Cypher expression, e.g. "
                  "name=\"'NASA'\" (repeatable)")
      ->allow_extra_args(false);
  cmd->add_flag("--write", o.write,
                "Save the statements' changes back to the snapshot");
  cmd->add_option("--timeout", o.timeout_seconds,
                  "Stop a statement after this many seconds");
  cmd->add_option("--max-rows", o.max_rows,
                  "Fail a statement that returns more rows than this");
  cmd->add_option("--max-memory", o.max_memory,
                  "Fail a statement whose memory grows past this: bytes or "
                  "512M, 4G... (default 2G; 0 = no limit)");
  cmd->add_option("-o,--out", o.out, "Write the output to FILE");
  cmd->add_option("--render", o.render,
                  "svg | png | pdf: draw the nodes, relationships and paths "
                  "of every result as one Graphviz picture into -o FILE")
      ->check(CLI::IsMember({"svg", "png", "pdf"}));
}

}  // namespace

int main(int argc, char** argv) {
  using namespace kg::cli;
  CLI::App app{
      "kg: a knowledge-graph builder with an openCypher query engine.\n"
      "Reads news text into a property graph; imports and exports it."};
  app.set_version_flag("--version", kVersion);
  app.require_subcommand(1);
  app.failure_message([](const CLI::App* failed, const CLI::Error& e) {
    // The error reaches the top-level app; name the subcommand it came from.
    std::string cmd;
    for (const CLI::App* sub : failed->get_subcommands()) {
      cmd = " " + sub->get_name();
    }
    return "kg: error: " + std::string(e.what()) + "\nRun 'kg" + cmd +
           " --help' for more information.\n";
  });
  app.fallthrough(false);

  BuildOptions build;
  CLI::App* build_cmd = app.add_subcommand(
      "build", "Read texts (files or folders) into a graph snapshot");
  build_cmd
      ->add_option("inputs", build.inputs,
                   "Files or folders to read; - reads JSON lines "
                   "{\"id\", \"text\", \"date\", \"source\"} from stdin")
      ->required();
  build_cmd->add_option("-o,--out", build.out, "Snapshot to write (.kg)")
      ->required();
  build_cmd->add_option("-j,--threads", build.threads,
                        "Extraction threads (default: one per core); the "
                        "graph is the same for any count");
  build_cmd->add_option("--lexicon", build.lexicon,
                        "Lexicon folder (default: the shipped one)");
  build_cmd->add_option("--rules", build.rules,
                        "Rules folder (default: the shipped one)");
  build_cmd->add_flag("-q,--quiet", build.quiet, "No progress bar");

  ExtractOptions extract;
  CLI::App* extract_cmd = app.add_subcommand(
      "extract",
      "Read texts and write their facts as JSON lines (the map step of a "
      "batch build; kg merge joins the shards)");
  extract_cmd
      ->add_option("inputs", extract.inputs,
                   "Files or folders to read; - reads JSON lines from "
                   "stdin")
      ->required();
  extract_cmd->add_option("-o,--out", extract.out,
                          "JSON-lines file to write (default: stdout)");
  extract_cmd->add_option("-j,--threads", extract.threads,
                          "Extraction threads (default: one per core)");
  extract_cmd->add_option("--lexicon", extract.lexicon, "Lexicon folder");
  extract_cmd->add_option("--rules", extract.rules, "Rules folder");
  extract_cmd->add_flag("-q,--quiet", extract.quiet, "No progress bar");

  MergeOptions merge;
  CLI::App* merge_cmd = app.add_subcommand(
      "merge", "Join JSON-lines shards from kg extract into one snapshot");
  merge_cmd->add_option("shards", merge.shards, "Shard files, in corpus order")
      ->required();
  merge_cmd->add_option("-o,--out", merge.out, "Snapshot to write (.kg)")
      ->required();

  AddOptions add;
  CLI::App* add_cmd = app.add_subcommand(
      "add",
      "Add documents to a snapshot built by kg build: the graph becomes the "
      "one a build of all its documents gives (same id: replaced)");
  add_cmd->add_option("-g,--graph", add.graph, "Snapshot to extend")
      ->required();
  add_cmd
      ->add_option("inputs", add.inputs,
                   "Files or folders to read; - reads JSON lines from stdin")
      ->required();
  add_cmd->add_option("-j,--threads", add.threads,
                      "Extraction threads (default: one per core)");
  add_cmd->add_option("--lexicon", add.lexicon, "Lexicon folder");
  add_cmd->add_option("--rules", add.rules, "Rules folder");
  add_cmd->add_flag("-q,--quiet", add.quiet, "No progress bar");
  add_cmd->add_flag("--force", add.force,
                    "Rebuild even if statements changed the graph since it "
                    "was built (their changes are lost)");

  RemoveOptions remove;
  CLI::App* remove_cmd = app.add_subcommand(
      "remove",
      "Take documents out of a snapshot built by kg build, with every fact "
      "only they supported");
  remove_cmd->add_option("-g,--graph", remove.graph, "Snapshot to shrink")
      ->required();
  remove_cmd->add_option("--doc", remove.ids, "Document id (repeatable)")
      ->required();
  remove_cmd->add_flag("--force", remove.force,
                       "Rebuild even if statements changed the graph since "
                       "it was built (their changes are lost)");

  WhyOptions why;
  CLI::App* why_cmd = app.add_subcommand(
      "why",
      "Show where an entity was found: its mentions and the rules that "
      "found and joined them");
  why_cmd->add_option("name", why.name, "A name or alias (any case)")
      ->required();
  why_cmd->add_option("-g,--graph", why.graph, "Snapshot to read")->required();

  ImportOptions import;
  CLI::App* import_cmd = app.add_subcommand(
      "import", "Import neo4j-admin CSV (or a kg JSON export) into a snapshot");
  import_cmd->add_option("--nodes", import.nodes,
                         "Node CSV file (repeat for several)");
  import_cmd->add_option("--relationships", import.relationships,
                         "Relationship CSV file (repeat for several)");
  import_cmd->add_option("--json", import.json,
                         "A kg json or jsonl export to read instead of CSV");
  import_cmd->add_option("-o,--out", import.out, "Snapshot to write (.kg)")
      ->required();
  import_cmd->add_option("-j,--threads", import.threads,
                         "Threads checking a relationship file (default: one "
                         "per core); the snapshot is the same for any count");
  import_cmd->add_flag("--skip-bad-rows", import.skip_bad_rows,
                       "Report bad rows and go on instead of failing");
  import_cmd->add_option("--delimiter", import.delimiter,
                         "Field delimiter (default ',')");
  import_cmd->add_option("--array-delimiter", import.array_delimiter,
                         "Array element delimiter (default: the one named in "
                         "import.txt beside the node files, as kg export "
                         "writes it; else ';')");

  ExportOptions export_opts;
  CLI::App* export_cmd = app.add_subcommand(
      "export",
      "Write the whole graph as json, jsonl, dot, neo4j-csv, "
      "cypher or graphml");
  export_cmd->add_option("-g,--graph", export_opts.graph,
                         "Snapshot to read (default: an empty graph)");
  export_cmd
      ->add_option("--format", export_opts.format,
                   "json | jsonl | dot | neo4j-csv | cypher | graphml")
      ->check(CLI::IsMember(
          {"json", "jsonl", "dot", "neo4j-csv", "cypher", "graphml"}));
  export_cmd->add_option(
      "-o,--out", export_opts.out,
      "Output file (a folder for neo4j-csv); default stdout");
  export_cmd
      ->add_option("--render", export_opts.render,
                   "svg | png | pdf: draw the graph with Graphviz into -o FILE "
                   "(implies --format dot)")
      ->check(CLI::IsMember({"svg", "png", "pdf"}));

  QueryCommandOptions query;
  CLI::App* query_cmd = app.add_subcommand(
      "query", "Run Cypher statements and print their results");
  query_cmd->add_option("query", query.query,
                        "Cypher statements, separated by ';'");
  query_cmd->add_option("-f,--file", query.file, "Read statements from FILE");
  AddStatementOptions(query_cmd, query);

  QueryCommandOptions run;
  run.echo_statements = true;
  CLI::App* run_cmd = app.add_subcommand(
      "run",
      "Run a file of Cypher statements, each result under its statement");
  run_cmd->add_option("file", run.file, "Statements separated by ';'")
      ->required();
  AddStatementOptions(run_cmd, run);
  run_cmd->add_flag("--continue-on-error", run.continue_on_error,
                    "Run the remaining statements after one fails (the exit "
                    "status still says it failed)");

  StatsOptions stats;
  CLI::App* stats_cmd = app.add_subcommand(
      "stats", "Counts per label and relationship type, and property keys");
  stats_cmd->add_option("-g,--graph", stats.graph,
                        "Snapshot to read (default: an empty graph)");
  stats_cmd->add_option("--format", stats.format, "table | json")
      ->check(CLI::IsMember({"table", "json"}));

  EvalOptions eval;
  CLI::App* eval_cmd = app.add_subcommand(
      "eval", "Score a graph against gold annotations (precision, recall, F1)");
  eval_cmd->add_option("-g,--graph", eval.graph, "Snapshot to score")
      ->required();
  eval_cmd->add_option("--gold", eval.gold,
                       "Gold folder or file (default corpus/gold)");
  eval_cmd->add_option("--format", eval.format, "table | json")
      ->check(CLI::IsMember({"table", "json"}));
  eval_cmd
      ->add_option("--doc", eval.documents,
                   "Score only this document: its id, with or without .txt, or "
                   "its number (000); repeatable")
      ->allow_extra_args(false);
  eval_cmd->add_flag("--errors", eval.errors,
                     "List every false positive, false negative and wrong "
                     "attribute per document");
  eval_cmd->add_flag("--rules", eval.rules,
                     "Per rule or stage: how often it made an item of the "
                     "scored documents and its precision against the gold");
  eval_cmd->add_option("--min-entity-f1", eval.min_entity_f1,
                       "Exit 1 when the entity F1 is below this");
  eval_cmd->add_option("--min-relation-f1", eval.min_relation_f1,
                       "Exit 1 when the relation F1 is below this");
  ReplOptions repl;
  CLI::App* repl_cmd = app.add_subcommand(
      "repl",
      "Interactive shell: statements end with ';', :help lists commands. "
      "Writes change the graph in memory only; :save [FILE] writes a "
      "snapshot, and leaving with changes not saved asks (on a terminal) "
      "or warns. With stdin not a terminal, reads statements from it");
  repl_cmd->add_option("-g,--graph", repl.graph,
                       "Snapshot to load (default: an empty graph)");
  repl_cmd
      ->add_option("--format", repl.format,
                   "table | json | jsonl | csv | dot (default: table)")
      ->check(CLI::IsMember({"table", "json", "jsonl", "csv", "dot"}));
  repl_cmd
      ->add_option("-p,--param", repl.params,
                   "name=value, as for kg query (repeatable)")
      ->allow_extra_args(false);
  repl_cmd->add_option("--timeout", repl.timeout_seconds,
                       "Stop a statement after this many seconds");
  repl_cmd->add_flag("--write", repl.write,
                     "Save the changes to the -g snapshot on leaving "
                     "(created when it does not exist)");
  repl_cmd->add_option("--max-memory", repl.max_memory,
                       "Fail a statement whose memory grows past this "
                       "(default 2G; 0 = no limit)");

  if (!CheckCommandName(app, argc, argv)) return 2;
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : 2;
  }
  if (build_cmd->parsed()) return RunBuild(build);
  if (extract_cmd->parsed()) return RunExtract(extract);
  if (merge_cmd->parsed()) return RunMerge(merge);
  if (add_cmd->parsed()) return RunAdd(add);
  if (remove_cmd->parsed()) return RunRemove(remove);
  if (why_cmd->parsed()) return RunWhy(why);
  if (import_cmd->parsed()) return RunImport(import);
  if (export_cmd->parsed()) return RunExport(export_opts);
  if (stats_cmd->parsed()) return RunStats(stats);
  if (query_cmd->parsed()) return RunQuery(query);
  if (run_cmd->parsed()) return RunQuery(run);
  if (eval_cmd->parsed()) return RunEval(eval);
  if (repl_cmd->parsed()) return RunRepl(repl);
  return 2;
}
