// Hostile inputs are read or skipped with a reason, never crash or hang;
// JSON lines are read or rejected naming the line; the 20news corpus reads.
#include <filesystem>
#include <fstream>
#include <sstream>

#include "extract/read/document.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace kg {
namespace {

namespace fs = std::filesystem;
using ::testing::HasSubstr;

class HostileFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::path(::testing::TempDir()) /
           ("kg_hostile_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir_ / name, std::ios::binary) << bytes;
    return (dir_ / name).string();
  }
  // Reads one file; its reason if skipped, else "".
  std::string ReadOne(const std::string& path, Document* doc) {
    auto set = ReadDocuments({path});
    EXPECT_TRUE(set.ok()) << set.status();
    if (!set.ok()) return "error";
    if (!set->skipped.empty()) return set->skipped[0].reason;
    EXPECT_EQ(set->documents.size(), 1u);
    *doc = std::move(set->documents[0]);
    return "";
  }
  fs::path dir_;
};

TEST_F(HostileFilesTest, BinaryFileIsSkipped) {
  std::string bytes;
  for (int i = 0; i < 4096; ++i) bytes.push_back(static_cast<char>(i * 7));
  Document d;
  EXPECT_THAT(ReadOne(Write("blob.txt", bytes), &d), HasSubstr("binary"));
}

TEST_F(HostileFilesTest, ControlCharactersWithoutNulMeanBinary) {
  std::string bytes(1000, '\x01');
  Document d;
  EXPECT_THAT(ReadOne(Write("ctl.txt", bytes), &d), HasSubstr("binary"));
}

TEST_F(HostileFilesTest, EmptyAndBlankFilesAreSkipped) {
  Document d;
  EXPECT_EQ(ReadOne(Write("empty.txt", ""), &d), "empty file");
  EXPECT_EQ(ReadOne(Write("blank.txt", "\xEF\xBB\xBF \r\n\t\n"), &d),
            "no text (only white space)");
}

TEST_F(HostileFilesTest, InvalidUtf8IsReplacedAndCounted) {
  Document d;
  ASSERT_EQ(ReadOne(Write("bad.txt", "Title \xFF\xFE here\nbody \xC3\n"), &d),
            "");
  EXPECT_EQ(d.replaced_bytes, 3u);
  EXPECT_EQ(d.title, "Title \uFFFD\uFFFD here");
  EXPECT_EQ(d.text, "Title \uFFFD\uFFFD here\nbody \uFFFD\n");
}

TEST_F(HostileFilesTest, NulAfterTheFirstBlockIsReplacedNotBinary) {
  std::string bytes =
      "Title\n" + std::string(9000, 'a') + std::string(1, '\0') + "tail\n";
  Document d;
  ASSERT_EQ(ReadOne(Write("nul.txt", bytes), &d), "");
  EXPECT_EQ(d.replaced_bytes, 1u);
  EXPECT_EQ(d.text.find('\0'), std::string::npos);
  EXPECT_THAT(d.text, HasSubstr("a\uFFFDtail"));
}

TEST_F(HostileFilesTest, NulInTheMiddleOfAShortFileMeansBinary) {
  Document d;
  EXPECT_THAT(
      ReadOne(Write("nul2.txt", std::string("Title\nab\0cd\n", 12)), &d),
      HasSubstr("binary"));
}

TEST_F(HostileFilesTest, FiftyMegabyteSingleLineIsReadWhole) {
  std::string path = (dir_ / "huge.txt").string();
  {
    std::ofstream out(path, std::ios::binary);
    std::string chunk(1 << 20, 'x');
    for (size_t i = 0; i < chunk.size(); i += 64) chunk[i] = ' ';
    for (int i = 0; i < 50; ++i) out << chunk;
  }
  Document d;
  ASSERT_EQ(ReadOne(path, &d), "");
  EXPECT_EQ(d.text.size(), 50u << 20);
  EXPECT_EQ(d.title, "");  // far too long to be a headline
  EXPECT_EQ(d.dropped_lines, 0u);
}

