// Lets GoogleTest print a SourceSpan in failure messages, as
// offset+length@line:column.
#ifndef KG_TESTS_QUERY_SPAN_PRINTER_H_
#define KG_TESTS_QUERY_SPAN_PRINTER_H_

#include <ostream>

#include "query/source_span.h"

namespace kg::query {

inline void PrintTo(const SourceSpan& span, std::ostream* os) {
  *os << span.offset << "+" << span.length << "@" << span.line << ":"
      << span.column;
}

}  // namespace kg::query

#endif  // KG_TESTS_QUERY_SPAN_PRINTER_H_
