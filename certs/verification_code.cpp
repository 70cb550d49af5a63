#include "verification_code.hpp"

#include <sodium.h>

#include <array>

#include "crockford.hpp"
#include "sodium_ready.hpp"

namespace signaal::certs {

namespace {
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
        code += kCrockford[(bits >> (35 - 5 * i)) & 31];
    }
    return code;
}

}  // namespace signaal::certs
