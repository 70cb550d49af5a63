#include "payload.hpp"

#include <sodium.h>

#include <array>
#include <charconv>
#include <cstdio>
#include <vector>

#include "base64url.hpp"
#include "dates.hpp"
#include "sodium_ready.hpp"

namespace signaal::certs {

namespace {

constexpr std::string_view kPersonalPrefix = "SG1";
constexpr std::string_view kVenuePrefix = "SV1";
constexpr std::size_t kMaxPayload = 1024;  // a QR code on paper holds far less; longer is not ours
constexpr std::size_t kMaxId = 48;
constexpr std::size_t kMaxName = 480;  // bytes of UTF-8: 120 characters of up to 4 bytes
constexpr std::size_t kFields = 9;     // prefix, seven data fields, signature

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

// Splits on '.', giving up once there are more pieces than any payload has.
std::vector<std::string_view> split_fields(std::string_view text) {
    std::vector<std::string_view> out;
    std::size_t start = 0;
    while (out.size() <= kFields) {
        const std::size_t dot = text.find('.', start);
        out.push_back(text.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start));
        if (dot == std::string_view::npos) break;
        start = dot + 1;
    }
    return out;
}

Verification judge(Date valid_until, Date today) {
    Verification v;
    v.valid_until = valid_until;
    v.verdict = std::chrono::sys_days(today) > std::chrono::sys_days(valid_until) ? Verdict::Expired : Verdict::Valid;
    return v;
}

}  // namespace

std::string iso_date(Date d) { return to_iso(std::chrono::sys_days{d}); }

std::string sign_payload(const PersonalClaim& c, const SigningKey& key) {
    require_id("serial", c.serial);
    require_id("module id", c.module_id);
    require_id("organisation id", c.organisation_id);
    require_name("person name", c.person_name);
    require_count("module version", c.module_version);
    require_date("completion date", c.completed);
    require_date("valid-until date", c.valid_until);
    return sign_fields({std::string(kPersonalPrefix), c.serial, c.module_id, std::to_string(c.module_version),
                        compact_date(c.completed), compact_date(c.valid_until), c.organisation_id,
                        base64url_encode(c.person_name)},
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
    return sign_fields({std::string(kVenuePrefix), c.serial, c.organisation_id, std::to_string(c.trained),
                        std::to_string(c.staff), compact_date(c.issued), compact_date(c.valid_until),
                        base64url_encode(c.venue_name)},
                       key);
}

Verification verify_payload(std::string_view text, const PublicKey& key, Date today) {
    if (text.empty()) return invalid("empty payload");
    if (text.size() > kMaxPayload) return invalid("payload too long");
    const auto f = split_fields(text);
    if (f[0] != kPersonalPrefix && f[0] != kVenuePrefix) return invalid("not a Signaal certificate (unknown prefix)");
    if (f.size() != kFields) return invalid("wrong number of fields");

    // The signature first: nothing below is trusted until it holds.
    const auto sig = base64url_decode(f[kFields - 1]);
    if (!sig || sig->size() != crypto_sign_BYTES) return invalid("malformed signature");
    const std::size_t body_len = text.size() - f[kFields - 1].size() - 1;
    ensure_sodium();
    if (crypto_sign_verify_detached(sig->data(), reinterpret_cast<const unsigned char*>(text.data()), body_len,
                                    key.data()) != 0)
        return invalid("signature does not match (altered, or signed with another key)");

    if (f[0] == kPersonalPrefix) {
        PersonalClaim c;
        const auto version = parse_count(f[3]);
        const auto completed = parse_date(f[4]);
        const auto valid_until = parse_date(f[5]);
        auto name = parse_name(f[7]);
        if (!is_id(f[1]) || !is_id(f[2]) || !version || !completed || !valid_until || !is_id(f[6]) || !name)
            return invalid("malformed field");
        c.serial = f[1];
        c.module_id = f[2];
        c.module_version = *version;
        c.completed = *completed;
        c.valid_until = *valid_until;
        c.organisation_id = f[6];
        c.person_name = std::move(*name);
        auto v = judge(c.valid_until, today);
        v.personal = std::move(c);
        return v;
    }
    VenueClaim c;
    const auto trained = parse_count(f[3]);
    const auto staff = parse_count(f[4]);
    const auto issued = parse_date(f[5]);
    const auto valid_until = parse_date(f[6]);
    auto name = parse_name(f[7]);
    if (!is_id(f[1]) || !is_id(f[2]) || !trained || !staff || !issued || !valid_until || !name)
        return invalid("malformed field");
    c.serial = f[1];
    c.organisation_id = f[2];
    c.trained = *trained;
    c.staff = *staff;
    c.issued = *issued;
    c.valid_until = *valid_until;
    c.venue_name = std::move(*name);
    auto v = judge(c.valid_until, today);
    v.venue = std::move(c);
    return v;
}

}  // namespace signaal::certs
