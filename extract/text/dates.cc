#include "extract/text/dates.h"

#include <array>
#include <cctype>
#include <cstdio>
#include <utility>

namespace kg {
namespace {

// A token: a run of ASCII letters and digits, or one other character (ASCII
// punctuation, or a whole UTF-8 sequence), with its byte range.
struct Token {
  size_t begin = 0;
  size_t end = 0;
  std::string_view text;
  bool word = false;  // letters and digits
};

std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
      ++i;
      continue;
    }
    Token t;
    t.begin = i;
    if (std::isalnum(c)) {
      while (i < text.size() &&
             std::isalnum(static_cast<unsigned char>(text[i]))) {
        ++i;
      }
      t.word = true;
    } else if (c < 0x80) {
      ++i;
    } else {
      ++i;
      while (i < text.size() &&
             (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) {
        ++i;
      }
    }
    t.end = i;
    t.text = text.substr(t.begin, t.end - t.begin);
    tokens.push_back(t);
  }
  return tokens;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  }
  return true;
}

int ToInt(std::string_view digits) {
  int v = 0;
  for (char c : digits) v = v * 10 + (c - '0');
  return v;
}

bool IsDash(std::string_view t) {
  return t == "-" || t == "\u2013" || t == "\u2014" || t == "\u2010" ||
         t == "\u2011" || t == "\u2212";
}

// The calendar's names, in English: a format the date scanner parses, not a
// vocabulary.
constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

constexpr std::array<std::string_view, 7> kWeekdays = {
    "sunday",   "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday"};

class Scanner {
 public:
  Scanner(std::string_view text, const Date& doc, bool future,
          bool two_digit_years)
      : text_(text),
        tokens_(Tokenize(text)),
        doc_(doc),
        future_(future),
        two_digit_years_(two_digit_years) {
    // Each token lowered once: the matchers ask for it many times.
    lower_.reserve(tokens_.size());
    for (const Token& t : tokens_) lower_.push_back(AsciiLower(t.text));
  }

  std::vector<DateMention> Run() {
    std::vector<DateMention> out;
    size_t i = 0;
    while (i < tokens_.size()) {
      DateMention m;
      size_t next = Match(i, &m);
      if (next == kNoMatch) {
        ++i;
        continue;
      }
      if (next != kSkip) {
        out.push_back(m);
        i = next;
      } else {
        i = skip_to_;
      }
    }
    return out;
  }

 private:
  static constexpr size_t kNoMatch = static_cast<size_t>(-1);
  static constexpr size_t kSkip = static_cast<size_t>(-2);

  const std::string& Lower(size_t i) const {
    static const std::string* const kEmpty = new std::string;
    return i < lower_.size() ? lower_[i] : *kEmpty;
  }
  bool Is(size_t i, std::string_view lower_word) const {
    return i < tokens_.size() && tokens_[i].word && Lower(i) == lower_word;
  }
  bool IsPunct(size_t i, std::string_view p) const {
    return i < tokens_.size() && tokens_[i].text == p;
  }
  // True when tokens i and i+1 touch (no space between).
  bool Adjacent(size_t i) const {
    return i + 1 < tokens_.size() && tokens_[i].end == tokens_[i + 1].begin;
  }

  // Month 1..12 of a capitalised month name or abbreviation at i; *after is
  // the token after it (past an abbreviation's full stop); *abbrev tells an
  // abbreviation.
  int MonthAt(size_t i, size_t* after, bool* abbrev) const {
    if (i >= tokens_.size() || !tokens_[i].word) return 0;
    std::string_view t = tokens_[i].text;
    // A month in lower case ("nov 17, 2020" in a broken-case dateline) only
    // in a full date: lower-case "may", "march" are other words.
    if (!std::isupper(static_cast<unsigned char>(t[0])) && !FullDateAfter(i)) {
      return 0;
    }
    const std::string& w = Lower(i);
    for (int m = 0; m < 12; ++m) {
      if (w == kMonths[m]) {
        *after = i + 1;
        *abbrev = false;
        return m + 1;
      }
    }
    int month = 0;
    if (w == "sept") {
      month = 9;
    } else if (w.size() == 3 && w != "may") {
      for (int m = 0; m < 12; ++m) {
        if (kMonths[m].substr(0, 3) == w) month = m + 1;
      }
    }
    if (month == 0) return 0;
    *abbrev = true;
    *after = (Adjacent(i) && IsPunct(i + 1, ".")) ? i + 2 : i + 1;
    return month;
  }

