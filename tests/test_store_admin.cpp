#include <catch2/catch.hpp>

#include <fstream>
#include <nlohmann/json.hpp>

#include "store/sqlite.hpp"
#include "store/store.hpp"
#include "support/content_fixture.hpp"

using namespace signaal;

namespace {

AttemptRecord attempt(const std::string& name, std::int64_t venue, const std::string& module, bool passed) {
    AttemptRecord r;
    r.name = name;
    r.employee_number = "E-" + name.substr(0, 3);
    r.venue_id = venue;
    r.language = "ro";
    r.module_id = module;
    r.module_version = 1;
    r.correct = passed ? 13 : 5;
    r.total = 14;
    r.percent = r.correct * 100 / 14;
    r.passed = passed;
    r.answers = {{"q-" + name, "a", passed}};
    return r;
}

Date d(const char* s) { return *parse_iso_date(s); }

struct Seeded {
    Store s{":memory:"};
    std::int64_t hotel = s.add_venue("Hotel A", "hotel");
    std::int64_t park = s.add_venue("Park B", "holiday-park");
    Seeded() {
        s.record_attempt(attempt("Ana Pop", hotel, "m1", false), d("2025-01-10"));
        s.record_attempt(attempt("Ana Pop", hotel, "m1", true), d("2025-01-11"));
        s.record_attempt(attempt("Ana Pop", hotel, "m2", true), d("2025-12-01"));
        s.record_attempt(attempt("Bob Smit", hotel, "m1", true), d("2025-01-20"));
        s.record_attempt(attempt("Cem Kaya", park, "m1", true), d("2025-02-01"));
    }
    std::int64_t id(const std::string& name) { return *s.find_person(name, "E-" + name.substr(0, 3), name == "Cem Kaya" ? park : hotel); }
};

}  // namespace

TEST_CASE("completions report filters by venue, dates and module") {
    Seeded x;
    CHECK(x.s.completions({}).size() == 4);
    Store::CompletionFilter f;
    f.venue_id = x.park;
    REQUIRE(x.s.completions(f).size() == 1);
    CHECK(x.s.completions(f)[0].person_name == "Cem Kaya");
    f = {};
    f.from = "2025-01-15";
    f.to = "2025-06-30";
    CHECK(x.s.completions(f).size() == 2);
    f = {};
    f.module_id = "m2";
    CHECK(x.s.completions(f).size() == 1);
}

TEST_CASE("expiring lists the newest unrenewed certificate within the window") {
    Seeded x;
    // m1 certificates end 2026-01-11 (Ana), 2026-01-20 (Bob), 2026-02-01 (Cem).
    auto rows = x.s.expiring(d("2026-01-05"), 20);
    REQUIRE(rows.size() == 2);
    CHECK(rows[0].person_name == "Ana Pop");
    CHECK(rows[1].person_name == "Bob Smit");
    // A renewal takes Ana off the list.
    x.s.record_attempt(attempt("Ana Pop", x.hotel, "m1", true), d("2026-01-04"));
    rows = x.s.expiring(d("2026-01-05"), 20);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].person_name == "Bob Smit");
    // People who left are not listed.
    x.s.set_person_active(x.id("Bob Smit"), false);
    CHECK(x.s.expiring(d("2026-01-05"), 20).empty());
}

TEST_CASE("export holds everything about the person and nothing about anyone else") {
    Seeded x;
    const auto j = nlohmann::json::parse(x.s.export_person_json(x.id("Ana Pop")));
    CHECK(j["person"]["full_name"] == "Ana Pop");
    CHECK(j["person"]["employee_number"] == "E-Ana");
    CHECK(j["person"]["venue"] == "Hotel A");
    CHECK(j["attempts"].size() == 3);
    CHECK(j["certificates"].size() == 2);
    CHECK(j["attempts"][0]["answers"][0]["question"] == "q-Ana Pop");
    const std::string text = j.dump();
    CHECK(text.find("Bob") == std::string::npos);
    CHECK(text.find("Cem") == std::string::npos);
    CHECK(text.find("Park B") == std::string::npos);
}

