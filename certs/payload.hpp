#pragma once
// The signed text that goes into a certificate's QR code and PDF metadata.
//
//   personal: SG1.<serial>.<module>.<version>.<completed>.<valid-until>.<org>.<name>.<signature>
//   venue:    SV1.<serial>.<org>.<trained>.<staff>.<issued>.<valid-until>.<venue name>.<signature>
//
// Ids are restricted to [A-Za-z0-9_-] so they need no escaping; dates are YYYYMMDD; names are
// URL-safe base64 of their UTF-8 bytes, so any character (dots included) is unambiguous. The
// Ed25519 signature (base64) covers every byte before the last dot, so any change breaks it.
#include <chrono>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

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

enum class Verdict { Valid, Expired, Invalid };

struct Verification {
    Verdict verdict = Verdict::Invalid;
    std::string reason;               // why Invalid
    Date valid_until{};               // for Valid and Expired
    std::optional<PersonalClaim> personal;  // the signed fields, when the signature holds
    std::optional<VenueClaim> venue;
};

// Never throws and never reads out of bounds, whatever `text` holds.
Verification verify_payload(std::string_view text, const PublicKey& key, Date today);

// "YYYY-MM-DD" (signaal::to_iso, dates.hpp, for the year_month_day the claims carry).
std::string iso_date(Date d);

}  // namespace signaal::certs
