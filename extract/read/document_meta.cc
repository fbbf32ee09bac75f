#include "extract/read/document_meta.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include "extract/data/lexicon.h"
#include "extract/read/boilerplate.h"
#include "extract/text/strings.h"
#include "re2/re2.h"

namespace kg {
namespace {

// Only the start of a line can hold a dateline.
constexpr size_t kDatelineWindow = 300;
// How many non-empty lines after the title may hold the dateline.
constexpr int kDatelineLines = 4;
// How much of the body's opening may hold the article's date when no
// dateline gives it.
constexpr size_t kOpeningBytes = 600;
// A copyright line with its year.
const LazyRE2 kCopyright = {
    R"((?i)(?:copyright|\(c\)|©)\s*(?:©\s*)?((?:19|20)\d\d)\b)"};
// A short line under the headline may carry the date ("October 6, 2022").
constexpr size_t kDateLineBytes = 80;

// Trims spaces and the dashes, commas and slashes that join a credit to a
// date ("Sputnik - ").
std::string_view TrimJoiners(std::string_view s) {
  s = TrimView(s);
  for (;;) {
    if (s.ends_with(",") || s.ends_with("-") || s.ends_with("/") ||
        s.ends_with(".")) {
      s.remove_suffix(1);
    } else if (s.ends_with("\u2013") || s.ends_with("\u2014")) {
      s.remove_suffix(3);
    } else {
      break;
    }
    s = TrimView(s);
  }
  return s;
}

struct Line {
  size_t begin;  // offset in the text
  size_t end;    // offset of its '\n' (or the text's end)
};

std::vector<Line> SplitLines(std::string_view text) {
  std::vector<Line> lines;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    lines.push_back({pos, nl});
    if (nl == text.size()) break;
    pos = nl + 1;
  }
  return lines;
}

bool HasLowerAscii(std::string_view s) {
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return true;
  }
  return false;
}

bool IsLexiconType(const Lexicon* lexicon, std::string_view name,
                   EntryType type, std::string_view kind,
                   std::string* canonical) {
  if (lexicon == nullptr) return false;
  for (const Entry* e : lexicon->Lookup(name)) {
    if (e->type == type && (kind.empty() || e->kind == kind)) {
      if (canonical) *canonical = e->name;
      return true;
    }
  }
  return false;
}

// Mail and Usenet header names that open a message: the field names of
// RFC 5322 and RFC 1036, a format's, not a vocabulary (which is why they
// are not a lexicon file).
bool IsHeaderName(std::string_view name) {
  static constexpr std::array<std::string_view, 24> kNames = {
      "from",         "subject",     "newsgroups",   "path",
      "date",         "message-id",  "organization", "lines",
      "xref",         "sender",      "reply-to",     "nntp-posting-host",
      "article-i.d.", "summary",     "keywords",     "distribution",
      "expires",      "references",  "to",           "cc",
      "in-reply-to",  "followup-to", "approved",     "originator"};
  std::string lower(name);
  for (char& c : lower) c = static_cast<char>(std::tolower(c));
  if (lower.starts_with("x-")) return true;
  for (std::string_view n : kNames) {
    if (lower == n) return true;
  }
  return false;
}

// "Name: value" with a known header name; *name and *value set.
bool SplitHeader(std::string_view line, std::string_view* name,
                 std::string_view* value, bool any_name) {
  size_t colon = line.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 40) {
    return false;
  }
  *name = line.substr(0, colon);
  for (char c : *name) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '.') {
      return false;
    }
  }
  *value = TrimView(line.substr(colon + 1));
  return any_name || IsHeaderName(*name);
}

// Rebuilds the text with the marked lines emptied.
void BlankLines(Document* doc, const std::vector<Line>& lines,
                const std::vector<bool>& drop) {
  if (std::find(drop.begin(), drop.end(), true) == drop.end()) return;
  std::string out;
  out.reserve(doc->text.size());
  for (size_t i = 0; i < lines.size(); ++i) {
    if (!drop[i]) {
      out.append(doc->text, lines[i].begin, lines[i].end - lines[i].begin);
    } else {
      ++doc->dropped_lines;
    }
    if (lines[i].end < doc->text.size()) out.push_back('\n');
  }
  doc->text = std::move(out);
}

struct HeaderInfo {
  std::string subject;
  std::string date;
};

