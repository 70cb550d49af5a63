#pragma once
// The signed text that goes into a certificate's QR code and PDF metadata.
//
//   personal: SG2.<key id>.<serial>.<module>.<version>.<completed>.<valid-until>.<org>.<name>.<signature>
//   venue:    SV2.<key id>.<serial>.<org>.<trained>.<staff>.<issued>.<valid-until>.<venue name>.<signature>
//
// The key id (key_id(), keys.hpp) names the key that signed, so after a key rotation a verifier
// knows which public key to use. Payloads printed before rotation existed (SG1 and SV1: the same
// without the key id) keep verifying: they are tried against every trusted key.
//
// Ids are restricted to [A-Za-z0-9_-] so they need no escaping; dates are YYYYMMDD; names are
// URL-safe base64 of their UTF-8 bytes, so any character (dots included) is unambiguous. The
// Ed25519 signature (base64) covers every byte before the last dot, so any change breaks it.
#include <chrono>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "keys.hpp"

namespace signaal::certs {

using Date = std::chrono::year_month_day;

// A field the caller gave cannot be signed (bad id characters, empty name...): the message says which.
struct PayloadError : std::invalid_argument {
    using std::invalid_argument::invalid_argument;
};

struct PersonalClaim {
    std::string serial;
    std::string person_name;  // any UTF-8
    std::string module_id;
    int module_version = 1;
    Date completed{};
    Date valid_until{};
    std::string organisation_id;
};

struct VenueClaim {
    std::string serial;
    std::string venue_name;  // any UTF-8
    std::string organisation_id;
    int trained = 0;
    int staff = 0;
    Date issued{};
    Date valid_until{};
};

std::string sign_payload(const PersonalClaim& claim, const SigningKey& key);
std::string sign_payload(const VenueClaim& claim, const SigningKey& key);

// A public key a verifier trusts, by its id. A withdrawn key (compromised) verifies nothing:
// certificates under it are judged not genuine, with the reason given when it was withdrawn.
struct TrustedKey {
    std::string id;  // key_id(key)
    PublicKey key{};
    std::optional<std::string> withdrawn;  // the reason, once withdrawn
};
using Keyring = std::vector<TrustedKey>;
Keyring keyring_of(const PublicKey& key);  // one trusted key

// A certificate the organisation has taken back, and why.
struct Revocation {
    std::string serial;
    Date on{};
    std::string reason;  // one line of UTF-8
};

// The organisation's signed list of revoked serials, as `cert verify --revoked` and the
// verification page read it:
//   SR1.<key id>.<issued>.<entries>.<signature>
// entries: URL-safe base64 of UTF-8 lines "<serial>\t<YYYYMMDD>\t<reason>\n", sorted by serial.
struct RevocationList {
    std::string key_id;
    Date issued{};
    std::vector<Revocation> entries;
    const Revocation* find(std::string_view serial) const;
};
std::string sign_revocations(std::vector<Revocation> entries, Date issued, const SigningKey& key);
// The list, or the reason it cannot be trusted (damaged, altered, unknown or withdrawn key).
struct RevocationCheck {
    std::optional<RevocationList> list;
    std::string error;
};
RevocationCheck verify_revocations(std::string_view text, const Keyring& keys);

enum class Verdict { Valid, Expired, Revoked, Invalid };

struct Verification {
    Verdict verdict = Verdict::Invalid;
    std::string reason;               // why Invalid
    Date valid_until{};               // for Valid, Expired and Revoked
    std::string key_id;               // the key whose signature holds
    std::optional<Revocation> revocation;   // for Revoked
    std::optional<PersonalClaim> personal;  // the signed fields, when the signature holds
    std::optional<VenueClaim> venue;
};

// Never throws and never reads out of bounds, whatever `text` holds. With `revoked`, a listed
// serial is Revoked (ahead of Expired: taking a certificate back is the stronger statement).
Verification verify_payload(std::string_view text, const Keyring& keys, Date today,
                            const RevocationList* revoked = nullptr);
Verification verify_payload(std::string_view text, const PublicKey& key, Date today);

// What the QR code holds: with a verification address (setting verify_url), the address with
// the payload in its fragment ("https://verify.example.nl/#SG2..."), so the payload, name and
// all, is never sent to the web server; without one, the payload alone.
std::string verification_link(std::string_view verify_url, std::string_view payload);
// The payload in what a scanner or a person hands over: a link as above, or the payload itself.
std::string_view payload_from_scan(std::string_view scanned);
// Why a verification address cannot be used (empty when it can): it must be an https:// or
// http:// address ending in '/', with no fragment, query, spaces or control characters.
std::string verify_url_problem(std::string_view url);

// "YYYY-MM-DD" (signaal::to_iso, dates.hpp, for the year_month_day the claims carry).
std::string iso_date(Date d);

}  // namespace signaal::certs
