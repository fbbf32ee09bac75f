// WriteDot: exact output for a small graph, escaping that survives any name,
// and Graphviz itself accepting (and drawing exactly) a graph of hostile names.
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "graph/export.h"
#include "gtest/gtest.h"
#include "tests/graph/export_fixtures.h"

extern char** environ;

namespace kg {
namespace {

using export_test::Set;

std::string Dot(const Graph& g) {
  std::ostringstream out;
  EXPECT_TRUE(WriteDot(g, out).ok());
  return out.str();
}

// The label= of a lone node named `name`, as written.
std::string NodeLabel(std::string_view name) {
  Graph g;
  Set(g, g.AddNode(), "name", Value::String(std::string(name)));
  std::string dot = Dot(g);
  size_t begin = dot.find("\"n0\" [label=") + 12;
  return dot.substr(begin, dot.rfind("];\n}") - begin);
}

TEST(DotExportTest, SmallGraphExactly) {
  EXPECT_EQ(Dot(export_test::SmallGraph()),
            R"(// kg graph export: Graphviz DOT of 2 nodes and 1 relationship.
digraph kg {
  node [style=filled];
  subgraph cluster_legend {
    label="Labels";
    "legend0" [label="Person", fillcolor="#8dd3c7", shape=ellipse];
    "legend2" [label="Organization", fillcolor="#bebada", shape=hexagon];
  }
  "n0" [label="Dmitry Bakanov", fillcolor="#8dd3c7", shape=ellipse];
  "n2" [label="Roscosmos", fillcolor="#bebada", shape=hexagon];
  "n0" -> "n2" [label="WORKS_FOR"];
}
)");
}

TEST(DotExportTest, NodesWithoutNameShowFirstLabelAndId) {
  Graph g;
  g.AddNode();
  NodeId b = g.AddNode({g.InternLabel("Mission"), g.InternLabel("Event")});
  Set(g, g.AddNode(), "name", Value::Int(7));
  (void)b;
  std::string dot = Dot(g);
  EXPECT_NE(dot.find("  \"n0\" [label=\"0\"];\n"), std::string::npos) << dot;
  EXPECT_NE(dot.find("  \"n1\" [label=\"Mission 1\", fillcolor=\"#8dd3c7\", "
                     "shape=ellipse];\n"),
            std::string::npos)
      << dot;
  EXPECT_NE(dot.find("  \"n2\" [label=\"7\"];\n"), std::string::npos) << dot;
  // Event colours no node, so the legend leaves it out.
  EXPECT_EQ(dot.find("legend1"), std::string::npos) << dot;
}

TEST(DotExportTest, LabelsAreEscapedForAnyText) {
  EXPECT_EQ(NodeLabel("say \"hi\""), R"("say \"hi\"")");
  EXPECT_EQ(NodeLabel("a\\b \\N"), R"("a\\b \\N")");
  EXPECT_EQ(NodeLabel("ends\\"), R"("ends\\\n")");
  EXPECT_EQ(NodeLabel("two\nlines\r\nthree\rfour"),
            R"("two\nlines\nthree\nfour")");
  EXPECT_EQ(NodeLabel("<b>x</b> &lt; & ;"), R"("<b>x</b> &amp;lt; &amp; ;")");
  EXPECT_EQ(NodeLabel("\x01tab\there\x7f"),
            "\"\xEF\xBF\xBDtab\there\xEF\xBF\xBD\"");
  EXPECT_EQ(NodeLabel("Zoë 东京 \xff"), "\"Zoë 东京 \xEF\xBF\xBD\"");
}

// Runs argv[0] without a shell, stdin from /dev/null and stderr to
// `stderr_path`; returns its exit code, or -1 if it did not exit normally.
int RunProgram(const std::vector<std::string>& argv,
               const std::string& stderr_path) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, stderr_path.c_str(),
                                   O_WRONLY | O_CREAT | O_TRUNC, 0644);
  std::vector<char*> args;
  for (const std::string& a : argv)
    args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  pid_t pid;
  int rc = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) return -1;
  int status;
  if (waitpid(pid, &status, 0) != pid) return -1;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The decoded content of each <text> element of an SVG.
std::vector<std::string> SvgTexts(std::string_view svg) {
  std::vector<std::string> texts;
  for (size_t pos = svg.find("<text"); pos != std::string_view::npos;
       pos = svg.find("<text", pos)) {
    size_t begin = svg.find('>', pos) + 1;
    size_t end = svg.find("</text>", begin);
    std::string_view raw = svg.substr(begin, end - begin);
    std::string text;
    for (size_t i = 0; i < raw.size(); ++i) {
      static constexpr std::pair<std::string_view, std::string_view> kRefs[] = {
          {"&amp;", "&"},  {"&lt;", "<"},  {"&gt;", ">"},   {"&quot;", "\""},
          {"&apos;", "'"}, {"&#45;", "-"}, {"&#160;", " "}, {"&#39;", "'"}};
      bool replaced = false;
      for (const auto& [ref, c] : kRefs) {
        if (raw.substr(i).starts_with(ref)) {
          text.append(c);
          i += ref.size() - 1;
          replaced = true;
          break;
        }
      }
      if (!replaced) text.push_back(raw[i]);
    }
    texts.push_back(text);
    pos = end;
  }
  return texts;
}

TEST(DotExportTest, GraphvizDrawsHostileNamesExactly) {
  const std::string kDot = "/usr/bin/dot";
  if (access(kDot.c_str(), X_OK) != 0) GTEST_SKIP() << "no " << kDot;
  Graph g;
  NodeId prev = g.AddNode();
  for (const std::string& s : export_test::HostileStrings()) {
    NodeId n = g.AddNode({g.InternLabel(s)});
    Set(g, n, "name", Value::String(s));
    export_test::Link(g, prev, n, s);
    prev = n;
  }
  std::string dir = ::testing::TempDir();
  std::string base = absl::StrCat(dir, "/kg_dot_test_", getpid());
  {
    std::ofstream out(base + ".dot", std::ios::binary);
    ASSERT_TRUE(WriteDot(g, out).ok());
  }
  ASSERT_EQ(RunProgram({kDot, "-Tsvg", "-o", base + ".svg", base + ".dot"},
                       base + ".err"),
            0)
      << ReadFile(base + ".err");
  // Graphviz warns on stderr (and still exits 0) about bad UTF-8 and more.
  EXPECT_EQ(ReadFile(base + ".err"), "");
  std::vector<std::string> texts = SvgTexts(ReadFile(base + ".svg"));
  for (std::string_view expected :
       {"it's \"quoted\"", "back\\slash", "ends with backslash\\",
        "<b>html</b> & &amp; ]]> {a|b} \\N \\G \\l",
        "`tick``s` // not a comment ; */", "-> -- digraph { } [label=x]"}) {
    // Each name labels its node, its legend entry and its edge.
    EXPECT_EQ(std::count(texts.begin(), texts.end(), expected), 3) << expected;
  }
  for (std::string_view line : {"line", "break", "crlf\ttab"}) {
    EXPECT_EQ(std::count(texts.begin(), texts.end(), line), 3) << line;
  }
  std::remove((base + ".dot").c_str());
  std::remove((base + ".svg").c_str());
  std::remove((base + ".err").c_str());
}

}  // namespace
}  // namespace kg