// Marks a header block at the top of the text; the number of its lines, 0
// when there was none.
size_t MarkHeaderBlock(std::string_view text, const std::vector<Line>& lines,
                       std::vector<bool>* drop, HeaderInfo* info) {
  size_t n = 0;
  int headers = 0;
  bool opening = false;
  for (; n < lines.size(); ++n) {
    std::string_view line =
        text.substr(lines[n].begin, lines[n].end - lines[n].begin);
    if (TrimView(line).empty()) break;
    std::string_view name, value;
    // The first header must be one kg knows; after it, any "Name: value".
    if (SplitHeader(line, &name, &value, /*any_name=*/headers > 0)) {
      ++headers;
      std::string lower(name);
      for (char& c : lower) c = static_cast<char>(std::tolower(c));
      if (lower == "from" || lower == "subject" || lower == "newsgroups" ||
          lower == "path" || lower == "message-id") {
        opening = true;
      }
      if (lower == "subject" && info->subject.empty()) {
        info->subject = std::string(value);
      }
      if (lower == "date" && info->date.empty()) {
        if (auto d = ParseWrittenDate(value)) info->date = d->ToIso();
      }
    } else if (line[0] == ' ' || line[0] == '\t') {
      // A folded header line; spools may even start with the tail of one.
      continue;
    } else {
      break;
    }
  }
  if (headers < 2 || !opening) {
    *info = HeaderInfo{};
    return 0;
  }
  // The author's line and the organization's stay: they name a person and
  // where they work, as the message shows them ("From: jd@host (Jane
  // Doe)", "Organization: NASA Lewis Research Center / Cleveland, Ohio").
  bool keep = false;  // a folded line goes with its header
  for (size_t i = 0; i < n; ++i) {
    std::string_view line =
        text.substr(lines[i].begin, lines[i].end - lines[i].begin);
    std::string_view name, value;
    if (SplitHeader(line, &name, &value, /*any_name=*/true)) {
      std::string lower(name);
      for (char& c : lower) c = static_cast<char>(std::tolower(c));
      keep = lower == "from" || lower == "organization";
    }
    (*drop)[i] = !keep;
  }
  return n;
}

// Whether `s` opens with a word that opens sentences ("The crew",
// lexicon/sentence_starters.txt).
bool StartsWithSentenceStarter(std::string_view s, const Lexicon* lexicon) {
  return lexicon != nullptr &&
         lexicon->IsSentenceStarter(s.substr(0, s.find(' ')));
}

}  // namespace

bool IsOutletName(std::string_view name, const Lexicon* lexicon,
                  std::string* canonical) {
  name = TrimView(name);
  if (name.empty() || name.size() > 60) return false;
  if (IsLexiconType(lexicon, name, EntryType::kOrganization, "media",
                    canonical)) {
    return true;
  }
  // A name that the lexicon gives as something else ("Roscosmos", "NASA")
  // is not an outlet, whatever its shape.
  if (lexicon != nullptr && !lexicon->Lookup(name).empty()) return false;
  // The shape: a last word that ends outlets' names, or a domain ending
  // of a one-word name (lexicon/outlet_words.txt).
  if (lexicon == nullptr) return false;
  size_t words = 1;
  for (char c : name) words += c == ' ';
  if (words > 6) return false;
  size_t last_space = name.rfind(' ');
  std::string_view last =
      last_space == std::string_view::npos ? name : name.substr(last_space + 1);
  bool shaped = lexicon->IsOutletWord(last);
  for (const std::string& domain : lexicon->outlet_domains()) {
    shaped = shaped || (words == 1 && name.ends_with(domain));
  }
  if (!shaped) return false;
  if (canonical) *canonical = std::string(name);
  return true;
}

std::string StripTitleOutlet(std::string_view title, const Lexicon* lexicon,
                             std::string* outlet) {
  outlet->clear();
  size_t best = std::string_view::npos;
  size_t sep_len = 0;
  for (std::string_view sep : {" \u2014 ", " \u2013 ", " - ", " | "}) {
    size_t at = title.rfind(sep);
    if (at != std::string_view::npos &&
        (best == std::string_view::npos || at > best)) {
      best = at;
      sep_len = sep.size();
    }
  }
  if (best == std::string_view::npos || best == 0) return std::string(title);
  std::string_view suffix = title.substr(best + sep_len);
  std::string name;
  // The outlet is reported as written; the lexicon only recognises it.
  if (!IsOutletName(suffix, lexicon, &name)) return std::string(title);
  *outlet = std::string(TrimView(suffix));
  return std::string(TrimView(title.substr(0, best)));
}

