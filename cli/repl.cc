// `kg repl`: the interactive shell around ReplSession. On a terminal it reads
// lines with libedit (emacs keys, history in $KG_HISTORY or ~/.kg_history,
// Tab completion from the loaded graph); otherwise it reads standard input
// line by line with no prompts, so a script can be piped in.
//
// Ctrl-C: a SIGINT handler (installed without SA_RESTART) sets the engine's
// cancel flag when a statement runs, else marks the prompt interrupted; the
// read function given to libedit then returns an error, el_gets returns
// null, and the loop drops the line typed so far. Ctrl-D on an empty line
// ends the shell.
//
// Leaving with changes that were not saved: with --write they are saved to
// the -g snapshot; otherwise a terminal asks whether to save them (or, with
// no snapshot to save to, whether to leave anyway), and piped input that
// changed a -g snapshot's graph ends with a warning.
#include <histedit.h>
#include <langinfo.h>
#include <pwd.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <clocale>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cwchar>
#include <filesystem>
#include <iostream>
#include <string>

#include "absl/strings/str_join.h"
#include "cli/cli_util.h"
#include "cli/commands.h"
#include "cli/completion.h"
#include "cli/display_width.h"
#include "cli/repl_session.h"

namespace kg::cli {
namespace {

std::atomic<bool> g_cancel{false};
std::atomic<bool> g_running{false};
std::atomic<bool> g_interrupted{false};
bool g_interactive = false;

void OnInterrupt(int) {
  if (g_running.load()) {
    g_cancel.store(true);
  } else if (g_interactive) {
    g_interrupted.store(true);
  } else {
    std::_Exit(130);
  }
}

void InstallInterruptHandler() {
  struct sigaction action = {};
  action.sa_handler = OnInterrupt;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;  // no SA_RESTART: a blocked read returns EINTR
  sigaction(SIGINT, &action, nullptr);
}

std::string HistoryPath() {
  if (const char* env = std::getenv("KG_HISTORY")) return env;
  const char* home = std::getenv("HOME");
  if (home == nullptr || *home == '\0') {
    const passwd* pw = getpwuid(getuid());
    home = pw != nullptr ? pw->pw_dir : nullptr;
  }
  return home != nullptr ? std::string(home) + "/.kg_history" : "";
}

// libedit converts between bytes and wide characters with the C library:
// it needs a UTF-8 locale to edit names such as «Роскосмос».
void UseUtf8Locale() {
  std::setlocale(LC_CTYPE, "");
  std::string codeset = nl_langinfo(CODESET);
  if (codeset != "UTF-8") std::setlocale(LC_CTYPE, "C.UTF-8");
}

struct EditorState {
  ReplSession* session;
};

ReplSession* SessionOf(EditLine* el) {
  void* data = nullptr;
  el_get(el, EL_CLIENTDATA, &data);
  return static_cast<EditorState*>(data)->session;
}

// Reads one character for libedit; fails (so that el_gets returns null) on
// Ctrl-C, whether it arrives as SIGINT or, with the terminal's signal keys
// off, as the byte 0x03.
int ReadChar(EditLine*, wchar_t* out) {
  std::mbstate_t state{};
  while (true) {
    if (g_interrupted.load()) {
      errno = EINTR;
      return -1;
    }
    char c;
    ssize_t n = read(STDIN_FILENO, &c, 1);
    if (n == 0) return 0;
    if (n < 0) {
      if (errno == EINTR) continue;  // the loop head looks at the flag
      return -1;
    }
    if (c == '\x03') {
      g_interrupted.store(true);
      continue;
    }
    size_t r = std::mbrtowc(out, &c, 1, &state);
    if (r == static_cast<size_t>(-2)) continue;  // more bytes to come
    if (r == static_cast<size_t>(-1)) {
      *out = 0xFFFD;
      state = {};
    }
    return 1;
  }
}

const char* Prompt(EditLine* el) {
  return SessionOf(el)->continuing() ? "  > " : "kg> ";
}

size_t CharCount(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

unsigned char CompleteWord(EditLine* el, int) {
  ReplSession* session = SessionOf(el);
  const LineInfo* line = el_line(el);
  std::string before(line->buffer, line->cursor - line->buffer);
  Completion c = Complete(session->graph(), session->pending(), before);
  std::string_view word = std::string_view(before).substr(c.word_start);
  if (c.candidates.empty()) return CC_ERROR;
  std::string insert =
      c.candidates.size() == 1 ? c.candidates[0] : CommonPrefix(c.candidates);
  if (CharCount(insert) > CharCount(word) ||
      (c.candidates.size() == 1 && insert != word)) {
    el_deletestr(el, static_cast<int>(CharCount(word)));
    el_insertstr(el, insert.c_str());
    return CC_REFRESH;
  }
  // Nothing more in common: list the choices under the line.
  size_t width = 0;
  for (const std::string& s : c.candidates) {
    width = std::max(width, DisplayWidth(s));
  }
  size_t per_line = std::max<size_t>(1, 78 / (width + 2));
  std::string out = "\n";
  for (size_t i = 0; i < c.candidates.size(); ++i) {
    const std::string& s = c.candidates[i];
    out += s;
    bool last = (i + 1) % per_line == 0 || i + 1 == c.candidates.size();
    out += last ? "\n" : std::string(width + 2 - DisplayWidth(s), ' ');
  }
  std::fputs(out.c_str(), stdout);
  std::fflush(stdout);
  return CC_REDISPLAY;
}

// Asks a yes-or-no question on the terminal (libedit is between lines, so
// the terminal reads a cooked line); no, Ctrl-C or Ctrl-D answer no.
bool AskYes(const std::string& question) {
  std::fputs(question.c_str(), stdout);
  std::fflush(stdout);
  std::string answer;
  char c;
  while (true) {
    ssize_t n = read(STDIN_FILENO, &c, 1);
    if (n <= 0 || g_interrupted.exchange(false)) {
      std::fputs("\n", stdout);
      return false;
    }
    if (c == '\n' || c == '\r') break;
    answer.push_back(c);
  }
  size_t at = answer.find_first_not_of(" \t");
  return at != std::string::npos && (answer[at] == 'y' || answer[at] == 'Y');
}

// Whether the shell may end now: changes that were not saved are saved on
// request, or left behind on purpose. `write` (kg repl --write) saves them
// after the loop.
bool ConfirmLeave(ReplSession& session, bool write) {
  if (!session.unsaved() || write) return true;
  const std::string& path = session.graph_path();
  if (!path.empty()) {
    if (AskYes("The graph has changes that are not saved. Save them to " +
               path + "? [y/N] ")) {
      absl::Status s = session.Save(path);
      if (!s.ok()) {
        std::cerr << "kg: error: " << s.message() << "\n";
        return false;
      }
    }
    return true;
  }
  return AskYes(
      "The graph has changes that are not saved (:save FILE keeps them). "
      "Leave anyway? [y/N] ");
}

std::string Chomp(const char* line, int count) {
  std::string s(line, count > 0 ? static_cast<size_t>(count) : 0);
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  return s;
}

void RunTerminal(ReplSession& session, bool write) {
  UseUtf8Locale();
  EditorState state{&session};
  EditLine* el = el_init("kg", stdin, stdout, stderr);
  History* hist = history_init();
  HistEvent event;
  history(hist, &event, H_SETSIZE, 1000);
  history(hist, &event, H_SETUNIQUE, 1);
  std::string history_path = HistoryPath();
  if (!history_path.empty())
    history(hist, &event, H_LOAD, history_path.c_str());

  el_set(el, EL_EDITOR, "emacs");
  el_set(el, EL_CLIENTDATA, &state);
  el_set(el, EL_PROMPT, Prompt);
  el_set(el, EL_HIST, history, hist);
  el_set(el, EL_GETCFN, ReadChar);
  el_set(el, EL_ADDFN, "kg-complete", "Complete a name", CompleteWord);
  el_set(el, EL_BIND, "^I", "kg-complete", nullptr);

  std::cout << "kg shell: statements end with ';', :help for commands, "
               "Ctrl-D to leave.\n";
  std::vector<std::string> entry;  // the lines of the statement being typed
  while (true) {
    if (session.quit()) {
      if (ConfirmLeave(session, write)) break;
      session.StayOpen();
    }
    int count = 0;
    const char* line = el_gets(el, &count);
    if (line == nullptr) {
      if (!g_interrupted.exchange(false)) {  // Ctrl-D
        std::fputs("\n", stdout);
        if (ConfirmLeave(session, write)) break;
        continue;
      }
      // Ctrl-C at the prompt: drop what was typed.
      std::fputs("^C\n", stdout);
      std::fflush(stdout);
      session.ClearPending();
      entry.clear();
      continue;
    }
    std::string text = Chomp(line, count);
    entry.push_back(text);
    session.FeedLine(text);
    if (!session.continuing()) {
      std::string joined = absl::StrJoin(entry, " ");
      entry.clear();
      if (joined.find_first_not_of(" \t") == std::string::npos) continue;
      history(hist, &event, H_ENTER, joined.c_str());
      if (!history_path.empty()) {
        history(hist, &event, H_SAVE, history_path.c_str());
      }
    }
  }
  el_end(el);
  history_end(hist);
}

void RunPiped(ReplSession& session) {
  std::string line;
  while (!session.quit() && std::getline(std::cin, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    session.FeedLine(line);
  }
  if (!session.quit()) session.Finish();
}

}  // namespace

int RunRepl(const ReplOptions& options) {
  absl::StatusOr<ResultFormat> format = ParseResultFormat(options.format, true);
  if (!format.ok()) return Fail(format.status());
  if (options.write && options.graph.empty()) {
    return Fail("--write needs a snapshot to write to: use -g FILE.kg");
  }
  // As for kg query, --write creates a snapshot that does not exist yet.
  bool create = options.write && !std::filesystem::exists(options.graph);
  absl::StatusOr<Graph> graph =
      create ? absl::StatusOr<Graph>(Graph()) : LoadGraph(options.graph);
  if (!graph.ok()) return Fail(graph.status());

  g_interactive = isatty(STDIN_FILENO) == 1;
  ReplSession session(*std::move(graph), options.graph,
                      g_interactive ? "input" : "stdin", std::cout, std::cerr,
                      {&g_cancel, &g_running});
  session.set_format(*format);
  session.set_statement_lines(g_interactive);
  for (const std::string& spec : options.params) {
    auto param = ParseParam(spec);
    if (!param.ok()) return Fail(param.status());
    session.set_parameter(param->first, param->second);
  }
  if (options.timeout_seconds > 0) {
    session.set_timeout(absl::Seconds(options.timeout_seconds));
  }
  if (!options.max_memory.empty()) {
    absl::StatusOr<uint64_t> bytes = ParseByteSize(options.max_memory);
    if (!bytes.ok()) return Fail(bytes.status());
    session.set_max_memory(*bytes);
  }
  InstallInterruptHandler();
  if (g_interactive) {
    RunTerminal(session, options.write);
  } else {
    RunPiped(session);
  }
  if (options.write && (session.unsaved() || create)) {
    absl::Status s = session.Save(options.graph);
    if (!s.ok()) return Fail(s);
  } else if (session.unsaved() && !g_interactive && !options.graph.empty()) {
    std::cerr << "kg: warning: the statements changed the graph, and the "
                 "changes were not saved (use :save, or kg repl --write)\n";
  }
  if (g_interactive) return 0;
  return session.failed() ? 1 : 0;
}

}  // namespace kg::cli
