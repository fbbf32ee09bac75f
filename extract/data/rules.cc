#include "extract/data/rules.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "absl/strings/ascii.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "extract/data/data_dir.h"
#include "extract/text/strings.h"
#include "extract/text/surface_fold.h"

namespace kg {
namespace {

constexpr int kDefaultGap = 6;

const char* const kRelationTypes[] = {
    "WORKS_FOR",   "CREW_OF", "CITIZEN_OF",  "BASED_IN",      "LOCATED_IN",
    "OPERATED_BY", "USES",    "DOCKED_WITH", "LAUNCHED_FROM", "MET_WITH"};

bool IsRelationType(std::string_view op) {
  for (const char* t : kRelationTypes) {
    if (op == t) return true;
  }
  return false;
}

bool IsUpperWord(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (!absl::ascii_isupper(static_cast<unsigned char>(c)) && c != '_') {
      return false;
    }
  }
  return true;
}

}  // namespace

uint32_t ItemClassByName(std::string_view name) {
  static const std::pair<std::string_view, uint32_t> kNames[] = {
      {"ORG", kClsOrg},          {"AGENCY", kClsAgency},
      {"COUNTRY", kClsCountry},  {"DEMONYM", kClsDemonym},
      {"CAPITAL", kClsCapital},  {"PLACE", kClsPlace},
      {"CRAFT", kClsCraft},      {"MISSION", kClsMission},
      {"TITLE", kClsTitle},      {"NAME", kClsName},
      {"PERSON", kClsPerson},    {"WORD", kClsWord},
      {"ENTITY", kClsEntity},    {"NAMES", kClsName | kClsPerson},
      {"MISSIONS", kClsMission}, {"REGION", kClsRegion},
      {"STATION", kClsStation}};
  for (const auto& [n, c] : kNames) {
    if (n == name) return c;
  }
  return 0;
}

std::string Rule::Provenance() const {
  return absl::StrCat("rule ", id, " (", file, ":", line, ")");
}

// A capture's name: a letter, then letters, digits or underscores.
static bool IsCaptureName(std::string_view s) {
  if (s.empty() || !absl::ascii_isalpha(static_cast<unsigned char>(s[0]))) {
    return false;
  }
  for (char ch : s) {
    if (!absl::ascii_isalnum(static_cast<unsigned char>(ch)) && ch != '_') {
      return false;
    }
  }
  return true;
}

