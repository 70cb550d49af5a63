#pragma once
// URL-safe base64 without padding (RFC 4648 §5), strict: any text that does not decode to
// exactly one byte string is rejected, so a payload has a single spelling.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace signaal::certs {

std::string base64url_encode(const std::uint8_t* data, std::size_t size);
inline std::string base64url_encode(std::string_view bytes) {
    return base64url_encode(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
}
std::optional<std::vector<std::uint8_t>> base64url_decode(std::string_view text);

}  // namespace signaal::certs
