// ReplSession: the shell's state and behaviour, free of any terminal code so
// that tests can drive it line by line. It owns the in-memory graph (loaded
// from a snapshot or empty), the engine, the parameters and the output
// settings; it gathers lines until a top-level ';' ends a statement, runs
// each statement and prints its result, and carries out the :commands.
//
// Writes change the in-memory graph only; `:save [FILE]` writes a snapshot.
// unsaved() says whether a statement changed the graph since it was loaded
// or last saved: the shell warns (and on a terminal asks) before leaving.
// A statement is cancelled when *hooks.cancel becomes true while it runs
// (a SIGINT handler sets it); *hooks.running tells such a handler that a
// statement is running. Not thread-safe: one session per shell.
#ifndef KG_CLI_REPL_SESSION_H_
#define KG_CLI_REPL_SESSION_H_

#include <atomic>
#include <iosfwd>
#include <string>
#include <string_view>

#include "cli/result_format.h"
#include "graph/graph.h"
#include "graph/value.h"
#include "query/engine.h"
#include "query/statements.h"

namespace kg::cli {

struct ReplHooks {
  std::atomic<bool>* cancel = nullptr;   // set to stop the running statement
  std::atomic<bool>* running = nullptr;  // true while a statement runs
};

class ReplSession {
 public:
  // `graph_path` is where the graph came from ("" for an empty graph): the
  // default target of :save. `source` names the input in error messages.
  ReplSession(Graph graph, std::string graph_path, std::string source,
              std::ostream& out, std::ostream& err, ReplHooks hooks = {});
  ReplSession(const ReplSession&) = delete;
  ReplSession& operator=(const ReplSession&) = delete;

  void set_format(ResultFormat format) { format_ = format; }
  void set_timeout(absl::Duration timeout) { options_.timeout = timeout; }
  void set_max_memory(uint64_t bytes) { options_.max_memory = bytes; }
  // Errors name the line and column within the statement rather than
  // within the whole input: on a terminal, where the count of lines typed
  // in the session means nothing to the reader.
  void set_statement_lines(bool on) { statement_lines_ = on; }
  void set_parameter(const std::string& name, Value value) {
    options_.parameters[name] = std::move(value);
  }

  // One line of input, without its line break: a :command when no statement
  // is open, else more of the statement.
  void FeedLine(std::string_view line);
  // End of input: runs a last statement that lacks its ';'.
  void Finish();
  // Ctrl-C at the prompt: forgets the statement typed so far.
  void ClearPending();

  bool quit() const { return quit_; }
  // A statement is open: the next line continues it.
  bool continuing() const { return !pending_.empty(); }
  std::string_view pending() const { return pending_; }
  const Graph& graph() const { return graph_; }
  // Some statement or command failed.
  bool failed() const { return failed_; }
  // A statement changed the graph since it was loaded or last saved.
  bool unsaved() const { return unsaved_; }
  // Where :save writes by default ("" when the graph came from nowhere).
  const std::string& graph_path() const { return graph_path_; }
  // Writes the graph to `path` (":save"), saying so on err.
  absl::Status Save(const std::string& path);
  // Takes back a :quit, so that the shell reads on.
  void StayOpen() { quit_ = false; }

 private:
  void RunCommand(std::string_view line);
  // Runs the statements of `script` (named `source` in errors, its first
  // line being line `first_line`). With `keep_rest`, a last statement that
  // lacks its ';' is not run but returned, and *rest_line set to its line.
  std::string RunScript(std::string_view script, std::string_view source,
                        uint32_t first_line, bool keep_rest,
                        uint32_t* rest_line = nullptr);
  void RunStatement(std::string_view text, const query::StatementText& where,
                    std::string_view source, std::string_view script);
  void PrintSchema();
  void Error(std::string_view message);

  Graph graph_;
  query::Engine engine_;
  std::string graph_path_;
  std::string source_;
  std::ostream& out_;
  std::ostream& err_;
  ReplHooks hooks_;
  query::QueryOptions options_;
  ResultFormat format_ = ResultFormat::kTable;
  bool timing_ = true;
  bool quit_ = false;
  bool failed_ = false;
  bool unsaved_ = false;
  bool statement_lines_ = false;
  std::string pending_;        // the open statement's lines
  uint32_t pending_line_ = 1;  // input line where pending_ starts
  uint32_t line_number_ = 0;   // input lines read so far
};

}  // namespace kg::cli

#endif  // KG_CLI_REPL_SESSION_H_
