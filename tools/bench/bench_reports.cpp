// Manager reports over a large history, seeded with the demo seeder into a temporary database.
#include <functional>
#include <sstream>

#include "bench.hpp"
#include "content_loader.hpp"
#include "store/demo_seed.hpp"
#include "store/sqlite.hpp"
#include "store/store.hpp"
#include "support/content_fixture.hpp"

namespace signaal::bench {
namespace {

std::vector<DemoModule> modules_from(const std::string& dir) {
    auto out = demo_modules(load_content(dir, {}).catalog);
    if (out.empty())  // content not available: four modules like the bundled ones
        for (const char* id : {"hotel-sexual-exploitation", "workplace-labour-exploitation", "municipal-signals", "acting-on-signals"})
            out.push_back({id, 1, 12, {}, {}});
    return out;
}

}  // namespace

void reports_section(Report& r, const Options& o) {
    // --reports-db keeps the seeded database for the next run: seeding a million takes minutes.
    test::TempDir dir;
    const std::filesystem::path path = o.reports_db.empty() ? dir.path() / "reports.db" : std::filesystem::path(o.reports_db);
    Store store(path);
    const int target = o.quick ? 100'000 : 1'000'000;
    int completions = 0;
    for (const auto& c : store.completion_counts()) completions += c.completions;
    DemoOptions d;
    d.with_answers = false;
    d.people = 20'000;
    const auto seed_start = Clock::now();
    const auto mods = modules_from(o.content_dir);
    for (std::uint64_t round = 1; completions < target; ++round) {
        d.seed = round;
        completions += seed_demo(store, mods, d).completions;
    }
    r.add("reports_seeded_completions", completions, "completions");
    r.add("reports_seed_time", ms_since(seed_start) / 1000.0, "s");
    // The file a kiosk with this history keeps (WAL folded in first), and what checking every
    // page costs a command that opens it.
    store.connection().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    r.add("reports_db_size", static_cast<double>(std::filesystem::file_size(path)) / 1e6, "MB");
    {
        const auto t = Clock::now();
        Store checked(path, Store::Access::ReadOnly);
        r.add("reports_open_check_ms", ms_since(t), "ms");
    }

    // Each report as a manager runs it, in a fresh process with the file just opened (the
    // operating system's cache is warm from seeding), then once more in the same process.
    Store::CompletionFilter venue_year;
    venue_year.venue_id = store.venues().front().id;
    venue_year.from = to_iso(today_utc() - std::chrono::days{365});
    const std::vector<std::pair<std::string, std::function<size_t(Store&)>>> reports = {
        {"report_completions_venue_year", [&](Store& s) { return s.completions(venue_year).size(); }},
        {"report_expiring_30d", [](Store& s) { return s.expiring(today_utc(), 30).size(); }},
        {"report_stats", [](Store& s) { return s.completion_counts().size(); }},
        {"report_completions_all", [](Store& s) { return s.completions({}).size(); }},
    };
    for (const auto& [name, run] : reports) {
        Store fresh(path, Store::Access::ReadOnly, Store::OpenCheck::SchemaOnly);  // the report alone, without the page check
        auto t = Clock::now();
        const size_t rows = run(fresh);
        r.add(name + "_ms", ms_since(t), "ms", 200);
        t = Clock::now();
        run(fresh);
        r.add(name + "_repeat_ms", ms_since(t), "ms");
        r.add(name + "_rows", static_cast<double>(rows), "rows");
    }
}

}  // namespace signaal::bench
