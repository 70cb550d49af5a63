// The outbox is filled by triggers, so every path that changes a synced record queues it.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "pg.hpp"
#include "store/outbox.hpp"
#include "store/schema.hpp"
#include "store/sqlite.hpp"
#include "store/store.hpp"
#include "support/content_fixture.hpp"

using namespace signaal;

namespace {

AttemptRecord attempt(const std::string& name, std::int64_t venue, const std::string& module, bool passed) {
    AttemptRecord r;
    r.name = name;
    r.employee_number = "E1";
    r.venue_id = venue;
    r.language = "nl";
    r.module_id = module;
    r.module_version = 1;
    r.correct = passed ? 2 : 0;
    r.total = 2;
    r.percent = passed ? 100 : 0;
    r.passed = passed;
    r.answers = {{"q1", "a", passed}, {"q2", "b", passed}};
    return r;
}

int count(Store& s, const std::string& table, const std::string& op = "upsert") {
    int n = 0;
    for (const auto& e : unsent_outbox(s, 1'000'000)) n += e.table == table && e.op == op;
    return n;
}

// A kiosk with a central server configured: only then does the outbox fill.
Store syncing_store(const std::filesystem::path& path = ":memory:") {
    Store s(path);
    s.set_setting("central_url", "postgresql://kiosk@central/signaal");
    start_outbox(s);
    return s;
}

}  // namespace

TEST_CASE("outbox: a kiosk with no central server stores no outbox rows", "[outbox]") {
    Store s(":memory:");
    const auto v = s.add_venue("Hotel A", "hotel");
    s.record_attempt(attempt("Ana Pop", v, "m1", true), *parse_iso_date("2026-01-10"));
    s.set_required_modules(v, {"m1"});
    CHECK(outbox_status(s).unsent == 0);
    CHECK(outbox_status(s).sent == 0);
}

TEST_CASE("outbox: configuring a central server later queues the history once", "[outbox]") {
    Store s(":memory:");
    const auto v = s.add_venue("Hotel A", "hotel");
    s.record_attempt(attempt("Ana Pop", v, "m1", true), *parse_iso_date("2026-01-10"));
    CHECK(start_outbox(s));
    CHECK(count(s, "venues") == 1);
    CHECK(count(s, "people") == 1);
    CHECK(count(s, "answers") == 2);
    CHECK(count(s, "completions") == 1);
    CHECK_FALSE(start_outbox(s));  // running already: nothing queued twice
    CHECK(count(s, "people") == 1);
    s.record_attempt(attempt("Bob Smit", v, "m1", true), *parse_iso_date("2026-01-11"));
    CHECK(count(s, "people") == 2);  // and from now on every change
}

TEST_CASE("outbox: every new record is queued with its global uid", "[outbox]") {
    Store s = syncing_store();
    const auto v = s.add_venue("Hotel A", "hotel");
    REQUIRE(count(s, "venues") == 1);
    const auto venue_entry = unsent_outbox(s, 10).back();
    CHECK(venue_entry.uid.size() == 32);
    CHECK(nlohmann::json::parse(venue_entry.payload)["name"] == "Hotel A");

    s.record_attempt(attempt("Ana Pop", v, "m1", true), *parse_iso_date("2026-01-10"));
    CHECK(count(s, "people") == 1);
    CHECK(count(s, "attempts") == 1);
    CHECK(count(s, "answers") == 2);
    CHECK(count(s, "completions") == 1);
    const auto all = unsent_outbox(s, 100);
    for (size_t i = 1; i < all.size(); ++i) CHECK(all[i].seq > all[i - 1].seq);
    const auto c = nlohmann::json::parse(all.back().payload);
    CHECK(c["venue_uid"] == venue_entry.uid);
    CHECK(c["certificate_serial"].get<std::string>().rfind("SG-2026-", 0) == 0);

    s.set_required_modules(v, {"m1", "m2"});
    const auto req = unsent_outbox(s, 100).back();
    CHECK(req.table == "venue_required");
    CHECK(nlohmann::json::parse(req.payload)["modules"] == nlohmann::json({"m1", "m2"}));
}

