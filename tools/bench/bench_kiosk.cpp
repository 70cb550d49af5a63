// The kiosk as a terminal runs it: time from process start to the first presented frame, CPU use
// while it waits on the attract screen, and peak memory. Runs signaal-kiosk under Xvfb (started
// here when there is no display) with a database of its own.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
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

// A copy of the content in `dir` that does not offer `lang` (its [[language]] entry left out of
// languages.toml, so the kiosk loads none of its text). False when the content does not offer it.
bool copy_without_language(const std::filesystem::path& content, const std::string& lang, const std::filesystem::path& dir) {
    std::ifstream in(content / "languages.toml");
    std::stringstream all;
    all << in.rdbuf();
    const std::string text = all.str();
    // One piece per [[language]] entry (the first also holds the comments before it).
    const std::string marker = "[[language]]";
    std::string kept;
    bool found = false;
    std::size_t at = 0;
    for (std::size_t next = 0; at < text.size(); at = next) {
        next = std::min(text.find(marker, at + 1), text.size());
        const std::string piece = text.substr(at, next - at);
        if (piece.find("code = \"" + lang + "\"") != std::string::npos) found = true;
        else kept += piece;
    }
    if (!found) return false;
    std::filesystem::copy(content, dir, std::filesystem::copy_options::recursive);
    std::ofstream(dir / "languages.toml", std::ios::trunc) << kept;
    // The question-type words hold every language in one table per word: drop its lines there.
    std::ifstream types(content / "ui" / "question_types.toml");
    std::string types_kept;
    for (std::string line; std::getline(types, line);)
        if (line.rfind(lang + " =", 0) != 0 && line.rfind("\"" + lang + "\" =", 0) != 0) types_kept += line + "\n";
    std::ofstream(dir / "ui" / "question_types.toml", std::ios::trunc) << types_kept;
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
    const auto argv_for = [&](const std::string& content, std::vector<std::string> extra) {
        std::vector<std::string> argv = {o.kiosk_exe, "--db", (dir.path() / "kiosk.db").string(), "--demo", "--content", content};
        argv.insert(argv.end(), extra.begin(), extra.end());
        return argv;
    };
    const auto with = [&](std::vector<std::string> extra) { return argv_for(o.content_dir, std::move(extra)); };

    // The first start creates and seeds the database; a terminal's everyday start finds it there.
    struct Startup {
        double median = -1, worst = 0, from_main = 0, peak_mb = 0;
    };
    const int runs = o.quick ? 3 : 7;
    const auto startup = [&](const std::string& content) {
        std::vector<double> outside, inside;
        Startup s;
        for (int i = 0; i <= runs; ++i) {
            double at = -1, in_process = -1, rss = 0;
            const auto res = run_child(argv_for(content, {"--bench-startup"}), [&](const std::string& line, double ms) {
                if (figure_value(line, "kiosk_first_frame_in_process_ms", in_process)) at = ms;
                figure_value(line, "kiosk_peak_rss_mb", rss);
            }, std::chrono::seconds(60));
            if (res.exit_code != 0 || at < 0) {
                std::fprintf(stderr, "kiosk bench: signaal-kiosk --bench-startup failed (exit %d)\n", res.exit_code);
                return Startup{};
            }
            if (i == 0) continue;
            outside.push_back(at);
            inside.push_back(in_process);
            s.peak_mb = std::max(s.peak_mb, rss);
        }
        s.median = percentile(outside, 0.5);
        s.worst = *std::max_element(outside.begin(), outside.end());
        s.from_main = percentile(inside, 0.5);
        return s;
    };
    const Startup all = startup(o.content_dir);
    if (all.median < 0) return;
    r.add("kiosk_first_frame", all.median, "ms", 300);
    r.add("kiosk_first_frame_worst", all.worst, "ms");
    r.add("kiosk_first_frame_from_main", all.from_main, "ms");
    r.add("kiosk_startup_rss", all.peak_mb, "MB");
    // The same content without Chinese: its glyphs are the only ones the atlas adds for one
    // language, so this is what every kiosk that offers no Chinese pays (issue 16).
    const auto no_zh = dir.path() / "content-without-zh-Hans";
    if (copy_without_language(o.content_dir, "zh-Hans", no_zh)) {
        const Startup without = startup(no_zh.string());
        if (without.median >= 0) {
            r.add("kiosk_first_frame_without_chinese", without.median, "ms", 300);
            r.add("kiosk_first_frame_from_main_without_chinese", without.from_main, "ms");
            r.add("kiosk_startup_rss_without_chinese", without.peak_mb, "MB");
        }
    }
    const double peak_mb = all.peak_mb;

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
