#pragma once
// signaal-bench: each section measures one area and prints `name value unit` lines.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

namespace signaal::bench {

struct Figure {
    std::string name;
    double value;
    std::string unit;
    double target;        // the aim from the issue; 0 when there is none
    bool lower_is_better = true;
};

class Report {
public:
    void add(const std::string& name, double value, const std::string& unit, double target = 0,
             bool lower_is_better = true) {
        std::printf("%s %.3f %s\n", name.c_str(), value, unit.c_str());
        std::fflush(stdout);
        figures_.push_back({name, value, unit, target, lower_is_better});
    }
    const std::vector<Figure>& figures() const { return figures_; }

private:
    std::vector<Figure> figures_;
};

inline double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size() - 1) + 0.5));
    return v[i];
}

using Clock = std::chrono::steady_clock;
inline double ms_since(Clock::time_point t) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

struct Options {
    bool quick = false;  // smaller volumes for a fast look
    std::string content_dir;
    std::string cert_samples;  // also write sample certificates here to look at
    std::string kiosk_exe;     // signaal-kiosk, when it was built
    std::string signaal_exe;   // the signaal command-line tool
    std::string reports_db;    // seed the reports' database here and keep it (reused when present)
};

void certs_section(Report& r, const Options& o);
void store_section(Report& r, const Options& o);
void reports_section(Report& r, const Options& o);
void cli_section(Report& r, const Options& o);     // the manager's commands on 10,000 people
void ui_section(Report& r, const Options& o);      // only with the kiosk built
void kiosk_section(Report& r, const Options& o);   // only with the kiosk built
void speech_section(Report& r, const Options& o);  // only with the kiosk built: tap to first sample

}  // namespace signaal::bench
