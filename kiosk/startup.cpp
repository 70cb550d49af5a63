#include "startup.hpp"

#include <iostream>

#include "store/demo_seed.hpp"

namespace signaal {

std::optional<Catalog> load_kiosk_content(const std::filesystem::path& dir, bool skip_invalid) {
    LoadOptions o;
    o.icon_dir = default_icon_dir(dir);
    LoadResult r = load_content(dir, o);
    if (r.ok()) return std::move(r.catalog);
    std::cerr << format(r.problems);
    if (!skip_invalid || !r.languages_ok) {
        std::cerr << "signaal-kiosk: the content in " << dir.string() << " has " << r.problems.size()
                  << " problem(s); fix them (check with `signaal content check`)"
                  << (r.languages_ok ? " or start with --skip-invalid" : "") << "\n";
        return std::nullopt;
    }
    for (const auto& m : r.broken_modules)
        std::cerr << "signaal-kiosk: --skip-invalid: starting without module '" << m << "' (problems above)\n";
    return std::move(r.catalog);
}

void seed_demo_if_empty(Store& store, const Catalog& catalog, int people) {
    if (!store.venues(true).empty()) return;
    DemoOptions o;
    o.people = people;
    const DemoSummary s = seed_demo(store, demo_modules(catalog), o);
    std::cerr << "signaal-kiosk: --demo: added " << s.venues << " venues and " << s.people << " people\n";
}

}  // namespace signaal
