// Date expressions and the calendar under them.
#include "extract/text/dates.h"

#include <string>

#include "gtest/gtest.h"

namespace kg {
namespace {

// "span=iso/basis" for each mention, "; "-separated; "?" for no date.
std::string Dump(std::string_view text, std::string_view doc_iso,
                 bool future = false) {
  Date doc = doc_iso.empty() ? Date{} : *ParseIsoDate(doc_iso);
  std::string out;
  for (const DateMention& m : FindDates(text, doc, future)) {
    if (!out.empty()) out += "; ";
    out += std::string(text.substr(m.begin, m.end - m.begin));
    out += "=";
    out += m.date.known() ? m.date.ToIso() : "?";
    out += m.basis == DateBasis::kText ? "/text" : "/doc";
  }
  return out;
}

struct Row {
  const char* text;
  const char* doc;
  bool future;
  const char* dump;
};

class FindDatesTest : public ::testing::TestWithParam<Row> {};

TEST_P(FindDatesTest, ResolvesAsFarAsTextAndDocumentDateAllow) {
  const Row& r = GetParam();
  EXPECT_EQ(Dump(r.text, r.doc, r.future), r.dump) << r.text;
}

INSTANTIATE_TEST_SUITE_P(
    Table, FindDatesTest,
    ::testing::Values(
        // Full dates: the year from the text.
        Row{"(Sputnik - 06th October, 2022)", "", false,
            "06th October, 2022=2022-10-06/text"},
        Row{"on October 6, 2022 at", "", false,
            "October 6, 2022=2022-10-06/text"},
        Row{"held 6 October 2022.", "", false,
            "6 October 2022=2022-10-06/text"},
        Row{"signed Jan. 5, 2023", "", false, "Jan. 5, 2023=2023-01-05/text"},
        // A broken-case dateline: a month in lower case in a full date only.
        Row{"nov 17, 2020 | space", "", false, "nov 17, 2020=2020-11-17/text"},
        Row{"you may 17 times", "2020", false, ""},
        Row{"in July 2022", "", false, "July 2022=2022-07/text"},
        Row{"in October of 1997.", "1993", false,
            "October of 1997=1997-10/text"},
        Row{"released 2022-10-06.", "", false, "2022-10-06=2022-10-06/text"},
        // Numbers and slashes: the month first unless it cannot be one.
        Row{"Launched 9/24/92 on a Titan.", "", false,
            "9/24/92=1992-09-24/text"},
        Row{"on 24/9/1992 and", "", false, "24/9/1992=1992-09-24/text"},
        Row{"on 2/30/1992, 1/2/3/4 and 3/4", "", false, ""},
        Row{"deteriorated in 2014 after", "2018-04", false, "2014=2014/text"},
        // Month and day: the year from the document date.
        Row{"Florida, October 6 (Sputnik)", "2022-10-06", false,
            "October 6=2022-10-06/doc"},
        Row{"set for July 31.", "2025-07-30", true, "July 31=2025-07-31/doc"},
        Row{"signed on September 21", "2017-12-19", false,
            "September 21=2017-09-21/doc"},
        Row{"by Sept. 21", "2017", false, "Sept. 21=2017-09-21/doc"},
        Row{"In July, Roscosmos", "2022-10-06", false, "July=2022-07/doc"},
        Row{"Earlier in April, the US", "2018-04", false,
            "Earlier in April=2018-04/doc"},
        Row{"signed in late September", "2017-12-19", false,
            "late September=2017-09/doc"},
        Row{"October 6 (Sputnik)", "", false, "October 6=?/doc"},
        // A month and day with the year named from the document's.
        Row{"launched on November 24 last year.", "2015-06-11", false,
            "November 24 last year=2014-11-24/text"},
        Row{"due on 3 March next year", "2015-06-11", false,
            "3 March next year=2016-03-03/text"},
        Row{"on November 24 last year", "", false,
            "November 24=?/doc; last year=?/doc"},
        // Relative times.
        Row{"earlier this month", "2022-10-06", false,
            "earlier this month=2022-10/doc"},
        Row{"last month", "2022-01-15", false, "last month=2021-12/doc"},
        Row{"next month", "2022-12-15", false, "next month=2023-01/doc"},
        Row{"this year and last year, not next year", "2022-10-06", false,
            "this year=2022/doc; last year=2021/doc; next year=2023/doc"},
        Row{"today", "2022-10-06", false, "today=2022-10-06/doc"},
        Row{"yesterday", "2022-03-01", false, "yesterday=2022-02-28/doc"},
        Row{"tomorrow", "2024-12-31", true, "tomorrow=2025-01-01/doc"},
        Row{"yesterday", "2022-03", false, "yesterday=?/doc"},
        Row{"launched earlier in the day", "2022-10-06", false,
            "earlier in the day=2022-10-06/doc"},
        // Weekdays: on or before the document day; on or after for the
        // future. 2017-12-19 and 2025-07-29 were Tuesdays.
        Row{"docked with the ISS earlier on Tuesday", "2017-12-19", false,
            "earlier on Tuesday=2017-12-19/doc"},
        Row{"Peskov said on Wednesday", "2025-07-30", false,
            "Wednesday=2025-07-30/doc"},
        Row{"arrived in Houston on Tuesday", "2025-07-30", false,
            "Tuesday=2025-07-29/doc"},
        Row{"will launch on Thursday", "2025-07-30", true,
            "Thursday=2025-07-31/doc"},
        Row{"launched on Thursday", "2025-07-30", false,
            "Thursday=2025-07-24/doc"},
        Row{"last Wednesday", "2025-07-30", false,
            "last Wednesday=2025-07-23/doc"},
        Row{"said Tuesday", "2017-12", false, "Tuesday=?/doc"},
        // Not dates of an event.
        Row{"the 2024-2026 programme", "2022", false, ""},
        Row{"the 2024\u20132026 programme", "2022", false, ""},
        Row{"the station flies through 2028 or until 2030, by 2030", "2022",
            false, ""},
        Row{"talks in eight years, recently", "2022", false, ""},
        Row{"they may go, March on, May 2", "2022-10-06", false,
            "May 2=2022-05-02/doc"},
        Row{"2,014 people; 30:19; 0:19", "2022", false, ""},
        Row{"July 30, 0:19", "", false, "July 30=?/doc"},
        Row{"February 30, 2022", "", false, ""}));

TEST(CalendarTest, WeekdaysOfKnownDays) {
  EXPECT_EQ(Weekday(Date{1970, 1, 1}), 4);   // Thursday
  EXPECT_EQ(Weekday(Date{2000, 2, 29}), 2);  // Tuesday
  EXPECT_EQ(Weekday(Date{1900, 3, 1}), 4);   // Thursday
  EXPECT_EQ(Weekday(Date{2025, 7, 31}), 4);  // Thursday
  EXPECT_EQ(Weekday(Date{2017, 12, 19}), 2);
  EXPECT_EQ(Weekday(Date{1969, 7, 20}), 0);  // Sunday
}

TEST(CalendarTest, DaysRoundTripAcrossLeapYears) {
  for (int64_t d = -800000; d < 800000; d += 97) {
    Date c = CivilFromDays(d);
    ASSERT_EQ(DaysFromCivil(c.year, c.month, c.day), d);
  }
  EXPECT_EQ(AddDays(Date{2024, 2, 28}, 1), (Date{2024, 2, 29}));
  EXPECT_EQ(AddDays(Date{2023, 2, 28}, 1), (Date{2023, 3, 1}));
  EXPECT_EQ(AddDays(Date{2000, 1, 1}, -1), (Date{1999, 12, 31}));
  EXPECT_EQ(DaysInMonth(1900, 2), 28);
  EXPECT_EQ(DaysInMonth(2000, 2), 29);
}

TEST(ParseIsoDateTest, AcceptsTheThreePrecisionsOfRealDays) {
  EXPECT_EQ(ParseIsoDate("2022")->ToIso(), "2022");
  EXPECT_EQ(ParseIsoDate("2022-10")->ToIso(), "2022-10");
  EXPECT_EQ(ParseIsoDate("2024-02-29")->ToIso(), "2024-02-29");
  for (const char* bad :
       {"", "22", "2022-1", "2022-13", "2022-00", "2022-02-29", "2022-10-06x",
        "2022/10/06", "0000", "2022-10-6", "abcd"}) {
    EXPECT_FALSE(ParseIsoDate(bad).has_value()) << bad;
  }
}

TEST(ParseWrittenDateTest, ReadsMailAndDatelineDates) {
  EXPECT_EQ(ParseWrittenDate("Mon, 15 Feb 1993 18:35:05 -0500 (EST)")->ToIso(),
            "1993-02-15");
  EXPECT_EQ(ParseWrittenDate("8 Apr 93 22:50:09 GMT")->ToIso(), "1993-04-08");
  EXPECT_EQ(ParseWrittenDate("Wednesday, 21 Apr 1993 14:17:47 EDT")->ToIso(),
            "1993-04-21");
  EXPECT_EQ(ParseWrittenDate("April 13, 1993")->ToIso(), "1993-04-13");
  EXPECT_EQ(ParseWrittenDate("Pakistan Point News / Sputnik - 06th October, "
                             "2022")
                ->ToIso(),
            "2022-10-06");
}

TEST(ParseWrittenDateTest, NoYearNoDate) {
  EXPECT_FALSE(ParseWrittenDate("July 30, 0:19").has_value());
  EXPECT_FALSE(ParseWrittenDate("WASHINGTON, July 30.").has_value());
  EXPECT_FALSE(ParseWrittenDate("").has_value());
}

}  // namespace
}  // namespace kg
