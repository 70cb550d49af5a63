#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>
#include <sqlite3.h>

#include "store/demo_seed.hpp"
#include "store/store.hpp"
#include "support/content_fixture.hpp"

using namespace signaal;

namespace {

AttemptRecord passed_record(const std::string& name, std::int64_t venue) {
    AttemptRecord r;
    r.name = name;
    r.venue_id = venue;
    r.language = "pl";
    r.module_id = "demo";
    r.module_version = 2;
    r.validity_months = 12;
    r.seed = 18446744073709551615ull;  // the largest seed must survive the round trip
    r.correct = 12;
    r.total = 14;
    r.percent = 85;
    r.passed = true;
    r.answers = {{"q1", "a", true}, {"q2", "b,c", false}};
    return r;
}

int count(Store& s, const std::string& table) {
    sqlite3* db = nullptr;
    sqlite3_open_v2(s.path().c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db, ("SELECT COUNT(*) FROM " + table).c_str(), -1, &st, nullptr);
    const int n = sqlite3_step(st) == SQLITE_ROW ? sqlite3_column_int(st, 0) : -1;
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
}

}  // namespace

TEST_CASE("a new database file is created and migrated to the current schema") {
    test::TempDir dir;
    Store s(dir.path() / "new.db");
    CHECK(s.schema_version() == Store::kSchemaVersion);
    CHECK(s.venues().empty());
    // Reopening an up-to-date database changes nothing.
    const auto id = s.add_venue("Hotel A", "hotel");
    Store again(dir.path() / "new.db");
    CHECK(again.schema_version() == Store::kSchemaVersion);
    REQUIRE(again.venues().size() == 1);
    CHECK(again.venues()[0].id == id);
}

TEST_CASE("an in-memory store works for tests") {
    Store s(":memory:");
    CHECK(s.schema_version() == Store::kSchemaVersion);
    s.set_setting("idle_timeout", "90");
    CHECK(s.setting("idle_timeout") == "90");
    s.set_setting("idle_timeout", "60");
    CHECK(s.setting("idle_timeout") == "60");
    CHECK_FALSE(s.setting("nothing"));
}

TEST_CASE("a passed attempt is committed with a completion, visible to a second connection") {
    test::TempDir dir;
    const auto path = dir.path() / "s.db";
    Store s(path);
    const auto venue = s.add_venue("Hotel A", "hotel");
    const Date today = *parse_iso_date("2026-01-31");
    auto issued = s.record_attempt(passed_record("Łukasz Wiśniewski", venue), today);
    REQUIRE(issued);
    CHECK(issued->completed_on == "2026-01-31");
    CHECK(issued->valid_until == "2027-01-31");
    CHECK(issued->serial.rfind("SG-2026-", 0) == 0);
    CHECK(issued->serial.size() == 16);
    CHECK(issued->verification_code.size() == 9);

    // Another connection (a separate process in real life) sees the committed rows at once.
    Store other(path);
    auto row = other.completion_by_serial(issued->serial);
    REQUIRE(row);
    CHECK(row->person_name == "Łukasz Wiśniewski");
    CHECK(row->venue_name == "Hotel A");
    CHECK(row->language == "pl");
    CHECK(row->score_percent == 85);
    auto by_code = other.completion_by_code(issued->verification_code);
    REQUIRE(by_code);
    CHECK(by_code->serial == issued->serial);
    CHECK(count(other, "answers") == 2);
}

TEST_CASE("a failed attempt is recorded without a completion") {
    Store s(":memory:");
    const auto venue = s.add_venue("Hotel A", "hotel");
    AttemptRecord r = passed_record("Anna", venue);
    r.passed = false;
    CHECK_FALSE(s.record_attempt(r, today_utc()));
    auto person = s.find_person("anna", "", venue);  // case-insensitive look-up
    REQUIRE(person);
    CHECK(s.attempt_count(*person) == 1);
    CHECK(s.module_statuses(*person, today_utc()).empty());
}

TEST_CASE("a person's last attempt per module gives the questions a retry should avoid") {
    Store s(":memory:");
    const auto venue = s.add_venue("Hotel A", "hotel");
    AttemptRecord r = passed_record("Anna", venue);
    r.passed = false;
    s.record_attempt(r, today_utc());
    r.answers = {{"q5", "a", true}, {"q3", "b", false}};
    s.record_attempt(r, today_utc());
    AttemptRecord other = r;
    other.module_id = "other";
    other.answers = {{"x1", "a", true}};
    s.record_attempt(other, today_utc());
    s.record_attempt(passed_record("Bob", venue), today_utc());
    const auto person = s.find_person("Anna", "", venue);
    REQUIRE(person);
    const auto last = s.last_attempt_questions(*person);
    REQUIRE(last.size() == 2);
    CHECK(last.at("demo") == std::vector<std::string>{"q5", "q3"});  // the newest attempt, in the order asked
    CHECK(last.at("other") == std::vector<std::string>{"x1"});
    CHECK(s.last_attempt_questions(*person + 100).empty());
}

