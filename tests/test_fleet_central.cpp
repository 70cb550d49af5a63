// Fleet sync against a real PostgreSQL server, started by tests/fleet/with_postgres.sh.
// Each test case gets its own central database on that server.
#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <atomic>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>
#include <thread>

#include "background_sync.hpp"
#include "central_reports.hpp"
#include "central_schema.hpp"
#include "pg.hpp"
#include "store/demo_seed.hpp"
#include "store/outbox.hpp"
#include "store/sqlite.hpp"
#include "store/store.hpp"
#include "support/attempt_fixture.hpp"
#include "support/content_fixture.hpp"
#include "sync.hpp"

using namespace signaal;
namespace fs = std::filesystem;

namespace {

std::string env(const char* name) {
    const char* v = std::getenv(name);
    if (!v || !*v) FAIL(std::string(name) + " is not set: run this through tests/fleet/with_postgres.sh");
    return v;
}

// A fresh, initialised central database for one test case.
std::string fresh_central() {
    static int n = 0;
    const std::string name = "fleet_" + std::to_string(::getpid()) + "_" + std::to_string(++n);
    {
        pg::Connection admin(env("SIGNAAL_TEST_PG_URL"));
        admin.exec("CREATE DATABASE " + name);
    }
    const std::string url = "postgresql://" + env("SIGNAAL_TEST_PG_USER") + "@/" + name + "?host=" + env("SIGNAAL_TEST_PG_HOST");
    pg::Connection c(url);
    fleet::migrate_central(c);
    return url;
}

long long central_count(const std::string& url, const std::string& sql) {
    pg::Connection c(url);
    return c.query(sql).int64(0, 0);
}

long long local_count(Store& s, const std::string& table) {
    auto& q = s.connection().cached("SELECT COUNT(*) FROM " + table);
    q.step();
    const auto n = q.int64(0);
    q.reset();
    return n;
}

void stop_server() { REQUIRE(std::system(env("SIGNAAL_TEST_PG_STOP").c_str()) == 0); }
void start_server() { REQUIRE(std::system(env("SIGNAAL_TEST_PG_START").c_str()) == 0); }

std::vector<DemoModule> modules() {
    return {{"m-basics", 1, 12, {}, {"q1", "q2", "q3"}}, {"m-hotel", 2, 24, {"hotel"}, {"q1", "q2"}}};
}

void seed(const fs::path& db, int people, std::uint64_t seed) {
    Store s(db);
    DemoOptions o;
    o.people = people;
    o.seed = seed;
    seed_demo(s, modules(), o);
}

AttemptRecord attempt(const std::string& name, std::int64_t venue, const std::string& module) {
    AttemptRecord r = test::passed_attempt(name, venue, module);
    r.language = "pl";
    r.correct = r.total = 2;
    r.answers = {{"q1", "a", true}, {"q2", "c", true}};
    return r;
}

using Row = std::tuple<std::string, std::string, std::string, std::string, std::string, int, std::string,
                       std::string, std::string, int, std::string>;
Row as_row(const CompletionRow& r) {
    return {r.serial, r.person_name, r.employee_number, r.venue_name, r.module_id, r.module_version, r.language,
            r.completed_on, r.valid_until, r.score_percent, r.verification_code};
}

std::multiset<Row> local_union(const std::vector<fs::path>& dbs, const Store::CompletionFilter& f = {}) {
    std::multiset<Row> out;
    for (const auto& db : dbs) {
        Store s(db);
        for (const auto& r : s.completions(f)) out.insert(as_row(r));
    }
    return out;
}

std::multiset<Row> central_rows(const std::string& url, const fleet::CentralCompletionFilter& f = {}) {
    pg::Connection c(url);
    std::multiset<Row> out;
    for (const auto& r : fleet::central_completions(c, f)) out.insert(as_row(r));
    return out;
}

fleet::SyncResult sync(const fs::path& db, const std::string& url, int batch = 1000, int max_batches = 0) {
    fleet::SyncOptions o;
    o.central_url = url;
    o.batch = batch;
    o.max_batches = max_batches;
    return fleet::FleetSync(db, o).run_once();
}

// Every synced table holds exactly what the kiosks hold, row for row.
void require_central_equals_kiosks(const std::string& url, const std::vector<fs::path>& dbs) {
    for (const char* table : {"venues", "people", "attempts", "answers", "completions"}) {
        long long local = 0;
        for (const auto& db : dbs) {
            Store s(db);
            local += local_count(s, table);
        }
        INFO(table);
        REQUIRE(central_count(url, std::string("SELECT COUNT(*) FROM ") + table) == local);
    }
    REQUIRE(central_rows(url) == local_union(dbs));
}

std::string read_file(const fs::path& p) {
    std::ifstream f(p, std::ios::binary);
    std::stringstream ss;
    ss << f.rdbuf();
    return ss.str();
}

// The CSV's data lines, sorted, without the byte-order mark and header.
std::vector<std::string> csv_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::stringstream ss(text);
    std::string line;
    std::getline(ss, line);  // header
    while (std::getline(ss, line))
        if (!line.empty()) lines.push_back(line);
    std::sort(lines.begin(), lines.end());
    return lines;
}

