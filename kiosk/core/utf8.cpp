#include "utf8.hpp"

namespace signaal::utf8 {
namespace {

bool is_bidi_control(char32_t cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E ||
           cp == 0x200F || cp == 0x061C;
}

}  // namespace

std::string name_problem(std::string_view s, size_t max_code_points) {
    if (!valid(s)) return "invalid_text";
    if (trim(s).empty()) return "empty";
    if (length(s) > max_code_points) return "too_long";
    for (char32_t cp : code_points(s))
        if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || is_bidi_control(cp) || cp == 0xFEFF ||
            cp == 0x2028 || cp == 0x2029)
            return "control_character";
    return {};
}

}  // namespace signaal::utf8
