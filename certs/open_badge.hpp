#pragma once
// A completion as an Open Badges 3.0 OpenBadgeCredential (Verifiable Credentials data model
// 2.0), secured as a compact JWS with EdDSA by the organisation's signing key (VC-JOSE-COSE),
// so a learner can keep it in a wallet and anyone can check it with a JOSE library.
#include <string>

#include "keys.hpp"
#include "payload.hpp"

namespace signaal::certs {

struct BadgeFacts {
    PersonalClaim claim;             // the same signed fields as the printed certificate
    std::string module_title;        // in the certificate's language
    std::string module_summary;
    std::string criteria;            // how it is earned, in words
    std::string organisation_name;
    std::string verify_url;          // the verification page, when set: the issuer's address
    std::string language;            // BCP 47, e.g. "nl"
};

// The credential itself (JSON, unsigned).
std::string open_badge_credential(const BadgeFacts& facts);
// header.payload.signature: {"alg":"EdDSA","typ":"vc+jwt","cty":"vc","kid":...}, the credential, Ed25519.
std::string sign_open_badge(const BadgeFacts& facts, const SigningKey& key);

}  // namespace signaal::certs