std::string cli() { return env("SIGNAAL_CLI"); }

int run(const std::string& command) {
    const int rc = std::system(command.c_str());
    return WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

}  // namespace

TEST_CASE("central: three kiosks with overlapping activity, the central report is the union", "[central]") {
    test::TempDir dir;
    const std::string url = fresh_central();
    std::vector<fs::path> dbs;
    for (int k = 0; k < 3; ++k) {
        dbs.push_back(dir.path() / ("kiosk" + std::to_string(k) + ".db"));
        seed(dbs.back(), 60, static_cast<std::uint64_t>(k + 1));  // same venue names and first/last names
        Store s(dbs.back());
        // The same person's name on every kiosk: three people, three uids, never merged.
        s.record_attempt(attempt("Anna de Vries", s.venue_by_name("Hotel De Gouden Leeuw")->id, "m-basics"),
                         today_utc());
    }
    for (const auto& db : dbs) {
        const auto r = sync(db, url, 97);
        INFO(r.error);
        REQUIRE(r.ok);
        REQUIRE(r.pending == 0);
    }
    require_central_equals_kiosks(url, dbs);
    CHECK(central_count(url, "SELECT COUNT(*) FROM people WHERE full_name = 'Anna de Vries'") >= 3);
    CHECK(central_count(url, "SELECT COUNT(*) FROM kiosks") == 3);

    // Filters mean the same centrally.
    Store::CompletionFilter lf;
    lf.module_id = "m-basics";
    lf.from = "2025-01-01";
    fleet::CentralCompletionFilter cf;
    cf.module_id = "m-basics";
    cf.from = "2025-01-01";
    CHECK(central_rows(url, cf) == local_union(dbs, lf));

    // The CLI, as a coordinator runs it: the central CSV is the local CSVs together.
    std::vector<std::string> local;
    for (const auto& db : dbs) {
        REQUIRE(run(cli() + " report completions --db '" + db.string() + "' --venue 'Hotel De Gouden Leeuw' --out '" +
                    (dir.path() / "local.csv").string() + "'") == 0);
        for (auto& l : csv_lines(read_file(dir.path() / "local.csv"))) local.push_back(l);
    }
    std::sort(local.begin(), local.end());
    REQUIRE(run(cli() + " report completions --central '" + url + "' --venue 'Hotel De Gouden Leeuw' --out '" +
                (dir.path() / "central.csv").string() + "'") == 0);
    CHECK(csv_lines(read_file(dir.path() / "central.csv")) == local);
    CHECK(!local.empty());
}

