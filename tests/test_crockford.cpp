// Verification codes as people type them back (common/crockford.hpp).
#include <catch2/catch.hpp>

#include "crockford.hpp"

using signaal::normalize_verification_code;

TEST_CASE("verification codes are normalised the way people type them") {
    CHECK(normalize_verification_code("k7qm 3xpa") == "K7QM-3XPA");
    CHECK(normalize_verification_code("K7QM-3XPA") == "K7QM-3XPA");
    CHECK(normalize_verification_code(" k7 qm3xpa\t") == "K7QM-3XPA");
    CHECK(normalize_verification_code("o1lI-aaaa") == "0111-AAAA");
}

TEST_CASE("what cannot be a verification code is refused") {
    CHECK_FALSE(normalize_verification_code(""));
    CHECK_FALSE(normalize_verification_code("ABCD-EFG"));    // too short
    CHECK_FALSE(normalize_verification_code("ABCD-EFGHJ"));  // too long
    CHECK_FALSE(normalize_verification_code("ABCD-EFGU"));   // U is not in the alphabet
    CHECK_FALSE(normalize_verification_code("ABCD_EFGH"));
}
