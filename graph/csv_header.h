// The neo4j-admin CSV header: what each column is, and how its fields turn
// into Values. Shared by the importer (which parses headers and decodes
// fields) and the exporter (which writes the same type names).
//
// A header field reads `name:type`, `:ROLE` or `name:ROLE(space)`:
//   name                 a string property
//   name:int, x:long[]   a typed property (int long short byte float double
//                        boolean string char date localtime time
//                        localdatetime datetime duration, each also as an
//                        array `[]`)
//   name:ID(space)       the node id, in an optional ID space; with a name it
//                        is also stored as a string property of that name
//   :LABEL               labels, split on the array delimiter
//   :START_ID(space), :END_ID(space), :TYPE   relationship columns
//   :IGNORE              skipped
// Type and role names are case-insensitive. The type follows the last ':'
// (outside the parentheses of an ID space), so a key may hold ':' when its
// type is spelled out: `a:b:string` is the string property `a:b`.
#ifndef KG_GRAPH_CSV_HEADER_H_
#define KG_GRAPH_CSV_HEADER_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"
#include "graph/csv_reader.h"
#include "graph/value.h"

namespace kg {

enum class CsvType : uint8_t {
  kInt,  // 32-bit, as in Neo4j
  kLong,
  kShort,
  kByte,
  kFloat,  // read as a double, without rounding to 32 bits
  kDouble,
  kBoolean,
  kString,
  kChar,  // a string of exactly one character (code point)
  // The temporal types, in the text forms of temporal.h; a datetime without
  // an offset or zone is in UTC (neo4j-admin's default time zone).
  kDate,
  kLocalTime,
  kTime,
  kLocalDateTime,
  kDateTime,
  kDuration,
};

// "int", "long", ..., as written in headers.
const char* CsvTypeName(CsvType type);

struct CsvColumn {
  enum class Role : uint8_t {
    kProperty,
    kId,
    kLabel,
    kStartId,
    kEndId,
    kType,
    kIgnore,
  };

  Role role = Role::kProperty;
  // The property key (kProperty, and kId when named); "" for the rest.
  std::string name;
  // kId, kStartId, kEndId: the ID space, "" for the global one.
  std::string id_space;
  CsvType type = CsvType::kString;
  bool array = false;
};

// "ID", "LABEL", "START_ID", ...; "" for kProperty.
const char* CsvRoleName(CsvColumn::Role role);

// ":ID", ":START_ID(Person)": a role column as a header spells it.
std::string CsvRoleText(CsvColumn::Role role, std::string_view id_space);

// Parses one header field. Errors say what is wrong, without a position.
absl::StatusOr<CsvColumn> ParseCsvColumn(std::string_view field);

// Decodes a property field of `column` (REQUIRES: role kProperty).
// Returns null for an absent value: an unquoted empty field, or a blank one
// for a type other than string. A quoted empty field is the empty string, or
// the empty list for an array column. Numbers and booleans may be padded with
// blanks. Errors say what is wrong with the text, without a position.
absl::StatusOr<Value> DecodeCsvField(const CsvColumn& column,
                                     const CsvReader::Field& field,
                                     char array_delimiter);

}  // namespace kg

#endif  // KG_GRAPH_CSV_HEADER_H_
