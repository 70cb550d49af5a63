#include "payload.hpp"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <vector>

#include "base64url.hpp"
#include "dates.hpp"
#include "sodium_ready.hpp"

namespace signaal::certs {

namespace {

constexpr std::string_view kPersonalPrefix = "SG2";
constexpr std::string_view kVenuePrefix = "SV2";
constexpr std::string_view kLegacyPersonalPrefix = "SG1";  // before key rotation: no key id
constexpr std::string_view kLegacyVenuePrefix = "SV1";
constexpr std::string_view kRevocationPrefix = "SR1";
constexpr std::size_t kMaxRevocations = 8u << 20;  // bytes; hundreds of thousands of entries
constexpr std::size_t kMaxPayload = 1024;  // a QR code on paper holds far less; longer is not ours
constexpr std::size_t kMaxId = 48;
constexpr std::size_t kMaxName = 480;  // bytes of UTF-8: 120 characters of up to 4 bytes
constexpr std::size_t kLegacyFields = 9;  // prefix, seven data fields, signature
constexpr std::size_t kFields = 10;       // prefix, key id, seven data fields, signature

bool is_id(std::string_view s) {
    if (s.empty() || s.size() > kMaxId) return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
            return false;
    return true;
}

void require_id(std::string_view what, std::string_view value) {
    if (!is_id(value))
        throw PayloadError(std::string(what) + " '" + std::string(value) +
                           "' must be 1-48 characters of A-Z, a-z, 0-9, '_' or '-'");
}

void require_name(std::string_view what, std::string_view value) {
    if (value.empty()) throw PayloadError(std::string(what) + " is empty");
    if (value.size() > kMaxName) throw PayloadError(std::string(what) + " is longer than " + std::to_string(kMaxName) + " bytes");
}

void require_count(std::string_view what, int n) {
    if (n < 0 || n > 999999) throw PayloadError(std::string(what) + " must be between 0 and 999999");
}

void require_date(std::string_view what, Date d) {
    if (!d.ok() || int(d.year()) < 2000 || int(d.year()) > 9999) throw PayloadError(std::string(what) + " is not a valid date");
}

std::string compact_date(Date d) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d%02u%02u", int(d.year()), unsigned(d.month()), unsigned(d.day()));
    return buf;
}

// Strict decimal: digits only, no sign, no leading zero, at most six digits.
std::optional<int> parse_count(std::string_view s) {
    if (s.empty() || s.size() > 6 || (s.size() > 1 && s[0] == '0')) return std::nullopt;
    int v = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return std::nullopt;
        v = v * 10 + (c - '0');
    }
    return v;
}

std::optional<Date> parse_date(std::string_view s) {
    if (s.size() != 8) return std::nullopt;
    for (char c : s)
        if (c < '0' || c > '9') return std::nullopt;
    const int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    const unsigned m = unsigned((s[4] - '0') * 10 + (s[5] - '0'));
    const unsigned d = unsigned((s[6] - '0') * 10 + (s[7] - '0'));
    const Date date{std::chrono::year(y), std::chrono::month(m), std::chrono::day(d)};
    if (!date.ok()) return std::nullopt;
    return date;
}

std::optional<std::string> parse_name(std::string_view s) {
    const auto bytes = base64url_decode(s);
    if (!bytes || bytes->empty() || bytes->size() > kMaxName) return std::nullopt;
    return std::string(bytes->begin(), bytes->end());
}

std::string sign_fields(const std::vector<std::string>& fields, const SigningKey& key) {
    ensure_sodium();
    std::string body;
    for (const auto& f : fields) body += (body.empty() ? "" : ".") + f;
    std::array<std::uint8_t, crypto_sign_BYTES> sig{};
    crypto_sign_detached(sig.data(), nullptr, reinterpret_cast<const unsigned char*>(body.data()), body.size(), key.data());
    return body + "." + base64url_encode(sig.data(), sig.size());
}

Verification invalid(std::string reason) {
    Verification v;
    v.reason = std::move(reason);
    return v;
}

