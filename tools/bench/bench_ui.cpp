// UI: CPU time of one kiosk frame (ImGui builds every widget and its draw lists) for each screen,
// headless at 1920x1080 with the real fonts and content. GL rendering is not included: on the
// kiosk it runs on the GPU.
#include <imgui.h>

#include <ctime>
#include <map>

#include "bench.hpp"
#include "demo/screen_walk.hpp"
#include "boot/prepare.hpp"
#include "ui/headless.hpp"

namespace signaal::bench {
namespace {

double thread_cpu_ms() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// "lesson-03" and "lesson-municipal-signals" are lessons; "quiz-04-order" is the order question.
std::string screen_kind(const std::string& name) {
    if (name.rfind("lesson-", 0) == 0) return "lesson";
    if (name.rfind("quiz-", 0) == 0 && name.size() > 8) return "quiz-" + name.substr(8);
    return name;
}

}  // namespace

void ui_section(Report& r, const Options& o) {
    auto catalog = load_kiosk_content(o.content_dir, false);
    if (!catalog) return;
    ui::HeadlessContext imgui(1920, 1080);
    if (!imgui.ok()) {
        std::fprintf(stderr, "ui bench: %s\n", imgui.error().c_str());
        return;
    }
    DemoKiosk kiosk(*catalog);
    const int warm = 3, timed = o.quick ? 10 : 30;
    std::map<std::string, std::vector<double>> by_kind;  // median frame of each visit, by screen kind
    std::vector<double> all;
    int vertices = 0;  // shows the frames really drew the screens
    const auto visit = [&](const std::string& screen) {
        std::vector<double> ms;
        for (int f = 0; f < warm + timed; ++f) {
            const double t = thread_cpu_ms();
            ImGui::GetIO().MousePos = ImVec2(-1000, -1000);
            ImGui::NewFrame();
            shell::draw_frame(kiosk.app(), kiosk.shell());
            ImGui::Render();
            if (f >= warm) ms.push_back(thread_cpu_ms() - t);
        }
        vertices = std::max(vertices, ImGui::GetDrawData()->TotalVtxCount);
        by_kind[screen_kind(screen)].push_back(percentile(ms, 0.5));
        all.insert(all.end(), ms.begin(), ms.end());
    };
    for (const auto& lang : catalog->languages) {
        walk_screens(kiosk, lang.code, visit);
        if (o.quick) break;
    }
    // The slowest visit of each kind: a screen must be quick in every language and on every page.
    double worst = 0;
    for (const auto& [kind, medians] : by_kind) {
        const double w = *std::max_element(medians.begin(), medians.end());
        r.add("ui_frame_" + kind, w, "ms", 2);
        worst = std::max(worst, w);
    }
    r.add("ui_frame_all_median", percentile(all, 0.5), "ms");
    r.add("ui_frame_all_p99", percentile(all, 0.99), "ms");
    r.add("ui_frame_worst_screen", worst, "ms", 2);
    r.add("ui_frame_most_vertices", vertices, "vertices");
}

}  // namespace signaal::bench
