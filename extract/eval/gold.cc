#include "extract/eval/gold.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <set>
#include <sstream>
#include <utility>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "graph/status_macros.h"
#include "graph/utf8.h"
#include "rapidjson/document.h"
#include "rapidjson/error/en.h"
#include "utf8proc.h"

namespace kg {
namespace {

using JValue = rapidjson::Value;

// Reads one parsed gold file into structs; every error names the file and
// the member path ("events[2].involves[0].role").
class GoldParser {
 public:
  explicit GoldParser(std::string_view file) : file_(file) {}

  absl::Status Error(const std::string& where, const std::string& message) {
    return absl::InvalidArgumentError(
        absl::StrCat(file_, where.empty() ? "" : ": ", where, ": ", message));
  }

  // Refuses members outside `allowed` and missing `required` ones.
  absl::Status CheckMembers(const JValue& v, const std::string& where,
                            std::initializer_list<const char*> allowed,
                            std::initializer_list<const char*> required) {
    if (!v.IsObject()) return Error(where, "expected an object");
    for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it) {
      std::string name(it->name.GetString(), it->name.GetStringLength());
      if (std::none_of(allowed.begin(), allowed.end(),
                       [&](const char* a) { return name == a; })) {
        std::vector<std::string> names(allowed.begin(), allowed.end());
        return Error(
            where, absl::StrCat("unknown member '", name, "' (expected one of ",
                                absl::StrJoin(names, ", "), ")"));
      }
    }
    for (const char* r : required) {
      if (!v.HasMember(r)) {
        return Error(where, absl::StrCat("missing member '", r, "'"));
      }
    }
    return absl::OkStatus();
  }

  static std::string Member(const std::string& where, const char* key) {
    return where.empty() ? key : absl::StrCat(where, ".", key);
  }

  // The string member `key`, "" when absent.
  absl::StatusOr<std::string> String(const JValue& obj, const char* key,
                                     const std::string& where) {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd()) return std::string();
    if (!it->value.IsString()) {
      return Error(Member(where, key), "expected a string");
    }
    return std::string(it->value.GetString(), it->value.GetStringLength());
  }

  absl::StatusOr<bool> Bool(const JValue& obj, const char* key,
                            const std::string& where) {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd()) return false;
    if (!it->value.IsBool()) {
      return Error(Member(where, key), "expected true or false");
    }
    return it->value.GetBool();
  }

  absl::StatusOr<std::vector<std::string>> Strings(const JValue& obj,
                                                   const char* key,
                                                   const std::string& where) {
    std::vector<std::string> out;
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd()) return out;
    if (!it->value.IsArray()) {
      return Error(Member(where, key), "expected a list of strings");
    }
    for (const JValue& s : it->value.GetArray()) {
      if (!s.IsString()) {
        return Error(Member(where, key), "expected a list of strings");
      }
      out.emplace_back(s.GetString(), s.GetStringLength());
    }
    return out;
  }

  absl::StatusOr<std::string> Date(const JValue& obj, const char* key,
                                   const std::string& where) {
    KG_ASSIGN_OR_RETURN(std::string d, String(obj, key, where));
    if (!d.empty() && !IsGoldDate(d)) {
      return Error(
          Member(where, key),
          absl::StrCat("'", d, "' is not YYYY, YYYY-MM or YYYY-MM-DD"));
    }
    return d;
  }

  // The array member `key` (required by the caller's CheckMembers).
  absl::StatusOr<const JValue*> Array(const JValue& obj, const char* key,
                                      const std::string& where) {
    const JValue& v = obj[key];
    if (!v.IsArray()) return Error(Member(where, key), "expected a list");
    return &v;
  }

  absl::Status Reference(const GoldDocument& doc, const std::string& name,
                         const std::string& where) {
    if (doc.FindEntity(name) != nullptr) return absl::OkStatus();
    return Error(where,
                 absl::StrCat("'", name, "' is not an entity in this file"));
  }

  absl::StatusOr<GoldDocument> Parse(const JValue& root);

 private:
  absl::Status ParseEntity(const JValue& v, const std::string& where,
                           GoldDocument& doc);
  absl::Status ParseRelation(const JValue& v, const std::string& where,
                             GoldDocument& doc);
  absl::Status ParseEvent(const JValue& v, const std::string& where,
                          GoldDocument& doc);
  absl::Status ParseSaid(const JValue& v, const std::string& where,
                         GoldDocument& doc);

  std::string file_;
};

