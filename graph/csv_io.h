// neo4j-admin CSV: the bulk format of `neo4j-admin database import`, which
// Neo4j and Memgraph both load.
//
// Node files have a header such as `id:ID,:LABEL,name,born:int,tags:string[]`;
// relationship files `:START_ID,:END_ID,:TYPE,since:int`. Labels and array
// elements are separated by ';'. Fields follow RFC 4180: quoted fields may
// hold commas, doubled quotes and newlines. Typed columns: int, long, short,
// byte, float, double, boolean, string, char, and the temporal date,
// localtime, time, localdatetime, datetime and duration (ISO 8601 text, see
// temporal_parse.h; a datetime without offset or zone is UTC), each also as
// an array (`int[]`, `date[]`).
// An `:ID` column with a name (`personId:ID`) is also stored as a property of
// that name; ID spaces (`:ID(Person)`, `:START_ID(Person)`) are honoured.
#ifndef KG_GRAPH_CSV_IO_H_
#define KG_GRAPH_CSV_IO_H_

#include <cstdint>
#include <iosfwd>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "graph/graph.h"

namespace kg {

struct CsvImportOptions {
  // Report bad rows (to `CsvImportReport::errors`) and go on, instead of
  // failing on the first.
  bool skip_bad_rows = false;
  // Field delimiter and array delimiter, as neo4j-admin's --delimiter and
  // --array-delimiter.
  char delimiter = ',';
  char array_delimiter = ';';
  // Threads for checking a relationship file (one when it holds quotes);
  // the result is the same for any number.
  int threads = 1;
};

struct CsvImportReport {
  uint64_t nodes = 0;
  uint64_t relationships = 0;
  uint64_t skipped_rows = 0;
  // One line per skipped row: "FILE:LINE: what is wrong".
  std::vector<std::string> errors;
};

// Imports node files then relationship files into `graph`. Each error names
// the file and line (the line where the row starts). Without skip_bad_rows
// the first bad row fails the import and the graph is left unchanged.
//
// Nodes and relationships are created in file order; relationships refer
// only to nodes of this import (an :ID column of a node file), never to ones
// already in `graph`. An unquoted empty field is an absent property; a
// quoted one ("") is the empty string, or the empty list in an array column.
// Numbers and booleans (true/false, any case) may be padded with blanks;
// doubles take NaN and [-]Infinity; float columns are kept as doubles
// without rounding. Blank lines are skipped; CRLF line ends and a UTF-8 byte
// order mark are accepted.
//
// Header errors (an unknown type, a missing :START_ID, :END_ID or :TYPE
// column, an ID space no node file has) fail the import even with
// skip_bad_rows; so does a file that cannot be read (NotFound when missing).
// The import reads each file twice (once to check everything, once to
// apply); a pipe is kept in memory in between.
absl::StatusOr<CsvImportReport> ImportCsv(
    Graph& graph, const std::vector<std::string>& node_files,
    const std::vector<std::string>& relationship_files,
    const CsvImportOptions& options = {});

// Writes `graph` as neo4j-admin CSV files into `dir` (created if needed) and
// returns the paths written, node files first. Properties whose values have
// one type per key get a typed column; nodes are grouped into several files
// when their keys' types conflict, so nothing is lost or retyped.
//
// Files: nodes_0.csv, nodes_1.csv, ... with columns `:ID` (the kg node id,
// unnamed so it is not a property), `:LABEL` and one typed column per key
// (long, double, boolean, string, the six temporal types, and each as an
// array: long[], ..., datetime[]); temporal values are written in their
// toString() text (temporal.h), a named zone in brackets;
// relationships_0.csv, ... with `:START_ID,:END_ID,:TYPE` and typed columns.
// A new file starts whenever the next element (in id order) does not fit the
// current file's header, so ImportCsv creates the elements in their original
// order and the result has the same CanonicalDump. Doubles are written in
// shortest round-trip form (NaN, Infinity and -Infinity included), an empty
// string as "" (an empty field means absent) and an empty list as "" too.
// The array delimiter is ';' unless a label or an element of a string or
// temporal list holds one; then the first of |^~#!$%&*/?@=_ that none holds.
// `import.txt` in `dir` holds the neo4j-admin command line that loads the
// files.
//
// Refused with InvalidArgument, as no neo4j-admin CSV can hold them: a list
// mixing kinds (say [1, 'a'], or [1, 2.5], which a double[] would retype),
// the string list [''] (it reads back as []), a string holding a NUL byte
// (CSV is text; ImportCsv refuses NUL), an empty label, relationship type or
// property key, and a graph whose labels and string-list elements use every
// candidate array delimiter.
absl::StatusOr<std::vector<std::string>> ExportCsv(const Graph& graph,
                                                   const std::string& dir);

// ExportCsv's files, split by kind, and the settings to import them with.
struct CsvExport {
  std::vector<std::string> node_files;
  std::vector<std::string> relationship_files;
  char array_delimiter = ';';
  std::string command_file;  // import.txt
};

// ExportCsv, saying which files hold what and which array delimiter to
// import them with (CsvImportOptions::array_delimiter).
absl::StatusOr<CsvExport> ExportCsvFiles(const Graph& graph,
                                         const std::string& dir);

}  // namespace kg

#endif  // KG_GRAPH_CSV_IO_H_