TEST_CASE("the same person is found again and the newest completion counts") {
    Store s(":memory:");
    const auto venue = s.add_venue("Park", "holiday-park");
    const Date d1 = *parse_iso_date("2024-03-01");
    const Date d2 = *parse_iso_date("2025-06-01");
    s.record_attempt(passed_record("Ioana Popescu", venue), d1);
    s.record_attempt(passed_record("ioana  popescu", venue), d2);
    auto person = s.find_person("Ioana Popescu", "", venue);
    REQUIRE(person);
    CHECK(s.attempt_count(*person) == 2);
    auto st = s.module_statuses(*person, *parse_iso_date("2026-05-20"));
    REQUIRE(st.size() == 1);
    CHECK(st[0].valid_until == "2026-06-01");
    CHECK(st[0].kind == ModuleStatus::Kind::Expiring);
    CHECK(s.module_statuses(*person, *parse_iso_date("2026-07-01"))[0].kind == ModuleStatus::Kind::Expired);
    CHECK(s.module_statuses(*person, *parse_iso_date("2025-07-01"))[0].kind == ModuleStatus::Kind::Valid);
}

TEST_CASE("a damaged database is refused and left untouched") {
    test::TempDir dir;
    const auto path = dir.path() / "broken.db";
    {
        Store s(path);
        s.add_venue("Hotel A", "hotel");
    }
    // Overwrite the middle of the file with garbage.
    {
        std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(100);
        const std::string junk(3000, '\x5a');
        f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
    }
    const auto before = std::filesystem::file_size(path);
    std::ifstream in(path, std::ios::binary);
    const std::string bytes_before((std::istreambuf_iterator<char>(in)), {});
    try {
        Store s(path);
        FAIL("a damaged database must not open");
    } catch (const StoreError& e) {
        CHECK(e.path() == path.string());
        CHECK_THAT(std::string(e.what()), Catch::Contains("damaged"));
    }
    std::ifstream again(path, std::ios::binary);
    const std::string bytes_after((std::istreambuf_iterator<char>(again)), {});
    CHECK(std::filesystem::file_size(path) == before);
    CHECK(bytes_after == bytes_before);
}

TEST_CASE("a report opening without the page check still stops at a damaged page") {
    test::TempDir dir;
    const auto path = dir.path() / "big.db";
    {
        Store s(path);
        const auto venue = s.add_venue("Hotel A", "hotel");
        for (int i = 0; i < 400; ++i) s.record_attempt(passed_record("Person " + std::to_string(i), venue), today_utc());
    }
    // Garbage over pages in the second half of the file: table pages, not the schema on page 1.
    const auto size = std::filesystem::file_size(path);
    {
        std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
        f.seekp(static_cast<std::streamoff>(size / 2));
        const std::string junk(static_cast<size_t>(size / 4), '\x5a');
        f.write(junk.data(), static_cast<std::streamsize>(junk.size()));
    }
    CHECK_THROWS_AS(Store(path), StoreError);  // the kiosk's check refuses it
    Store quick(path, Store::Access::ReadOnly, Store::OpenCheck::SchemaOnly);  // opens: the schema is intact
    try {
        quick.completions({});
        quick.completion_counts();
        FAIL("reading damaged pages must not succeed");
    } catch (const std::exception& e) {
        CHECK_THAT(std::string(e.what()), Catch::Contains("malformed") || Catch::Contains("damaged") || Catch::Contains("corrupt"));
    }
}

TEST_CASE("a file that is not a database is refused with its path") {
    test::TempDir dir;
    const auto path = dir.path() / "notes.txt";
    std::ofstream(path) << std::string(4096, 'x');
    CHECK_THROWS_WITH(Store(path), Catch::Contains(path.string()) && Catch::Contains("not a Signaal database"));
}

// Opens (or makes) the database at path with Store, then runs sql on it behind the Store's
// back; returns the first column of the last row the sql gave, or -1.
int store_then_raw_sql(const std::filesystem::path& path, const char* sql) {
    { Store s(path); }
    sqlite3* db = nullptr;
    sqlite3_open(path.c_str(), &db);
    int last = -1;
    sqlite3_exec(db, sql, [](void* out, int, char** values, char**) {
        *static_cast<int*>(out) = values[0] ? std::atoi(values[0]) : -1;
        return 0;
    }, &last, nullptr);
    sqlite3_close(db);
    return last;
}

TEST_CASE("a database from a newer Signaal is refused") {
    test::TempDir dir;
    const auto path = dir.path() / "future.db";
    store_then_raw_sql(path, "PRAGMA user_version = 99");
    CHECK_THROWS_WITH(Store(path), Catch::Contains("newer Signaal"));
}

TEST_CASE("a schema 2 database gains the report indexes when opened") {
    test::TempDir dir;
    const auto path = dir.path() / "v2.db";
    store_then_raw_sql(path, "DROP INDEX completions_by_venue_date; DROP INDEX completions_by_venue_module_date; "
                             "DROP TABLE revocations; DROP TABLE signing_keys; PRAGMA user_version = 2");
    CHECK(Store(path).schema_version() == Store::kSchemaVersion);
    CHECK(store_then_raw_sql(path, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name IN "
                                   "('completions_by_venue_date', 'completions_by_venue_module_date')") == 2);
}

TEST_CASE("demo seeding fills every table with plausible data") {
    Store s(":memory:");
    std::vector<DemoModule> mods = {{"hotel-sexual-exploitation", 1, 12, {"hotel", "holiday-park"}, {"q1", "q2"}},
                                    {"acting-on-signals", 1, 12, {}, {"q1"}}};
    DemoOptions o;
    o.people = 50;
    o.today = *parse_iso_date("2026-11-23");
    auto sum = seed_demo(s, mods, o);
    CHECK(sum.venues == 6);
    CHECK(sum.people == 50);
    CHECK(sum.completions > 10);
    CHECK(sum.attempts >= sum.completions);
    CHECK(s.venues().size() == 6);
}
