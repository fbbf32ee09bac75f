// Runs Graphviz's `dot` to turn DOT text into an image (svg, png or pdf).
// The program is started directly with posix_spawnp, never through a shell,
// so no file name or graph text is ever interpreted as a command; the DOT
// text goes in on a pipe. `dot` is looked up on PATH; $KG_DOT, when set,
// names the program instead.
#ifndef KG_CLI_DOT_RENDER_H_
#define KG_CLI_DOT_RENDER_H_

#include <string>
#include <string_view>

#include "absl/status/status.h"

namespace kg::cli {

// InvalidArgument unless `format` is svg, png or pdf.
absl::Status CheckRenderFormat(std::string_view format);

// Writes `dot_text` drawn as `format` to `out_path`. Fails with a clear
// message when dot cannot be started or rejects the input (its own
// diagnostics go to stderr).
absl::Status RenderDot(std::string_view dot_text, std::string_view format,
                       const std::string& out_path);

}  // namespace kg::cli

#endif  // KG_CLI_DOT_RENDER_H_
