// signaal demo ...: demo data for trying the product and for benchmarks.
#include <iostream>

#include "cli.hpp"
#include "content_loader.hpp"
#include "store/demo_seed.hpp"

namespace signaal::cli {
namespace {

int seed(const Args& a) {
    DemoOptions o;
    o.people = a.int_value("people", 200, 1, 10'000'000);
    o.seed = static_cast<std::uint64_t>(a.int_value("seed", 1, 0, 1'000'000'000));
    o.with_answers = !a.flag("no-answers");
    const auto modules = demo_modules(load_content(content_dir(a), {}).catalog);
    if (modules.empty()) {
        std::cerr << "no usable modules in " << content_dir(a).string() << "; run `signaal content check`\n";
        return 1;
    }
    Store store(db_path(a));
    const DemoSummary s = seed_demo(store, modules, o);
    std::cout << "seeded " << store.path() << ": " << s.venues << " venues, " << s.people << " people, "
              << s.attempts << " attempts, " << s.completions << " completions\n";
    return 0;
}

}  // namespace

void register_demo_commands(Registry& r) {
    r.add({"demo seed", "", "Fill a database with realistic demo venues, people, attempts and completions",
           "History is spread over three years, so some certificates have expired and some expire soon.\n"
           "The same --seed gives the same people and scores.",
           {kContentOption,
            {"people", "N", "how many people (default 200)"},
            {"seed", "N", "random seed (default 1)"},
            {"no-answers", "", "skip per-question answers (much faster for millions of rows)"}},
           seed});
}

}  // namespace signaal::cli
