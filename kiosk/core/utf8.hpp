#pragma once
// Name validation on top of the one UTF-8 module (common/utf8_text.hpp).
#include <string>
#include <string_view>

#include "utf8_text.hpp"

namespace signaal::utf8 {

// Why a name cannot be stored as typed, or empty when it can. Names reach certificates, CSV
// files and PDFs, so control characters, bidi overrides and invalid UTF-8 are refused.
std::string name_problem(std::string_view s, size_t max_code_points);

}  // namespace signaal::utf8
