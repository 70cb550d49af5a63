#pragma once
// The few UTF-8 operations names and typed text need; everything else treats text as bytes.
#include <string>
#include <string_view>
#include <vector>

namespace signaal::utf8 {

bool valid(std::string_view s);
size_t length(std::string_view s);                     // code points; assumes valid UTF-8
std::vector<std::string> split(std::string_view s);    // one string per code point
void pop_back(std::string& s);                         // removes the last code point
std::string trim(std::string_view s);                  // ASCII and no-break spaces at both ends

}  // namespace signaal::utf8