  // True when a day, a comma and a four-digit year follow token i (past an
  // abbreviation's full stop): "nov 17, 2020".
  bool FullDateAfter(size_t i) const {
    size_t d = i + 1;
    if (IsPunct(d, ".")) ++d;
    if (d + 2 >= tokens_.size() || !IsPunct(d + 1, ",")) return false;
    auto digits = [&](size_t k, size_t min, size_t max) {
      std::string_view v = tokens_[k].text;
      if (v.size() < min || v.size() > max) return false;
      for (char c : v) {
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
      }
      return true;
    };
    return digits(d, 1, 2) && digits(d + 2, 4, 4);
  }

  // Day of month at i: "6", "06", "6th", "21st"; 0 if none.
  int DayAt(size_t i) const {
    if (i >= tokens_.size() || !tokens_[i].word) return 0;
    const std::string& w = Lower(i);
    size_t n = 0;
    while (n < w.size() && std::isdigit(static_cast<unsigned char>(w[n]))) ++n;
    if (n == 0 || n > 2) return 0;
    std::string_view suffix = std::string_view(w).substr(n);
    if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" &&
        suffix != "th") {
      return 0;
    }
    int d = ToInt(std::string_view(w).substr(0, n));
    if (d < 1 || d > 31) return 0;
    // "30:" is a time, "6.5" a number.
    if (Adjacent(i) && (IsPunct(i + 1, ":") || IsPunct(i + 1, "."))) {
      if (i + 2 < tokens_.size() && tokens_[i + 2].word &&
          IsDigits(tokens_[i + 2].text) && Adjacent(i + 1)) {
        return 0;
      }
    }
    return d;
  }

  // A year at i: four digits 1000..2999, or (for mail dates) two digits.
  int YearAt(size_t i) const {
    if (i >= tokens_.size() || !tokens_[i].word) return 0;
    std::string_view t = tokens_[i].text;
    if (!IsDigits(t)) return 0;
    if (Adjacent(i) && IsPunct(i + 1, ":")) return 0;  // a time
    if (t.size() == 4) {
      int y = ToInt(t);
      return (y >= 1000 && y <= 2999) ? y : 0;
    }
    if (t.size() == 2 && two_digit_years_) {
      int y = ToInt(t);
      return y >= 50 ? 1900 + y : 2000 + y;
    }
    return 0;
  }

  // A full date with a day: checks the day exists in the month.
  static bool ValidDay(int y, int m, int d) {
    return y == 0 || d <= DaysInMonth(y, m);
  }

  void Set(DateMention* m, size_t first, size_t last_exclusive, Date d,
           DateBasis basis) const {
    m->begin = tokens_[first].begin;
    m->end = tokens_[last_exclusive - 1].end;
    m->date = d;
    m->basis = basis;
  }

  // A month/day without a year: the document's year, or unresolved.
  Date WithDocYear(int month, int day) const {
    if (!doc_.known()) return Date{};
    return Date{doc_.year, month, day};
  }

  // "last year", "next year", "this year" at k: the year it names from the
  // document's (-1, +1, 0) in *delta, and the token after it; k itself when
  // none follows.
  size_t YearWordAt(size_t k, int* delta) const {
    if (k + 1 >= tokens_.size() || !Is(k + 1, "year")) return k;
    if (Is(k, "last")) {
      *delta = -1;
    } else if (Is(k, "next")) {
      *delta = 1;
    } else if (Is(k, "this")) {
      *delta = 0;
    } else {
      return k;
    }
    return k + 2;
  }

  // "November 24 last year": a month/day and the year named from the
  // document's; `after` is the token after the day. Returns the end, or
  // kNoMatch when no year word follows or the document has no date.
  size_t WithYearWord(size_t first, size_t after, int month, int day,
                      DateMention* m) const {
    int delta = 0;
    size_t end = YearWordAt(after, &delta);
    if (end == after || !doc_.known()) return kNoMatch;
    const int year = doc_.year + delta;
    if (day != 0 && !ValidDay(year, month, day)) return kNoMatch;
    Set(m, first, end, Date{year, month, day}, DateBasis::kText);
    return end;
  }

  // Where a date expression starts once its modifiers are counted:
  // "late September", "Earlier in April", "earlier on Tuesday", "mid-July".
  size_t ModifiedStart(size_t i) const {
    if (i >= 2 && IsDash(tokens_[i - 1].text) && Is(i - 2, "mid")) return i - 2;
    if (i >= 1 &&
        (Is(i - 1, "early") || Is(i - 1, "late") || Is(i - 1, "mid") ||
         Is(i - 1, "last") || Is(i - 1, "next") || Is(i - 1, "this"))) {
      return i - 1;
    }
    if (i >= 2 && (Is(i - 1, "in") || Is(i - 1, "on")) &&
        (Is(i - 2, "earlier") || Is(i - 2, "later"))) {
      return i - 2;
    }
    return i;
  }

  size_t Match(size_t i, DateMention* m) {
    if (size_t n = MatchIso(i, m); n != kNoMatch) return n;
    if (size_t n = MatchNumeric(i, m); n != kNoMatch) return n;
    if (size_t n = MatchYearRange(i); n != kNoMatch) return n;
    if (size_t n = MatchDayMonth(i, m); n != kNoMatch) return n;
    if (size_t n = MatchMonthFirst(i, m); n != kNoMatch) return n;
    if (size_t n = MatchYear(i, m); n != kNoMatch) return n;
    if (size_t n = MatchRelative(i, m); n != kNoMatch) return n;
    return MatchWeekday(i, m);
  }

  // 2022-10-06, 2022-10.
  size_t MatchIso(size_t i, DateMention* m) {
    if (i + 2 >= tokens_.size() || !IsDigits(tokens_[i].text) ||
        tokens_[i].text.size() != 4 || !Adjacent(i) || !IsPunct(i + 1, "-") ||
        !Adjacent(i + 1) || !IsDigits(tokens_[i + 2].text) ||
        tokens_[i + 2].text.size() != 2) {
      return kNoMatch;
    }
    size_t end = i + 3;
    std::string iso(
        text_.substr(tokens_[i].begin, tokens_[i + 2].end - tokens_[i].begin));
    if (Adjacent(i + 2) && IsPunct(i + 3, "-") && i + 4 < tokens_.size() &&
        Adjacent(i + 3) && IsDigits(tokens_[i + 4].text) &&
        tokens_[i + 4].text.size() == 2) {
      iso = std::string(text_.substr(tokens_[i].begin,
                                     tokens_[i + 4].end - tokens_[i].begin));
      end = i + 5;
    }
    std::optional<Date> d = ParseIsoDate(iso);
    if (!d) return kNoMatch;
    Set(m, i, end, *d, DateBasis::kText);
    return end;
  }

  // "9/24/92", "24/9/1992": a day written in numbers and slashes, the
  // month first as in American usage unless the first number cannot be a
  // month. A two-digit year is of the last century from 50 on.
  size_t MatchNumeric(size_t i, DateMention* m) {
    if (i + 4 >= tokens_.size()) return kNoMatch;
    for (size_t k = i; k < i + 4; ++k) {
      if (!Adjacent(k)) return kNoMatch;
    }
    if (!IsDigits(tokens_[i].text) || !IsPunct(i + 1, "/") ||
        !IsDigits(tokens_[i + 2].text) || !IsPunct(i + 3, "/") ||
        !IsDigits(tokens_[i + 4].text)) {
      return kNoMatch;
    }
    // "1/2/3/4" is no date.
    if (i + 5 < tokens_.size() && Adjacent(i + 4) && IsPunct(i + 5, "/")) {
      return kNoMatch;
    }
    if (i > 0 && Adjacent(i - 1) && IsPunct(i - 1, "/")) return kNoMatch;
    const std::string_view a = tokens_[i].text, b = tokens_[i + 2].text,
                           c = tokens_[i + 4].text;
    if (a.size() > 2 || b.size() > 2 || (c.size() != 2 && c.size() != 4)) {
      return kNoMatch;
    }
    int month = ToInt(a), day = ToInt(b);
    if (month > 12) std::swap(month, day);
    int year = ToInt(c);
    if (c.size() == 2) year += year >= 50 ? 1900 : 2000;
    if (month < 1 || month > 12 || day < 1 || year < 1000 ||
        !ValidDay(year, month, day) || day > 31) {
      return kNoMatch;
    }
    Set(m, i, i + 5, Date{year, month, day}, DateBasis::kText);
    return i + 5;
  }

  // "2024-2026", "2024–26": a span of years, not an event's date.
  size_t MatchYearRange(size_t i) {
    if (YearAt(i) == 0 || i + 2 >= tokens_.size() ||
        !IsDash(tokens_[i + 1].text) || !IsDigits(tokens_[i + 2].text)) {
      return kNoMatch;
    }
    size_t len = tokens_[i + 2].text.size();
    if (len != 2 && len != 4) return kNoMatch;
    skip_to_ = i + 3;
    return kSkip;
  }

  // "6 October 2022", "06th October, 2022", "6 October", "8 Apr 93".
  size_t MatchDayMonth(size_t i, DateMention* m) {
    int day = DayAt(i);
    if (day == 0) return kNoMatch;
    size_t j = i + 1;
    if (Is(j, "of")) ++j;
    size_t after;
    bool abbrev;
    int month = MonthAt(j, &after, &abbrev);
    if (month == 0) return kNoMatch;
    size_t k = after;
    if (IsPunct(k, ",")) ++k;
    if (int year = YearAt(k); year != 0) {
      if (!ValidDay(year, month, day)) return kNoMatch;
      Set(m, i, k + 1, Date{year, month, day}, DateBasis::kText);
      return k + 1;
    }
    if (size_t end = WithYearWord(i, after, month, day, m); end != kNoMatch) {
      return end;
    }
    Date d = WithDocYear(month, day);
    if (d.known() && !ValidDay(d.year, month, day)) return kNoMatch;
    Set(m, i, after, d, DateBasis::kDocument);
    return after;
  }

  // "October 6, 2022", "October 6", "Sept. 21", "July 2022", "In July".
  size_t MatchMonthFirst(size_t i, DateMention* m) {
    size_t after;
    bool abbrev;
    int month = MonthAt(i, &after, &abbrev);
    if (month == 0) return kNoMatch;
    if (int day = DayAt(after); day != 0) {
      size_t k = after + 1;
      if (IsPunct(k, ",")) ++k;
      if (int year = YearAt(k); year != 0) {
        if (!ValidDay(year, month, day)) return kNoMatch;
        Set(m, i, k + 1, Date{year, month, day}, DateBasis::kText);
        return k + 1;
      }
      if (size_t end = WithYearWord(i, after + 1, month, day, m);
          end != kNoMatch) {
        return end;
      }
      Date d = WithDocYear(month, day);
      if (d.known() && !ValidDay(d.year, month, day)) return kNoMatch;
      Set(m, i, after + 1, d, DateBasis::kDocument);
      return after + 1;
    }
    size_t k = after;
    // "July 2022", "July, 2022", "October of 1997".
    if (IsPunct(k, ",") || (Is(k, "of") && k + 1 < tokens_.size() &&
                            tokens_[k + 1].text.size() == 4)) {
      ++k;
    }
    if (int year = YearAt(k); year != 0) {
      Set(m, ModifiedStart(i), k + 1, Date{year, month, 0}, DateBasis::kText);
      return k + 1;
    }
    // A bare month name ("May", "March" are verbs too) counts only after a
    // word that introduces a time.
    size_t start = ModifiedStart(i);
    bool introduced = start != i;
    for (std::string_view w :
         {"in", "since", "during", "of", "from", "until"}) {
      if (i >= 1 && Is(i - 1, w)) introduced = true;
    }
    if (!introduced || abbrev) return kNoMatch;
    Date d = WithDocYear(month, 0);
    if (d.known() && (Is(i - 1, "last") || Is(i - 1, "next"))) {
      bool last = Is(i - 1, "last");
      if (last && month >= doc_.month && doc_.month != 0) --d.year;
      if (!last && month <= doc_.month) ++d.year;
    }
    Set(m, start, after, d, DateBasis::kDocument);
    return after;
  }

  // "in 2014", "since 2016", "the end of 2025".
  size_t MatchYear(size_t i, DateMention* m) {
    if (i == 0 || tokens_[i].text.size() != 4) return kNoMatch;
    int year = YearAt(i);
    if (year < 1900 || year > 2100) return kNoMatch;
    size_t start = ModifiedStart(i);
    bool introduced = start != i && !Is(start, "next") && !Is(start, "last");
    for (std::string_view w : {"in", "since", "during", "of", "year", "spring",
                               "summer", "autumn", "fall", "winter"}) {
      if (Is(i - 1, w)) introduced = true;
    }
    if (!introduced) return kNoMatch;
    Set(m, start, i + 1, Date{year, 0, 0}, DateBasis::kText);
    return i + 1;
  }

  size_t MatchRelative(size_t i, DateMention* m) {
    const Date& d = doc_;
    auto emit = [&](size_t n, Date date) {
      Set(m, i, i + n, date, DateBasis::kDocument);
      return i + n;
    };
    auto shift_day = [&](int days) {
      return d.has_day() ? AddDays(d, days) : Date{};
    };
    auto month_of = [&](int delta) {
      if (d.month == 0) return Date{};
      int index = d.year * 12 + (d.month - 1) + delta;
      return Date{index / 12, index % 12 + 1, 0};
    };
    auto year_of = [&](int delta) {
      return d.known() ? Date{d.year + delta, 0, 0} : Date{};
    };
    if (Is(i, "today") || Is(i, "tonight")) return emit(1, d);
    if (Is(i, "yesterday")) return emit(1, shift_day(-1));
    if (Is(i, "tomorrow")) return emit(1, shift_day(1));
    bool earlier_later = Is(i, "earlier") || Is(i, "later");
    if (earlier_later && Is(i + 1, "today")) return emit(2, d);
    if (earlier_later && Is(i + 1, "in") && Is(i + 2, "the") &&
        Is(i + 3, "day")) {
      return emit(4, d);
    }
    size_t t = earlier_later ? i + 1 : i;
    size_t n = t - i + 2;
    if (Is(t, "this")) {
      if (Is(t + 1, "morning") || Is(t + 1, "afternoon") ||
          Is(t + 1, "evening")) {
        return emit(n, d);
      }
      if (Is(t + 1, "month")) return emit(n, month_of(0));
      if (Is(t + 1, "year")) return emit(n, year_of(0));
    }
    if (earlier_later) return kNoMatch;
    if (Is(i, "last") || Is(i, "next")) {
      int delta = Is(i, "last") ? -1 : 1;
      if (Is(i + 1, "month")) return emit(2, month_of(delta));
      if (Is(i + 1, "year")) return emit(2, year_of(delta));
    }
    return kNoMatch;
  }

  // "on Tuesday", "said Wednesday", "last Friday", "earlier on Tuesday".
  size_t MatchWeekday(size_t i, DateMention* m) {
    if (i >= tokens_.size() || !tokens_[i].word) return kNoMatch;
    const std::string& w = Lower(i);
    int target = -1;
    for (int k = 0; k < 7; ++k) {
      if (w == kWeekdays[k]) target = k;
    }
    if (target < 0) return kNoMatch;
    size_t start = ModifiedStart(i);
    Date date;
    if (doc_.has_day()) {
      int wd = Weekday(doc_);
      bool forward = future_ || Is(i - 1, "next");
      if (i >= 1 && Is(i - 1, "last")) forward = false;
      if (forward) {
        int delta = (target - wd + 7) % 7;
        if (delta == 0 && Is(i - 1, "next")) delta = 7;
        date = AddDays(doc_, delta);
      } else {
        int delta = (wd - target + 7) % 7;
        if (delta == 0 && Is(i - 1, "last")) delta = 7;
        date = AddDays(doc_, -delta);
      }
    }
    Set(m, start, i + 1, date, DateBasis::kDocument);
    return i + 1;
  }

  std::string_view text_;
  std::vector<Token> tokens_;
  std::vector<std::string> lower_;  // tokens_[i].text in ASCII lower case
  Date doc_;
  bool future_;
  bool two_digit_years_;
  size_t skip_to_ = 0;
};

}  // namespace

std::vector<DateMention> FindDates(std::string_view text,
                                   const Date& document_date, bool future) {
  return Scanner(text, document_date, future, /*two_digit_years=*/false).Run();
}

std::optional<Date> ParseWrittenDate(std::string_view text) {
  for (const DateMention& m :
       Scanner(text, Date{}, false, /*two_digit_years=*/true).Run()) {
    if (m.basis == DateBasis::kText && m.date.known()) return m.date;
  }
  return std::nullopt;
}

}  // namespace kg