absl::Status GoldParser::ParseEntity(const JValue& v, const std::string& where,
                                     GoldDocument& doc) {
  KG_RETURN_IF_ERROR(CheckMembers(v, where,
                                  {"labels", "name", "aliases", "demonyms",
                                   "properties", "optional", "note"},
                                  {"labels", "name"}));
  GoldEntity e;
  KG_ASSIGN_OR_RETURN(e.labels, Strings(v, "labels", where));
  if (e.labels.empty()) return Error(Member(where, "labels"), "empty");
  static const std::set<std::string> kPrimary = {
      "Country", "Place", "Organization", "Person", "Spacecraft", "Mission"};
  if (kPrimary.count(e.labels[0]) == 0) {
    return Error(Member(where, "labels"),
                 absl::StrCat("first label '", e.labels[0],
                              "' is not one of Country, Place, Organization, "
                              "Person, Spacecraft, Mission"));
  }
  KG_ASSIGN_OR_RETURN(e.name, String(v, "name", where));
  if (e.name.empty()) return Error(Member(where, "name"), "empty");
  if (doc.FindEntity(e.name) != nullptr) {
    return Error(Member(where, "name"),
                 absl::StrCat("'", e.name, "' is already an entity"));
  }
  KG_ASSIGN_OR_RETURN(e.aliases, Strings(v, "aliases", where));
  KG_RETURN_IF_ERROR(Strings(v, "demonyms", where).status());
  KG_ASSIGN_OR_RETURN(e.optional, Bool(v, "optional", where));
  auto props = v.FindMember("properties");
  if (props != v.MemberEnd()) {
    std::string pw = Member(where, "properties");
    KG_RETURN_IF_ERROR(CheckMembers(props->value, pw,
                                    {"kind", "role", "country", "title"}, {}));
    for (auto it = props->value.MemberBegin(); it != props->value.MemberEnd();
         ++it) {
      std::string k(it->name.GetString(), it->name.GetStringLength());
      KG_ASSIGN_OR_RETURN(e.properties[k], String(props->value, k.c_str(), pw));
    }
  }
  doc.entities.push_back(std::move(e));
  return absl::OkStatus();
}

absl::Status GoldParser::ParseRelation(const JValue& v,
                                       const std::string& where,
                                       GoldDocument& doc) {
  KG_RETURN_IF_ERROR(CheckMembers(
      v, where,
      {"type", "from", "to", "properties", "sentence", "optional", "note"},
      {"type", "from", "to"}));
  GoldRelation r;
  KG_ASSIGN_OR_RETURN(r.type, String(v, "type", where));
  KG_ASSIGN_OR_RETURN(r.from, String(v, "from", where));
  KG_ASSIGN_OR_RETURN(r.to, String(v, "to", where));
  KG_ASSIGN_OR_RETURN(r.optional, Bool(v, "optional", where));
  KG_RETURN_IF_ERROR(Reference(doc, r.from, Member(where, "from")));
  KG_RETURN_IF_ERROR(Reference(doc, r.to, Member(where, "to")));
  auto props = v.FindMember("properties");
  if (props != v.MemberEnd()) {
    std::string pw = Member(where, "properties");
    KG_RETURN_IF_ERROR(CheckMembers(
        props->value, pw,
        {"title", "date", "since", "until", "former", "planned"}, {}));
    KG_ASSIGN_OR_RETURN(r.title, String(props->value, "title", pw));
    KG_ASSIGN_OR_RETURN(r.date, Date(props->value, "date", pw));
    KG_ASSIGN_OR_RETURN(r.since, Date(props->value, "since", pw));
    KG_ASSIGN_OR_RETURN(r.until, Date(props->value, "until", pw));
    KG_ASSIGN_OR_RETURN(r.former, Bool(props->value, "former", pw));
    KG_ASSIGN_OR_RETURN(r.planned, Bool(props->value, "planned", pw));
  }
  for (const GoldRelation& o : doc.relations) {
    if (o.type == r.type && o.from == r.from && o.to == r.to) {
      return Error(where, absl::StrCat("duplicate relation ", r.type, " '",
                                       r.from, "' -> '", r.to, "'"));
    }
  }
  doc.relations.push_back(std::move(r));
  return absl::OkStatus();
}