// Splits on '.', giving up once there are more pieces than `most`.
std::vector<std::string_view> split_fields(std::string_view text, std::size_t most = kFields) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (out.size() <= most) {
        const std::size_t dot = text.find('.', start);
        out.push_back(text.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start));
        if (dot == std::string_view::npos) break;
        start = dot + 1;
    }
    return out;
}

Verification judge(const std::string& serial, Date valid_until, Date today, const RevocationList* revoked) {
    Verification v;
    v.valid_until = valid_until;
    if (const Revocation* r = revoked ? revoked->find(serial) : nullptr) {
        v.verdict = Verdict::Revoked;
        v.revocation = *r;
        return v;
    }
    v.verdict = std::chrono::sys_days(today) > std::chrono::sys_days(valid_until) ? Verdict::Expired : Verdict::Valid;
    return v;
}

bool signature_holds(std::string_view body, const std::vector<std::uint8_t>& sig, const PublicKey& key) {
    return crypto_sign_verify_detached(sig.data(), reinterpret_cast<const unsigned char*>(body.data()), body.size(),
                                       key.data()) == 0;
}

// Which trusted key signed `body`: the one named by `key_id`, or for a legacy payload without
// one, whichever verifies. Empty `error` and a key id when the signature holds.
struct Signer {
    std::string key_id;
    std::string error;
};
Signer find_signer(std::string_view body, std::string_view signature, std::optional<std::string_view> key_id,
                   const Keyring& keys) {
    const auto sig = base64url_decode(signature);
    if (!sig || sig->size() != crypto_sign_BYTES) return {{}, "malformed signature"};
    ensure_sodium();
    for (const TrustedKey& k : keys) {
        if (key_id && k.id != *key_id) continue;
        if (!signature_holds(body, *sig, k.key)) continue;
        if (k.withdrawn) return {{}, "signed with key " + k.id + ", which the organisation has withdrawn: " + *k.withdrawn};
        return {k.id, {}};
    }
    if (key_id && std::none_of(keys.begin(), keys.end(), [&](const TrustedKey& k) { return k.id == *key_id; }))
        return {{}, "signed with key " + std::string(*key_id) + ", which is not one of this organisation's keys"};
    return {{}, "signature does not match (altered, or signed with another key)"};
}

// Reasons are one line: control characters (tabs and newlines included) become spaces.
std::string clean_reason(std::string_view reason) {
    std::string out;
    for (char c : reason) out += (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) ? ' ' : c;
    const auto first = out.find_first_not_of(' ');
    if (first == std::string::npos) return {};
    return out.substr(first, out.find_last_not_of(' ') - first + 1);
}

}  // namespace

std::string iso_date(Date d) { return to_iso(std::chrono::sys_days{d}); }

Keyring keyring_of(const PublicKey& key) { return {TrustedKey{key_id(key), key, std::nullopt}}; }

std::string sign_payload(const PersonalClaim& c, const SigningKey& key) {
    require_id("serial", c.serial);
    require_id("module id", c.module_id);
    require_id("organisation id", c.organisation_id);
    require_name("person name", c.person_name);
    require_count("module version", c.module_version);
    require_date("completion date", c.completed);
    require_date("valid-until date", c.valid_until);
    return sign_fields({std::string(kPersonalPrefix), key_id(key.public_key()), c.serial, c.module_id,
                        std::to_string(c.module_version), compact_date(c.completed), compact_date(c.valid_until),
                        c.organisation_id, base64url_encode(c.person_name)},
                       key);
}

std::string sign_payload(const VenueClaim& c, const SigningKey& key) {
    require_id("serial", c.serial);
    require_id("organisation id", c.organisation_id);
    require_name("venue name", c.venue_name);
    require_count("trained staff", c.trained);
    require_count("staff", c.staff);
    require_date("issue date", c.issued);
    require_date("valid-until date", c.valid_until);
    return sign_fields({std::string(kVenuePrefix), key_id(key.public_key()), c.serial, c.organisation_id,
                        std::to_string(c.trained), std::to_string(c.staff), compact_date(c.issued),
                        compact_date(c.valid_until), base64url_encode(c.venue_name)},
                       key);
}

