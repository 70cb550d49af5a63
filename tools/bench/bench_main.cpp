// signaal-bench: speed, memory and scale figures against the targets in the README.
//   signaal-bench [--quick] [--only SECTION] [--content DIR]
#include <cstring>
#include <functional>
#include <map>

#include "bench.hpp"
#include "paths.hpp"

using namespace signaal::bench;

int main(int argc, char** argv) {
    Options o;
    o.content_dir = signaal::default_content_dir().string();
    std::string only;
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--quick")) o.quick = true;
        else if (!std::strcmp(argv[i], "--only") && i + 1 < argc) only = argv[++i];
        else if (!std::strcmp(argv[i], "--content") && i + 1 < argc) o.content_dir = argv[++i];
        else {
            std::fprintf(stderr, "usage: signaal-bench [--quick] [--only SECTION] [--content DIR]\n");
            return 64;
        }
    }
    const std::vector<std::pair<std::string, std::function<void(Report&, const Options&)>>> sections = {
        {"store", store_section},
        {"reports", reports_section},
    };
    Report report;
    for (const auto& [name, run] : sections)
        if (only.empty() || only == name) run(report, o);

    std::printf("\nsummary: %zu figures\n", report.figures().size());
    for (const auto& f : report.figures()) {
        if (f.target <= 0) continue;
        const bool met = f.lower_is_better ? f.value <= f.target : f.value >= f.target;
        std::printf("  %-40s %10.3f %-6s target %s %g  %s\n", f.name.c_str(), f.value, f.unit.c_str(),
                    f.lower_is_better ? "<" : ">", f.target, met ? "met" : "MISSED");
    }
    return 0;
}