absl::Status GoldParser::ParseEvent(const JValue& v, const std::string& where,
                                    GoldDocument& doc) {
  KG_RETURN_IF_ERROR(CheckMembers(
      v, where,
      {"id", "kind", "cameo", "name", "date", "date_text", "date_basis",
       "summary", "planned", "cancelled", "involves", "key", "occurred_at",
       "sentence", "optional", "note"},
      {"id", "kind", "planned", "involves", "key", "occurred_at"}));
  GoldEvent e;
  KG_ASSIGN_OR_RETURN(e.id, String(v, "id", where));
  KG_ASSIGN_OR_RETURN(e.kind, String(v, "kind", where));
  KG_ASSIGN_OR_RETURN(e.cameo, String(v, "cameo", where));
  KG_ASSIGN_OR_RETURN(e.date, Date(v, "date", where));
  KG_ASSIGN_OR_RETURN(e.date_basis, String(v, "date_basis", where));
  KG_ASSIGN_OR_RETURN(e.planned, Bool(v, "planned", where));
  KG_ASSIGN_OR_RETURN(e.cancelled, Bool(v, "cancelled", where));
  KG_ASSIGN_OR_RETURN(e.optional, Bool(v, "optional", where));
  if (!e.date.empty() && e.date_basis != "text" && e.date_basis != "document" &&
      e.date_basis != "inferred") {
    return Error(Member(where, "date_basis"),
                 "a date needs date_basis text, document or inferred");
  }
  KG_ASSIGN_OR_RETURN(const JValue* involves, Array(v, "involves", where));
  for (rapidjson::SizeType i = 0; i < involves->Size(); ++i) {
    std::string iw = absl::StrCat(where, ".involves[", i, "]");
    const JValue& inv = (*involves)[i];
    KG_RETURN_IF_ERROR(
        CheckMembers(inv, iw, {"entity", "role"}, {"entity", "role"}));
    GoldInvolvement g;
    KG_ASSIGN_OR_RETURN(g.entity, String(inv, "entity", iw));
    KG_ASSIGN_OR_RETURN(g.role, String(inv, "role", iw));
    KG_RETURN_IF_ERROR(Reference(doc, g.entity, Member(iw, "entity")));
    if (g.role != "actor" && g.role != "target" && g.role != "participant") {
      return Error(
          Member(iw, "role"),
          absl::StrCat("'", g.role, "' is not actor, target or participant"));
    }
    e.involves.push_back(std::move(g));
  }
  KG_RETURN_IF_ERROR(Array(v, "occurred_at", where).status());
  KG_ASSIGN_OR_RETURN(e.occurred_at, Strings(v, "occurred_at", where));
  for (const std::string& p : e.occurred_at) {
    KG_RETURN_IF_ERROR(Reference(doc, p, Member(where, "occurred_at")));
  }
  KG_RETURN_IF_ERROR(Array(v, "key", where).status());
  KG_ASSIGN_OR_RETURN(e.key, Strings(v, "key", where));
  if (e.key.empty()) return Error(Member(where, "key"), "empty");
  for (const std::string& k : e.key) {
    bool member = std::count(e.occurred_at.begin(), e.occurred_at.end(), k) ||
                  std::any_of(e.involves.begin(), e.involves.end(),
                              [&](const auto& g) { return g.entity == k; });
    if (!member) {
      return Error(Member(where, "key"),
                   absl::StrCat("'", k,
                                "' is neither involved nor a place of the "
                                "event"));
    }
  }
  doc.events.push_back(std::move(e));
  return absl::OkStatus();
}

absl::Status GoldParser::ParseSaid(const JValue& v, const std::string& where,
                                   GoldDocument& doc) {
  KG_RETURN_IF_ERROR(CheckMembers(
      v, where, {"person", "quote", "optional", "note"}, {"person", "quote"}));
  GoldSaid s;
  KG_ASSIGN_OR_RETURN(s.person, String(v, "person", where));
  KG_ASSIGN_OR_RETURN(s.quote, String(v, "quote", where));
  KG_ASSIGN_OR_RETURN(s.optional, Bool(v, "optional", where));
  KG_RETURN_IF_ERROR(Reference(doc, s.person, Member(where, "person")));
  doc.said.push_back(std::move(s));
  return absl::OkStatus();
}