// An article's date from its opening when no header, dateline or dated line
// gave one: the first full date with its own year near the top ("Thursday,
// June 26, 1997"). A month and day without a year ("March 14") gives none:
// the years a text mentions are mostly of its background, and a wrong year
// is worse than none, unless a copyright line gives the publication's year.
std::string OpeningDate(std::string_view text, size_t body_offset,
                        int copyright_year) {
  // The headline and the lines around it count: a feed may put the date
  // first ("Monday, 30 April 2001 | World").
  const std::string_view top = text.substr(0, body_offset + kOpeningBytes);
  std::vector<DateMention> dates = FindDates(top, Date{}, false);
  for (const DateMention& d : dates) {
    if (d.basis == DateBasis::kText && d.date.has_day()) return d.date.ToIso();
  }
  if (copyright_year == 0) return "";
  for (const DateMention& d : dates) {
    if (d.date.known()) continue;
    // The month and day again, in the copyright's year.
    std::vector<DateMention> again =
        FindDates(top.substr(d.begin), Date{copyright_year, 1, 1}, false);
    if (!again.empty() && again[0].date.has_day()) {
      return again[0].date.ToIso();
    }
    break;
  }
  return "";
}

std::optional<Dateline> ParseDateline(std::string_view line,
                                      const Lexicon* lexicon) {
  line = TrimView(line.substr(0, kDatelineWindow));
  // PLACE[, extra[, extra]] (credit) [dash]
  static const RE2 kCredit(
      R"(^(\p{Lu}[\pL.'’-]*(?: [\pL.'’-]+){0,4})((?:, [^(),/]{1,30}){0,2})\s*\(([^()]{1,100})\)\s*([-–—:]\s|))");
  // PLACE, date. /OUTLET/.
  static const RE2 kSlashed(
      R"(^(\p{Lu}[\p{Lu}.'’ -]{1,40}?), ([^/]{1,40}?)\s*/([^/]{1,40})/)");
  // PLACE[, extra] dash
  static const RE2 kDash(
      R"(^(\p{Lu}[\p{Lu}.'’ -]{1,40}?)((?:, [^,—–-]{1,30}){0,2}) [-–—]+ )");
  // Each form opens with a capital and needs its mark: "(", "/" or a dash.
  // Most lines have neither, and the expressions' captures are not cheap.
  if (line.empty() || (static_cast<unsigned char>(line[0]) < 0x80 &&
                       !std::isupper(static_cast<unsigned char>(line[0])))) {
    return std::nullopt;
  }
  const bool paren = line.find('(') != std::string_view::npos;
  const bool slash = line.find('/') != std::string_view::npos;
  const bool dashed = line.find('-') != std::string_view::npos ||
                      line.find("\u2013") != std::string_view::npos ||
                      line.find("\u2014") != std::string_view::npos;
  re2::StringPiece input(line.data(), line.size());
  std::string place, extra, credit, dash, date_text;
  Dateline d;
  if (paren &&
      RE2::PartialMatch(input, kCredit, &place, &extra, &credit, &dash)) {
    if (dash.empty() && HasLowerAscii(place)) return std::nullopt;
    // A credit is a name ("Sputnik", "AP"), a place is not a sentence's
    // opening word: "The crew (three people) - all safe" is no dateline.
    if (!std::isupper(static_cast<unsigned char>(credit[0])) ||
        StartsWithSentenceStarter(place, lexicon)) {
      return std::nullopt;
    }
    std::vector<DateMention> dates = FindDates(credit, Date{}, false);
    std::string_view outlet = credit;
    if (!dates.empty()) {
      outlet = std::string_view(credit).substr(0, dates[0].begin);
      if (dates[0].basis == DateBasis::kText) d.date = dates[0].date;
    }
    if (!d.date.known()) {
      if (auto written = ParseWrittenDate(extra)) d.date = *written;
    }
    outlet = TrimJoiners(outlet);
    if (!IsOutletName(outlet, lexicon, &d.outlet)) d.outlet = outlet;
  } else if (slash &&
             RE2::PartialMatch(input, kSlashed, &place, &date_text, &credit)) {
    if (auto written = ParseWrittenDate(date_text)) d.date = *written;
    if (!IsOutletName(credit, lexicon, &d.outlet)) {
      d.outlet = std::string(TrimView(credit));
    }
  } else if (dashed && RE2::PartialMatch(input, kDash, &place, &extra)) {
    if (HasLowerAscii(place) || place.size() < 3) return std::nullopt;
    std::string unused;
    if (IsLexiconType(lexicon, TrimView(place), EntryType::kAgency, "",
                      &unused) ||
        IsLexiconType(lexicon, TrimView(place), EntryType::kOrganization, "",
                      &unused)) {
      return std::nullopt;
    }
    if (auto written = ParseWrittenDate(extra)) d.date = *written;
  } else {
    return std::nullopt;
  }
  d.place = std::string(TrimView(place));
  if (d.place.empty()) return std::nullopt;
  return d;
}

