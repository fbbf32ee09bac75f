// Temporal values: the calendar, the ISO 8601 text forms, parsing, named
// zones, and their life as Values and stored properties.
#include "graph/temporal.h"

#include <string>

#include "gmock/gmock.h"
#include "graph/graph.h"
#include "graph/snapshot.h"
#include "graph/temporal_parse.h"
#include "graph/time_zone.h"
#include "graph/value.h"
#include "gtest/gtest.h"

namespace kg {
namespace {

using namespace temporal;  // NOLINT: the subject of these tests

TEST(CalendarTest, CivilDaysRoundTripAcrossEras) {
  for (int64_t days : {int64_t{-800000}, int64_t{-1}, int64_t{0},
                       int64_t{16637}, int64_t{2932896}}) {
    CivilDate c = CivilFromDays(days);
    EXPECT_EQ(DaysFromCivil(c.year, c.month, c.day), days);
  }
  EXPECT_EQ(DaysFromCivil(2015, 7, 21), 16637);
}

TEST(CalendarTest, IsoWeeksFollowTheThursdayRule) {
  int64_t year;
  int week;
  IsoWeek(DaysFromCivil(1816, 12, 31), &year, &week);  // a Tuesday
  EXPECT_EQ(year, 1817);
  EXPECT_EQ(week, 1);
  IsoWeek(DaysFromCivil(2021, 1, 3), &year, &week);  // a Sunday
  EXPECT_EQ(year, 2020);
  EXPECT_EQ(week, 53);
  EXPECT_EQ(DayOfWeek(DaysFromCivil(2015, 7, 21)), 2);
}

TEST(TemporalFormatTest, WritesTheFormsOpenCypherPrints) {
  EXPECT_EQ(FormatDate(Date{DaysFromCivil(1984, 10, 11)}), "1984-10-11");
  EXPECT_EQ(FormatDate(Date{DaysFromCivil(-12, 1, 1)}), "-0012-01-01");
  EXPECT_EQ(FormatLocalTime(LocalTime{(12 * 3600 + 31 * 60) * kNanosPerSecond}),
            "12:31");
  EXPECT_EQ(
      FormatTime(
          Time{(21 * 3600 + 40 * 60 + 32) * kNanosPerSecond + 142000000, 3600}),
      "21:40:32.142+01:00");
  EXPECT_EQ(FormatOffset(0), "Z");
  EXPECT_EQ(FormatOffset(-(53 * 60 + 28)), "-00:53:28");
}

TEST(TemporalFormatTest, DurationPartsCarryTheSignOfTheWholeTimePart) {
  auto text = [](int64_t months, int64_t days, int64_t secs, int64_t nanos) {
    return FormatDuration(*MakeDuration(months, days, secs, nanos));
  };
  EXPECT_EQ(text(0, 0, 0, 0), "PT0S");
  EXPECT_EQ(text(149, 14, 58390, 1), "P12Y5M14DT16H13M10.000000001S");
  EXPECT_EQ(text(0, 0, -2, 1000000), "PT-1.999S");
  EXPECT_EQ(text(0, 0, -60, -1000000), "PT-1M-0.001S");
  EXPECT_EQ(text(0, 1, 0, -1000000), "P1DT-0.001S");
}

TEST(TemporalParseTest, ReadsEveryDateShape) {
  for (const char* text : {"2015-07-21", "20150721", "2015-W30-2", "2015W302",
                           "2015-202", "2015202"}) {
    absl::StatusOr<Date> d = ParseDate(text);
    ASSERT_TRUE(d.ok()) << text << ": " << d.status();
    EXPECT_EQ(FormatDate(*d), "2015-07-21") << text;
  }
  EXPECT_EQ(FormatDate(*ParseDate("2015-W30")), "2015-07-20");
  EXPECT_EQ(FormatDate(*ParseDate("201507")), "2015-07-01");
  EXPECT_EQ(FormatDate(*ParseDate("2015")), "2015-01-01");
}

TEST(TemporalParseTest, RefusesImpossibleDatesWithTheText) {
  absl::StatusOr<Date> d = ParseDate("2015-02-30");
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().message(), "cannot parse '2015-02-30' as a date");
  EXPECT_FALSE(ParseDate("2015-W54").ok());
  EXPECT_FALSE(ParseDate("").ok());
  EXPECT_FALSE(ParseLocalTime("24:00").ok());
  EXPECT_FALSE(ParseTime("12:00+19:00").ok());
}

TEST(TemporalParseTest, ReadsTimesWithOffsets) {
  EXPECT_EQ(FormatTime(*ParseTime("214032.142Z")), "21:40:32.142Z");
  EXPECT_EQ(FormatTime(*ParseTime("2140-02")), "21:40-02:00");
  EXPECT_EQ(FormatLocalDateTime(*ParseLocalDateTime("2015-W30-2T214032.142")),
            "2015-07-21T21:40:32.142");
  EXPECT_EQ(FormatDateTime(*ParseDateTime("2015202T21+18:00")),
            "2015-07-21T21:00+18:00");
}

TEST(TemporalParseTest, DurationFractionsFlowIntoSmallerUnits) {
  EXPECT_EQ(FormatDuration(*ParseDuration("P5M1.5D")), "P5M1DT12H");
  EXPECT_EQ(FormatDuration(*ParseDuration("P0.75M")), "P22DT19H51M49.5S");
  EXPECT_EQ(FormatDuration(*ParseDuration("P2.5W")), "P17DT12H");
  EXPECT_EQ(FormatDuration(*ParseDuration("P2012-02-02T14:37:21.545")),
            "P2012Y2M2DT14H37M21.545S");
  EXPECT_FALSE(ParseDuration("P").ok());
  EXPECT_FALSE(ParseDuration("PT1D").ok());
  EXPECT_FALSE(ParseDuration("P99999999999999999999Y").ok());
}

TEST(TimeZoneTest, NamedZonesFollowDaylightSavingAndHistory) {
  absl::StatusOr<DateTime> summer =
      ParseDateTime("2015-07-21T21:40:32.142[Europe/London]");
  ASSERT_TRUE(summer.ok()) << summer.status();
  EXPECT_EQ(FormatDateTime(*summer),
            "2015-07-21T21:40:32.142+01:00[Europe/London]");
  // Before standard time, London kept its local mean time (the TCK expects
  // Stockholm's 1818 offset from an older tz database; kg follows the
  // system's).
  EXPECT_EQ(FormatDateTime(*ParseDateTime("1818-07-21T21:40[Europe/London]")),
            "1818-07-21T21:40-00:01:15[Europe/London]");
}

// Past the last transition a TZif file lists (2037 in fat files), the
// footer's POSIX rule goes on: London keeps summer time in 2050, Sydney
// (southern) keeps it over the new year.
TEST(TimeZoneTest, DaylightSavingGoesOnPastTheLastListedTransition) {
  auto text = [](const char* s) {
    absl::StatusOr<DateTime> t = ParseDateTime(s);
    return t.ok() ? FormatDateTime(*t) : std::string(t.status().message());
  };
  EXPECT_EQ(text("2050-07-01T12:00[Europe/London]"),
            "2050-07-01T12:00+01:00[Europe/London]");
  EXPECT_EQ(text("2050-01-01T12:00[Europe/London]"),
            "2050-01-01T12:00Z[Europe/London]");
  EXPECT_EQ(text("2050-01-01T12:00[Australia/Sydney]"),
            "2050-01-01T12:00+11:00[Australia/Sydney]");
  EXPECT_EQ(text("2050-07-01T12:00[Australia/Sydney]"),
            "2050-07-01T12:00+10:00[Australia/Sydney]");
  // 2050-03-27 is the last Sunday of March: 01:30 does not exist in London.
  EXPECT_EQ(text("2050-03-27T01:30[Europe/London]"),
            "2050-03-27T02:30+01:00[Europe/London]");
  EXPECT_EQ(text("2050-03-27T00:59[Europe/London]"),
            "2050-03-27T00:59Z[Europe/London]");
}

TEST(PosixTzTest, RulesFollowTheirDates) {
  auto offset = [](const char* rule, const char* utc) {
    absl::StatusOr<PosixTz> tz = ParsePosixTz(rule);
    EXPECT_TRUE(tz.ok()) << tz.status();
    absl::StatusOr<DateTime> t = ParseDateTime(utc);
    EXPECT_TRUE(t.ok()) << t.status();
    return tz.ok() && t.ok() ? tz->OffsetAt(t->seconds) / 60 : -99999;
  };
  EXPECT_EQ(offset("JST-9", "2040-07-01T00:00Z"), 9 * 60);
  // New York: second Sunday of March at 02:00 local to the first Sunday of
  // November at 02:00 daylight time (2040-03-11 and 2040-11-04).
  const char* ny = "EST5EDT,M3.2.0,M11.1.0";
  EXPECT_EQ(offset(ny, "2040-03-11T06:59Z"), -5 * 60);
  EXPECT_EQ(offset(ny, "2040-03-11T07:00Z"), -4 * 60);
  EXPECT_EQ(offset(ny, "2040-11-04T05:59Z"), -4 * 60);
  EXPECT_EQ(offset(ny, "2040-11-04T06:00Z"), -5 * 60);
  // Lord Howe: half-hour offsets in brackets, daylight time over new year.
  const char* lord_howe = "<+1030>-10:30<+11>-11,M10.1.0,M4.1.0";
  EXPECT_EQ(offset(lord_howe, "2040-01-15T00:00Z"), 11 * 60);
  EXPECT_EQ(offset(lord_howe, "2040-06-15T00:00Z"), 10 * 60 + 30);
  // Ireland: standard time is summer's, and winter's "daylight" time is
  // an hour behind it.
  const char* dublin = "IST-1GMT0,M10.5.0,M3.5.0/1";
  EXPECT_EQ(offset(dublin, "2040-07-01T00:00Z"), 60);
  EXPECT_EQ(offset(dublin, "2040-12-01T00:00Z"), 0);
  // Nuuk's rule times are negative (RFC 8536 allows -167h..167h).
  const char* nuuk = "<-02>2<-01>,M3.5.0/-1,M10.5.0/0";
  EXPECT_EQ(offset(nuuk, "2040-07-01T00:00Z"), -60);
  EXPECT_EQ(offset(nuuk, "2040-01-01T00:00Z"), -120);
  // Julian days never count February 29: J60 is March 1, leap year or not;
  // zero-based 59 is February 29 in a leap year.
  EXPECT_EQ(offset("AAA0BBB,J60/0,J300/0", "2040-02-29T12:00Z"), 0);
  EXPECT_EQ(offset("AAA0BBB,J60/0,J300/0", "2040-03-01T12:00Z"), 60);
  EXPECT_EQ(offset("AAA0BBB,59/0,J300/0", "2040-02-29T12:00Z"), 60);
}

TEST(PosixTzTest, MalformedRulesAreRefusedWithThePlace) {
  for (const char* bad :
       {"", "E5", "EST", "EST5EDT,M3.2.0", "EST5EDT,M13.2.0,M11.1.0",
        "EST5EDT,M3.6.0,M11.1.0", "EST5EDT,M3.2.7,M11.1.0", "EST25",
        "EST5EDT,J0,J300", "EST5EDT,M3.2.0/168,M11.1.0", "<+1>1",
        "EST5EDT,M3.2.0,M11.1.0x", "EST5:7"}) {
    EXPECT_FALSE(ParsePosixTz(bad).ok()) << bad;
  }
  EXPECT_EQ(ParsePosixTz("EST5EDT,M3.2.0").status().message(),
            "time zone rule 'EST5EDT,M3.2.0': expected the end date at "
            "character 15");
}

TEST(TimeZoneTest, UnknownAndHostileNamesAreNotFound) {
  EXPECT_EQ(ZoneOffsetAt("Mars/Olympus", 0).status().code(),
            absl::StatusCode::kNotFound);
  EXPECT_EQ(ZoneOffsetAt("../../etc/passwd", 0).status().code(),
            absl::StatusCode::kNotFound);
}

TEST(TemporalValueTest, KindsCompareWithinThemselvesOnly) {
  Value d1 = Value::FromDate(Date{1});
  Value d2 = Value::FromDate(Date{2});
  Value t = Value::FromLocalTime(LocalTime{1});
  EXPECT_EQ(Compare(d1, d2), Comparison::kLess);
  EXPECT_EQ(Compare(d1, t), Comparison::kNull);
  EXPECT_EQ(Equals(d1, t), Ternary::kFalse);
  // Durations have equality but no order.
  Value dur = Value::FromDuration(Duration{1, 0, 0, 0});
  EXPECT_EQ(Equals(dur, dur), Ternary::kTrue);
  EXPECT_EQ(Compare(dur, dur), Comparison::kNull);
  // ORDER BY: datetime < localdatetime < date < time < localtime < duration
  // < string.
  EXPECT_LT(OrderCompare(d1, t), 0);
  EXPECT_LT(OrderCompare(t, dur), 0);
  EXPECT_LT(OrderCompare(dur, Value::String("")), 0);
}

TEST(TemporalValueTest, TimesCompareByInstantAndEqualOnlyWithTheSameOffset) {
  Value noon_plus1 = Value::FromTime(Time{12 * 3600 * kNanosPerSecond, 3600});
  Value eleven_z = Value::FromTime(Time{11 * 3600 * kNanosPerSecond, 0});
  Value noon_z = Value::FromTime(Time{12 * 3600 * kNanosPerSecond, 0});
  EXPECT_EQ(Compare(noon_plus1, noon_z), Comparison::kLess);
  EXPECT_EQ(Equals(noon_plus1, eleven_z), Ternary::kFalse);
  EXPECT_NE(OrderCompare(noon_plus1, eleven_z), 0);
  EXPECT_EQ(HashValue(noon_z),
            HashValue(Value::FromTime(Time{12 * 3600 * kNanosPerSecond, 0})));
}

TEST(TemporalValueTest, PropertiesSurviveASnapshot) {
  Graph g;
  NodeId n = g.AddNode();
  const Value values[] = {
      Value::FromDate(Date{-5}),
      Value::FromLocalTime(LocalTime{5}),
      Value::FromTime(Time{7, -3600}),
      Value::FromLocalDateTime(LocalDateTime{-86401, 999999999}),
      Value::FromDateTime(
          *ParseDateTime("2017-08-08T12:31:14[Europe/Stockholm]")),
      Value::FromDuration(Duration{-1, 2, -3, 4}),
      Value::List({Value::FromDate(Date{1}), Value::FromDate(Date{2})}),
  };
  for (size_t i = 0; i < std::size(values); ++i) {
    ASSERT_TRUE(
        g.SetProperty(n, g.InternKey("p" + std::to_string(i)), values[i]).ok());
  }
  absl::StatusOr<Graph> back = DecodeSnapshot(EncodeSnapshot(g));
  ASSERT_TRUE(back.ok()) << back.status();
  for (size_t i = 0; i < std::size(values); ++i) {
    const Value* v = back->Property(n, g.InternKey("p" + std::to_string(i)));
    ASSERT_NE(v, nullptr);
    EXPECT_EQ(Equals(*v, values[i]), Ternary::kTrue) << values[i].ToString();
  }
}

}  // namespace
}  // namespace kg
