#pragma once
// Realistic demo data so managers can try the product and benchmarks have volume.
#include <cstdint>
#include <string>
#include <vector>

#include "content.hpp"
#include "store.hpp"

namespace signaal {

struct DemoModule {
    std::string id;
    int version = 1;
    int validity_months = 12;
    std::vector<std::string> audiences;
    std::vector<std::string> question_ids;  // answers are recorded for these
};

struct DemoOptions {
    int people = 200;
    std::uint64_t seed = 1;
    Date today = today_utc();
    int years = 3;                // history spread over this many years back
    bool with_answers = true;     // per-question rows; off for very large seeds
};

struct DemoSummary {
    int venues = 0, people = 0, attempts = 0, completions = 0;
};

// The catalog's modules as the seeder needs them.
std::vector<DemoModule> demo_modules(const Catalog& catalog);

DemoSummary seed_demo(Store& store, const std::vector<DemoModule>& modules, const DemoOptions& options);

}  // namespace signaal