Verification verify_payload(std::string_view text, const PublicKey& key, Date today) {
    return verify_payload(text, keyring_of(key), today);
}

Verification verify_payload(std::string_view text, const Keyring& keys, Date today, const RevocationList* revoked) {
    if (text.empty()) return invalid("empty payload");
    if (text.size() > kMaxPayload) return invalid("payload too long");
    const auto all = split_fields(text);
    const bool personal = all[0] == kPersonalPrefix || all[0] == kLegacyPersonalPrefix;
    const bool legacy = all[0] == kLegacyPersonalPrefix || all[0] == kLegacyVenuePrefix;
    if (!personal && all[0] != kVenuePrefix && all[0] != kLegacyVenuePrefix)
        return invalid("not a Signaal certificate (unknown prefix)");
    if (all.size() != (legacy ? kLegacyFields : kFields)) return invalid("wrong number of fields");
    const std::optional<std::string_view> named_key = legacy ? std::nullopt : std::optional(all[1]);
    if (named_key && !is_id(*named_key)) return invalid("malformed key id");

    // The signature first: nothing below is trusted until it holds.
    const std::string_view signature = all.back();
    const Signer signer = find_signer(text.substr(0, text.size() - signature.size() - 1), signature, named_key, keys);
    if (!signer.error.empty()) return invalid(signer.error);

    // The seven data fields, the same in both versions.
    const std::vector<std::string_view> f(all.begin() + (legacy ? 1 : 2), all.end() - 1);
    Verification v;
    if (personal) {
        PersonalClaim c;
        const auto version = parse_count(f[2]);
        const auto completed = parse_date(f[3]);
        const auto valid_until = parse_date(f[4]);
        auto name = parse_name(f[6]);
        if (!is_id(f[0]) || !is_id(f[1]) || !version || !completed || !valid_until || !is_id(f[5]) || !name)
            return invalid("malformed field");
        c.serial = f[0];
        c.module_id = f[1];
        c.module_version = *version;
        c.completed = *completed;
        c.valid_until = *valid_until;
        c.organisation_id = f[5];
        c.person_name = std::move(*name);
        v = judge(c.serial, c.valid_until, today, revoked);
        v.personal = std::move(c);
    } else {
        VenueClaim c;
        const auto trained = parse_count(f[2]);
        const auto staff = parse_count(f[3]);
        const auto issued = parse_date(f[4]);
        const auto valid_until = parse_date(f[5]);
        auto name = parse_name(f[6]);
        if (!is_id(f[0]) || !is_id(f[1]) || !trained || !staff || !issued || !valid_until || !name)
            return invalid("malformed field");
        c.serial = f[0];
        c.organisation_id = f[1];
        c.trained = *trained;
        c.staff = *staff;
        c.issued = *issued;
        c.valid_until = *valid_until;
        c.venue_name = std::move(*name);
        v = judge(c.serial, c.valid_until, today, revoked);
        v.venue = std::move(c);
    }
    v.key_id = signer.key_id;
    return v;
}

// [section] Revocation lists --------------------------------------------------------------------

const Revocation* RevocationList::find(std::string_view serial) const {
    const auto it = std::lower_bound(entries.begin(), entries.end(), serial,
                                     [](const Revocation& r, std::string_view s) { return r.serial < s; });
    return it != entries.end() && it->serial == serial ? &*it : nullptr;
}

std::string sign_revocations(std::vector<Revocation> entries, Date issued, const SigningKey& key) {
    require_date("issue date", issued);
    std::sort(entries.begin(), entries.end(), [](const Revocation& a, const Revocation& b) { return a.serial < b.serial; });
    std::string body;
    for (const auto& r : entries) {
        require_id("serial", r.serial);
        require_date("revocation date", r.on);
        body += r.serial + "\t" + compact_date(r.on) + "\t" + clean_reason(r.reason) + "\n";
    }
    return sign_fields({std::string(kRevocationPrefix), key_id(key.public_key()), compact_date(issued),
                        base64url_encode(body)},
                       key);
}

