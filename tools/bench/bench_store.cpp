// Durable completion writes: what a person waits for between the last answer and the certificate.
#include "bench.hpp"
#include "store/store.hpp"
#include "support/content_fixture.hpp"

namespace signaal::bench {

void store_section(Report& r, const Options& o) {
    test::TempDir dir;
    Store store(dir.path() / "bench.db");
    const auto venue = store.add_venue("Bench Hotel", "hotel");
    const int n = o.quick ? 200 : 1000;
    std::vector<double> ms;
    const auto start = Clock::now();
    for (int i = 0; i < n; ++i) {
        AttemptRecord a;
        a.name = "Bench Person " + std::to_string(i);
        a.venue_id = venue;
        a.language = "nl";
        a.module_id = "hotel-sexual-exploitation";
        a.module_version = 1;
        a.correct = a.total = 14;
        a.percent = 100;
        a.passed = true;
        for (int q = 0; q < 14; ++q) a.answers.push_back({"q" + std::to_string(q), "a", true});
        const auto t = Clock::now();
        store.record_attempt(a, today_utc());
        ms.push_back(ms_since(t));
    }
    const double total_s = ms_since(start) / 1000.0;
    r.add("store_durable_write_median", percentile(ms, 0.5), "ms", 5);
    r.add("store_durable_write_p99", percentile(ms, 0.99), "ms");
    r.add("store_inserts_per_second", n / total_s, "completions/s", 0, false);
}

}  // namespace signaal::bench
