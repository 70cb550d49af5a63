// libFuzzer target: arbitrary text as a certificate's QR payload (or the link around it) and
// as a revocation list. Verification must answer Valid, Expired or Invalid for anything, never crash, read out of bounds, hang or leak; and
// random bytes must never pass as validly signed.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "payload.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const signaal::certs::SigningKey key = signaal::certs::SigningKey::generate();
    static const signaal::certs::PublicKey pub = key.public_key();
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto today = std::chrono::year_month_day{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{23}};
    const auto v = signaal::certs::verify_payload(signaal::certs::payload_from_scan(text), pub, today);
    // A fresh key signed nothing the fuzzer could have seen: a "valid" verdict would be a forgery.
    if (v.verdict != signaal::certs::Verdict::Invalid) std::abort();
    if (signaal::certs::verify_revocations(text, signaal::certs::keyring_of(pub)).list) std::abort();
    return 0;
}