TEST_CASE("central: venue status over the fleet matches the kiosks' own", "[central]") {
    test::TempDir dir;
    const std::string url = fresh_central();
    test::write_files(dir.path() / "content", test::minimal_content_files());
    std::vector<fs::path> dbs = {dir.path() / "north.db", dir.path() / "south.db"};
    int k = 0;
    for (const auto& db : dbs) {
        Store s(db);
        const auto v = s.add_venue(k == 0 ? "Hotel Noord" : "Hotel Zuid", "hotel");
        s.set_required_modules(v, {"m-basics"});
        for (int i = 0; i < 5; ++i) s.add_person("Staff " + std::to_string(i), "", v, "nl");
        for (int i = 0; i < 2 + k; ++i) s.record_attempt(attempt("Staff " + std::to_string(i), v, "m-basics"), today_utc());
        ++k;
    }
    std::set<std::string> local;
    for (const auto& db : dbs) {
        REQUIRE(sync(db, url).ok);
        REQUIRE(run(cli() + " venue status --db '" + db.string() + "' --content '" + (dir.path() / "content").string() +
                    "' > '" + (dir.path() / "status.txt").string() + "'") == 0);
        std::stringstream ss(read_file(dir.path() / "status.txt"));
        for (std::string line; std::getline(ss, line);)
            if (line.rfind("threshold", 0) != 0) local.insert(line);
    }
    REQUIRE(run(cli() + " venue status --central '" + url + "' --content '" + (dir.path() / "content").string() +
                "' > '" + (dir.path() / "status.txt").string() + "'") == 0);
    std::set<std::string> central;
    std::stringstream ss(read_file(dir.path() / "status.txt"));
    for (std::string line; std::getline(ss, line);)
        if (line.rfind("threshold", 0) != 0) central.insert(line);
    CHECK(central == local);
    CHECK(local.size() == 3);  // header and two venues
}

TEST_CASE("central: a certificate revoked on a kiosk is on the fleet's revocation list", "[central]") {
    test::TempDir dir;
    const std::string url = fresh_central();
    const auto db = dir.path() / "k.db";
    seed(db, 10, 3);
    std::string serial;
    {
        Store s(db);
        serial = s.completions({}).front().serial;
        REQUIRE(s.revoke_certificate(serial, "issued by mistake", today_utc(), serial) == Store::Revoke::Done);
    }
    REQUIRE(sync(db, url).ok);
    pg::Connection c(url);
    const auto r = c.query("SELECT reason, revoked_on FROM revocations WHERE serial = $1", {serial});
    REQUIRE(r.rows() == 1);
    CHECK(r.text(0, 0) == "issued by mistake");
    CHECK(r.text(0, 1) == to_iso(today_utc()));
    CHECK(central_count(url, "SELECT count(*) FROM revocations") == 1);
}

TEST_CASE("central: the same batch sent twice changes nothing", "[central]") {
    test::TempDir dir;
    const std::string url = fresh_central();
    const auto db = dir.path() / "k.db";
    seed(db, 40, 7);
    REQUIRE(sync(db, url, 50).ok);
    require_central_equals_kiosks(url, {db});

    // Every batch again, as after a crash between the server's COMMIT and the local mark.
    {
        Store s(db);
        s.connection().exec("UPDATE outbox SET sent_at = NULL");
    }
    const auto again = sync(db, url, 50);
    REQUIRE(again.ok);
    CHECK(again.sent > 0);
    require_central_equals_kiosks(url, {db});

    // Directly: one batch upserted twice in separate transactions.
    Store s(db);
    s.connection().exec("UPDATE outbox SET sent_at = NULL");
    const auto batch = unsent_outbox(s, 200);
    pg::Connection c(url);
    for (int i = 0; i < 2; ++i) {
        pg::Transaction tx(c);
        fleet::upsert_batch(c, kiosk_id(s), batch);
        tx.commit();
    }
    require_central_equals_kiosks(url, {db});
}