namespace {

// The lines between the title and the body: crumbs to drop, the dateline,
// a dated line.
struct Head {
  std::optional<Dateline> dateline;
  Date date;
};

Head ScanHead(std::string_view text, const std::vector<Line>& lines,
              size_t first, bool after_title, const Lexicon* lexicon,
              std::vector<bool>* drop) {
  Head head;
  int seen = 0;
  bool in_head = true;
  for (size_t i = first; i < lines.size() && seen < kDatelineLines; ++i) {
    std::string_view t =
        TrimView(text.substr(lines[i].begin, lines[i].end - lines[i].begin));
    if ((*drop)[i] || t.empty()) continue;
    ++seen;
    // Section crumbs under a title: "Space - Sputnik International".
    if (after_title && t.size() <= 60) {
      std::string outlet;
      std::string crumb = StripTitleOutlet(t, lexicon, &outlet);
      if (!outlet.empty() && std::count(crumb.begin(), crumb.end(), ' ') < 3) {
        (*drop)[i] = true;
        continue;
      }
    }
    if (!head.dateline) head.dateline = ParseDateline(t, lexicon);
    // Short lines before the first paragraph: "October 6, 2022 12:00".
    if (t.size() > kDateLineBytes) in_head = false;
    if (in_head && !head.date.known()) {
      auto written = ParseWrittenDate(t);
      if (written && written->month != 0) head.date = *written;
    }
  }
  return head;
}

}  // namespace

void AnalyzeDocument(Document* doc, const ReadOptions& options) {
  std::vector<Line> lines = SplitLines(doc->text);
  std::vector<bool> drop(lines.size(), false);
  auto line_text = [&](size_t i) {
    return std::string_view(doc->text).substr(lines[i].begin,
                                              lines[i].end - lines[i].begin);
  };

  HeaderInfo header;
  const size_t header_lines = MarkHeaderBlock(doc->text, lines, &drop, &header);
  doc->message = header_lines > 0;
  if (options.boilerplate != nullptr) {
    for (size_t i = 0; i < lines.size(); ++i) {
      if (!drop[i] && options.boilerplate->Matches(line_text(i))) {
        drop[i] = true;
      }
    }
  }

  // The title line: the first kept, non-empty line, unless a mail header
  // gave the title; a title given (JSON) is looked for there too.
  size_t first = lines.size();
  for (size_t i = header_lines; i < lines.size() && first == lines.size();
       ++i) {
    if (!drop[i] && !TrimView(line_text(i)).empty()) first = i;
  }
  if (doc->title.empty()) doc->title = CollapseWhiteSpace(header.subject);
  std::string title_outlet;
  size_t title_line = lines.size();
  if (first < lines.size() && header.subject.empty()) {
    std::string_view t = TrimView(line_text(first));
    if (t.size() <= kMaxTitleBytes) {
      std::string stripped =
          StripTitleOutlet(t, options.lexicon, &title_outlet);
      if (doc->title.empty()) doc->title = stripped;
      if (doc->title == stripped || doc->title == t) {
        title_line = first;
      } else {
        title_outlet.clear();  // the given title is not this line
      }
    }
  }
  size_t body_line = title_line < lines.size() ? title_line + 1 : first;

  Head head = ScanHead(doc->text, lines, body_line, title_line < lines.size(),
                       options.lexicon, &drop);

  // The year of a copyright line ("Copyright 1995 Reuters Limited."), the
  // publication's year, before boilerplate blanks it.
  int copyright_year = 0;
  {
    std::string year;
    if (RE2::PartialMatch(doc->text, *kCopyright, &year)) {
      copyright_year = std::stoi(year);
    }
  }
  // Blanking keeps every line, so line indexes still find them.
  BlankLines(doc, lines, drop);
  lines = SplitLines(doc->text);
  if (title_line < lines.size()) {
    std::string_view l = line_text(title_line);
    doc->title_offset =
        lines[title_line].begin + (TrimView(l).data() - l.data());
  }
  doc->body_offset =
      body_line < lines.size() ? lines[body_line].begin : doc->text.size();
  doc->header_end = header_lines < lines.size() ? lines[header_lines].begin
                                                : doc->text.size();

  if (head.dateline) doc->dateline = head.dateline->place;
  if (doc->date.empty()) {
    if (!header.date.empty()) {
      doc->date = header.date;
    } else if (head.dateline && head.dateline->date.known()) {
      doc->date = head.dateline->date.ToIso();
    } else if (head.date.known()) {
      doc->date = head.date.ToIso();
    } else {
      doc->date = OpeningDate(std::string_view(doc->text), doc->body_offset,
                              copyright_year);
    }
  }
  if (doc->source.empty()) {
    doc->source = head.dateline && !head.dateline->outlet.empty()
                      ? head.dateline->outlet
                      : title_outlet;
  }
}

}  // namespace kg
