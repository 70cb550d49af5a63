// The store's one error type: every Store function, on a database that starts refusing writes
// or reads mid-session, throws StoreError with the path and SQLite's extended code, and works
// again once the database recovers.
#include <catch2/catch.hpp>

#include <sqlite3.h>

#include <functional>
#include <string>
#include <vector>

#include "store/sqlite.hpp"
#include "store/store.hpp"
#include "support/attempt_fixture.hpp"
#include "support/content_fixture.hpp"
#include "support/store_faults.hpp"

using namespace signaal;

namespace {

struct Call {
    const char* name;
    std::function<void(Store&)> run;
};

// One call of every Store function a kiosk or manager uses during a session.
std::vector<Call> every_call(std::int64_t venue, std::int64_t person, const std::string& serial) {
    const Date today = today_utc();
    return {
        {"add_venue", [](Store& s) { s.add_venue("Hotel Nieuw", "hotel"); }},
        {"venues", [](Store& s) { s.venues(true); }},
        {"venue", [=](Store& s) { s.venue(venue); }},
        {"venue_by_name", [](Store& s) { s.venue_by_name("Hotel"); }},
        {"rename_venue", [=](Store& s) { s.rename_venue(venue, "Hotel Oud"); }},
        {"set_venue_active", [=](Store& s) { s.set_venue_active(venue, false); }},
        {"set_required_modules", [=](Store& s) { s.set_required_modules(venue, {"m"}); }},
        {"required_modules", [=](Store& s) { s.required_modules(venue); }},
        {"venue_counts", [=](Store& s) { s.venue_counts(Venue{venue, "Hotel", "hotel", true}, {"m"}, today); }},
        {"add_person", [=](Store& s) { s.add_person("Bo", "7", venue, "nl"); }},
        {"find_person", [=](Store& s) { s.find_person("Ana", "", venue); }},
        {"module_statuses", [=](Store& s) { s.module_statuses(person, today); }},
        {"record_attempt", [=](Store& s) { s.record_attempt(test::passed_attempt("Cas", venue, "m"), today); }},
        {"attempt_count", [=](Store& s) { s.attempt_count(person); }},
        {"completion_by_serial", [=](Store& s) { s.completion_by_serial(serial); }},
        {"completion_by_code", [](Store& s) { s.completion_by_code("K7QM-3XPA"); }},
        {"set_verification_code", [=](Store& s) { s.set_verification_code(serial, "K7QM-3XPA"); }},
        {"completions", [](Store& s) { s.completions({}); }},
        {"expiring", [=](Store& s) { s.expiring(today, 30); }},
        {"completion_counts", [](Store& s) { s.completion_counts(); }},
        {"person", [=](Store& s) { s.person(person); }},
        {"find_people", [](Store& s) { s.find_people("An"); }},
        {"export_person_json", [=](Store& s) { s.export_person_json(person); }},
        {"erase_person", [=](Store& s) { s.erase_person(person, "test"); }},
        {"set_person_active", [=](Store& s) { s.set_person_active(person, false); }},
        {"purge_inactive", [=](Store& s) { s.purge_inactive(today, -1); }},
        {"retention_months", [](Store& s) { s.retention_months(); }},
        {"integrity_check", [](Store& s) { s.integrity_check(); }},
        {"audit_log", [](Store& s) { s.audit_log(10); }},
        {"setting", [](Store& s) { s.setting("idle_timeout_s"); }},
        {"set_setting", [](Store& s) { s.set_setting("idle_timeout_s", "90"); }},
        {"audit", [](Store& s) { s.audit(AuditAct::DbBackup, "detail"); }},
        {"schema_version", [](Store& s) { s.schema_version(); }},
    };
}

// What a call did: "ok", or how it failed.
std::string outcome(Store& s, const Call& c) {
    try {
        c.run(s);
        return "ok";
    } catch (const StoreError& e) {
        if (e.path() != s.path()) return "StoreError without the path: " + std::string(e.what());
        if (e.code() == 0) return "StoreError without SQLite's code: " + std::string(e.what());
        return "StoreError";
    } catch (const std::exception& e) {
        return std::string("another exception escaped: ") + e.what();
    }
}

}  // namespace

TEST_CASE("on a database that starts refusing, every store function throws StoreError with path and code") {
    test::TempDir dir;
    Store s(dir.path() / "faults.db");
    const auto venue = s.add_venue("Hotel", "hotel");
    const auto issued = s.record_attempt(test::passed_attempt("Ana", venue, "m"), today_utc());
    REQUIRE(issued);
    const auto person = s.find_person("Ana", "", venue).value();
    test::StoreFaults faults(s);

    SECTION("refusing writes") {
        faults.refuse_writes();
        int refused = 0;
        for (const auto& c : every_call(venue, person, issued->serial)) {
            INFO(c.name);
            const std::string got = outcome(s, c);
            CHECK((got == "ok" || got == "StoreError"));
            refused += got == "StoreError";
        }
        CHECK(refused >= 12);  // every write above
        try {
            s.audit(AuditAct::DbBackup, "detail");
            FAIL("a write must fail");
        } catch (const StoreError& e) {
            CHECK(e.code() == SQLITE_READONLY);
            CHECK_THAT(e.reason(), Catch::Contains("read-only"));
        }
    }
    SECTION("refusing reads") {
        faults.refuse_reads();
        int refused = 0;
        for (const auto& c : every_call(venue, person, issued->serial)) {
            INFO(c.name);
            const std::string got = outcome(s, c);
            CHECK((got == "ok" || got == "StoreError"));
            refused += got == "StoreError";
        }
        CHECK(refused >= 20);
        CHECK(faults.refused_reads() > 0);
        // A refused transaction is rolled back, not left open to swallow later writes.
        CHECK(sqlite3_get_autocommit(s.connection().handle()) != 0);
    }
    faults.recover();
    CHECK(s.completion_by_serial(issued->serial));
    CHECK(s.record_attempt(test::passed_attempt("Dirk", venue, "m"), today_utc()));
    CHECK(s.integrity_check() == "ok");
}

TEST_CASE("a store error carries SQLite's extended code") {
    Store s(":memory:");
    s.add_venue("Hotel", "hotel");
    try {
        s.add_venue("Hotel", "hotel");
        FAIL("a second venue of the same name must be refused");
    } catch (const StoreError& e) {
        CHECK(e.code() == SQLITE_CONSTRAINT);
        CHECK(e.extended_code() == SQLITE_CONSTRAINT_UNIQUE);
        CHECK(e.path() == ":memory:");
        CHECK_THAT(e.reason(), Catch::Contains("UNIQUE"));
    }
}

TEST_CASE("a write refused mid-session is accepted once the database recovers, nothing half-written") {
    test::TempDir dir;
    Store s(dir.path() / "recover.db");
    const auto venue = s.add_venue("Hotel", "hotel");
    test::StoreFaults faults(s);
    faults.refuse_writes();
    CHECK_THROWS_AS(s.record_attempt(test::passed_attempt("Ana", venue, "m"), today_utc()), StoreError);
    faults.recover();
    CHECK_FALSE(s.find_person("Ana", "", venue));
    CHECK(s.record_attempt(test::passed_attempt("Ana", venue, "m"), today_utc()));
    CHECK(s.completions({}).size() == 1);
}