TEST_CASE("erasure removes personal data but keeps the statistics") {
    Seeded x;
    const auto before = x.s.completion_counts();
    const auto ana = x.id("Ana Pop");
    REQUIRE(x.s.erase_person(ana));
    CHECK(x.s.completion_counts() == before);
    auto p = x.s.person(ana);
    REQUIRE(p);
    CHECK(p->erased);
    CHECK(p->full_name.empty());
    CHECK(p->employee_number.empty());
    CHECK_FALSE(x.s.find_person("Ana Pop", "E-Ana", x.hotel));
    CHECK(x.s.find_people("Ana").empty());
    const auto j = nlohmann::json::parse(x.s.export_person_json(ana));
    CHECK(j["person"]["full_name"] == "");
    CHECK(j["attempts"][0]["answers"].empty());
    CHECK(x.s.completions({}).size() == 2);  // the report lists only people who are not erased
    Store::CompletionFilter all;
    all.include_erased = true;
    CHECK(x.s.completions(all).size() == 4);
}

TEST_CASE("completions report: every combination of filters gives exactly the matching rows") {
    Seeded x;
    REQUIRE(x.s.erase_person(x.id("Ana Pop")));
    Store::CompletionFilter everything;
    everything.include_erased = true;
    const auto all = x.s.completions(everything);
    REQUIRE(all.size() >= 4);
    for (int mask = 0; mask < 32; ++mask) {
        Store::CompletionFilter f;
        if (mask & 1) f.venue_id = x.hotel;
        if (mask & 2) f.from = "2025-01-15";
        if (mask & 4) f.to = "2025-06-30";
        if (mask & 8) f.module_id = "m1";
        f.include_erased = (mask & 16) != 0;
        std::vector<std::string> expected, got;
        for (const auto& r : all)
            if ((!f.venue_id || r.venue_id == *f.venue_id) && (f.from.empty() || r.completed_on >= f.from) &&
                (f.to.empty() || r.completed_on <= f.to) && (f.module_id.empty() || r.module_id == f.module_id) &&
                (f.include_erased || !r.person_name.empty()))
                expected.push_back(r.serial);
        for (const auto& r : x.s.completions(f)) got.push_back(r.serial);
        INFO("filter mask " << mask);
        CHECK(got == expected);  // same rows, same order (newest first)
    }
}

TEST_CASE("retention purge erases people inactive for longer than the period") {
    Seeded x;
    // Everyone was last active today (record_attempt stamps now), so nothing goes...
    CHECK(x.s.purge_inactive(today_utc(), 36) == 0);
    // ...until the period has passed.
    CHECK(x.s.purge_inactive(add_months(today_utc(), 37), 36) == 3);
    CHECK(x.s.find_people("").empty());
    CHECK(x.s.completion_counts().size() == 3);
}

TEST_CASE("the retention period is the setting, else 36 months") {
    Store s(":memory:");
    CHECK(s.retention_months() == 36);
    s.set_setting("retention_months", "18");
    CHECK(s.retention_months() == 18);
    // Anything but a whole number in range keeps the default: a short period would erase people.
    for (const char* bad : {"soon", "2 years", "3", "121", "-12", "99999999999", "18.5", ""}) {
        s.set_setting("retention_months", bad);
        INFO(bad);
        CHECK(s.retention_months() == Store::kDefaultRetentionMonths);
    }
}