TEST_CASE("outbox: erasure and retention purges are queued too", "[outbox]") {
    Store s = syncing_store();
    const auto v = s.add_venue("Hotel A", "hotel");
    s.record_attempt(attempt("Ana Pop", v, "m1", true), *parse_iso_date("2026-01-10"));
    s.record_attempt(attempt("Bob Smit", v, "m1", true), *parse_iso_date("2026-01-10"));
    mark_outbox_sent(s, unsent_outbox(s, 100).back().seq);
    REQUIRE(unsent_outbox(s, 100).empty());

    REQUIRE(s.erase_person(*s.find_person("Ana Pop", "E1", v)));
    REQUIRE(count(s, "people") == 1);
    CHECK(count(s, "answers", "delete") == 2);
    const auto erased = nlohmann::json::parse(unsent_outbox(s, 100).back().payload);
    CHECK(erased["full_name"].is_null());
    CHECK(erased["employee_number"] == "");
    CHECK(!erased["erased_at"].is_null());

    mark_outbox_sent(s, unsent_outbox(s, 100).back().seq);
    CHECK(s.purge_inactive(*parse_iso_date("2030-01-01"), 12) == 1);  // Bob
    CHECK(count(s, "people") == 1);
    CHECK(count(s, "answers", "delete") == 2);
}

TEST_CASE("outbox: a rolled-back change queues nothing", "[outbox]") {
    Store s = syncing_store();
    s.begin_batch();
    s.add_venue("Hotel A", "hotel");
    s.rollback_batch();
    CHECK(unsent_outbox(s, 10).empty());
}

TEST_CASE("outbox: the kiosk id is made once and kept", "[outbox]") {
    test::TempDir dir;
    std::string id;
    {
        Store s(dir.path() / "k.db");
        id = kiosk_id(s);
    }
    Store again(dir.path() / "k.db");
    CHECK(kiosk_id(again) == id);
    CHECK(id.size() == 32);
    Store other(dir.path() / "other.db");
    CHECK(kiosk_id(other) != id);
}

TEST_CASE("outbox: marking sent stops at the batch's last entry, status counts both", "[outbox]") {
    Store s = syncing_store();
    for (int i = 0; i < 5; ++i) s.add_venue("Venue " + std::to_string(i), "hotel");
    const auto first = unsent_outbox(s, 3);
    REQUIRE(first.size() == 3);
    mark_outbox_sent(s, first.back().seq);
    const auto st = outbox_status(s);
    CHECK(st.unsent == 2);
    CHECK(st.sent == 3);
    CHECK(unsent_outbox(s, 10).front().seq == first.back().seq + 1);
    CHECK(prune_sent_outbox(s, 30) == 0);  // sent just now: kept
}

TEST_CASE("outbox: a venue adopted from the centre keeps the central uid", "[outbox]") {
    Store s = syncing_store();
    s.add_venue("Hotel A", "hotel");
    CHECK_FALSE(adopt_venue(s, "abc", "Hotel A", "hotel"));
    CHECK(adopt_venue(s, "0123456789abcdef0123456789abcdef", "Gemeente X", "municipality"));
    CHECK(unsent_outbox(s, 10).back().uid == "0123456789abcdef0123456789abcdef");
}

TEST_CASE("fleet: passwords are masked in URLs and removed from messages", "[outbox]") {
    CHECK(pg::mask_url("postgresql://kiosk:s3cret@db.example.org:5432/signaal?sslmode=verify-full") ==
          "postgresql://kiosk:***@db.example.org:5432/signaal?sslmode=verify-full");
    CHECK(pg::mask_url("postgresql://kiosk@db/signaal?password=s3cret&sslmode=require") ==
          "postgresql://kiosk@db/signaal?password=***&sslmode=require");
    CHECK(pg::mask_url("host=db dbname=signaal password='s3 cret' user=kiosk") ==
          "host=db dbname=signaal password='***' user=kiosk");
    CHECK(pg::mask_url("postgresql://kiosk@db/signaal") == "postgresql://kiosk@db/signaal");
    // Percent-encoded: the decoded password is not in the URL, so what libpq read is shown instead.
    const std::string encoded = pg::mask_url("postgresql://kiosk:s%40cret@db/signaal");
    CHECK(encoded.find("s%40cret") == std::string::npos);
    CHECK(encoded.find("s@cret") == std::string::npos);
    CHECK(encoded.find("host=db") != std::string::npos);
    CHECK(encoded.find("password=***") != std::string::npos);
    CHECK(pg::redact("FATAL: password s3cret rejected", "postgresql://k:s3cret@h/d") ==
          "FATAL: password *** rejected");
}

