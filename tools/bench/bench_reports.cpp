// Manager reports over a large history, seeded with the demo seeder into a temporary database.
#include <sstream>

#include "bench.hpp"
#include "content_loader.hpp"
#include "store/demo_seed.hpp"
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

    auto time_ms = [](auto&& f) {
        const auto t = Clock::now();
        f();
        return ms_since(t);
    };
    size_t rows = 0;
    r.add("report_completions_full_ms", time_ms([&] { rows = store.completions({}).size(); }), "ms", 200);
    r.add("report_completions_full_rows", static_cast<double>(rows), "rows");
    Store::CompletionFilter f;
    f.venue_id = store.venues().front().id;
    f.from = to_iso(today_utc() - std::chrono::days{365});
    r.add("report_completions_venue_year_ms", time_ms([&] { rows = store.completions(f).size(); }), "ms", 200);
    r.add("report_completions_venue_year_rows", static_cast<double>(rows), "rows");
    r.add("report_expiring_30d_ms", time_ms([&] { rows = store.expiring(today_utc(), 30).size(); }), "ms", 200);
    r.add("report_expiring_30d_rows", static_cast<double>(rows), "rows");
    r.add("report_stats_ms", time_ms([&] { rows = store.completion_counts().size(); }), "ms", 200);
}

}  // namespace signaal::bench
