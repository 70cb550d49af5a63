// Verification after issue: key ids and rotation, withdrawn keys, revocation lists, old
// payloads, verification links, the key file checks of issue 14, badges and the page.
#include <catch2/catch.hpp>
#include <sodium.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include <nlohmann/json.hpp>

#include "base64url.hpp"
#include "cert_samples.hpp"
#include "cert_test_support.hpp"
#include "keys.hpp"
#include "open_badge.hpp"
#include "payload.hpp"
#include "verify_page.hpp"
#include "verify_page_assets.hpp"

using namespace signaal::certs;
using signaal::certs::test::TempDir;

namespace {

using samples::ymd;

PersonalClaim claim(std::string serial = "SG-2026-7KQ3MX") {
    return {std::move(serial), "Zoë de Vries", "hotel-reception", 2, ymd(2026, 3, 1), ymd(2027, 3, 1), "org-1"};
}

const SigningKey& key_a() {
    static const SigningKey k = SigningKey::generate();
    return k;
}
const SigningKey& key_b() {
    static const SigningKey k = SigningKey::generate();
    return k;
}
TrustedKey trusted(const SigningKey& k) { return {key_id(k.public_key()), k.public_key(), std::nullopt}; }

// A payload as Signaal printed it before key ids existed: SG1 and the same fields, no key id.
std::string legacy_payload(const PersonalClaim& c, const SigningKey& k) {
    const std::string body = "SG1." + c.serial + "." + c.module_id + "." + std::to_string(c.module_version) +
                             ".20260301.20270301." + c.organisation_id + "." + base64url_encode(c.person_name);
    unsigned char sig[crypto_sign_BYTES];
    crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char*>(body.data()), body.size(), k.data());
    return body + "." + base64url_encode(sig, sizeof sig);
}

// Every string that differs from s in exactly one character, over the characters a payload uses.
std::vector<std::string> one_character_changes(const std::string& s) {
    const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.";
    std::vector<std::string> out;
    for (std::size_t i = 0; i < s.size(); ++i)
        for (char c : alphabet)
            if (c != s[i]) {
                std::string t = s;
                t[i] = c;
                out.push_back(std::move(t));
            }
    return out;
}

}  // namespace

TEST_CASE("a payload names its key, and verifies only under that key of the keyring", "[cert][verify]") {
    const std::string p = sign_payload(claim(), key_b());
    const auto v = verify_payload(p, Keyring{trusted(key_a()), trusted(key_b())}, ymd(2026, 6, 1));
    CHECK(v.verdict == Verdict::Valid);
    CHECK(v.key_id == key_id(key_b().public_key()));
    const auto other = verify_payload(p, Keyring{trusted(key_a())}, ymd(2026, 6, 1));
    CHECK(other.verdict == Verdict::Invalid);
    CHECK_THAT(other.reason, Catch::Contains("not one of this organisation's keys"));
}

TEST_CASE("payloads printed before key ids keep verifying, against whichever key signed them", "[cert][verify]") {
    const std::string old = legacy_payload(claim(), key_a());
    const auto v = verify_payload(old, Keyring{trusted(key_b()), trusted(key_a())}, ymd(2026, 6, 1));
    REQUIRE(v.verdict == Verdict::Valid);
    CHECK(v.key_id == key_id(key_a().public_key()));
    CHECK(v.personal->person_name == "Zoë de Vries");
    CHECK(verify_payload(old, Keyring{trusted(key_b())}, ymd(2026, 6, 1)).verdict == Verdict::Invalid);
}

TEST_CASE("a withdrawn key verifies nothing, and says why", "[cert][verify]") {
    TrustedKey a = trusted(key_a());
    a.withdrawn = "laptop stolen on 2026-05-02";
    for (const std::string& p : {sign_payload(claim(), key_a()), legacy_payload(claim(), key_a())}) {
        const auto v = verify_payload(p, Keyring{a, trusted(key_b())}, ymd(2026, 6, 1));
        CHECK(v.verdict == Verdict::Invalid);
        CHECK_THAT(v.reason, Catch::Contains("withdrawn") && Catch::Contains("laptop stolen"));
    }
}

