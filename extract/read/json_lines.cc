// ReadJsonLines(): documents given one JSON object a line (document.h).
#include <string>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "extract/read/document.h"
#include "extract/read/document_meta.h"
#include "extract/text/dates.h"
#include "rapidjson/document.h"
#include "rapidjson/error/en.h"

namespace kg {
namespace {

// Reads member `name` of `object` into *out when it is a string; an error
// message when it is something else; "" when fine or absent.
std::string StringMember(const rapidjson::Value& object, const char* name,
                         bool required, std::string* out) {
  auto it = object.FindMember(name);
  if (it == object.MemberEnd() || it->value.IsNull()) {
    return required ? absl::StrCat("missing \"", name, "\"") : "";
  }
  if (!it->value.IsString()) {
    return absl::StrCat("\"", name, "\" must be a string");
  }
  out->assign(it->value.GetString(), it->value.GetStringLength());
  return "";
}

}  // namespace

absl::StatusOr<DocumentSet> ReadJsonLines(std::istream& in,
                                          std::string_view origin,
                                          const ReadOptions& options) {
  DocumentSet set;
  absl::flat_hash_set<std::string> ids;
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    std::string where = absl::StrCat(std::string(origin), ":", line_no);
    auto fail = [&](std::string_view message) {
      return absl::InvalidArgumentError(
          absl::StrCat(where, ": ", std::string(message)));
    };
    rapidjson::Document json;
    // Iterative: deeply nested input cannot overflow the stack. Encoding is
    // not validated here; the text is repaired (and counted) like a file's.
    json.Parse<rapidjson::kParseIterativeFlag>(line.data(), line.size());
    if (json.HasParseError()) {
      return fail(
          absl::StrCat("not a JSON object: ",
                       rapidjson::GetParseError_En(json.GetParseError()),
                       " at column ", json.GetErrorOffset() + 1));
    }
    if (!json.IsObject()) return fail("not a JSON object");
    std::string id, text, date, source, title;
    for (auto [name, required, out] :
         {std::tuple{"id", true, &id}, std::tuple{"text", true, &text},
          std::tuple{"date", false, &date},
          std::tuple{"source", false, &source},
          std::tuple{"title", false, &title}}) {
      std::string error = StringMember(json, name, required, out);
      if (!error.empty()) return fail(error);
    }
    if (id.empty()) return fail("\"id\" is empty");
    if (!date.empty() && !ParseIsoDate(date)) {
      return fail(
          absl::StrCat("\"date\" is not YYYY, YYYY-MM or YYYY-MM-DD: ", date));
    }
    if (!ids.insert(id).second) {
      return fail(absl::StrCat("duplicate id \"", id, "\""));
    }
    Document doc;
    doc.id = id;
    doc.path = where;
    doc.date = date;
    doc.source = source;
    doc.title = title;
    doc.text = NfcNormalize(NormalizeText(text, &doc.replaced_bytes));
    AnalyzeDocument(&doc, options);
    if (std::string reason = NoTextReason(doc); !reason.empty()) {
      set.skipped.push_back({where, std::move(reason)});
      continue;
    }
    set.documents.push_back(std::move(doc));
  }
  if (in.bad()) {
    return absl::DataLossError(
        absl::StrCat(std::string(origin), ": error reading input"));
  }
  return set;
}

absl::StatusOr<DocumentSet> ReadJsonLines(std::istream& in,
                                          std::string_view origin) {
  absl::StatusOr<ReadOptions> options = DefaultReadOptions();
  if (!options.ok()) return options.status();
  return ReadJsonLines(in, origin, *options);
}

}  // namespace kg
