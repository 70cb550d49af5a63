#include "crockford.hpp"

namespace signaal {

std::optional<std::string> normalize_verification_code(std::string_view typed) {
    constexpr std::size_t kChars = 8;
    std::string out;
    for (char c : typed) {
        if (c == '-' || c == ' ' || c == '\t') continue;
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (c == 'O') c = '0';
        if (c == 'I' || c == 'L') c = '1';
        if (kCrockford.find(c) == std::string_view::npos) return std::nullopt;
        if (out.size() == kChars) return std::nullopt;
        out += c;
    }
    if (out.size() != kChars) return std::nullopt;
    out.insert(4, 1, '-');
    return out;
}

}  // namespace signaal