TEST_F(HostileFilesTest, TenThousandNestedQuotesRead) {
  std::string text = "Quotes\n";
  for (int i = 0; i < 10000; ++i) text += i % 2 ? "\u201c" : "\u00ab";
  text += "deep";
  for (int i = 0; i < 10000; ++i) text += i % 2 ? "\u201d" : "\u00bb";
  text += "\n";
  Document d;
  ASSERT_EQ(ReadOne(Write("quotes.txt", text), &d), "");
  EXPECT_EQ(d.title, "Quotes");
  EXPECT_EQ(d.text, text);
}

TEST_F(HostileFilesTest, CrlfBomAndNfcAreNormalised) {
  Document d;
  ASSERT_EQ(ReadOne(Write("crlf.txt",
                          "\xEF\xBB\xBFTitle Cafe\xCC\x81\r\n"
                          "MOSCOW (Sputnik) - Body.\r\n"),
                    &d),
            "");
  EXPECT_EQ(d.title, "Title Caf\u00e9");
  EXPECT_EQ(d.text, "Title Caf\u00e9\nMOSCOW (Sputnik) - Body.\n");
  EXPECT_EQ(d.dateline, "MOSCOW");
}

absl::StatusOr<DocumentSet> Jsonl(const std::string& text) {
  std::istringstream in(text);
  return ReadJsonLines(in, "stdin");
}

TEST(ReadJsonLinesTest, ReadsObjectsWithOptionalMembers) {
  auto set = Jsonl(
      R"({"id": "a", "text": "Headline - Reuters\r\n\r\nMOSCOW (Sputnik) - Body."})"
      "\n\n"
      R"({"id": "b", "text": "T\nBody", "date": "2022-10", "source": "TASS", "title": "Given"})"
      "\n");
  ASSERT_TRUE(set.ok()) << set.status();
  ASSERT_EQ(set->documents.size(), 2u);
  const Document& a = set->documents[0];
  EXPECT_EQ(a.id, "a");
  EXPECT_EQ(a.path, "stdin:1");
  EXPECT_EQ(a.title, "Headline");
  EXPECT_EQ(a.source, "Sputnik");  // the dateline credit wins
  EXPECT_EQ(a.dateline, "MOSCOW");
  EXPECT_EQ(a.text, "Headline - Reuters\n\nMOSCOW (Sputnik) - Body.");
  const Document& b = set->documents[1];
  EXPECT_EQ(b.path, "stdin:3");
  EXPECT_EQ(b.title, "Given");
  EXPECT_EQ(b.date, "2022-10");
  EXPECT_EQ(b.source, "TASS");
}

TEST(ReadJsonLinesTest, AGivenTitleFindsItsLineInTheText) {
  auto set = Jsonl(
      R"({"id": "a", "title": "Crew lands", "text": "Crew lands - Reuters\nBody"})"
      "\n");
  ASSERT_TRUE(set.ok()) << set.status();
  const Document& d = set->documents[0];
  EXPECT_EQ(d.title, "Crew lands");
  EXPECT_EQ(d.title_offset, 0u);
  EXPECT_EQ(d.body_offset, 21u);
  EXPECT_EQ(d.source, "Reuters");
  EXPECT_EQ(d.dropped_lines, 0u);  // the headline is not a crumb
}

