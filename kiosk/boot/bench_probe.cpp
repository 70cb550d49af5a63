#include "boot/bench_probe.hpp"

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

namespace signaal {
namespace {

double cpu_seconds(const rusage& u) {
    return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double process_cpu_seconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return cpu_seconds(u);
}

// The peak resident set of this program since exec (VmHWM). getrusage's ru_maxrss would also
// count what a parent had resident when it forked us.
double peak_rss_mb() {
    std::FILE* f = std::fopen("/proc/self/status", "r");
    if (!f) return 0;
    char line[256];
    double kb = 0;
    while (std::fgets(line, sizeof line, f))
        if (std::sscanf(line, "VmHWM: %lf kB", &kb) == 1) break;
    std::fclose(f);
    return kb / 1024.0;
}

void figure(const char* name, double value, const char* unit) {
    std::printf("%s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

}  // namespace

BenchProbe::BenchProbe(Clock::time_point started, bool startup, std::optional<double> idle_seconds)
    : start_(started), startup_(startup), idle_seconds_(idle_seconds) {}

bool BenchProbe::after_frame() {
    if (!active()) return false;
    const auto now = Clock::now();
    if (!first_done_) {
        first_done_ = true;
        figure("kiosk_first_frame_in_process_ms", std::chrono::duration<double, std::milli>(now - start_).count(), "ms");
        idle_from_ = now;
        cpu_at_idle_ = process_cpu_seconds();
        if (idle_seconds_) return false;
        figure("kiosk_peak_rss_mb", peak_rss_mb(), "MB");
        return true;
    }
    ++idle_frames_;
    const double elapsed = std::chrono::duration<double>(now - idle_from_).count();
    if (elapsed < *idle_seconds_) return false;
    figure("kiosk_idle_cpu_percent", 100.0 * (process_cpu_seconds() - cpu_at_idle_) / elapsed, "%");
    figure("kiosk_idle_frames", idle_frames_, "frames");
    figure("kiosk_peak_rss_mb", peak_rss_mb(), "MB");
    return true;
}

double BenchProbe::clamp_wait(double seconds) const {
    if (!idle_seconds_ || !first_done_) return seconds;
    const double left = *idle_seconds_ - std::chrono::duration<double>(Clock::now() - idle_from_).count();
    return std::clamp(left, 0.0, seconds);
}

}  // namespace signaal