absl::StatusOr<GoldDocument> GoldParser::Parse(const JValue& root) {
  if (!root.IsObject()) return Error("", "expected a JSON object");
  KG_RETURN_IF_ERROR(CheckMembers(
      root, "", {"document", "entities", "relations", "events", "said"},
      {"document", "entities", "relations", "events", "said"}));
  GoldDocument doc;
  doc.file = file_;
  const JValue& d = root["document"];
  KG_RETURN_IF_ERROR(
      CheckMembers(d, "document",
                   {"id", "title", "date", "date_text", "date_basis",
                    "date_note", "source", "source_note", "passage"},
                   {"id"}));
  KG_ASSIGN_OR_RETURN(doc.id, String(d, "id", "document"));
  if (doc.id.empty()) return Error("document.id", "empty");
  KG_ASSIGN_OR_RETURN(doc.title, String(d, "title", "document"));
  KG_ASSIGN_OR_RETURN(doc.date, Date(d, "date", "document"));

  using Part = absl::Status (GoldParser::*)(const JValue&, const std::string&,
                                            GoldDocument&);
  const std::pair<const char*, Part> parts[] = {
      {"entities", &GoldParser::ParseEntity},
      {"relations", &GoldParser::ParseRelation},
      {"events", &GoldParser::ParseEvent},
      {"said", &GoldParser::ParseSaid}};
  for (const auto& [member, parse] : parts) {
    KG_ASSIGN_OR_RETURN(const JValue* list, Array(root, member, ""));
    for (rapidjson::SizeType i = 0; i < list->Size(); ++i) {
      KG_RETURN_IF_ERROR(
          (this->*parse)((*list)[i], absl::StrCat(member, "[", i, "]"), doc));
    }
  }
  return doc;
}

absl::StatusOr<std::string> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(absl::StrCat("cannot read ", path));
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

// Python's str.isspace(), which tools/check_gold.py's squash() splits on.
bool IsSpace(char32_t c) {
  return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20) || c == 0x85 ||
         c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) ||
         c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

// NFKC (when `compat`) or NFC, then full case folding; invalid UTF-8 is
// repaired first.
std::string Fold(std::string_view text, bool compat) {
  std::string scratch;
  std::string_view valid = ValidUtf8(text, &scratch);
  utf8proc_uint8_t* out = nullptr;
  int options = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD;
  if (compat) options |= UTF8PROC_COMPAT;
  utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(valid.data()),
                   static_cast<utf8proc_ssize_t>(valid.size()), &out,
                   static_cast<utf8proc_option_t>(options));
  if (n < 0) return std::string(valid);
  std::string folded(reinterpret_cast<const char*>(out), n);
  free(out);
  return folded;
}

// Calls f(c) for each code point of valid UTF-8 and builds the result with
// white space collapsed and trimmed; f returns the code point to keep, or 0
// to drop it.
template <typename F>
std::string Squash(std::string_view s, F f) {
  std::string out;
  bool pending_space = false;
  for (size_t i = 0; i < s.size();) {
    char32_t c = 0;
    size_t n = DecodeUtf8(s, i, &c);
    if (n == 0) n = 1;  // cannot happen after Fold(); stay safe
    i += n;
    if (IsSpace(c)) {
      pending_space = !out.empty();
      continue;
    }
    c = f(c);
    if (c == 0) continue;
    if (pending_space) out.push_back(' ');
    pending_space = false;
    AppendUtf8(c, &out);
  }
  return out;
}

size_t CodePoints(std::string_view s) {
  return std::count_if(s.begin(), s.end(), [](char c) {
    return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  });
}

// The components of a date, cut at a time part ("2018-04-13T10:00").
std::vector<std::string_view> DateParts(std::string_view d) {
  d = d.substr(0, d.find_first_of("T "));
  std::vector<std::string_view> parts;
  while (!d.empty()) {
    size_t dash = d.find('-');
    parts.push_back(d.substr(0, dash));
    d = dash == std::string_view::npos ? "" : d.substr(dash + 1);
  }
  return parts;
}

}  // namespace

std::string MatchKey(std::string_view name) {
  std::string key = Squash(Fold(name, true), [](char32_t c) -> char32_t {
    if ((c >= 0x2010 && c <= 0x2015) || c == 0x2212) return '-';
    if (c == 0x2018 || c == 0x2019 || c == 0x2BC) return '\'';
    return c == '.' ? 0 : c;
  });
  if (key.rfind("the ", 0) == 0) key.erase(0, 4);
  return key;
}

