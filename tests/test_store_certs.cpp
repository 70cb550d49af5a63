// The store's side of verification: revocations (audited, queued for the centre) and the
// keyring of every key that has signed.
#include <catch2/catch.hpp>

#include <algorithm>

#include "store/outbox.hpp"
#include "store/store.hpp"
#include "support/attempt_fixture.hpp"

using namespace signaal;

namespace {

Date d(const char* s) { return *parse_iso_date(s); }

struct OneCertificate {
    Store s{":memory:"};
    std::int64_t venue = s.add_venue("Hotel A", "hotel");
    std::string serial = s.record_attempt(test::passed_attempt("Ana Pop", venue, "m1"), d("2026-01-10"))->serial;
};

}  // namespace

TEST_CASE("revoking a certificate is recorded once, audited, and queued for the centre") {
    OneCertificate x;
    start_outbox(x.s);  // a kiosk with a central server: its outbox runs
    CHECK(x.s.revoke_certificate("SG-2026-NOSUCH", "why", d("2026-02-01"), "SG-2026-NOSUCH: why") ==
          Store::Revoke::UnknownSerial);
    CHECK(x.s.revocations().empty());

    REQUIRE(x.s.revoke_certificate(x.serial, "issued by mistake", d("2026-02-01"), x.serial + ": issued by mistake") ==
            Store::Revoke::Done);
    const auto r = x.s.revocation(x.serial);
    REQUIRE(r);
    CHECK(r->revoked_on == "2026-02-01");
    CHECK(r->reason == "issued by mistake");
    // A second revocation keeps the first date and reason.
    CHECK(x.s.revoke_certificate(x.serial, "other", d("2026-03-01"), "") == Store::Revoke::AlreadyRevoked);
    CHECK(x.s.revocation(x.serial)->reason == "issued by mistake");
    REQUIRE(x.s.revocations().size() == 1);

    const auto log = x.s.audit_log(10);
    CHECK(std::count_if(log.begin(), log.end(), [](const Store::AuditRow& a) { return a.action == "certificate_revoke"; }) == 1);
    const auto queued = unsent_outbox(x.s, 1000);
    const auto it = std::find_if(queued.begin(), queued.end(), [](const OutboxEntry& e) { return e.table == "revocations"; });
    REQUIRE(it != queued.end());
    CHECK(it->uid == x.serial);
    CHECK(it->payload.find("issued by mistake") != std::string::npos);
}

TEST_CASE("the keyring remembers every key, marks rotations and withdraws compromised keys") {
    Store s(":memory:");
    s.remember_signing_key("AAAAAAAA", "key-a");
    s.remember_signing_key("AAAAAAAA", "key-a");  // idempotent
    REQUIRE(s.signing_keys().size() == 1);
    s.record_key_rotation("AAAAAAAA", "key-a", "BBBBBBBB", "key-b");
    auto keys = s.signing_keys();
    REQUIRE(keys.size() == 2);
    const auto a = std::find_if(keys.begin(), keys.end(), [](const auto& k) { return k.key_id == "AAAAAAAA"; });
    const auto b = std::find_if(keys.begin(), keys.end(), [](const auto& k) { return k.key_id == "BBBBBBBB"; });
    REQUIRE((a != keys.end() && b != keys.end()));
    CHECK(a->retired_at);
    CHECK_FALSE(b->retired_at);
    CHECK_FALSE(a->withdrawn_at);

    CHECK_FALSE(s.withdraw_signing_key("CCCCCCCC", "unknown", "x"));
    CHECK(s.withdraw_signing_key("AAAAAAAA", "laptop stolen", "AAAAAAAA: laptop stolen"));
    CHECK_FALSE(s.withdraw_signing_key("AAAAAAAA", "again", "x"));  // once
    keys = s.signing_keys();
    const auto w = std::find_if(keys.begin(), keys.end(), [](const auto& k) { return k.key_id == "AAAAAAAA"; });
    CHECK(w->withdrawn_reason == std::optional<std::string>("laptop stolen"));
    const auto log = s.audit_log(10);
    CHECK(std::count_if(log.begin(), log.end(), [](const Store::AuditRow& r) { return r.action == "signing_key_withdraw"; }) == 1);
    CHECK(std::count_if(log.begin(), log.end(), [](const Store::AuditRow& r) { return r.action == "signing_key_rotate"; }) == 1);
}