TEST_CASE("central: a person erased on one kiosk is erased centrally, even if old batches come again", "[central]") {
    test::TempDir dir;
    const std::string url = fresh_central();
    const auto a = dir.path() / "a.db", b = dir.path() / "b.db";
    std::string uid;
    for (const auto& db : {a, b}) {
        Store s(db);
        const auto v = s.add_venue("Hotel De Gouden Leeuw", "hotel");
        s.record_attempt(attempt("Ioana Popescu", v, "m-basics"), today_utc());
        s.record_attempt(attempt("Jan Smit", v, "m-basics"), today_utc());
    }
    REQUIRE(sync(a, url).ok);
    REQUIRE(sync(b, url).ok);
    {
        Store s(a);
        const auto id = *s.find_person("Ioana Popescu", "", s.venue_by_name("Hotel De Gouden Leeuw")->id);
        uid = s.person(id)->uid;
        REQUIRE(s.erase_person(id));
    }
    REQUIRE(sync(a, url, 3).ok);
    pg::Connection c(url);
    auto person = c.query("SELECT full_name IS NULL, employee_number, erased_at IS NOT NULL FROM people WHERE uid = $1", {uid});
    REQUIRE(person.rows() == 1);
    CHECK(person.text(0, 0) == "t");
    CHECK(person.text(0, 1) == "");
    CHECK(person.text(0, 2) == "t");
    CHECK(c.query("SELECT COUNT(*) FROM answers n JOIN attempts t ON t.uid = n.attempt_uid WHERE t.person_uid = $1", {uid})
              .int64(0, 0) == 0);
    CHECK(c.query("SELECT COUNT(*) FROM people WHERE full_name = 'Ioana Popescu'").int64(0, 0) == 1);  // kiosk b's
    CHECK(c.query("SELECT COUNT(*) FROM completions WHERE person_uid = $1", {uid}).int64(0, 0) == 1);  // statistics stay
    require_central_equals_kiosks(url, {a, b});

    // The whole history replayed in small batches: the older named state must not come back.
    {
        Store s(a);
        s.connection().exec("UPDATE outbox SET sent_at = NULL");
    }
    REQUIRE(sync(a, url, 2).ok);
    CHECK(c.query("SELECT full_name IS NULL FROM people WHERE uid = $1", {uid}).text(0, 0) == "t");
    require_central_equals_kiosks(url, {a, b});
}

TEST_CASE("central: a person erased before their changes were ever sent is still erased centrally", "[central]") {
    test::TempDir dir;
    const std::string url = fresh_central();
    const auto db = dir.path() / "k.db";
    std::string uid;
    {
        Store s(db);
        s.set_setting("central_url", url);
        start_outbox(s);
        const auto v = s.add_venue("Hotel De Gouden Leeuw", "hotel");
        s.record_attempt(attempt("Jan Smit", v, "m-basics"), today_utc());
    }
    REQUIRE(sync(db, url).ok);  // the centre knows Jan from an earlier sync ...
    {
        Store s(db);
        const auto v = s.venue_by_name("Hotel De Gouden Leeuw")->id;
        s.record_attempt(attempt("Jan Smit", v, "m-hotel"), today_utc());  // ... not this attempt
        const auto id = *s.find_person("Jan Smit", "", v);
        uid = s.person(id)->uid;
        REQUIRE(outbox_status(s).unsent > 0);
        REQUIRE(s.erase_person(id));
        for (const auto& e : unsent_outbox(s, 1000)) CHECK(e.payload.find("Jan Smit") == std::string::npos);
    }
    REQUIRE(sync(db, url).ok);
    pg::Connection c(url);
    auto person = c.query("SELECT full_name IS NULL, erased_at IS NOT NULL FROM people WHERE uid = $1", {uid});
    REQUIRE(person.rows() == 1);
    CHECK(person.text(0, 0) == "t");
    CHECK(person.text(0, 1) == "t");
    CHECK(c.query("SELECT COUNT(*) FROM people WHERE full_name = 'Jan Smit'").int64(0, 0) == 0);
    CHECK(c.query("SELECT COUNT(*) FROM answers n JOIN attempts t ON t.uid = n.attempt_uid WHERE t.person_uid = $1", {uid})
              .int64(0, 0) == 0);
    CHECK(c.query("SELECT COUNT(*) FROM completions WHERE person_uid = $1", {uid}).int64(0, 0) == 2);  // statistics stay
    require_central_equals_kiosks(url, {db});
}

