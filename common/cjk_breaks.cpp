#include "cjk_breaks.hpp"

#include <string_view>

namespace signaal::cjk {

namespace {

// Closing punctuation stays with the character before it, opening with the one after it.
bool no_break_before(char32_t c) { return std::u32string_view(U"，。、！？：；）」』》〉】,.!?:;)").find(c) != std::u32string_view::npos; }
bool no_break_after(char32_t c) { return std::u32string_view(U"（「『《〈【(").find(c) != std::u32string_view::npos; }

}  // namespace

bool is_cjk(char32_t c) {
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF);
}

bool may_break_between(char32_t prev, char32_t c) {
    return (is_cjk(c) || is_cjk(prev)) && !no_break_before(c) && !no_break_after(prev);
}

}  // namespace signaal::cjk