RevocationCheck verify_revocations(std::string_view text, const Keyring& keys) {
    while (!text.empty() && (text.back() == '\n' || text.back() == '\r' || text.back() == ' ')) text.remove_suffix(1);
    auto fail = [](std::string why) { return RevocationCheck{std::nullopt, std::move(why)}; };
    if (text.size() > kMaxRevocations) return fail("the revocation list is too long");
    const auto f = split_fields(text, 5);
    if (f[0] != kRevocationPrefix || f.size() != 5) return fail("not a Signaal revocation list");
    if (!is_id(f[1])) return fail("the revocation list has a malformed key id");
    const Signer signer = find_signer(text.substr(0, text.size() - f[4].size() - 1), f[4], f[1], keys);
    if (!signer.error.empty()) return fail("the revocation list cannot be trusted: " + signer.error);
    const auto issued = parse_date(f[2]);
    const auto body = base64url_decode(f[3]);
    if (!issued || !body) return fail("the revocation list has a malformed field");
    RevocationList list;
    list.key_id = signer.key_id;
    list.issued = *issued;
    const std::string_view all(reinterpret_cast<const char*>(body->data()), body->size());
    for (std::size_t start = 0; start < all.size();) {
        const std::size_t end = all.find('\n', start);
        if (end == std::string_view::npos) return fail("the revocation list has a malformed entry");
        const std::string_view line = all.substr(start, end - start);
        start = end + 1;
        const std::size_t t1 = line.find('\t'), t2 = line.find('\t', t1 == std::string_view::npos ? t1 : t1 + 1);
        if (t1 == std::string_view::npos || t2 == std::string_view::npos) return fail("the revocation list has a malformed entry");
        const auto on = parse_date(line.substr(t1 + 1, t2 - t1 - 1));
        if (!is_id(line.substr(0, t1)) || !on) return fail("the revocation list has a malformed entry");
        list.entries.push_back({std::string(line.substr(0, t1)), *on, std::string(line.substr(t2 + 1))});
    }
    // Signed lists are sorted; find() relies on it.
    if (!std::is_sorted(list.entries.begin(), list.entries.end(),
                        [](const Revocation& a, const Revocation& b) { return a.serial < b.serial; }))
        return fail("the revocation list is not in order");
    return {std::move(list), {}};
}

// [section] Links ---------------------------------------------------------------------------------

std::string verification_link(std::string_view verify_url, std::string_view payload) {
    if (verify_url.empty()) return std::string(payload);
    return std::string(verify_url) + "#" + std::string(payload);
}

std::string_view payload_from_scan(std::string_view scanned) {
    while (!scanned.empty() && (scanned.back() == '\n' || scanned.back() == '\r' || scanned.back() == ' '))
        scanned.remove_suffix(1);
    while (!scanned.empty() && scanned.front() == ' ') scanned.remove_prefix(1);
    const auto hash = scanned.find('#');
    return hash == std::string_view::npos ? scanned : scanned.substr(hash + 1);
}

std::string verify_url_problem(std::string_view url) {
    const bool https = url.rfind("https://", 0) == 0, http = url.rfind("http://", 0) == 0;
    if (!https && !http) return "must start with https:// (or http://)";
    const std::size_t host_start = https ? 8 : 7;
    if (url.size() <= host_start || url[host_start] == '/') return "has no host name";
    if (url.back() != '/') return "must end with '/'";
    if (url.size() > 200) return "is longer than 200 characters";
    for (char c : url) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7F) return "must not contain spaces or control characters";
        if (c == '#' || c == '?') return "must not contain '#' or '?': the certificate goes after the '#'";
    }
    return {};
}

}  // namespace signaal::certs