absl::StatusOr<std::vector<Rule>> ParseRules(std::string_view text,
                                             std::string_view file) {
  std::vector<Rule> rules;
  std::string errors;
  int line_no = 0;
  for (std::string_view raw : SplitView(text, "\n", false)) {
    ++line_no;
    std::string_view line = TrimView(raw);
    if (line.empty() || line[0] == '#') continue;
    auto error = [&](std::string_view what) {
      absl::StrAppend(&errors, std::string(file), ":", line_no, ": ",
                      std::string(what), "\n");
    };
    size_t colon = line.find(": ");
    size_t arrow = line.find("=>");
    if (colon == std::string_view::npos || arrow == std::string_view::npos ||
        arrow < colon) {
      error("expected 'id: pattern => actions'");
      continue;
    }
    Rule rule;
    rule.id = std::string(TrimView(line.substr(0, colon)));
    rule.file = std::string(file);
    rule.line = line_no;
    std::string_view pattern = line.substr(colon + 2, arrow - colon - 2);
    std::string_view actions = line.substr(arrow + 2);
    std::vector<std::string> captures;
    bool ok = true;
    for (std::string_view tok : SplitView(pattern, " \t")) {
      RuleElement el;
      if (tok.size() > 1 && tok.back() == '?') {
        el.optional = true;
        tok.remove_suffix(1);
      }
      if (tok.substr(0, 3) == "..." || (tok.size() > 1 && tok[0] == '~')) {
        el.type = RuleElement::Type::kGap;
        el.max_gap = kDefaultGap;
        el.gap_spares_people = tok[0] == '~';
        const size_t digits = el.gap_spares_people ? 1 : 3;
        if (tok.size() > digits &&
            !absl::SimpleAtoi(std::string(tok.substr(digits)), &el.max_gap)) {
          error(absl::StrCat("bad gap '", std::string(tok), "'"));
          ok = false;
        }
        rule.elements.push_back(std::move(el));
        continue;
      }
      // "x:ELEMENT" captures; a ':' among literal words (",|:|;") does not.
      size_t c = tok.find(':');
      if (c != std::string_view::npos && c > 0 && c + 1 < tok.size() &&
          IsCaptureName(tok.substr(0, c))) {
        el.capture = std::string(tok.substr(0, c));
        tok = tok.substr(c + 1);
        captures.push_back(el.capture);
      }
      std::vector<std::string_view> alts = SplitView(tok, "|", false);
      if (IsUpperWord(alts[0])) {
        el.type = RuleElement::Type::kClass;
        for (std::string_view a : alts) {
          uint32_t cls = ItemClassByName(a);
          if (cls == 0) {
            error(absl::StrCat("unknown class '", std::string(a), "'"));
            ok = false;
          }
          if (a == "NAMES" || a == "MISSIONS") el.list = true;
          el.classes |= cls;
        }
      } else {
        el.type = RuleElement::Type::kLiteral;
        for (std::string_view a : alts) el.words.push_back(SurfaceKey(a));
      }
      rule.elements.push_back(std::move(el));
    }
    if (rule.elements.empty()) {
      error("empty pattern");
      ok = false;
    }
    for (std::string_view act : SplitView(actions, " \t")) {
      size_t open = act.find('(');
      if (open == std::string_view::npos || act.back() != ')') {
        error(absl::StrCat("bad action '", std::string(act), "'"));
        ok = false;
        continue;
      }
      RuleAction a;
      a.op = std::string(act.substr(0, open));
      for (std::string_view arg :
           SplitView(act.substr(open + 1, act.size() - open - 2), ",")) {
        a.args.emplace_back(TrimView(arg));
      }
      size_t captured_args = a.args.size();
      if (a.op == "person" || a.op == "place" || a.op == "mission") {
        if (a.args.size() != 1) error(absl::StrCat(a.op, "() takes 1 capture"));
      } else if (a.op == "title") {
        if (a.args.size() != 2) error("title() takes 2 captures");
      } else if (a.op == "state") {
        if (a.args.size() != 1) error("state() takes 1 capture");
      } else if (a.op == "org") {
        if (a.args.size() != 2) error("org() takes a capture and a kind");
        captured_args = 1;
      } else if (a.op == "craft") {
        static constexpr std::string_view kKinds[] = {
            "station",   "module", "rover",   "lander",
            "satellite", "rocket", "capsule", "other"};
        if (a.args.size() != 2 ||
            std::find(std::begin(kKinds), std::end(kKinds), a.args[1]) ==
                std::end(kKinds)) {
          error("craft() takes a capture and a Spacecraft kind");
        }
        captured_args = 1;
      } else if (a.op == "label" || a.op == "role") {
        if (a.args.size() != 2) {
          error(absl::StrCat(a.op, "() takes a capture and a value"));
        }
        captured_args = 1;
      } else if (IsRelationType(a.op)) {
        // WORKS_FOR(p,o,former): a post the text says was held before;
        // `since` / `until`: the sentence's date is when it began / ended
        // ("sworn in on Friday as ...", "removed ... as head of ...").
        bool flags_ok = a.args.size() >= 2;
        for (size_t i = 2; i < a.args.size(); ++i) {
          flags_ok &= a.op == "WORKS_FOR" &&
                      (a.args[i] == "former" || a.args[i] == "since" ||
                       a.args[i] == "until");
        }
        if (!flags_ok) {
          error(absl::StrCat(
              a.op, "() takes 2 captures",
              a.op == "WORKS_FOR" ? " and may add former, since, until" : ""));
        }
        captured_args = 2;
      } else {
        error(absl::StrCat("unknown action '", a.op, "'"));
        ok = false;
      }
      for (size_t i = 0; i < captured_args && i < a.args.size(); ++i) {
        if (std::find(captures.begin(), captures.end(), a.args[i]) ==
            captures.end()) {
          error(absl::StrCat("action ", a.op, " uses '", a.args[i],
                             "', which the pattern does not capture"));
          ok = false;
        }
      }
      rule.actions.push_back(std::move(a));
    }
    if (ok) {
      // The first item is one of the leading optional elements or the
      // first required one; a leading gap (or nothing required) allows any.
      rule.start_any = true;
      for (const RuleElement& el : rule.elements) {
        if (el.type == RuleElement::Type::kGap) break;
        if (el.type == RuleElement::Type::kClass) {
          rule.start_classes |= el.classes;
        } else {
          rule.start_words.insert(rule.start_words.end(), el.words.begin(),
                                  el.words.end());
        }
        if (!el.optional) {
          rule.start_any = false;
          break;
        }
      }
      rules.push_back(std::move(rule));
    }
  }
  if (!errors.empty()) {
    errors.pop_back();
    return absl::InvalidArgumentError(errors);
  }
  return rules;
}

std::string DefaultRulesDir() {
  return DataDir("KG_RULES_DIR", "rules", "patterns.txt");
}

absl::StatusOr<std::vector<Rule>> LoadRules(const std::string& dir) {
  std::string path = dir + "/patterns.txt";
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return absl::NotFoundError(absl::StrCat("cannot read ", path));
  }
  std::stringstream ss;
  ss << in.rdbuf();
  // Provenance names the file alone (the same on every machine); errors
  // name the whole path.
  absl::StatusOr<std::vector<Rule>> rules =
      ParseRules(ss.str(), "patterns.txt");
  if (!rules.ok()) {
    std::string message;
    const std::string errors(rules.status().message());
    for (std::string_view line : SplitView(errors, "\n")) {
      absl::StrAppend(&message, message.empty() ? "" : "\n", dir, "/",
                      std::string(line));
    }
    return absl::InvalidArgumentError(message);
  }
  return rules;
}

}  // namespace kg
