#include "open_badge.hpp"

#include <sodium.h>

#include <array>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "base64url.hpp"
#include "sodium_ready.hpp"

namespace signaal::certs {
namespace {

using nlohmann::json;

// The issuer needs a URI. The verification page's address is the organisation's public face;
// without one, a URN from the organisation id, which is unique to this organisation.
std::string issuer_id(const BadgeFacts& f) {
    return f.verify_url.empty() ? "urn:signaal:org:" + f.claim.organisation_id : f.verify_url;
}

// A stable urn:uuid for the credential, from the organisation and serial (UUIDv8: name-based
// with SHA-256, RFC 9562), so re-exporting the same certificate gives the same id.
std::string credential_uuid(const BadgeFacts& f) {
    ensure_sodium();
    const std::string name = f.claim.organisation_id + "/" + f.claim.serial;
    std::array<unsigned char, crypto_hash_sha256_BYTES> h{};
    crypto_hash_sha256(h.data(), reinterpret_cast<const unsigned char*>(name.data()), name.size());
    h[6] = static_cast<unsigned char>((h[6] & 0x0F) | 0x80);  // version 8
    h[8] = static_cast<unsigned char>((h[8] & 0x3F) | 0x80);  // RFC 9562 variant
    char out[40];
    std::snprintf(out, sizeof out, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", h[0], h[1],
                  h[2], h[3], h[4], h[5], h[6], h[7], h[8], h[9], h[10], h[11], h[12], h[13], h[14], h[15]);
    return std::string("urn:uuid:") + out;
}

std::string start_of_day(Date d) { return iso_date(d) + "T00:00:00Z"; }
std::string end_of_day(Date d) { return iso_date(d) + "T23:59:59Z"; }

}  // namespace

std::string open_badge_credential(const BadgeFacts& f) {
    const std::string issuer = issuer_id(f);
    const std::string achievement_id =
        (f.verify_url.empty() ? "urn:signaal:achievement:" + f.claim.organisation_id + ":" : f.verify_url + "achievements/") +
        f.claim.module_id + "/v" + std::to_string(f.claim.module_version);
    json credential = {
        {"@context", {"https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"}},
        {"id", credential_uuid(f)},
        {"type", {"VerifiableCredential", "OpenBadgeCredential"}},
        {"name", f.module_title},
        {"issuer", {{"id", issuer}, {"type", {"Profile"}}, {"name", f.organisation_name}}},
        {"validFrom", start_of_day(f.claim.completed)},
        {"validUntil", end_of_day(f.claim.valid_until)},
        {"credentialSubject",
         {{"type", {"AchievementSubject"}},
          // The learner is named in plain text: the certificate in their hands shows the name
          // too, and a verifier compares it with the person in front of them.
          {"identifier", {{{"type", "IdentityObject"}, {"identityType", "name"}, {"hashed", false},
                           {"identityHash", f.claim.person_name}}}},
          {"achievement",
           {{"id", achievement_id},
            {"type", {"Achievement"}},
            {"name", f.module_title},
            {"description", f.module_summary.empty() ? f.module_title : f.module_summary},
            {"criteria", {{"narrative", f.criteria}}},
            {"inLanguage", f.language},
            {"humanCode", f.claim.module_id}}}}},
    };
    return credential.dump();
}

std::string sign_open_badge(const BadgeFacts& f, const SigningKey& key) {
    ensure_sodium();
    const PublicKey pk = key.public_key();
    const json header = {{"alg", "EdDSA"}, {"typ", "vc+jwt"}, {"cty", "vc"}, {"kid", issuer_id(f) + "#" + key_id(pk)}};
    const std::string signing_input = base64url_encode(header.dump()) + "." + base64url_encode(open_badge_credential(f));
    std::array<unsigned char, crypto_sign_BYTES> sig{};
    crypto_sign_detached(sig.data(), nullptr, reinterpret_cast<const unsigned char*>(signing_input.data()),
                         signing_input.size(), key.data());
    return signing_input + "." + base64url_encode(sig.data(), sig.size());
}

}  // namespace signaal::certs