TEST_CASE("a revoked certificate is REVOKED with its reason, even once expired", "[cert][verify]") {
    const Keyring keys{trusted(key_a())};
    const std::string list = sign_revocations({{"SG-2026-ZZZZZZ", ymd(2026, 4, 1), "x"},
                                               {"SG-2026-7KQ3MX", ymd(2026, 5, 1), "quiz taken\tby\nsomeone else"}},
                                              ymd(2026, 5, 2), key_a());
    const auto check = verify_revocations(list, keys);
    REQUIRE(check.list);
    CHECK(check.list->entries.size() == 2);
    for (Date today : {ymd(2026, 6, 1), ymd(2028, 1, 1)}) {
        const auto v = verify_payload(sign_payload(claim(), key_a()), keys, today, &*check.list);
        REQUIRE(v.verdict == Verdict::Revoked);
        CHECK(v.revocation->reason == "quiz taken by someone else");  // one line, as the page shows it
        CHECK(v.revocation->on == ymd(2026, 5, 1));
    }
    CHECK(verify_payload(sign_payload(claim("SG-2026-AAAAAA"), key_a()), keys, ymd(2026, 6, 1), &*check.list).verdict ==
          Verdict::Valid);
    // An empty list is a list too.
    const auto empty = verify_revocations(sign_revocations({}, ymd(2026, 5, 2), key_a()), keys);
    REQUIRE(empty.list);
    CHECK(empty.list->entries.empty());
}

TEST_CASE("every one-character change of a payload, key id or revocation list is not genuine", "[cert][verify]") {
    const Keyring keys{trusted(key_a())};
    const Date today = ymd(2026, 6, 1);
    const std::string p = sign_payload(claim(), key_a());
    REQUIRE(verify_payload(p, keys, today).verdict == Verdict::Valid);
    for (const auto& changed : one_character_changes(p)) {
        INFO(changed);
        REQUIRE(verify_payload(changed, keys, today).verdict == Verdict::Invalid);
    }
    // The key id in the keyring: a payload finds no key of that name.
    for (const auto& id : one_character_changes(keys[0].id)) {
        INFO(id);
        REQUIRE(verify_payload(p, Keyring{{id, keys[0].key, std::nullopt}}, today).verdict == Verdict::Invalid);
    }
    const std::string list = sign_revocations({{"SG-2026-ZZZZZZ", ymd(2026, 4, 1), "mistake"}}, ymd(2026, 5, 2), key_a());
    REQUIRE(verify_revocations(list, keys).list);
    for (const auto& changed : one_character_changes(list)) {
        INFO(changed);
        const auto c = verify_revocations(changed, keys);
        REQUIRE_FALSE(c.list);
        REQUIRE_FALSE(c.error.empty());
    }
}

TEST_CASE("the QR code holds the verification address with the payload in its fragment", "[cert][verify]") {
    const std::string p = sign_payload(claim(), key_a());
    CHECK(verification_link("", p) == p);
    const std::string link = verification_link("https://verify.example.nl/", p);
    CHECK(link == "https://verify.example.nl/#" + p);
    CHECK(payload_from_scan(link) == p);
    CHECK(payload_from_scan(" " + p + "\n") == p);
    CHECK(verify_url_problem("https://verify.example.nl/").empty());
    CHECK(verify_url_problem("http://10.0.0.5/signaal/").empty());
    for (const char* bad : {"", "verify.example.nl/", "ftp://x/", "https://verify.example.nl", "https:///",
                            "https://verify.example.nl/?a/", "https://verify.example.nl/#/", "https://a b/"}) {
        INFO(bad);
        CHECK_FALSE(verify_url_problem(bad).empty());
    }
}

TEST_CASE("a signing key whose public half does not match its private half is refused", "[cert][keys][issue14]") {
    TempDir tmp;
    REQUIRE(init_keys(tmp.path()));
    const auto path = signing_key_path(tmp.path());
    // Splice: key A's seed with key B's public half, as a damaged or tampered file would hold.
    std::array<std::uint8_t, SigningKey::kSize> spliced{};
    std::memcpy(spliced.data(), key_a().data(), 32);
    const auto pk_b = key_b().public_key();
    std::memcpy(spliced.data() + 32, pk_b.data(), 32);
    std::filesystem::remove(path);
    {
        std::ofstream out(path);
        out << "signaal-ed25519-secret-key v1\n" << base64url_encode(spliced.data(), spliced.size()) << "\n";
    }
    std::filesystem::permissions(path, std::filesystem::perms(0600));
    CHECK_THROWS_WITH(load_signing_key(path), Catch::Contains("damaged") && Catch::Contains(path.string()));
    CHECK(key_a().public_half_matches());
}

TEST_CASE("the signing key is judged on the file it opened: a symlink is refused", "[cert][keys][issue14]") {
    // stat() before open() followed the link and judged the target, so a link in the key folder
    // could point the kiosk at any 0600 file it was handed later; the opened file is checked now.
    TempDir tmp;
    REQUIRE(init_keys(tmp.path() / "real"));
    const auto link = tmp.path() / "signing.key";
    std::filesystem::create_symlink(signing_key_path(tmp.path() / "real"), link);
    CHECK_THROWS_AS(load_signing_key(link), KeyError);
    std::filesystem::create_directory(tmp.path() / "dir.key");
    std::filesystem::permissions(tmp.path() / "dir.key", std::filesystem::perms(0700));
    CHECK_THROWS_WITH(load_signing_key(tmp.path() / "dir.key"), Catch::Contains("not a regular file"));
    CHECK_NOTHROW(load_signing_key(signing_key_path(tmp.path() / "real")));
}