std::string QuoteKey(std::string_view quote) {
  std::string key = Squash(Fold(quote, false), [](char32_t c) -> char32_t {
    bool mark = c == '"' || c == '\'' || c == 0x201C || c == 0x201D ||
                c == 0xAB || c == 0xBB || c == 0x2018 || c == 0x2019;
    return mark ? 0 : c;
  });
  while (!key.empty() &&
         (key.back() == ',' || key.back() == '.' || key.back() == ' ')) {
    key.pop_back();
  }
  return key;
}

bool QuoteKeysMatch(std::string_view a, std::string_view b) {
  if (a == b) return true;
  if (a.size() > b.size()) std::swap(a, b);
  if (a.empty() || b.find(a) == std::string_view::npos) return false;
  return 2 * CodePoints(a) >= CodePoints(b);
}

bool DatesAgree(std::string_view a, std::string_view b, int* shared) {
  std::vector<std::string_view> pa = DateParts(a), pb = DateParts(b);
  size_t n = std::min(pa.size(), pb.size());
  if (shared != nullptr) *shared = static_cast<int>(n);
  for (size_t i = 0; i < n; ++i) {
    if (pa[i] != pb[i]) return false;
  }
  return true;
}

bool IsGoldDate(std::string_view d) {
  static const char kShape[] = "dddd-dd-dd";
  if (d.size() != 4 && d.size() != 7 && d.size() != 10) return false;
  for (size_t i = 0; i < d.size(); ++i) {
    bool ok = kShape[i] == 'd' ? (d[i] >= '0' && d[i] <= '9') : d[i] == '-';
    if (!ok) return false;
  }
  std::vector<std::string_view> p = DateParts(d);
  if (p.size() > 1 && (p[1] < "01" || p[1] > "12")) return false;
  if (p.size() > 2 && (p[2] < "01" || p[2] > "31")) return false;
  return true;
}

const GoldEntity* GoldDocument::FindEntity(std::string_view name) const {
  for (const GoldEntity& e : entities) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

absl::StatusOr<GoldDocument> ParseGoldDocument(std::string_view json,
                                               std::string_view file) {
  rapidjson::Document root;
  root.Parse<rapidjson::kParseFullPrecisionFlag>(json.data(), json.size());
  if (root.HasParseError()) {
    size_t offset = std::min(root.GetErrorOffset(), json.size());
    size_t line = 1, column = 1;
    for (size_t i = 0; i < offset; ++i) {
      column = json[i] == '\n' ? 1 : column + 1;
      line += json[i] == '\n';
    }
    return absl::InvalidArgumentError(absl::StrCat(
        std::string(file), ":", line, ":", column,
        ": invalid JSON: ", rapidjson::GetParseError_En(root.GetParseError())));
  }
  return GoldParser(file).Parse(root);
}

absl::StatusOr<GoldSet> ReadGold(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  std::vector<std::string> files;
  if (fs::is_directory(path, ec)) {
    for (const fs::directory_entry& e : fs::directory_iterator(path, ec)) {
      if (e.is_regular_file() && e.path().extension() == ".json") {
        files.push_back(e.path().string());
      }
    }
    if (ec) {
      return absl::NotFoundError(
          absl::StrCat("cannot read ", path, ": ", ec.message()));
    }
    if (files.empty()) {
      return absl::NotFoundError(
          absl::StrCat("no gold files (*.json) in ", path));
    }
    std::sort(files.begin(), files.end());
  } else if (fs::exists(path, ec)) {
    files.push_back(path);
  } else {
    return absl::NotFoundError(
        absl::StrCat("no such gold file or folder: ", path));
  }
  GoldSet set;
  for (const std::string& f : files) {
    KG_ASSIGN_OR_RETURN(std::string text, ReadFile(f));
    KG_ASSIGN_OR_RETURN(GoldDocument doc, ParseGoldDocument(text, f));
    for (const GoldDocument& other : set.documents) {
      if (other.id == doc.id) {
        return absl::InvalidArgumentError(
            absl::StrCat(f, ": document.id: '", doc.id,
                         "' is also the document of ", other.file));
      }
    }
    set.documents.push_back(std::move(doc));
  }
  return set;
}

}  // namespace kg
