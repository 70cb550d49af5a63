#pragma once
// A short code a person can type when they cannot scan the QR code: 8 Crockford base32
// characters shown as XXXX-XXXX, derived from the signed payload (40 bits of its BLAKE2b hash).
#include <string>
#include <string_view>

namespace signaal::certs {

std::string verification_code(std::string_view payload);
// What a person types back is read by signaal::normalize_verification_code (crockford.hpp).

}  // namespace signaal::certs
