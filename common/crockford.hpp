#pragma once
// Crockford base32, as certificate serials and verification codes are written: the alphabet
// leaves out I, L, O and U, which people confuse with 1, 0 and V, so a code read aloud or copied
// from paper can be typed back.
#include <optional>
#include <string>
#include <string_view>

namespace signaal {

inline constexpr std::string_view kCrockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

// What someone typed as a verification code, in the canonical XXXX-XXXX form: case-insensitive,
// dashes, spaces and tabs ignored, O read as 0 and I/L as 1. nullopt when it cannot be a code.
std::optional<std::string> normalize_verification_code(std::string_view typed);

}  // namespace signaal
