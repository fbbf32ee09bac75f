#include "extract/corpus/facts.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "rapidjson/document.h"
#include "rapidjson/stringbuffer.h"
#include "rapidjson/writer.h"

namespace kg {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void Str(Writer& w, std::string_view key, std::string_view value) {
  w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void Int(Writer& w, std::string_view key, int64_t value) {
  w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
  w.Int64(value);
}

void StrMap(Writer& w, std::string_view key,
            const std::map<std::string, std::string>& map) {
  w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
  w.StartObject();
  for (const auto& [k, v] : map) Str(w, k, v);
  w.EndObject();
}

void StrList(Writer& w, std::string_view key,
             const std::vector<std::string>& list) {
  w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
  w.StartArray();
  for (const std::string& s : list) {
    w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  }
  w.EndArray();
}

void WriteEvidence(Writer& w, const Evidence& e) {
  w.Key("evidence");
  w.StartObject();
  Int(w, "sentence", e.sentence);
  Int(w, "begin", e.begin);
  Int(w, "end", e.end);
  Str(w, "text", e.text);
  w.EndObject();
}

// Reading: every accessor checks the member's type and names the path.
class Reader {
 public:
  explicit Reader(std::string where) : where_(std::move(where)) {}
  const absl::Status& status() const { return status_; }

  void Fail(std::string_view path, std::string_view what) {
    if (status_.ok()) {
      status_ = absl::InvalidArgumentError(absl::StrCat(
          where_, ": ", std::string(path), ": ", std::string(what)));
    }
  }

  std::string GetString(const rapidjson::Value& obj, const char* key,
                        std::string_view path, bool required = true) {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd()) {
      if (required) Fail(absl::StrCat(std::string(path), ".", key), "missing");
      return "";
    }
    if (!it->value.IsString()) {
      Fail(absl::StrCat(std::string(path), ".", key), "not a string");
      return "";
    }
    return std::string(it->value.GetString(), it->value.GetStringLength());
  }

  int64_t GetInt(const rapidjson::Value& obj, const char* key,
                 std::string_view path, int64_t lo, int64_t hi) {
    auto it = obj.FindMember(key);
    std::string p = absl::StrCat(std::string(path), ".", key);
    if (it == obj.MemberEnd()) {
      Fail(p, "missing");
      return lo;
    }
    if (!it->value.IsInt64()) {
      Fail(p, "not an integer");
      return lo;
    }
    int64_t v = it->value.GetInt64();
    if (v < lo || v > hi) {
      Fail(p, absl::StrCat("out of range: ", v));
      return lo;
    }
    return v;
  }

  bool GetBool(const rapidjson::Value& obj, const char* key,
               std::string_view path) {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd()) return false;
    if (!it->value.IsBool()) {
      Fail(absl::StrCat(std::string(path), ".", key), "not a boolean");
      return false;
    }
    return it->value.GetBool();
  }

  const rapidjson::Value* GetArray(const rapidjson::Value& obj, const char* key,
                                   std::string_view path) {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd()) return nullptr;
    if (!it->value.IsArray()) {
      Fail(absl::StrCat(std::string(path), ".", key), "not an array");
      return nullptr;
    }
    return &it->value;
  }

  std::vector<std::string> GetStrings(const rapidjson::Value& obj,
                                      const char* key, std::string_view path) {
    std::vector<std::string> out;
    const rapidjson::Value* a = GetArray(obj, key, path);
    if (a == nullptr) return out;
    for (const auto& v : a->GetArray()) {
      if (!v.IsString()) {
        Fail(absl::StrCat(std::string(path), ".", key), "holds a non-string");
        return out;
      }
      out.emplace_back(v.GetString(), v.GetStringLength());
    }
    return out;
  }

  std::map<std::string, std::string> GetStrMap(const rapidjson::Value& obj,
                                               const char* key,
                                               std::string_view path) {
    std::map<std::string, std::string> out;
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd()) return out;
    if (!it->value.IsObject()) {
      Fail(absl::StrCat(std::string(path), ".", key), "not an object");
      return out;
    }
    for (const auto& m : it->value.GetObject()) {
      if (!m.value.IsString()) {
        Fail(absl::StrCat(std::string(path), ".", key), "holds a non-string");
        return out;
      }
      out.emplace(std::string(m.name.GetString(), m.name.GetStringLength()),
                  std::string(m.value.GetString(), m.value.GetStringLength()));
    }
    return out;
  }

  Evidence GetEvidence(const rapidjson::Value& obj, std::string_view path) {
    Evidence e;
    auto it = obj.FindMember("evidence");
    std::string p = absl::StrCat(std::string(path), ".evidence");
    if (it == obj.MemberEnd() || !it->value.IsObject()) {
      Fail(p, "missing or not an object");
      return e;
    }
    e.sentence =
        static_cast<int>(GetInt(it->value, "sentence", p, -1, 1 << 30));
    e.begin =
        static_cast<uint32_t>(GetInt(it->value, "begin", p, 0, UINT32_MAX));
    e.end = static_cast<uint32_t>(GetInt(it->value, "end", p, 0, UINT32_MAX));
    e.text = GetString(it->value, "text", p);
    return e;
  }

 private:
  std::string where_;
  absl::Status status_;
};

}  // namespace

