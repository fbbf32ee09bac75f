// The kg subcommands, one function each, free of any argument-parsing code:
// main.cc declares the command line (CLI11) and calls these with plain
// option structs. Each returns the process exit status (0 success, 1
// failure) after writing results to stdout and diagnostics to stderr.
#ifndef KG_CLI_COMMANDS_H_
#define KG_CLI_COMMANDS_H_

#include <cstdint>
#include <string>
#include <vector>

namespace kg::cli {

struct StatsOptions {
  std::string graph;
  std::string format = "table";  // table | json
};
int RunStats(const StatsOptions& options);

struct ImportOptions {
  std::vector<std::string> nodes;
  std::vector<std::string> relationships;
  std::string json;  // a json or jsonl export to read instead of CSV
  std::string out;
  bool skip_bad_rows = false;
  std::string delimiter = ",";
  // "": the one import.txt beside the first node file names (kg export
  // writes it there), else ';' as neo4j-admin.
  std::string array_delimiter;
  int threads = 0;  // 0 = one per core
};
int RunImport(const ImportOptions& options);

struct ExportOptions {
  std::string graph;
  std::string format = "json";  // json|jsonl|dot|neo4j-csv|cypher|graphml
  std::string out;              // file (a folder for neo4j-csv); "" = stdout
  std::string render;           // svg|png|pdf: draw with Graphviz into out
};
int RunExport(const ExportOptions& options);

struct BuildOptions {
  std::vector<std::string> inputs;
  std::string out;
  int threads = 0;      // 0 = one per core
  std::string lexicon;  // "" = DefaultLexiconDir()
  std::string rules;    // "" = DefaultRulesDir()
  bool quiet = false;   // no progress bar
};
int RunBuild(const BuildOptions& options);

struct ExtractOptions {
  std::vector<std::string> inputs;
  std::string out;  // "" or "-" = stdout
  int threads = 0;
  std::string lexicon;
  std::string rules;
  bool quiet = false;
};
int RunExtract(const ExtractOptions& options);

struct MergeOptions {
  std::vector<std::string> shards;  // JSON lines written by kg extract
  std::string out;
};
int RunMerge(const MergeOptions& options);

// `kg add -g G DOCS...`: the documents' facts join those G was built from
// and G is built again from them all, as `kg build` of every document would
// build it; a document with an id G already holds is replaced.
struct AddOptions {
  std::string graph;
  std::vector<std::string> inputs;
  int threads = 0;
  std::string lexicon;
  std::string rules;
  bool quiet = false;
  bool force = false;  // rebuild even if statements changed the graph
};
int RunAdd(const AddOptions& options);

// `kg remove -g G --doc ID...`: G built again without those documents.
struct RemoveOptions {
  std::string graph;
  std::vector<std::string> ids;
  bool force = false;
};
int RunRemove(const RemoveOptions& options);

struct WhyOptions {
  std::string graph;
  std::string name;  // a name or alias, any case
};
int RunWhy(const WhyOptions& options);

struct QueryCommandOptions {
  std::string graph;   // "" = an empty in-memory graph
  std::string format;  // table | json | jsonl | csv; "" = table on a terminal
  std::vector<std::string> params;  // name=value, value a Cypher expression
  std::string file;                 // -f: statements from a file
  std::string query;                // or from the command line
  bool write = false;               // save changes back to the snapshot
  double timeout_seconds = 0;       // 0 = none
  uint64_t max_rows = 0;            // 0 = no cap
  std::string max_memory;           // --max-memory; "" = the engine's default
  bool continue_on_error = false;   // go on after a failed statement
  bool echo_statements = false;     // print each statement above its result
  std::string out;                  // -o: write there instead of stdout
  std::string render;  // svg|png|pdf: draw every result with Graphviz into out
};
int RunQuery(const QueryCommandOptions& options);

struct EvalOptions {
  std::string graph;
  std::string gold = "corpus/gold";    // a folder of gold files, or one file
  std::string format = "table";        // table | json
  std::vector<std::string> documents;  // --doc: only these; empty = all
  bool errors = false;                 // list every FP, FN and wrong attribute
  bool rules = false;                  // per rule: fired, confirmed, precision
  double min_entity_f1 = -1;           // exit 1 below these; < 0 = no gate
  double min_relation_f1 = -1;
};
int RunEval(const EvalOptions& options);
struct ReplOptions {
  std::string graph;   // "" = an empty in-memory graph
  std::string format;  // "" = table
  std::vector<std::string> params;
  double timeout_seconds = 0;
  std::string max_memory;  // as for kg query
  bool write = false;      // save changes to the -g snapshot on leaving
};
int RunRepl(const ReplOptions& options);

}  // namespace kg::cli

#endif  // KG_CLI_COMMANDS_H_