TEST_CASE("central: server down between batches, the kiosk keeps working and sync resumes", "[central]") {
    test::TempDir dir;
    const std::string url = fresh_central();
    const auto db = dir.path() / "k.db";
    seed(db, 50, 3);
    auto first = sync(db, url, 40, 2);
    REQUIRE(first.ok);
    REQUIRE(first.batches == 2);
    REQUIRE(first.pending > 0);

    stop_server();
    const auto down = sync(db, url, 40);
    CHECK_FALSE(down.ok);
    CHECK(down.error.find("cannot reach the central database") != std::string::npos);
    CHECK(down.sent == 0);
    // The kiosk records completions while the server is down; they wait in the outbox.
    {
        Store s(db);
        const auto v = s.venue_by_name("Hotel De Gouden Leeuw")->id;
        s.record_attempt(attempt("Offline Person", v, "m-basics"), today_utc());
        CHECK(outbox_status(s).unsent > first.pending);
    }
    start_server();
    const auto resumed = sync(db, url, 40);
    INFO(resumed.error);
    REQUIRE(resumed.ok);
    CHECK(resumed.pending == 0);
    require_central_equals_kiosks(url, {db});
}

TEST_CASE("central: server stopped inside a batch transaction loses and doubles nothing", "[central]") {
    test::TempDir dir;
    const std::string url = fresh_central();
    const auto db = dir.path() / "k.db";
    seed(db, 50, 4);
    fleet::SyncOptions o;
    o.central_url = url;
    o.batch = 60;
    int batches = 0;
    o.before_commit = [&] {
        if (++batches == 3) stop_server();  // the third batch's rows are written but not committed
    };
    const auto cut = fleet::FleetSync(db, o).run_once();
    CHECK_FALSE(cut.ok);
    CHECK(cut.batches == 2);
    CHECK(cut.sent == 120);
    start_server();
    CHECK(central_count(url, "SELECT last_seq FROM kiosks") == 120);  // nothing of batch 3 committed
    const auto resumed = sync(db, url, 60);
    INFO(resumed.error);
    REQUIRE(resumed.ok);
    require_central_equals_kiosks(url, {db});
}

TEST_CASE("central: `signaal sync` killed with SIGKILL mid-sync, then rerun: each record exactly once", "[central]") {
    test::TempDir dir;
    const std::string url = fresh_central();
    const auto db = dir.path() / "k.db";
    seed(db, 400, 5);
    std::int64_t total = 0;
    {
        Store s(db);
        start_outbox(s);  // as `signaal central connect` does: the history waits for the first sync
        total = outbox_status(s).unsent;
    }
    int killed_mid_way = 0;
    const std::string c = cli();  // before fork: the child must do nothing but exec
    for (int round = 0; round < 6; ++round) {
        std::fflush(stdout);  // or the child's freopen flushes the parent's buffered output again
        const pid_t child = fork();
        REQUIRE(child >= 0);
        if (child == 0) {
            freopen("/dev/null", "w", stdout);
            execl(c.c_str(), c.c_str(), "sync", "--db", db.c_str(), "--central", url.c_str(), "--batch", "20",
                  static_cast<char*>(nullptr));
            _exit(127);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(60 + 45 * round));
        kill(child, SIGKILL);
        int status = 0;
        waitpid(child, &status, 0);
        Store s(db);
        const auto left = outbox_status(s).unsent;
        if (WIFSIGNALED(status) && left > 0 && left < total) ++killed_mid_way;
    }
    INFO("runs killed with part of the outbox sent: " << killed_mid_way);
    CHECK(killed_mid_way > 0);
    REQUIRE(run(cli() + " sync --db '" + db.string() + "' --central '" + url + "' > /dev/null") == 0);
    require_central_equals_kiosks(url, {db});
    Store s(db);
    CHECK(outbox_status(s).unsent == 0);
}

