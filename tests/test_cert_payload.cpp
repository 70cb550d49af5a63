// Signed payloads: round trip, expiry, and that no change to a payload can pass as valid.
#include <catch2/catch.hpp>

#include "crockford.hpp"
#include "payload.hpp"
#include "verification_code.hpp"

using namespace signaal::certs;
using std::chrono::day;
using std::chrono::month;
using std::chrono::year;

namespace {

Date ymd(int y, unsigned m, unsigned d) { return Date{year(y), month(m), day(d)}; }

PersonalClaim claim(std::string name = "Łukasz Wiśniewski-Özdemir") {
    PersonalClaim c;
    c.serial = "SG-2025-004217";
    c.person_name = std::move(name);
    c.module_id = "hotel-reception";
    c.module_version = 3;
    c.completed = ymd(2025, 11, 23);
    c.valid_until = ymd(2027, 11, 23);
    c.organisation_id = "nl-signaal";
    return c;
}

const SigningKey& test_key() {
    static const SigningKey key = SigningKey::generate();
    return key;
}

}  // namespace

TEST_CASE("a personal payload round-trips every field and verifies as VALID", "[cert][payload]") {
    for (const char* name : {"Łukasz Wiśniewski-Özdemir", "Zoë de Vries", "Ștefan Dumitrescu", "Иван Петров",
                             "A.B. Dot.Name", "name with . dots and %2E and SG1."}) {
        const auto c = claim(name);
        const std::string p = sign_payload(c, test_key());
        CHECK(p.rfind("SG2." + key_id(test_key().public_key()) + ".", 0) == 0);
        const auto v = verify_payload(p, test_key().public_key(), ymd(2026, 1, 1));
        REQUIRE(v.verdict == Verdict::Valid);
        REQUIRE(v.personal);
        CHECK(v.personal->person_name == name);
        CHECK(v.personal->serial == c.serial);
        CHECK(v.personal->module_id == c.module_id);
        CHECK(v.personal->module_version == 3);
        CHECK(v.personal->completed == c.completed);
        CHECK(v.personal->valid_until == c.valid_until);
        CHECK(v.personal->organisation_id == c.organisation_id);
        CHECK_FALSE(v.venue);
    }
}

TEST_CASE("a payload for a typical name stays under 300 bytes so the QR code scans on paper", "[cert][payload]") {
    CHECK(sign_payload(claim(), test_key()).size() < 300);
}

TEST_CASE("valid on its last day, EXPIRED the day after, with the date", "[cert][payload]") {
    const std::string p = sign_payload(claim(), test_key());
    CHECK(verify_payload(p, test_key().public_key(), ymd(2027, 11, 23)).verdict == Verdict::Valid);
    const auto v = verify_payload(p, test_key().public_key(), ymd(2027, 11, 24));
    CHECK(v.verdict == Verdict::Expired);
    CHECK(iso_date(v.valid_until) == "2027-11-23");
}

TEST_CASE("every single-character change of a payload is INVALID", "[cert][payload]") {
    const std::string p = sign_payload(claim(), test_key());
    const auto pk = test_key().public_key();
    const Date today = ymd(2026, 1, 1);
    REQUIRE(verify_payload(p, pk, today).verdict == Verdict::Valid);
    // Several substitutes per position: letters, digits, the separator and base64's own symbols,
    // so trailing base64 bits and field boundaries are both exercised.
    const std::string substitutes = "AB01.-_zZ";
    for (std::size_t i = 0; i < p.size(); ++i) {
        for (char s : substitutes) {
            if (s == p[i]) continue;
            std::string changed = p;
            changed[i] = s;
            const auto v = verify_payload(changed, pk, today);
            INFO("position " << i << " changed to '" << s << "': " << changed);
            CHECK(v.verdict == Verdict::Invalid);
        }
    }
}

