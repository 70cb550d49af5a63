// signaal_fleet_bench: how fast a kiosk's outbox reaches the central database.
//   signaal_fleet_bench --central URL [--completions N] [--batch N]
// Prints `name value unit` lines. Run it through tests/fleet/with_postgres.sh for a throwaway server:
//   tests/fleet/with_postgres.sh sh -c 'build/kiosk/fleet/signaal_fleet_bench --central "$SIGNAAL_TEST_PG_URL"'
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <unistd.h>
#include <string>

#include "central_schema.hpp"
#include "pg.hpp"
#include "store/demo_seed.hpp"
#include "store/outbox.hpp"
#include "store/store.hpp"
#include "sync.hpp"

using namespace signaal;
using Clock = std::chrono::steady_clock;

namespace {

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

// A kiosk's years: the demo seeder's people, attempts with their answers, completions and renewals,
// in chunks until there are at least `completions`. Returns how many there are.
int fill(Store& store, int completions, int answers_per_attempt) {
    std::vector<DemoModule> modules;
    for (int m = 0; m < 4; ++m) {
        DemoModule d{"module-" + std::to_string(m), 1, 12, {}, {}};
        for (int q = 0; q < answers_per_attempt; ++q) d.question_ids.push_back("q" + std::to_string(q));
        modules.push_back(d);
    }
    int made = 0;
    for (std::uint64_t seed = 1; made < completions; ++seed) {
        DemoOptions o;
        o.people = 2000;
        o.seed = seed;
        o.today = *parse_iso_date("2026-11-23");
        made += seed_demo(store, modules, o).completions;
    }
    return made;
}

}  // namespace

int main(int argc, char** argv) {
    std::string url;
    int completions = 100'000, batch = 2000, answers = 5;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--central") && i + 1 < argc) url = argv[++i];
        else if (!std::strcmp(argv[i], "--completions") && i + 1 < argc) completions = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--batch") && i + 1 < argc) batch = std::atoi(argv[++i]);
        else if (!std::strcmp(argv[i], "--answers") && i + 1 < argc) answers = std::atoi(argv[++i]);
        else {
            std::fprintf(stderr, "usage: signaal_fleet_bench --central URL [--completions N] [--batch N] [--answers N]\n");
            return 64;
        }
    }
    if (url.empty()) {
        std::fprintf(stderr, "signaal_fleet_bench: --central URL is required\n");
        return 64;
    }
    const auto dir = std::filesystem::temp_directory_path() / ("signaal-fleet-bench-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    int rc = 0;
    try {
        {
            pg::Connection c(url);
            fleet::migrate_central(c);
        }
        const auto db = dir / "kiosk.db";
        std::int64_t entries = 0;
        {
            Store store(db);
            const auto t0 = Clock::now();
            completions = fill(store, completions, answers);
            std::printf("seed_%d_completions_with_outbox %.2f s\n", completions, seconds_since(t0));
            entries = outbox_status(store).unsent;
        }
        fleet::SyncOptions o;
        o.central_url = url;
        o.batch = batch;
        const auto t0 = Clock::now();
        const auto r = fleet::FleetSync(db, o).run_once();
        const double s = seconds_since(t0);
        if (!r.ok) throw std::runtime_error(r.error);
        std::printf("outbox_entries %lld records\n", static_cast<long long>(entries));
        std::printf("sync_records_per_second %.0f records/s\n", static_cast<double>(r.sent) / s);
        std::printf("sync_completions_per_second %.0f completions/s\n", completions / s);
        std::printf("sync_%d_completions %.2f s\n", completions, s);
        std::printf("sync_batches %d batches\n", r.batches);
        // A second run with nothing waiting: the cost of a background sync that finds no work.
        const auto t1 = Clock::now();
        fleet::FleetSync(db, o).run_once();
        std::printf("sync_idle_run %.3f s\n", seconds_since(t1));
    } catch (const std::exception& e) {
        std::fprintf(stderr, "signaal_fleet_bench: %s\n", e.what());
        rc = 1;
    }
    std::filesystem::remove_all(dir);
    return rc;
}
