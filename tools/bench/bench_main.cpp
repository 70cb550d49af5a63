// signaal-bench: speed, memory and scale figures against the targets in the README.
//   signaal-bench [--quick] [--only SECTION] [--content DIR] [--cert-samples DIR] [--kiosk PATH] [--reports-db FILE]
#include <sys/resource.h>

#include <cstring>
#include <functional>
#include <map>

#include "bench.hpp"
#include "paths.hpp"

using namespace signaal::bench;

namespace {

const char* const kUsage =
    "usage: signaal-bench [--quick] [--only SECTION] [--content DIR] [--cert-samples DIR] [--kiosk PATH]\n"
    "                     [--reports-db FILE]\n"
    "  sections: certs store reports cli ui kiosk speech (ui, kiosk, speech need the kiosk built)\n";

void print_summary(const Report& report) {
    std::printf("\nsummary: %zu figures\n", report.figures().size());
    int missed = 0;
    for (const auto& f : report.figures()) {
        if (f.target <= 0) continue;
        const bool met = f.lower_is_better ? f.value <= f.target : f.value >= f.target;
        missed += !met;
        std::printf("  %-34s %10.3f %-13s target %s %-6g %s\n", f.name.c_str(), f.value, f.unit.c_str(),
                    f.lower_is_better ? "<" : ">", f.target, met ? "met" : "MISSED");
    }
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    std::printf("  %d targets missed; signaal-bench itself peaked at %.0f MB\n", missed, static_cast<double>(u.ru_maxrss) / 1024.0);
}

}  // namespace

int main(int argc, char** argv) {
    Options o;
    o.content_dir = signaal::default_content_dir().string();
    o.signaal_exe = SIGNAAL_BENCH_CLI_EXE;
#ifdef SIGNAAL_BENCH_KIOSK_EXE
    o.kiosk_exe = SIGNAAL_BENCH_KIOSK_EXE;
#endif
    std::string only;
    for (int i = 1; i < argc; ++i) {
        const bool has_value = i + 1 < argc;
        if (!std::strcmp(argv[i], "--quick")) o.quick = true;
        else if (!std::strcmp(argv[i], "--only") && has_value) only = argv[++i];
        else if (!std::strcmp(argv[i], "--content") && has_value) o.content_dir = argv[++i];
        else if (!std::strcmp(argv[i], "--cert-samples") && has_value) o.cert_samples = argv[++i];
        else if (!std::strcmp(argv[i], "--kiosk") && has_value) o.kiosk_exe = argv[++i];
        else if (!std::strcmp(argv[i], "--reports-db") && has_value) o.reports_db = argv[++i];
        else {
            std::fputs(kUsage, stderr);
            return 64;
        }
    }
    std::vector<std::pair<std::string, std::function<void(Report&, const Options&)>>> sections = {
        {"certs", certs_section},
        {"store", store_section},
        {"reports", reports_section},
        {"cli", cli_section},
    };
#ifdef SIGNAAL_BENCH_UI
    sections.emplace_back("ui", ui_section);
    sections.emplace_back("kiosk", kiosk_section);
    sections.emplace_back("speech", speech_section);
#endif
    bool found = only.empty();
    Report report;
    for (const auto& [name, run] : sections) {
        if (!only.empty() && only != name) continue;
        found = true;
        std::printf("# %s\n", name.c_str());
        std::fflush(stdout);
        run(report, o);
    }
    if (!found) {
        std::fprintf(stderr, "signaal-bench: no section '%s' in this build\n%s", only.c_str(), kUsage);
        return 64;
    }
    print_summary(report);
    return 0;
}