TEST_CASE("backup and restore round-trip, a damaged backup is refused") {
    test::TempDir dir;
    Store s(dir.path() / "live.db");
    const auto v = s.add_venue("Hotel A", "hotel");
    s.record_attempt(attempt("Ana Pop", v, "m1", true), d("2025-01-11"));
    s.backup_to(dir.path() / "backup.db");
    s.record_attempt(attempt("Bob Smit", v, "m1", true), d("2025-01-12"));
    CHECK(s.completions({}).size() == 2);
    s.restore_from(dir.path() / "backup.db");
    CHECK(s.completions({}).size() == 1);
    CHECK(s.integrity_check() == "ok");

    {
        std::fstream f(dir.path() / "backup.db", std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(4096);  // page 2 onwards: b-tree headers, not just free space
        const std::string junk(12000, '\x33');
        f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
    }
    CHECK_THROWS_WITH(s.restore_from(dir.path() / "backup.db"), Catch::Contains("nothing was restored") || Catch::Contains("malformed"));
    CHECK(s.completions({}).size() == 1);  // the live database is untouched
}

TEST_CASE("the audit log keeps actions newest first") {
    Store s(":memory:");
    s.audit(AuditAct::AdminPinChanged, "");
    s.audit(AuditAct::PersonErase, "person 3");
    auto log = s.audit_log(10);
    REQUIRE(log.size() == 2);
    CHECK(log[0].action == "person_erase");
    CHECK(log[0].detail == "person 3");
    CHECK(log[1].action == "admin_pin_changed");
}

TEST_CASE("audit rows written under the old names read back under the current ones") {
    Store s(":memory:");
    // As earlier versions wrote them: the CLI and the admin screens used different names.
    s.connection().exec(
        "INSERT INTO audit_log(at, action, detail) VALUES "
        "('2026-01-01T10:00:00Z', 'venue_add', 'Hotel Zee (hotel)'),"
        "('2026-01-01T10:01:00Z', 'venue_require', 'Hotel Zee'),"
        "('2026-01-01T10:02:00Z', 'person_rejoined', 'person 4'),"
        "('2026-01-01T10:03:00Z', 'person_add', 'person 5'),"
        "('2026-01-01T10:04:00Z', 'pin_change', ''),"
        "('2026-01-01T10:05:00Z', 'from_a_newer_kiosk', 'kept')");
    s.audit(AuditAct::VenueAdded, "Hotel Duin (hotel)");
    const auto log = s.audit_log(10);
    REQUIRE(log.size() == 7);
    CHECK(log[0].action == "venue_added");
    CHECK(log[1].action == "from_a_newer_kiosk");  // unknown names are shown as stored
    CHECK(log[1].detail == "kept");
    CHECK(log[2].action == "admin_pin_changed");
    CHECK(log[3].action == "person_added");
    CHECK(log[4].action == "person_returned");
    CHECK(log[5].action == "venue_required_modules");
    CHECK(log[6].action == "venue_added");
    CHECK(log[6].detail == "Hotel Zee (hotel)");
}

TEST_CASE("every audit act has its own stable name, and each name means its act") {
    for (int i = 0; i <= static_cast<int>(AuditAct::CentralConnect); ++i) {
        const auto act = static_cast<AuditAct>(i);
        const std::string name = audit_name(act);
        INFO(i << " " << name);
        CHECK(name != "unknown");
        CHECK(audit_act_named(name) == act);
    }
    CHECK_FALSE(audit_act_named("venue_renamed_twice"));
}

TEST_CASE("venue counts: active staff holding every required module") {
    Store s(":memory:");
    const auto hotel = s.add_venue("Hotel A", "hotel");
    const Venue v = *s.venue(hotel);
    s.add_person("Not Yet Trained", "", hotel, "nl");
    s.record_attempt(attempt("Ana Pop", hotel, "m1", true), d("2026-01-10"));
    s.record_attempt(attempt("Ana Pop", hotel, "m2", true), d("2026-01-10"));
    s.record_attempt(attempt("Bob Smit", hotel, "m1", true), d("2026-01-10"));
    s.record_attempt(attempt("Old Timer", hotel, "m1", true), d("2024-01-10"));  // expired by now
    s.record_attempt(attempt("Old Timer", hotel, "m2", true), d("2024-01-10"));

    auto c = s.venue_counts(v, {"m1"}, d("2026-06-01"));
    CHECK(c.staff == 4);
    CHECK(c.trained == 2);
    c = s.venue_counts(v, {"m1", "m2"}, d("2026-06-01"));
    CHECK(c.trained == 1);
    s.set_person_active(*s.find_person("Ana Pop", "E-Ana", hotel), false);
    c = s.venue_counts(v, {"m1", "m2"}, d("2026-06-01"));
    CHECK(c.staff == 3);
    CHECK(c.trained == 0);

    s.set_required_modules(hotel, {"m2", "m1", "m1"});
    CHECK(s.required_modules(hotel) == std::vector<std::string>{"m1", "m2"});
}