TEST_CASE("outbox: upgrading a kiosk queues everything it recorded before, parents first", "[outbox]") {
    test::TempDir dir;
    const auto path = dir.path() / "old.db";
    {
        // A kiosk database as schema 1 left it, before the fleet existed.
        db::Connection c(path);
        migrate(c, 1);
        c.exec(R"sql(
INSERT INTO venues(id, name, kind, created_at) VALUES (1, 'Hotel A', 'hotel', '2025-01-01T00:00:00Z');
INSERT INTO venue_required_modules VALUES (1, 'm1');
INSERT INTO people(id, uid, full_name, name_key, employee_number, venue_id, language, created_at, last_activity_at)
  VALUES (1, 'p1', 'Ana Pop', 'ana pop', '', 1, 'ro', '2025-01-02', '2025-01-02');
INSERT INTO attempts VALUES (1, 'a1', 1, 'm1', 1, 'ro', '7', 2, 2, 100, 1, '2025-01-02T10:00:00Z');
INSERT INTO answers VALUES (1, 'q1', 'a', 1), (1, 'q2', 'b', 1);
INSERT INTO completions VALUES (1, 'c1', 1, 1, 1, 'm1', 1, '2025-01-02', '2026-01-02', 100, 'SG-2025-AAAAAA', 'AAAA-BBBB');
INSERT INTO settings VALUES ('central_url', 'postgresql://kiosk@central/signaal');
)sql");
    }
    Store s(path);
    CHECK(s.schema_version() == Store::kSchemaVersion);  // migrated from 1 through every step
    const auto all = unsent_outbox(s, 100);
    std::vector<std::string> order;
    for (const auto& e : all) order.push_back(e.table);
    CHECK(order == std::vector<std::string>{"venues", "venue_required", "people", "attempts", "answers", "answers",
                                            "completions"});
    const auto venue_uid = all.front().uid;
    CHECK(venue_uid.size() == 32);
    CHECK(nlohmann::json::parse(all.back().payload)["venue_uid"] == venue_uid);
    CHECK(nlohmann::json::parse(all[2].payload)["full_name"] == "Ana Pop");
    CHECK(!kiosk_id(s).empty());
}

TEST_CASE("outbox: upgrading a kiosk with no central server drops its queue and stops queuing", "[outbox]") {
    test::TempDir dir;
    const auto path = dir.path() / "v3.db";
    {
        db::Connection c(path);
        migrate(c, 3);  // every change queued, as before schema 4
        c.exec("INSERT INTO venues(name, kind, created_at) VALUES ('Hotel A', 'hotel', '2025-01-01T00:00:00Z')");
    }
    Store s(path);
    CHECK(outbox_status(s).unsent == 0);
    s.add_venue("Hotel B", "hotel");
    CHECK(outbox_status(s).unsent == 0);
}

TEST_CASE("outbox: a restored database reports as a new kiosk, so the centre takes its changes", "[outbox]") {
    test::TempDir dir;
    Store s = syncing_store(dir.path() / "k.db");
    s.add_venue("Hotel A", "hotel");
    const std::string before = kiosk_id(s);
    s.backup_to(dir.path() / "backup.db");
    s.restore_from(dir.path() / "backup.db");
    CHECK(kiosk_id(s) != before);
    CHECK(s.venue_by_name("Hotel A"));
}
