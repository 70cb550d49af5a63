#include "utf8.hpp"

namespace signaal::utf8 {
namespace {

// Length of the sequence starting with lead byte c, or 0 if c cannot start one.
size_t sequence_length(unsigned char c) {
    if (c < 0x80) return 1;
    if ((c >> 5) == 0x6) return 2;
    if ((c >> 4) == 0xE) return 3;
    if ((c >> 3) == 0x1E) return 4;
    return 0;
}

bool decode(std::string_view s, size_t& i, char32_t& cp) {
    const auto c = static_cast<unsigned char>(s[i]);
    const size_t n = sequence_length(c);
    if (n == 0 || i + n > s.size()) return false;
    cp = n == 1 ? c : (c & (0x7F >> n));
    for (size_t k = 1; k < n; ++k) {
        const auto cc = static_cast<unsigned char>(s[i + k]);
        if ((cc & 0xC0) != 0x80) return false;
        cp = (cp << 6) | (cc & 0x3F);
    }
    static constexpr char32_t min_for_length[5] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < min_for_length[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += n;
    return true;
}

bool is_bidi_control(char32_t cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E ||
           cp == 0x200F || cp == 0x061C;
}

}  // namespace

bool valid(std::string_view s) {
    char32_t cp = 0;  // set by decode; GCC 12 at -O3 cannot see that (maybe-uninitialized)
    for (size_t i = 0; i < s.size();)
        if (!decode(s, i, cp)) return false;
    return true;
}

size_t length(std::string_view s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

std::vector<std::string> split(std::string_view s) {
    std::vector<std::string> out;
    for (size_t i = 0; i < s.size();) {
        size_t n = sequence_length(static_cast<unsigned char>(s[i]));
        if (n == 0 || i + n > s.size()) n = 1;
        out.emplace_back(s.substr(i, n));
        i += n;
    }
    return out;
}

void pop_back(std::string& s) {
    while (!s.empty()) {
        const auto c = static_cast<unsigned char>(s.back());
        s.pop_back();
        if ((c & 0xC0) != 0x80) break;
    }
}

std::string trim(std::string_view s) {
    auto is_space = [](std::string_view t, size_t at, size_t& len) {
        if (at < t.size() && (t[at] == ' ' || t[at] == '\t')) return len = 1, true;
        if (t.substr(at, 2) == "\xC2\xA0") return len = 2, true;
        return false;
    };
    size_t len = 0;
    while (!s.empty() && is_space(s, 0, len)) s.remove_prefix(len);
    while (!s.empty()) {
        if (s.back() == ' ' || s.back() == '\t') s.remove_suffix(1);
        else if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") s.remove_suffix(2);
        else break;
    }
    return std::string(s);
}

std::string name_problem(std::string_view s, size_t max_code_points) {
    if (!valid(s)) return "invalid_text";
    if (trim(s).empty()) return "empty";
    if (length(s) > max_code_points) return "too_long";
    char32_t cp = 0;  // set by decode; GCC 12 at -O3 cannot see that (maybe-uninitialized)
    for (size_t i = 0; i < s.size();) {
        decode(s, i, cp);
        if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || is_bidi_control(cp) || cp == 0xFEFF ||
            cp == 0x2028 || cp == 0x2029)
            return "control_character";
    }
    return {};
}

}  // namespace signaal::utf8
