#pragma once
// The one UTF-8 module: validating, stepping through, encoding and converting text, on top of
// Debian's utfcpp. The kiosk's typed names, the on-screen keyboard, the content loader and the
// certificate PDFs all use these; everything else treats text as bytes.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace signaal::utf8 {

bool valid(std::string_view s);
size_t length(std::string_view s);                     // code points; assumes valid UTF-8
std::vector<std::string> split(std::string_view s);    // one string per code point (a bad byte alone)
void pop_back(std::string& s);                         // removes the last code point
std::string trim(std::string_view s);                  // ASCII and no-break spaces at both ends

// Bytes of the character starting at s[at]: 1 for a byte that starts no valid sequence, so
// damaged text still advances.
size_t char_size(std::string_view s, size_t at);
// The code point of the first character of s; 0 when s is empty or does not start validly.
char32_t first_code_point(std::string_view s);
// Every code point of valid text, in order (empty for invalid text).
std::u32string code_points(std::string_view s);
void append(std::string& out, char32_t cp);  // drops what is no code point (surrogates, > U+10FFFF)
// UTF-16 big-endian bytes (as in PDF text strings, after their byte-order mark) to UTF-8;
// unpaired surrogates and a trailing odd byte are dropped.
std::string from_utf16be(std::string_view bytes);

}  // namespace signaal::utf8
