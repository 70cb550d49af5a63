#include "verification_code.hpp"

#include <sodium.h>

#include <array>

#include "sodium_ready.hpp"

namespace signaal::certs {

namespace {
// Crockford's alphabet leaves out I, L, O and U, which people confuse with 1, 0 and V.
constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::size_t kChars = 8;
}  // namespace

std::string verification_code(std::string_view payload) {
    ensure_sodium();
    std::array<unsigned char, 8> hash{};
    crypto_generichash(hash.data(), hash.size(), reinterpret_cast<const unsigned char*>(payload.data()), payload.size(),
                       nullptr, 0);
    std::uint64_t bits = 0;
    for (std::size_t i = 0; i < 5; ++i) bits = (bits << 8) | hash[i];
    std::string code;
    for (std::size_t i = 0; i < kChars; ++i) {
        if (i == 4) code += '-';
        code += kAlphabet[(bits >> (35 - 5 * i)) & 31];
    }
    return code;
}

std::optional<std::string> normalize_code(std::string_view typed) {
    std::string out;
    for (char c : typed) {
        if (c == '-' || c == ' ' || c == '\t') continue;
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (c == 'O') c = '0';
        if (c == 'I' || c == 'L') c = '1';
        if (kAlphabet.find(c) == std::string_view::npos) return std::nullopt;
        if (out.size() == kChars) return std::nullopt;
        out += c;
    }
    if (out.size() != kChars) return std::nullopt;
    out.insert(4, 1, '-');
    return out;
}

}  // namespace signaal::certs
