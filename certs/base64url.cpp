#include "base64url.hpp"

#include <sodium.h>

namespace signaal::certs {

namespace {
constexpr int kVariant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
}

std::string base64url_encode(const std::uint8_t* data, std::size_t size) {
    std::string out(sodium_base64_encoded_len(size, kVariant), '\0');
    sodium_bin2base64(out.data(), out.size(), data, size, kVariant);
    out.resize(out.size() - 1);  // drop the terminating NUL libsodium counts in
    return out;
}

std::optional<std::vector<std::uint8_t>> base64url_decode(std::string_view text) {
    std::vector<std::uint8_t> out(text.size() * 3 / 4 + 1);
    std::size_t len = 0;
    const char* end = nullptr;
    if (sodium_base642bin(out.data(), out.size(), text.data(), text.size(), nullptr, &len, &end, kVariant) != 0)
        return std::nullopt;
    if (end != text.data() + text.size()) return std::nullopt;
    out.resize(len);
    // Re-encoding must give the same text: rejects stray non-zero padding bits, so no two
    // spellings of one payload both verify.
    if (base64url_encode(out.data(), out.size()) != text) return std::nullopt;
    return out;
}

}  // namespace signaal::certs