TEST_CASE("rotating keys swaps in a new pair only after the caller has kept both public keys", "[cert][keys]") {
    TempDir tmp;
    REQUIRE(init_keys(tmp.path()));
    const auto before = load_signing_key(signing_key_path(tmp.path())).public_key();
    // A failing caller (the store cannot record the keys) leaves the old key in use.
    CHECK_THROWS(rotate_keys(tmp.path(), [](const Rotation&) { throw std::runtime_error("disk full"); }));
    CHECK(load_signing_key(signing_key_path(tmp.path())).public_key() == before);

    Rotation seen;
    const Rotation r = rotate_keys(tmp.path(), [&](const Rotation& x) {
        seen = x;
        // Still the old key at this moment.
        CHECK(load_signing_key(signing_key_path(tmp.path())).public_key() == before);
    });
    CHECK(r.old_key == before);
    CHECK(seen.new_key == r.new_key);
    CHECK(r.new_key != before);
    CHECK(load_signing_key(signing_key_path(tmp.path())).public_key() == r.new_key);
    CHECK(load_public_key(public_key_path(tmp.path())) == r.new_key);
    CHECK(signaal::certs::test::file_mode(signing_key_path(tmp.path())) == 0600);
    CHECK(std::distance(std::filesystem::directory_iterator(tmp.path()), {}) == 2);  // no temporary file left
}

TEST_CASE("an Open Badges credential is a compact EdDSA JWS over the credential", "[cert][badge]") {
    BadgeFacts f{claim(), "Recognising exploitation", "What to look for", "Completed it", "Stichting Signaal",
                 "https://verify.example.nl/", "en"};
    const std::string jws = sign_open_badge(f, key_a());
    const auto dot1 = jws.find('.'), dot2 = jws.rfind('.');
    REQUIRE(dot1 != dot2);
    const auto header = base64url_decode(jws.substr(0, dot1));
    const auto body = base64url_decode(jws.substr(dot1 + 1, dot2 - dot1 - 1));
    const auto sig = base64url_decode(jws.substr(dot2 + 1));
    REQUIRE((header && body && sig && sig->size() == crypto_sign_BYTES));
    const auto h = nlohmann::json::parse(std::string(header->begin(), header->end()));
    CHECK(h["alg"] == "EdDSA");
    CHECK(h["kid"] == "https://verify.example.nl/#" + key_id(key_a().public_key()));
    const auto pk = key_a().public_key();
    CHECK(crypto_sign_verify_detached(sig->data(), reinterpret_cast<const unsigned char*>(jws.data()), dot2, pk.data()) == 0);
    const auto vc = nlohmann::json::parse(std::string(body->begin(), body->end()));
    CHECK(vc["credentialSubject"]["identifier"][0]["identityHash"] == "Zoë de Vries");
    CHECK(vc["validUntil"] == "2027-03-01T23:59:59Z");
    CHECK(std::string(body->begin(), body->end()) == open_badge_credential(f));
}

TEST_CASE("the verification page carries its data safely and allows no request", "[cert][page]") {
    VerifyPageData d;
    d.organisation_id = "org-1";
    d.organisation_name = "Evil </script><script>alert(1)</script>";
    d.keys = {trusted(key_a())};
    d.revocations = sign_revocations({}, ymd(2026, 5, 2), key_a());
    d.languages = {{"nl", "Nederlands"}, {"en", "English"}};
    d.texts["nl"]["verify_page_title"] = "Certificaat <controleren>";
    const std::string html = verify_page_html(d);
    // One closing script tag for the data block and one for the script: the name cannot add one.
    std::size_t closes = 0;
    for (auto at = html.find("</script>"); at != std::string::npos; at = html.find("</script>", at + 1)) ++closes;
    CHECK(closes == 2);
    CHECK(html.find("<title>Certificaat &lt;controleren&gt;</title>") != std::string::npos);
    CHECK(html.find("default-src 'none'") != std::string::npos);
    CHECK(html.find("script-src 'sha256-") != std::string::npos);
    CHECK(html.find("{{") == std::string::npos);  // every placeholder filled
    CHECK(html.find(verify_page_assets::kScript) != std::string::npos);
    // Nothing in the page names another address to load from.
    for (const char* fetch : {"src=\"http", "href=\"http", "fetch(", "XMLHttpRequest", "@import"}) {
        INFO(fetch);
        CHECK(html.find(fetch) == std::string::npos);
    }
}
