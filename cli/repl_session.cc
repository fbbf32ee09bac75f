#include "cli/repl_session.h"

#include <map>
#include <ostream>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/time/clock.h"
#include "cli/cli_util.h"
#include "cli/completion.h"
#include "cli/error_render.h"
#include "cli/hints.h"
#include "cli/suggest.h"
#include "graph/render.h"
#include "graph/snapshot.h"
#include "graph/status_macros.h"

namespace kg::cli {
namespace {

std::string_view Trim(std::string_view s) {
  absl::string_view t =
      absl::StripAsciiWhitespace(absl::string_view(s.data(), s.size()));
  return std::string_view(t.data(), t.size());
}

// Whether `rest`, the text after a statement, starts (past space and
// comments) with the ';' that ends it.
bool Terminated(std::string_view rest) {
  size_t i = 0;
  while (i < rest.size()) {
    if (absl::ascii_isspace(rest[i])) {
      ++i;
    } else if (rest.substr(i, 2) == "//") {
      size_t end = rest.find('\n', i);
      if (end == std::string_view::npos) return false;
      i = end;
    } else if (rest.substr(i, 2) == "/*") {
      size_t end = rest.find("*/", i + 2);
      if (end == std::string_view::npos) return false;
      i = end + 2;
    } else {
      return rest[i] == ';';
    }
  }
  return false;
}

constexpr char kHelp[] =
    "Type Cypher statements ending with ';' (they may span lines), or:\n"
    "  :help                  this text\n"
    "  :schema                labels, relationship types, patterns and "
    "property keys\n"
    "  :format FORMAT         table | json | jsonl | csv | dot\n"
    "  :param NAME VALUE      set $NAME to a Cypher value, e.g. :param "
    "agency 'NASA'\n"
    "  :params                list the parameters\n"
    "  :timing on|off         show each statement's time under its table\n"
    "  :source FILE           run the statements in FILE\n"
    "  :save [FILE]           write the graph to FILE (default: the -g "
    "snapshot)\n"
    "  :quit                  leave (Ctrl-D does too)\n"
    "Tab completes keywords, functions, :labels, :TYPES and .keys; Ctrl-C "
    "cancels\n"
    "the running statement or clears the line.\n";

}  // namespace

ReplSession::ReplSession(Graph graph, std::string graph_path,
                         std::string source, std::ostream& out,
                         std::ostream& err, ReplHooks hooks)
    : graph_(std::move(graph)),
      engine_(&graph_),
      graph_path_(std::move(graph_path)),
      source_(std::move(source)),
      out_(out),
      err_(err),
      hooks_(hooks) {
  options_.cancel = hooks_.cancel;
}

void ReplSession::FeedLine(std::string_view line) {
  ++line_number_;
  if (pending_.empty()) {
    std::string_view trimmed = Trim(line);
    if (trimmed.empty()) return;
    if (trimmed[0] == ':') {
      RunCommand(trimmed);
      return;
    }
    pending_line_ = line_number_;
  }
  absl::StrAppend(&pending_, std::string(line), "\n");
  uint32_t rest_line = pending_line_;
  std::string rest =
      RunScript(pending_, source_, pending_line_, true, &rest_line);
  pending_ = Trim(rest).empty() ? "" : rest;
  pending_line_ = rest_line;
}

void ReplSession::Finish() {
  if (pending_.empty()) return;
  std::string script = std::move(pending_);
  pending_.clear();
  RunScript(script, source_, pending_line_, false);
}

void ReplSession::ClearPending() { pending_.clear(); }

std::string ReplSession::RunScript(std::string_view script,
                                   std::string_view source, uint32_t first_line,
                                   bool keep_rest, uint32_t* rest_line) {
  for (const query::StatementText& statement : query::SplitStatements(script)) {
    size_t end = statement.start.offset + statement.text.size();
    if (keep_rest && !Terminated(script.substr(end))) {
      if (rest_line != nullptr) {
        *rest_line = first_line + statement.start.line - 1;
      }
      return std::string(script.substr(statement.start.offset));
    }
    query::StatementText where = statement;
    where.start.line += first_line - 1;
    RunStatement(statement.text, where, source, script);
  }
  return "";
}

void ReplSession::RunStatement(std::string_view text,
                               const query::StatementText& where,
                               std::string_view source,
                               std::string_view script) {
  if (hooks_.cancel != nullptr) hooks_.cancel->store(false);
  if (hooks_.running != nullptr) hooks_.running->store(true);
  absl::Time start = absl::Now();
  absl::StatusOr<query::QueryResult> result = engine_.Execute(text, options_);
  absl::Duration elapsed = absl::Now() - start;
  if (hooks_.running != nullptr) hooks_.running->store(false);
  out_.flush();
  std::vector<std::string> hints;
  if (!result.ok()) {
    failed_ = true;
    if (absl::IsCancelled(result.status())) {
      err_ << "kg: statement cancelled\n";
      return;
    }
    absl::Status error = statement_lines_
                             ? result.status()
                             : query::InScript(result.status(), where);
    if (format_ == ResultFormat::kJson || format_ == ResultFormat::kJsonl) {
      WriteJsonError(error, out_);
      out_.flush();
    }
    err_ << RenderQueryError(error, source, statement_lines_ ? text : script);
    hints = DidYouMean(graph_, text, result.status());
  } else {
    if (result->columns.empty()) result->rows.clear();
    unsaved_ |= result->side_effects != query::SideEffects{};
    if (!result->plan.empty()) out_ << result->plan;
    if (result->columns.empty() && format_ != ResultFormat::kTable) {
      // No rows to write: say what changed, leaving stdout to the data.
      if (result->side_effects != query::SideEffects{}) {
        err_ << Summary(*result) << "\n";
      }
      return;
    }
    absl::Status s =
        WriteResult(format_, graph_, *result,
                    timing_ ? std::optional(elapsed) : std::nullopt, out_);
    if (!s.ok()) Error(std::string(s.message()));
    if (result->rows.empty() && result->side_effects == query::SideEffects{}) {
      hints = DidYouMean(graph_, text, absl::OkStatus());
    }
  }
  out_.flush();
  for (const std::string& hint : hints) err_ << "hint: " << hint << "\n";
  err_.flush();
}

void ReplSession::Error(std::string_view message) {
  failed_ = true;
  out_.flush();
  err_ << "kg: error: " << message << "\n";
  err_.flush();
}

void ReplSession::RunCommand(std::string_view line) {
  std::vector<std::string> words = absl::StrSplit(
      std::string(line), absl::ByAnyChar(" \t"), absl::SkipEmpty());
  std::string command = words[0];
  std::string arg = words.size() > 1
                        ? std::string(Trim(line.substr(line.find(words[1]))))
                        : "";
  if (command == ":quit" || command == ":exit" || command == ":q") {
    quit_ = true;
  } else if (command == ":help") {
    out_ << kHelp;
  } else if (command == ":schema") {
    PrintSchema();
  } else if (command == ":format") {
    absl::StatusOr<ResultFormat> format = ParseResultFormat(arg, true);
    if (arg.empty() || !format.ok()) {
      Error("usage: :format table|json|jsonl|csv|dot");
    } else {
      format_ = *format;
    }
  } else if (command == ":param") {
    if (words.size() < 3) return Error("usage: :param NAME VALUE");
    std::string value(Trim(arg.substr(words[1].size())));
    if (absl::StartsWith(value, "=>")) value = Trim(value.substr(2));
    absl::StatusOr<Value> v = EvaluateLiteral(value);
    if (!v.ok()) {
      return Error(
          absl::StrCat(v.status().message(), " (strings need quotes: 'text')"));
    }
    options_.parameters[words[1]] = *std::move(v);
  } else if (command == ":params") {
    std::map<std::string, const Value*> sorted;
    for (const auto& [name, value] : options_.parameters) {
      sorted[name] = &value;
    }
    for (const auto& [name, value] : sorted) {
      out_ << "$" << name << " = " << RenderValue(graph_, *value) << "\n";
    }
  } else if (command == ":timing") {
    if (arg != "on" && arg != "off") return Error("usage: :timing on|off");
    timing_ = arg == "on";
  } else if (command == ":source") {
    if (arg.empty()) return Error("usage: :source FILE");
    absl::StatusOr<std::string> text = ReadTextFile(arg);
    if (!text.ok()) return Error(std::string(text.status().message()));
    RunScript(*text, arg, 1, false);
  } else if (command == ":save") {
    std::string path = arg.empty() ? graph_path_ : arg;
    if (path.empty()) return Error("usage: :save FILE (no -g snapshot given)");
    absl::Status s = Save(path);
    if (!s.ok()) return Error(std::string(s.message()));
  } else {
    std::string guess = Suggest(command, ShellCommands());
    Error(absl::StrCat(
        "unknown command ", command,
        guess.empty() ? "" : absl::StrCat("; did you mean ", guess, "?"),
        " (:help lists them)"));
  }
}

absl::Status ReplSession::Save(const std::string& path) {
  KG_RETURN_IF_ERROR(SaveSnapshot(graph_, path));
  err_ << "wrote " << path << "\n";
  err_.flush();
  if (graph_path_.empty()) graph_path_ = path;
  unsaved_ = false;
  return absl::OkStatus();
}

void ReplSession::PrintSchema() {
  std::map<std::string, size_t> labels, types, patterns;
  for (uint32_t l = 0; l < graph_.label_count(); ++l) {
    size_t n = graph_.NodesWithLabel(l).size();
    if (n > 0) labels[graph_.LabelName(l)] = n;
  }
  auto first_label = [&](NodeId id) {
    auto ls = graph_.Labels(id);
    return ls.empty() ? std::string() : ":" + graph_.LabelName(ls[0]);
  };
  graph_.ForEachRelationship([&](RelId r) {
    ++types[graph_.TypeName(graph_.Type(r))];
    ++patterns[absl::StrCat("(", first_label(graph_.Source(r)),
                            ")-[:", graph_.TypeName(graph_.Type(r)), "]->(",
                            first_label(graph_.Target(r)), ")")];
  });
  auto print = [&](const char* title, const std::map<std::string, size_t>& m) {
    if (m.empty()) return;
    size_t width = 0;
    for (const auto& [name, n] : m) width = std::max(width, name.size());
    out_ << title << "\n";
    for (const auto& [name, n] : m) {
      out_ << absl::StrFormat("  %-*s  %d\n", width, name, n);
    }
  };
  out_ << absl::StrFormat("%d nodes, %d relationships\n", graph_.node_count(),
                          graph_.relationship_count());
  print("Labels", labels);
  print("Relationship types", types);
  print("Patterns (first labels)", patterns);
  std::vector<std::string> keys;
  for (uint32_t k = 0; k < graph_.key_count(); ++k) {
    keys.push_back(graph_.KeyName(k));
  }
  std::sort(keys.begin(), keys.end());
  if (!keys.empty()) {
    out_ << "Property keys\n  " << absl::StrJoin(keys, ", ") << "\n";
  }
}

}  // namespace kg::cli
