#pragma once
// A short code a person can type when they cannot scan the QR code: 8 Crockford base32
// characters shown as XXXX-XXXX, derived from the signed payload (40 bits of its BLAKE2b hash).
#include <optional>
#include <string>
#include <string_view>

namespace signaal::certs {

std::string verification_code(std::string_view payload);

// What someone typed, in the canonical XXXX-XXXX form: case-insensitive, dashes and spaces
// ignored, O read as 0 and I/L as 1. nullopt when it cannot be a code.
std::optional<std::string> normalize_code(std::string_view typed);

}  // namespace signaal::certs
