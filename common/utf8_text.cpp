#include "utf8_text.hpp"

#include <utf8.h>

namespace signaal::utf8 {

bool valid(std::string_view s) { return ::utf8::is_valid(s.begin(), s.end()); }

size_t length(std::string_view s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

size_t char_size(std::string_view s, size_t at) {
    auto it = s.begin() + static_cast<std::ptrdiff_t>(at);
    std::uint32_t cp = 0;
    if (::utf8::internal::validate_next(it, s.end(), cp) != ::utf8::internal::UTF8_OK) return 1;
    return static_cast<size_t>(it - s.begin()) - at;
}

std::vector<std::string> split(std::string_view s) {
    std::vector<std::string> out;
    for (size_t i = 0; i < s.size();) {
        const size_t n = char_size(s, i);
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

char32_t first_code_point(std::string_view s) {
    auto it = s.begin();
    std::uint32_t cp = 0;
    return ::utf8::internal::validate_next(it, s.end(), cp) == ::utf8::internal::UTF8_OK ? cp : 0;
}

std::u32string code_points(std::string_view s) {
    if (!valid(s)) return {};
    std::u32string out;
    ::utf8::unchecked::utf8to32(s.begin(), s.end(), std::back_inserter(out));
    return out;
}

void append(std::string& out, char32_t cp) {
    if (::utf8::internal::is_code_point_valid(cp)) ::utf8::unchecked::append(cp, std::back_inserter(out));
}

std::string from_utf16be(std::string_view bytes) {
    std::u16string units;
    for (size_t i = 0; i + 1 < bytes.size(); i += 2)
        units.push_back(static_cast<char16_t>((static_cast<unsigned char>(bytes[i]) << 8) |
                                              static_cast<unsigned char>(bytes[i + 1])));
    // Drop unpaired surrogates, which utfcpp would refuse as a whole.
    std::u16string clean;
    for (size_t i = 0; i < units.size(); ++i) {
        const char16_t u = units[i];
        if (u >= 0xD800 && u < 0xDC00 && i + 1 < units.size() && units[i + 1] >= 0xDC00 && units[i + 1] < 0xE000) {
            clean.push_back(u);
            clean.push_back(units[++i]);
        } else if (u < 0xD800 || u >= 0xE000) {
            clean.push_back(u);
        }
    }
    std::string out;
    ::utf8::utf16to8(clean.begin(), clean.end(), std::back_inserter(out));
    return out;
}

}  // namespace signaal::utf8
