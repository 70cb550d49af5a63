// The kiosk as a terminal runs it: time from process start to the first presented frame, CPU use
// while it waits on the attract screen, and peak memory. Runs signaal-kiosk under Xvfb (started
// here when there is no display) with a database of its own.
#include <cstdlib>
#include <sstream>

#include "bench.hpp"
#include "child_process.hpp"
#include "support/content_fixture.hpp"

namespace signaal::bench {
namespace {

// The value of a `name value unit` line the kiosk printed, if it is that figure.
bool figure_value(const std::string& line, const std::string& name, double& value) {
    std::istringstream in(line);
    std::string n;
    double v = 0;
    if (!(in >> n >> v) || n != name) return false;
    value = v;
    return true;
}

}  // namespace

void kiosk_section(Report& r, const Options& o) {
    if (o.kiosk_exe.empty()) {
        std::fprintf(stderr, "kiosk bench: signaal-kiosk was not built (configure with -DSIGNAAL_KIOSK=ON)\n");
        return;
    }
    VirtualDisplay display(1920, 1080);
    if (!display.ok()) {
        std::fprintf(stderr, "kiosk bench: %s\n", display.problem().c_str());
        return;
    }
    test::TempDir dir;
    setenv("XDG_DATA_HOME", (dir.path() / "data").c_str(), 1);  // keys and certificates stay in here
    const std::vector<std::string> base = {o.kiosk_exe, "--db", (dir.path() / "kiosk.db").string(), "--demo",
                                           "--content", o.content_dir};
    const auto with = [&](std::vector<std::string> extra) {
        auto argv = base;
        argv.insert(argv.end(), extra.begin(), extra.end());
        return argv;
    };

    // The first start creates and seeds the database; a terminal's everyday start finds it there.
    std::vector<double> outside, inside;
    double peak_mb = 0;
    const int runs = o.quick ? 3 : 7;
    for (int i = 0; i <= runs; ++i) {
        double at = -1, in_process = -1, rss = 0;
        const auto res = run_child(with({"--bench-startup"}), [&](const std::string& line, double ms) {
            if (figure_value(line, "kiosk_first_frame_in_process_ms", in_process)) at = ms;
            figure_value(line, "kiosk_peak_rss_mb", rss);
        }, std::chrono::seconds(60));
        if (res.exit_code != 0 || at < 0) {
            std::fprintf(stderr, "kiosk bench: signaal-kiosk --bench-startup failed (exit %d)\n", res.exit_code);
            return;
        }
        if (i == 0) continue;
        outside.push_back(at);
        inside.push_back(in_process);
        peak_mb = std::max(peak_mb, rss);
    }
    r.add("kiosk_first_frame", percentile(outside, 0.5), "ms", 300);
    r.add("kiosk_first_frame_worst", *std::max_element(outside.begin(), outside.end()), "ms");
    r.add("kiosk_first_frame_from_main", percentile(inside, 0.5), "ms");

    const double idle_s = o.quick ? 3 : 10;
    double cpu = -1, rss = 0;
    const auto res = run_child(with({"--bench-idle", std::to_string(idle_s)}), [&](const std::string& line, double) {
        figure_value(line, "kiosk_idle_cpu_percent", cpu);
        figure_value(line, "kiosk_peak_rss_mb", rss);
    }, std::chrono::seconds(static_cast<int>(idle_s) + 60));
    if (res.exit_code != 0 || cpu < 0) {
        std::fprintf(stderr, "kiosk bench: signaal-kiosk --bench-idle failed (exit %d)\n", res.exit_code);
        return;
    }
    r.add("kiosk_idle_seconds", idle_s, "s");
    r.add("kiosk_idle_cpu", cpu, "%", 1);
    r.add("kiosk_peak_rss", std::max(peak_mb, rss), "MB", 80);
}

}  // namespace signaal::bench
