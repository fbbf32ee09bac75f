// Dates in news text: calendar arithmetic and the date expressions a reader
// resolves against the article's own date.
//
// A Date is as precise as its source allows: a year alone, a year and month,
// or a full day; a field is 0 when unknown, and a month is known only with a
// year, a day only with a month. ToIso() writes the ISO 8601 form the gold
// annotations use ("2022", "2022-10", "2022-10-06").
//
// FindDates() scans text for date expressions ("06th October, 2022", "in
// 2014", "In July", "earlier this month", "on Tuesday", "2022-10-06") and
// resolves each as far as the text and the document date allow: a month or
// day without a year takes the document's year; a weekday is the nearest such
// day on or before the document date (on or after it for a future event);
// "yesterday" needs a document day. A mention whose year is not known is still
// reported, with an empty date. Ranges ("2024-2026", "through 2028", "by
// 2030") and vague times ("recently", "in eight years") are not dates of an
// event and are left out. Everything here is a pure function of its arguments.
#ifndef KG_EXTRACT_TEXT_DATES_H_
#define KG_EXTRACT_TEXT_DATES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

struct Date {
  int year = 0;   // 0: unknown (then month and day are 0 too)
  int month = 0;  // 1..12, 0: unknown
  int day = 0;    // 1..31, 0: unknown

  bool known() const { return year != 0; }
  bool has_day() const { return day != 0; }
  // "YYYY", "YYYY-MM" or "YYYY-MM-DD"; "" when the year is unknown.
  std::string ToIso() const;
  friend bool operator==(const Date&, const Date&) = default;
};

// Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" (a real calendar day, year
// 1..9999); nullopt for anything else, including "" and trailing text.
std::optional<Date> ParseIsoDate(std::string_view iso);

// Proleptic Gregorian calendar.
bool IsLeapYear(int year);
int DaysInMonth(int year, int month);  // REQUIRES: 1 <= month <= 12
// Days since 1970-01-01 of a full date (negative before).
int64_t DaysFromCivil(int year, int month, int day);
Date CivilFromDays(int64_t days);
// 0 = Sunday .. 6 = Saturday. REQUIRES: a full date.
int Weekday(const Date& date);
// `date` moved by `days`. REQUIRES: a full date.
Date AddDays(const Date& date, int days);

// Where a resolved date's year comes from.
enum class DateBasis {
  kText,      // the expression gives the year ("October 6, 2022", "in 2014")
  kDocument,  // the year (or the whole date) comes from the document date
};

struct DateMention {
  size_t begin = 0;  // byte range of the expression in the scanned text
  size_t end = 0;
  Date date;  // empty when no year is known
  DateBasis basis = DateBasis::kText;
};

// Every date expression in `text`, in text order, without overlaps.
// `document_date` may be empty or partial; `future` says the expressions
// speak of what is to come, so a bare weekday looks forward.
std::vector<DateMention> FindDates(std::string_view text,
                                   const Date& document_date, bool future);

// The first date in `text` that gives its own year ("06th October, 2022",
// "Mon, 5 Apr 1993 18:35:05 GMT", "8 Apr 93 22:50:09 GMT"): how a dateline
// or a mail header dates its document. Two-digit years are read as 1950..2049.
std::optional<Date> ParseWrittenDate(std::string_view text);

// Whether two ISO dates ("2018", "2018-04", "2018-04-13") may name one day:
// one is empty, or one is the other at a lower precision ("2018-04" and
// "2018-04-13").
bool DatesCompatible(std::string_view a, std::string_view b);

}  // namespace kg

#endif  // KG_EXTRACT_TEXT_DATES_H_
