// Hostile input: whatever people type or authors write is stored safely or refused clearly.
#include <catch2/catch.hpp>

#include <sqlite3.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <iterator>

#include <algorithm>
#include <sstream>

#include "../tools/csv.hpp"
#include "content_loader.hpp"
#include "flow.hpp"
#include "store/sqlite.hpp"
#include "store/store.hpp"
#include "support/attempt_fixture.hpp"
#include "support/content_fixture.hpp"
#include "names.hpp"
#include "admin/staff_csv.hpp"
#include "utf8_text.hpp"

using namespace signaal;

namespace {

const std::vector<std::string>& hostile_names() {
    static const std::vector<std::string> names = {
        "\u202Egnp.exe Ali",                   // right-to-left override
        "Ana \u200F\u200E Pop",                // bidi marks
        "Zoe\u0308 de Vries",                  // combining diaeresis
        "😀 Emoji 👩🏽‍🍳",                        // emoji with skin tone and ZWJ
        std::string("Nul\0Byte", 8),           // NUL
        "Ctrl\x01\x02\x1b[31mRed",             // control and escape sequences
        std::string(10000, 'x'),               // 10,000 characters
        "Robert'); DROP TABLE people;--",      // SQL metacharacters
        "%s%s%s%n %x {name} {{}}",             // format strings and placeholders
        "=HYPERLINK(\"http://evil\",\"x\")",   // spreadsheet formula
        "\"Quoted\", with\r\nnewline",         // CSV metacharacters
        "Bell\aRing",                          // BEL
        "Tab\tSeparated",                      // tab
        "Bad \xff\xfe UTF-8",                   // invalid UTF-8
        std::string(400, 'y'),                 // 400 characters
        "Anna Ivanova\u2067\u2069",             // isolate controls
    };
    return names;
}

// A minimal RFC 4180 reader for one record, enough to check what a spreadsheet would see.
std::vector<std::string> parse_csv_line(const std::string& line) {
    std::vector<std::string> out(1);
    bool quoted = false;
    for (size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') out.back() += '"', ++i;
            else if (c == '"') quoted = false;
            else out.back() += c;
        } else if (c == '"') quoted = true;
        else if (c == ',') out.emplace_back();
        else if (c == '\r' && i + 1 == line.size() - 1) break;
        else out.back() += c;
    }
    return out;
}

}  // namespace

TEST_CASE("the name field accepts only what certificates and reports can carry") {
    Catalog c;
    c.languages = {{"nl", "Nederlands"}};
    for (const auto& name : hostile_names()) {
        FlowState s;
        apply(s, c, intent::Start{}, {});
        apply(s, c, intent::ChooseLanguage{"nl"}, {});
        apply(s, c, intent::Type{name}, {});
        INFO(name.substr(0, 40));
        CHECK(utf8::valid(s.name));
        CHECK(utf8::length(s.name) <= FlowConfig{}.max_name_length);
        CHECK(s.name.find('\0') == std::string::npos);
        CHECK(s.name.find('\x1b') == std::string::npos);
        CHECK(s.name.find("\u202E") == std::string::npos);
        apply(s, c, intent::ChooseVenue{1, "hotel"}, {});
        apply(s, c, intent::Confirm{}, {});
        CHECK((s.screen == Screen::Modules || !s.name_problem.empty()));
    }
}

TEST_CASE("hostile names round-trip through the store byte for byte, in NFC") {
    Store s(":memory:");
    const auto venue = s.add_venue("Hotel'; --", "hotel");
    for (const auto& name : hostile_names()) {
        AttemptRecord r = test::passed_attempt(name, venue, "m");
        r.employee_number = "%n";
        const auto issued = s.record_attempt(r, today_utc());
        REQUIRE(issued);
        const auto row = s.completion_by_serial(issued->serial);
        REQUIRE(row);
        CHECK(row->person_name == names::normalized(name));
        CHECK(row->venue_name == "Hotel'; --");
    }
    CHECK(s.venues().size() == 1);  // nothing was dropped
    CHECK(s.integrity_check() == "ok");
}

