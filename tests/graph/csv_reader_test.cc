#include "graph/csv_reader.h"

#include <string>
#include <string_view>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace kg {
namespace {

// Records as "LINE:field|field", quoted fields in <>, an error as
// " !message@line"; records joined by "; ".
std::string Dump(std::string_view text, char delimiter = ',') {
  auto view = [](std::string_view s) {
    return absl::string_view(s.data(), s.size());
  };
  CsvReader reader(text, delimiter);
  std::string out;
  while (reader.Next()) {
    if (!out.empty()) out += "; ";
    absl::StrAppend(&out, reader.line(), ":");
    bool first = true;
    for (const CsvReader::Field& f : reader.fields()) {
      if (!first) out += "|";
      first = false;
      if (f.quoted) {
        absl::StrAppend(&out, "<", view(f.text), ">");
      } else {
        absl::StrAppend(&out, view(f.text));
      }
    }
    if (!reader.error().empty()) {
      absl::StrAppend(&out, " !", view(reader.error()), "@",
                      reader.error_line());
    }
  }
  return out;
}

struct ReaderCase {
  const char* name;
  std::string_view input;
  const char* dump;
};

const ReaderCase kReaderCases[] = {
    {"Plain", "a,b\nc,d\n", "1:a|b; 2:c|d"},
    {"NoFinalNewline", "a,b\nc", "1:a|b; 2:c"},
    {"Crlf", "a,b\r\nc\r\n", "1:a|b; 2:c"},
    {"ByteOrderMark",
     "\xEF\xBB\xBF"
     "a,b\n",
     "1:a|b"},
    {"QuotedDelimiter", "\"a,b\",c\n", "1:<a,b>|c"},
    {"DoubledQuotes", "\"say \"\"hi\"\"\",x\n", "1:<say \"hi\">|x"},
    {"SeveralEscapedFields", "\"a\"\"\",\"b\"\"\"\n", "1:<a\">|<b\">"},
    {"EmbeddedNewlineCountsLines", "\"x\ny\",z\nnext\n", "1:<x\ny>|z; 3:next"},
    {"EmbeddedCrlfIsData", "\"x\r\ny\"\r\nn\r\n", "1:<x\r\ny>; 3:n"},
    {"EmptyFields", ",\n", "1:|"},
    {"QuotedEmptyIsMarked", "a,\"\"\n", "1:a|<>"},
    {"DelimiterAtEnd", "a,", "1:a|"},
    {"BlankLinesSkipped", "a\n\n\r\nb\n", "1:a; 4:b"},
    {"LoneCrIsData", "a\rb,c\n", "1:a\rb|c"},
    {"QuoteInsideUnquotedIsData", "a\"b,c\n", "1:a\"b|c"},
    {"UnterminatedQuoteNamesItsLine", "a\nb,\"open,\nmore",
     "1:a; 2:b|<open,\nmore> !unterminated quoted field@2"},
    {"TextAfterClosingQuote", "\"a\"b,c\nd\n",
     "1:<a>|c !unexpected 'b' after the closing quote of field 1@1; 2:d"},
};

class CsvReaderTest : public testing::TestWithParam<ReaderCase> {};

TEST_P(CsvReaderTest, SplitsRecords) {
  EXPECT_EQ(Dump(GetParam().input), GetParam().dump);
}

INSTANTIATE_TEST_SUITE_P(Csv, CsvReaderTest, testing::ValuesIn(kReaderCases),
                         [](const auto& info) { return info.param.name; });

TEST(CsvReaderOtherTest, OtherDelimiter) {
  EXPECT_EQ(Dump("a;\"b;c\";d,e\n", ';'), "1:a|<b;c>|d,e");
}

TEST(CsvReaderOtherTest, EmptyTextHasNoRecord) {
  EXPECT_EQ(Dump(""), "");
  EXPECT_EQ(Dump("\xEF\xBB\xBF"), "");
}

}  // namespace
}  // namespace kg