std::string DocFactsToJson(const DocFacts& f) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.StartObject();
  Str(w, "id", f.id);
  Str(w, "title", f.title);
  Str(w, "date", f.date);
  Str(w, "source", f.source);
  Str(w, "path", f.path);
  w.Key("entities");
  w.StartArray();
  for (const EntityFact& e : f.entities) {
    w.StartObject();
    StrList(w, "labels", e.labels);
    Str(w, "name", e.name);
    StrList(w, "aliases", e.aliases);
    StrMap(w, "properties", e.properties);
    Str(w, "sentence", e.sentence);
    w.Key("mentions");
    w.StartArray();
    for (const MentionFact& m : e.mentions) {
      w.StartObject();
      Str(w, "surface", m.surface);
      Int(w, "sentence", m.sentence);
      Int(w, "begin", m.begin);
      Int(w, "end", m.end);
      Str(w, "rule", m.rule);
      if (!m.link.empty()) Str(w, "link", m.link);
      w.EndObject();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.Key("relations");
  w.StartArray();
  for (const RelationFact& r : f.relations) {
    w.StartObject();
    Str(w, "type", r.type);
    Int(w, "from", r.from);
    Int(w, "to", r.to);
    StrMap(w, "properties", r.properties);
    WriteEvidence(w, r.evidence);
    Str(w, "rule", r.rule);
    w.EndObject();
  }
  w.EndArray();
  w.Key("events");
  w.StartArray();
  for (const EventFact& e : f.events) {
    w.StartObject();
    Str(w, "kind", e.kind);
    if (!e.cameo.empty()) Str(w, "cameo", e.cameo);
    if (!e.date.empty()) Str(w, "date", e.date);
    if (e.planned) {
      w.Key("planned");
      w.Bool(true);
    }
    if (e.cancelled) {
      w.Key("cancelled");
      w.Bool(true);
    }
    Str(w, "trigger", e.trigger);
    Str(w, "summary", e.summary);
    w.Key("involves");
    w.StartArray();
    for (const EventRole& r : e.involves) {
      w.StartObject();
      Int(w, "entity", r.entity);
      Str(w, "role", r.role);
      w.EndObject();
    }
    w.EndArray();
    w.Key("occurred_at");
    w.StartArray();
    for (int p : e.occurred_at) w.Int(p);
    w.EndArray();
    WriteEvidence(w, e.evidence);
    Str(w, "rule", e.rule);
    w.EndObject();
  }
  w.EndArray();
  w.Key("said");
  w.StartArray();
  for (const SaidFact& s : f.said) {
    w.StartObject();
    Int(w, "person", s.person);
    Str(w, "quote", s.quote);
    WriteEvidence(w, s.evidence);
    Str(w, "rule", s.rule);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize());
}

absl::StatusOr<DocFacts> ParseDocFacts(std::string_view line,
                                       std::string_view where) {
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseStopWhenDoneFlag>(line.data(), line.size());
  if (doc.HasParseError()) {
    return absl::InvalidArgumentError(
        absl::StrCat(std::string(where), ": not a JSON object (offset ",
                     doc.GetErrorOffset(), ")"));
  }
  if (!doc.IsObject()) {
    return absl::InvalidArgumentError(
        absl::StrCat(std::string(where), ": not a JSON object"));
  }
  Reader r{std::string(where)};
  DocFacts f;
  f.id = r.GetString(doc, "id", "$");
  f.title = r.GetString(doc, "title", "$", false);
  f.date = r.GetString(doc, "date", "$", false);
  f.source = r.GetString(doc, "source", "$", false);
  f.path = r.GetString(doc, "path", "$", false);
  if (r.status().ok() && f.id.empty()) r.Fail("$.id", "empty");
  if (const rapidjson::Value* a = r.GetArray(doc, "entities", "$")) {
    for (rapidjson::SizeType i = 0; i < a->Size() && r.status().ok(); ++i) {
      const rapidjson::Value& v = (*a)[i];
      std::string p = absl::StrCat("$.entities[", i, "]");
      if (!v.IsObject()) {
        r.Fail(p, "not an object");
        break;
      }
      EntityFact e;
      e.labels = r.GetStrings(v, "labels", p);
      if (e.labels.empty()) r.Fail(p, "no labels");
      e.name = r.GetString(v, "name", p);
      e.aliases = r.GetStrings(v, "aliases", p);
      e.properties = r.GetStrMap(v, "properties", p);
      e.sentence = r.GetString(v, "sentence", p, false);
      if (const rapidjson::Value* ms = r.GetArray(v, "mentions", p)) {
        for (rapidjson::SizeType j = 0; j < ms->Size(); ++j) {
          const rapidjson::Value& m = (*ms)[j];
          std::string mp = absl::StrCat(p, ".mentions[", j, "]");
          if (!m.IsObject()) {
            r.Fail(mp, "not an object");
            break;
          }
          MentionFact mf;
          mf.surface = r.GetString(m, "surface", mp);
          mf.sentence =
              static_cast<int>(r.GetInt(m, "sentence", mp, -1, 1 << 30));
          mf.begin =
              static_cast<uint32_t>(r.GetInt(m, "begin", mp, 0, UINT32_MAX));
          mf.end = static_cast<uint32_t>(r.GetInt(m, "end", mp, 0, UINT32_MAX));
          mf.rule = r.GetString(m, "rule", mp);
          mf.link = r.GetString(m, "link", mp, false);
          e.mentions.push_back(std::move(mf));
        }
      }
      f.entities.push_back(std::move(e));
    }
  }
  const int64_t n = static_cast<int64_t>(f.entities.size()) - 1;
  if (const rapidjson::Value* a = r.GetArray(doc, "relations", "$")) {
    for (rapidjson::SizeType i = 0; i < a->Size() && r.status().ok(); ++i) {
      const rapidjson::Value& v = (*a)[i];
      std::string p = absl::StrCat("$.relations[", i, "]");
      if (!v.IsObject()) {
        r.Fail(p, "not an object");
        break;
      }
      RelationFact rel;
      rel.type = r.GetString(v, "type", p);
      rel.from = static_cast<int>(r.GetInt(v, "from", p, 0, n));
      rel.to = static_cast<int>(r.GetInt(v, "to", p, 0, n));
      rel.properties = r.GetStrMap(v, "properties", p);
      rel.evidence = r.GetEvidence(v, p);
      rel.rule = r.GetString(v, "rule", p, false);
      f.relations.push_back(std::move(rel));
    }
  }
  if (const rapidjson::Value* a = r.GetArray(doc, "events", "$")) {
    for (rapidjson::SizeType i = 0; i < a->Size() && r.status().ok(); ++i) {
      const rapidjson::Value& v = (*a)[i];
      std::string p = absl::StrCat("$.events[", i, "]");
      if (!v.IsObject()) {
        r.Fail(p, "not an object");
        break;
      }
      EventFact e;
      e.kind = r.GetString(v, "kind", p);
      e.cameo = r.GetString(v, "cameo", p, false);
      e.date = r.GetString(v, "date", p, false);
      e.planned = r.GetBool(v, "planned", p);
      e.cancelled = r.GetBool(v, "cancelled", p);
      e.trigger = r.GetString(v, "trigger", p, false);
      e.summary = r.GetString(v, "summary", p, false);
      if (const rapidjson::Value* inv = r.GetArray(v, "involves", p)) {
        for (rapidjson::SizeType j = 0; j < inv->Size(); ++j) {
          std::string ip = absl::StrCat(p, ".involves[", j, "]");
          if (!(*inv)[j].IsObject()) {
            r.Fail(ip, "not an object");
            break;
          }
          EventRole role;
          role.entity =
              static_cast<int>(r.GetInt((*inv)[j], "entity", ip, 0, n));
          role.role = r.GetString((*inv)[j], "role", ip);
          e.involves.push_back(std::move(role));
        }
      }
      if (const rapidjson::Value* at = r.GetArray(v, "occurred_at", p)) {
        for (const auto& x : at->GetArray()) {
          if (!x.IsInt64() || x.GetInt64() < 0 || x.GetInt64() > n) {
            r.Fail(absl::StrCat(p, ".occurred_at"), "not an entity index");
            break;
          }
          e.occurred_at.push_back(static_cast<int>(x.GetInt64()));
        }
      }
      e.evidence = r.GetEvidence(v, p);
      e.rule = r.GetString(v, "rule", p, false);
      f.events.push_back(std::move(e));
    }
  }
  if (const rapidjson::Value* a = r.GetArray(doc, "said", "$")) {
    for (rapidjson::SizeType i = 0; i < a->Size() && r.status().ok(); ++i) {
      const rapidjson::Value& v = (*a)[i];
      std::string p = absl::StrCat("$.said[", i, "]");
      if (!v.IsObject()) {
        r.Fail(p, "not an object");
        break;
      }
      SaidFact s;
      s.person = static_cast<int>(r.GetInt(v, "person", p, 0, n));
      s.quote = r.GetString(v, "quote", p);
      s.evidence = r.GetEvidence(v, p);
      s.rule = r.GetString(v, "rule", p, false);
      f.said.push_back(std::move(s));
    }
  }
  if (!r.status().ok()) return r.status();
  return f;
}

}  // namespace kg
