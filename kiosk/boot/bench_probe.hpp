#pragma once
// --bench-startup and --bench-idle: the kiosk measures itself and prints `name value unit` lines
// that signaal-bench reads. Without either option the probe does nothing.
#include <chrono>
#include <optional>

namespace signaal {

class BenchProbe {
public:
    // idle_seconds: after the first frame, keep running this long untouched, then report.
    using Clock = std::chrono::steady_clock;
    // started: taken first thing in main.
    BenchProbe(Clock::time_point started, bool startup, std::optional<double> idle_seconds);
    bool active() const { return startup_ || idle_seconds_.has_value(); }
    // After each presented frame; true when the kiosk should now exit.
    bool after_frame();
    // The longest the loop may sleep so the idle period ends on time.
    double clamp_wait(double seconds) const;

private:
    Clock::time_point start_;
    bool startup_;
    std::optional<double> idle_seconds_;
    bool first_done_ = false;
    Clock::time_point idle_from_;
    double cpu_at_idle_ = 0;
    int idle_frames_ = 0;
};

}  // namespace signaal