TEST_CASE("a payload signed with another key is INVALID", "[cert][payload]") {
    const SigningKey other = SigningKey::generate();
    const std::string p = sign_payload(claim(), other);
    const auto v = verify_payload(p, test_key().public_key(), ymd(2026, 1, 1));
    CHECK(v.verdict == Verdict::Invalid);
    CHECK_FALSE(v.personal);
}

TEST_CASE("malformed payloads are INVALID, never a crash", "[cert][payload]") {
    const std::string good = sign_payload(claim(), test_key());
    const auto pk = test_key().public_key();
    const Date today = ymd(2026, 1, 1);
    std::vector<std::string> inputs = {"", ".", "SG1", "SG1.", "SG1........", "SG1.........", "SV1.a.b.c.d.e.f.g.h",
                                       std::string(5000, 'A'), std::string(3, '\0'), "SG3." + good.substr(4), "SG1." + good.substr(4),
                                       good + ".", good + "A", "." + good, good.substr(0, good.size() - 1)};
    for (std::size_t n = 0; n < good.size(); n += 7) inputs.push_back(good.substr(0, n));
    std::string garbage;
    for (int i = 0; i < 400; ++i) garbage += static_cast<char>((i * 7919) % 256);
    inputs.push_back(garbage);
    for (const auto& in : inputs) {
        INFO(in);
        CHECK(verify_payload(in, pk, today).verdict == Verdict::Invalid);
    }
}

TEST_CASE("fields that cannot be signed are refused with the field named", "[cert][payload]") {
    auto c = claim();
    c.serial = "SG 1";
    CHECK_THROWS_WITH(sign_payload(c, test_key()), Catch::Contains("serial"));
    c = claim("");
    CHECK_THROWS_WITH(sign_payload(c, test_key()), Catch::Contains("person name"));
    c = claim();
    c.module_id = "a.b";
    CHECK_THROWS_WITH(sign_payload(c, test_key()), Catch::Contains("module id"));
    c = claim();
    c.valid_until = ymd(2025, 2, 30);
    CHECK_THROWS_WITH(sign_payload(c, test_key()), Catch::Contains("valid-until"));
}

TEST_CASE("a venue payload round-trips and is told apart from a personal one", "[cert][payload]") {
    VenueClaim c{"SV-2025-000042", "Hotel Ștefănescu. Zoë & Co", "nl-signaal", 18, 23, ymd(2025, 11, 23), ymd(2026, 11, 23)};
    const std::string p = sign_payload(c, test_key());
    CHECK(p.rfind("SV2." + key_id(test_key().public_key()) + ".", 0) == 0);
    const auto v = verify_payload(p, test_key().public_key(), ymd(2026, 1, 1));
    REQUIRE(v.verdict == Verdict::Valid);
    REQUIRE(v.venue);
    CHECK_FALSE(v.personal);
    CHECK(v.venue->venue_name == c.venue_name);
    CHECK(v.venue->trained == 18);
    CHECK(v.venue->staff == 23);
    CHECK(verify_payload(p, test_key().public_key(), ymd(2026, 11, 24)).verdict == Verdict::Expired);
    // Swapping the prefix must not let a venue payload pass as a personal one.
    CHECK(verify_payload("SG1" + p.substr(3), test_key().public_key(), ymd(2026, 1, 1)).verdict == Verdict::Invalid);
}

TEST_CASE("verification codes are 8 Crockford characters derived from the payload", "[cert][code]") {
    const std::string p = sign_payload(claim(), test_key());
    const std::string code = verification_code(p);
    REQUIRE(code.size() == 9);
    CHECK(code[4] == '-');
    CHECK(code.find_first_of("ILOU") == std::string::npos);
    CHECK(verification_code(p) == code);
    CHECK(verification_code(p + "x") != code);

    std::string typed;
    for (char ch : code)
        if (ch != '-') typed += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    // Derived codes use the alphabet people type back (the normalising itself: test_crockford.cpp).
    CHECK(signaal::normalize_verification_code(typed) == code);
}
