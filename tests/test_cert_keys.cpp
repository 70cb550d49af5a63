// Key files: created private, refused when others can read them, exported as text.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "cert_test_support.hpp"
#include "keys.hpp"
#include "payload.hpp"

using namespace signaal::certs;
using signaal::certs::test::file_mode;
using signaal::certs::test::TempDir;

TEST_CASE("init_keys makes a 0600 private key once and leaves it alone afterwards", "[cert][keys]") {
    TempDir tmp;
    const auto dir = tmp.path() / "keys";
    REQUIRE(init_keys(dir));
    const auto secret = signing_key_path(dir);
    CHECK(file_mode(secret) == 0600);
    CHECK(file_mode(dir) == 0700);
    const auto first = load_signing_key(secret).public_key();
    CHECK_FALSE(init_keys(dir));
    CHECK(load_signing_key(secret).public_key() == first);
    CHECK(load_public_key(public_key_path(dir)) == first);
}

TEST_CASE("load_signing_key refuses a key file others can read and names the fix", "[cert][keys]") {
    TempDir tmp;
    REQUIRE(init_keys(tmp.path()));
    const auto secret = signing_key_path(tmp.path());
    std::filesystem::permissions(secret, std::filesystem::perms(0644));
    CHECK_THROWS_WITH(load_signing_key(secret), Catch::Contains("chmod 600") && Catch::Contains(secret.string()));
    std::filesystem::permissions(secret, std::filesystem::perms(0640));
    CHECK_THROWS_AS(load_signing_key(secret), KeyError);
    std::filesystem::permissions(secret, std::filesystem::perms(0600));
    CHECK_NOTHROW(load_signing_key(secret));
}

TEST_CASE("missing and malformed key files give clear errors", "[cert][keys]") {
    TempDir tmp;
    CHECK_THROWS_WITH(load_signing_key(tmp.path() / "none.key"), Catch::Contains("keys init"));
    const auto bad = tmp.path() / "bad.key";
    std::ofstream(bad) << "signaal-ed25519-secret-key v1\nnot-base64!\n";
    std::filesystem::permissions(bad, std::filesystem::perms(0600));
    CHECK_THROWS_WITH(load_signing_key(bad), Catch::Contains("not a valid"));
    // A secret key handed over where a public key belongs is named as the wrong kind.
    REQUIRE(init_keys(tmp.path() / "k"));
    CHECK_THROWS_WITH(load_public_key(signing_key_path(tmp.path() / "k")), Catch::Contains("different kind"));
}

TEST_CASE("an exported public key verifies what the private key signed", "[cert][keys]") {
    TempDir tmp;
    REQUIRE(init_keys(tmp.path()));
    const SigningKey key = load_signing_key(signing_key_path(tmp.path()));
    const auto out = tmp.path() / "org.pub";
    export_public_key(key.public_key(), out);
    const PublicKey pk = load_public_key(out);
    PersonalClaim c{"S1", "Zoë de Vries", "m1", 1, Date{std::chrono::year(2025), std::chrono::month(1), std::chrono::day(1)},
                    Date{std::chrono::year(2026), std::chrono::month(1), std::chrono::day(1)}, "org"};
    CHECK(verify_payload(sign_payload(c, key), pk, c.completed).verdict == Verdict::Valid);
    std::string text = public_key_text(pk);
    CHECK(text.find("secret") == std::string::npos);  // the public file never carries the private half
}
