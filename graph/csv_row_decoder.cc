#include "graph/csv_row_decoder.h"

#include <string_view>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "graph/status_macros.h"

namespace kg {

absl::StatusOr<CsvRowDecoder> CsvRowDecoder::Create(
    absl::Span<const CsvReader::Field> header, bool relationships,
    char array_delimiter, CsvNames& names) {
  using Role = CsvColumn::Role;
  CsvRowDecoder d(array_delimiter, names);
  absl::flat_hash_set<std::string> seen_keys;
  for (size_t i = 0; i < header.size(); ++i) {
    std::string_view spec = header[i].text;
    absl::StatusOr<CsvColumn> column = ParseCsvColumn(spec);
    if (!column.ok()) {
      return absl::InvalidArgumentError(
          absl::StrCat("header field ", i + 1, " '",
                       absl::string_view(spec.data(), spec.size()),
                       "': ", column.status().message()));
    }
    const int index = static_cast<int>(i);
    const Role role = column->role;
    int* slot = nullptr;
    switch (role) {
      case Role::kId:
        slot = &d.id_;
        break;
      case Role::kStartId:
        slot = &d.start_;
        break;
      case Role::kEndId:
        slot = &d.end_;
        break;
      case Role::kType:
        slot = &d.type_;
        break;
      case Role::kLabel:
        d.label_columns_.push_back(index);
        d.label_cache_.emplace_back();
        break;
      case Role::kProperty:
      case Role::kIgnore:
        break;
    }
    const bool node_role = role == Role::kId || role == Role::kLabel;
    const bool rel_role =
        role == Role::kStartId || role == Role::kEndId || role == Role::kType;
    if ((node_role && relationships) || (rel_role && !relationships)) {
      return absl::InvalidArgumentError(
          absl::StrCat(":", CsvRoleName(role), " columns belong in ",
                       node_role ? "node" : "relationship", " files"));
    }
    if (slot != nullptr) {
      if (*slot >= 0) {
        return absl::InvalidArgumentError(
            absl::StrCat("more than one :", CsvRoleName(role), " column"));
      }
      *slot = index;
    }
    if (!column->name.empty()) {
      if (!seen_keys.insert(column->name).second) {
        return absl::InvalidArgumentError(
            absl::StrCat("duplicate property column '", column->name, "'"));
      }
      uint32_t key = names.keys.Intern(column->name);
      if (role == Role::kProperty) {
        d.properties_.emplace_back(index, key);
      } else {
        d.id_key_ = static_cast<int>(key);
      }
    }
    d.columns_.push_back(*std::move(column));
  }
  if (relationships) {
    for (auto [slot, role] :
         {std::pair(d.start_, Role::kStartId), std::pair(d.end_, Role::kEndId),
          std::pair(d.type_, Role::kType)}) {
      if (slot < 0) {
        return absl::InvalidArgumentError(absl::StrCat(
            "relationship file has no :", CsvRoleName(role), " column"));
      }
    }
  }
  return d;
}

absl::Status CsvRowDecoder::Decode(absl::Span<const CsvReader::Field> fields,
                                   CsvRow& row) {
  KG_DCHECK(fields.size() == columns_.size());
  row.labels.clear();
  row.properties.clear();
  for (int col : {id_, start_, end_, type_}) {
    if (col >= 0 && fields[col].text.empty()) {
      const CsvColumn& c = columns_[col];
      return absl::InvalidArgumentError(
          absl::StrCat("empty ", CsvRoleText(c.role, c.id_space)));
    }
  }
  for (size_t i = 0; i < label_columns_.size(); ++i) {
    std::string_view text = fields[label_columns_[i]].text;
    auto& [cached_text, cached_ids] = label_cache_[i];
    if (text != cached_text) {
      cached_text = std::string(text);
      cached_ids.clear();
      while (!text.empty()) {
        size_t cut = text.find(array_delimiter_);
        std::string_view label = text.substr(0, cut);
        if (!label.empty()) cached_ids.push_back(names_->labels.Intern(label));
        if (cut == std::string_view::npos) break;
        text.remove_prefix(cut + 1);
      }
    }
    row.labels.insert(row.labels.end(), cached_ids.begin(), cached_ids.end());
  }
  if (type_ >= 0) {
    std::string_view text = fields[type_].text;
    if (text != type_cache_text_) {
      type_cache_text_ = std::string(text);
      type_cache_ = names_->types.Intern(text);
    }
    row.type = type_cache_;
  }
  for (const auto& [col, key] : properties_) {
    KG_ASSIGN_OR_RETURN(Value value, DecodeCsvField(columns_[col], fields[col],
                                                    array_delimiter_));
    if (!value.is_null()) row.properties.emplace_back(key, std::move(value));
  }
  if (id_key_ >= 0) {
    row.properties.emplace_back(static_cast<uint32_t>(id_key_),
                                Value::String(std::string(fields[id_].text)));
  }
  return absl::OkStatus();
}

}  // namespace kg