TEST(ReadJsonLinesTest, BadLinesAreErrorsNamingTheLine) {
  struct Case {
    const char* input;
    const char* message;
  };
  for (const Case& c : {
           Case{"{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"b\", \"text\": ",
                "stdin:2: not a JSON object: "},
           Case{"[1, 2]\n", "stdin:1: not a JSON object"},
           Case{"{\"text\": \"x\"}\n", "stdin:1: missing \"id\""},
           Case{"{\"id\": \"a\"}\n", "stdin:1: missing \"text\""},
           Case{"{\"id\": 7, \"text\": \"x\"}\n",
                "stdin:1: \"id\" must be a string"},
           Case{"{\"id\": \"a\", \"text\": \"x\", \"date\": \"2022-02-30\"}\n",
                "stdin:1: \"date\" is not YYYY, YYYY-MM or YYYY-MM-DD"},
           Case{"{\"id\": \"a\", \"text\": \"x\"}\n{\"id\": \"a\", \"text\": "
                "\"y\"}\n",
                "stdin:2: duplicate id \"a\""},
           Case{"{\"id\": \"a\", \"text\": \"x\"} trailing\n",
                "stdin:1: not a JSON object"},
       }) {
    auto set = Jsonl(c.input);
    ASSERT_FALSE(set.ok()) << c.input;
    EXPECT_THAT(std::string(set.status().message()), HasSubstr(c.message))
        << c.input;
  }
}

TEST(ReadJsonLinesTest, DeepNestingIsAnErrorNotACrash) {
  std::string deep = "{\"id\": \"a\", \"text\": \"x\", \"extra\": " +
                     std::string(100000, '[') + std::string(100000, ']') + "}";
  auto set = Jsonl(deep + "\n");
  // Unknown members are ignored; the iterative parser needs no stack.
  ASSERT_TRUE(set.ok()) << set.status();
  EXPECT_EQ(set->documents.size(), 1u);
}

TEST(ReadJsonLinesTest, EscapedNulAndInvalidUtf8AreReplaced) {
  auto set = Jsonl(
      "{\"id\": \"a\", \"text\": \"T\\u0000x \xFF\"}\n"
      "{\"id\": \"b\", \"text\": \"  \"}\n");
  ASSERT_TRUE(set.ok()) << set.status();
  ASSERT_EQ(set->documents.size(), 1u);
  EXPECT_EQ(set->documents[0].text, "T\uFFFDx \uFFFD");
  EXPECT_EQ(set->documents[0].replaced_bytes, 2u);
  ASSERT_EQ(set->skipped.size(), 1u);
  EXPECT_EQ(set->skipped[0].path, "stdin:2");
}

// The real-text robustness check: 20 Newsgroups (three groups).
TEST(TwentyNewsTest, ReadsEveryMessageWithoutError) {
  fs::path dir =
      fs::path(KG_SOURCE_DIR) / ".." / "shared" / "corpora" / "20news";
  if (!fs::exists(dir)) dir = "/work/shared/corpora/20news";
  if (!fs::exists(dir)) GTEST_SKIP() << "20news corpus not present";
  auto set = ReadDocuments({dir.string()});
  ASSERT_TRUE(set.ok()) << set.status();
  // 2,672 messages; README.md and MANIFEST.tsv are not documents, and one
  // message is a header with an empty body.
  EXPECT_EQ(set->documents.size(), 2671u);
  ASSERT_EQ(set->skipped.size(), 3u);
  std::string reasons;
  for (const auto& s : set->skipped) {
    reasons += fs::path(s.path).filename().string() + ": " + s.reason + "\n";
  }
  EXPECT_THAT(reasons, HasSubstr("61369.txt: no text (only header and "
                                 "boilerplate lines)"));
  size_t titled = 0, replaced = 0, dated = 0;
  for (const Document& d : set->documents) {
    titled += !d.title.empty();
    replaced += d.replaced_bytes > 0;
    dated += !d.date.empty();
    // The header block is blanked but for the author's and the
    // organization's lines.
    EXPECT_GE(d.dropped_lines, 1u) << d.path;
    EXPECT_TRUE(d.text[0] == '\n' || d.text.starts_with("From:") ||
                d.text.starts_with("Organization:"))
        << d.path;
    EXPECT_EQ(d.title_offset, std::string::npos) << d.path;
  }
  EXPECT_EQ(titled, set->documents.size());
  EXPECT_GE(replaced, 3u);  // the three Latin-1 files
  std::cerr << set->documents.size() << " documents, " << dated << " dated, "
            << replaced << " with replaced bytes\n";
}

}  // namespace
}  // namespace kg