// `signaal person add NAME`, with the name as one argument; returns the exit status, stderr in err.
int cli_person_add(const std::filesystem::path& db, const std::string& name, std::string& err) {
    const std::string err_file = db.string() + ".err";
    std::fflush(stdout);  // or the child's freopen writes the parent's buffered output again
    const pid_t child = fork();
    if (child == 0) {
        if (!std::freopen(err_file.c_str(), "w", stderr) || !std::freopen("/dev/null", "w", stdout)) _exit(126);
        setenv("SIGNAAL_CONTENT", SIGNAAL_TEST_CONTENT_DIR, 1);  // the refusal's words
        execl(SIGNAAL_CLI, SIGNAAL_CLI, "person", "add", name.c_str(), "--venue", "Hotel A", "--db", db.c_str(),
              static_cast<char*>(nullptr));
        _exit(127);
    }
    int status = 0;
    waitpid(child, &status, 0);
    std::ifstream in(err_file);
    err.assign(std::istreambuf_iterator<char>(in), {});
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

TEST_CASE("signaal person add gives every hostile name the kiosk's verdict") {
    test::TempDir dir;
    const auto db = dir.path() / "k.db";
    { Store s(db); s.add_venue("Hotel A", "hotel"); }
    for (const auto& name : hostile_names()) {
        if (name.find('\0') != std::string::npos) continue;  // no command-line argument can hold a NUL
        INFO(name.substr(0, 40));
        // What the kiosk's Confirm checks, with the kiosk's own length limit.
        const std::string verdict = names::problem(name, FlowConfig{}.max_name_length);
        std::string err;
        const int rc = cli_person_add(db, name, err);
        Store s(db, Store::Access::ReadOnly);
        const auto found = s.find_person(name, "", s.venue_by_name("Hotel A")->id);
        if (verdict.empty()) {
            CHECK(rc == 0);
            REQUIRE(found);
            CHECK(s.person(*found)->full_name == names::normalized(name));
        } else {
            CHECK(rc == 1);
            CHECK_FALSE(found);
            CHECK_THAT(err, Catch::Contains("not allowed") || Catch::Contains("too long") || Catch::Contains("type your name"));
        }
    }
}

TEST_CASE("CSV cells survive quotes, separators and newlines, and formulas stay text") {
    for (const auto& name : hostile_names()) {
        if (name.find('\n') != std::string::npos) continue;  // multi-line cells are checked below
        std::ostringstream out;
        csv::write_row(out, {name, "x"});
        const auto cells = parse_csv_line(out.str());
        REQUIRE(cells.size() == 2);
        const std::string expected = (name[0] == '=' ? "'" : "") + name;
        CHECK(cells[0] == expected);
        CHECK(cells[1] == "x");
    }
    std::ostringstream out;
    csv::write_row(out, {"a\r\nb", "c"});
    CHECK(out.str() == "\"a\r\nb\",c\r\n");
    CHECK(csv::cell("-1+1") == "'-1+1");
    CHECK(csv::cell("@SUM(A1)") == "'@SUM(A1)");
}

TEST_CASE("a read-only database gives a clear error and keeps its data") {
    if (geteuid() == 0) {
        // root ignores file modes; use SQLite's own read-only open instead.
        test::TempDir dir;
        { Store s(dir.path() / "ro.db"); }
        sqlite3* db = nullptr;
        sqlite3_open_v2((dir.path() / "ro.db").c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
        const int rc = sqlite3_exec(db, "INSERT INTO settings VALUES ('a','b')", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        CHECK((rc & 0xFF) == SQLITE_READONLY);
        return;
    }
    test::TempDir dir;
    const auto path = dir.path() / "ro.db";
    { Store s(path); s.add_venue("A", "hotel"); }
    chmod(path.c_str(), 0444);
    chmod(dir.path().c_str(), 0555);
    try {
        Store s(path);
        s.add_venue("B", "hotel");
        FAIL("writing to a read-only database must fail");
    } catch (const std::exception& e) {
        CHECK_THAT(std::string(e.what()), Catch::Contains("read-only") || Catch::Contains("readonly"));
    }
    chmod(dir.path().c_str(), 0755);
}

TEST_CASE("a locked database and a full disk give clear errors, nothing half-written stays") {
    test::TempDir dir;
    const auto path = dir.path() / "busy.db";
    Store s(path);
    const auto venue = s.add_venue("Hotel", "hotel");
    AttemptRecord r = test::passed_attempt("Ana", venue, "m");

    SECTION("locked by another program") {
        sqlite3* other = nullptr;
        sqlite3_open(path.c_str(), &other);
        sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr);
        s.set_busy_timeout(50);
        try {
            s.record_attempt(r, today_utc());
            FAIL("a write under an exclusive lock must fail");
        } catch (const StoreError& e) {
            CHECK(e.path() == path.string());
            CHECK_THAT(e.reason(), Catch::Contains("locked"));
        }
        sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(other);
        CHECK(s.record_attempt(r, today_utc()));  // the same record goes in once the lock is gone
    }
    SECTION("disk full") {
        // SQLite's page limit stands in for a full disk: writes fail with the same SQLITE_FULL.
        auto& q = s.connection().cached("PRAGMA page_count");
        q.step();
        const int pages = q.integer(0);
        q.reset();
        s.connection().exec("PRAGMA max_page_count = " + std::to_string(pages + 2));
        r.answers.clear();
        for (int i = 0; i < 2000; ++i) r.answers.push_back({"question-" + std::to_string(i) + std::string(200, 'q'), "a", true});
        try {
            s.record_attempt(r, today_utc());
            FAIL("a write that does not fit must fail");
        } catch (const StoreError& e) {
            CHECK_THAT(e.reason(), Catch::Contains("disk is full"));
        }
        // The failed attempt left nothing behind: no person, no attempt, no completion.
        CHECK_FALSE(s.find_person("Ana", "", venue));
        CHECK(s.completions({}).empty());
        CHECK(s.integrity_check() == "ok");
    }
}

TEST_CASE("a staff list refuses exactly the names the kiosk refuses") {
    // Each hostile name as one quoted cell of a staff list; the import must agree with the
    // kiosk's own check at Confirm (name_problem at the kiosk's length limit). Names that are not
    // UTF-8 at all make the whole file a question of its encoding (tested with the reader), so
    // they are left out here.
    std::vector<std::string> names_in_file;
    for (const auto& name : hostile_names())
        if (utf8::valid(name)) names_in_file.push_back(name);
    std::string csv_text = "name\r\n";
    for (const auto& name : names_in_file) {
        std::string cell = "\"";
        for (char ch : name) cell += ch == '"' ? std::string("\"\"") : std::string(1, ch);
        csv_text += cell + "\"\r\n";
    }
    const auto list = staff::read_csv(csv_text, {"nl"}, FlowConfig{}.max_name_length);
    size_t accepted = 0;
    for (const auto& name : names_in_file) {
        const bool kiosk_accepts = names::problem(utf8::trim(name), FlowConfig{}.max_name_length).empty();
        const bool listed = std::any_of(list.rows.begin(), list.rows.end(), [&](const staff::Row& r) { return r.name == utf8::trim(name); });
        INFO(name.substr(0, 40));
        CHECK(listed == kiosk_accepts);
        accepted += kiosk_accepts;
    }
    CHECK(list.rows.size() == accepted);
    // Every refused name is one problem with its line; some are refused, some accepted.
    CHECK(list.problems.size() == names_in_file.size() - accepted);
    CHECK(accepted >= 5);
    CHECK(list.problems.size() >= 6);
}