TEST_CASE("central: credentials never appear in errors or status", "[central]") {
    test::TempDir dir;
    const auto db = dir.path() / "k.db";
    {
        Store s(db);
        s.add_venue("Hotel A", "hotel");
    }
    const std::string host = env("SIGNAAL_TEST_PG_HOST");
    // The server exists but the database does not: the server's own message comes back.
    const std::string url = "postgresql://" + env("SIGNAAL_TEST_PG_USER") + ":Hunter2Secret@/no_such_db?host=" + host;
    const auto r = sync(db, url);
    CHECK_FALSE(r.ok);
    CHECK(r.error.find("no_such_db") != std::string::npos);
    CHECK(r.error.find("Hunter2Secret") == std::string::npos);
    const auto refused = sync(db, "postgresql://kiosk:Hunter2Secret@127.0.0.1:1/x");
    CHECK_FALSE(refused.ok);
    CHECK(refused.error.find("Hunter2Secret") == std::string::npos);

    REQUIRE(run(cli() + " central connect '" + url + "' --no-check --db '" + db.string() + "' > '" +
                (dir.path() / "out.txt").string() + "' 2>&1") == 0);
    REQUIRE(run(cli() + " sync --db '" + db.string() + "' >> '" + (dir.path() / "out.txt").string() + "' 2>&1") == 1);
    REQUIRE(run(cli() + " sync status --db '" + db.string() + "' >> '" + (dir.path() / "out.txt").string() + "' 2>&1") == 0);
    const std::string out = read_file(dir.path() / "out.txt");
    CHECK(out.find("Hunter2Secret") == std::string::npos);
    CHECK(out.find(":***@") != std::string::npos);
    Store s(db);
    for (const auto& row : s.audit_log(10)) CHECK(row.detail.find("Hunter2Secret") == std::string::npos);
}

TEST_CASE("central: the background sync runs after a poke without blocking the caller", "[central]") {
    test::TempDir dir;
    const std::string url = fresh_central();
    const auto db = dir.path() / "k.db";
    Store ui(db);  // the kiosk's own connection, writing while the worker syncs
    ui.set_setting("central_url", url);
    const auto v = ui.add_venue("Hotel A", "hotel");
    fleet::BackgroundOptions o;
    o.interval = std::chrono::seconds(3600);
    fleet::BackgroundSync worker(db, o);
    for (int i = 0; i < 5; ++i) {
        ui.record_attempt(attempt("Person " + std::to_string(i), v, "m-basics"), today_utc());
        const auto t0 = std::chrono::steady_clock::now();
        worker.poke();
        CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::milliseconds(50));
    }
    for (int i = 0; i < 200 && (worker.runs() == 0 || outbox_status(ui).unsent > 0); ++i) {
        if (worker.runs() > 0 && outbox_status(ui).unsent > 0) worker.poke();
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    INFO(worker.last().error);
    CHECK(worker.last().ok);
    CHECK(outbox_status(ui).unsent == 0);
    CHECK(central_count(url, "SELECT COUNT(*) FROM completions") == 5);
}

TEST_CASE("central: a kiosk pulls the organisation's settings and venues", "[central]") {
    test::TempDir dir;
    const std::string url = fresh_central();
    {
        pg::Connection c(url);
        c.exec("INSERT INTO org_settings VALUES ('venue_threshold', '0.75'), ('kiosk_id', 'must-not-copy')");
        c.exec("INSERT INTO venues VALUES ('aaaabbbbccccddddeeeeffff00001111', 'central', 0, 'Gemeente Westerdal', "
               "'municipality', 1, '2026-01-01T00:00:00Z')");
    }
    const auto db = dir.path() / "k.db";
    std::string own_id;
    {
        Store s(db);
        own_id = kiosk_id(s);
    }
    const auto p = fleet::pull_from_central(db, url);
    CHECK(p.settings == 1);
    CHECK(p.venues == 1);
    CHECK(fleet::pull_from_central(db, url).venues == 0);  // already there
    Store s(db);
    CHECK(s.setting("venue_threshold") == "0.75");
    CHECK(kiosk_id(s) == own_id);
    REQUIRE(s.venue_by_name("Gemeente Westerdal"));
    REQUIRE(sync(db, url).ok);
    CHECK(central_count(url, "SELECT COUNT(*) FROM venues") == 1);  // the same uid, not a copy
}
