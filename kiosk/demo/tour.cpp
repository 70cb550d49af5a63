#include "demo/tour.hpp"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>

#include "catalog_text.hpp"
#include "demo/screen_walk.hpp"
#include "demo/screenshot_png.hpp"
#include "platform/platform_glfw.hpp"
#include "shell/frame.hpp"
#include "speech/read_aloud.hpp"
#include "ui/fonts.hpp"

namespace signaal {
namespace {

// The tour taps no Listen button, but shows it: a player that plays nowhere makes it available
// wherever eSpeak NG is installed, sound server or not.
class SilentPlayer final : public speech::Player {
public:
    void play(std::span<const std::int16_t>) override {}
    void finish() override {}
    void drop() override {}
};

// Saves a PNG of the demo kiosk's current screen at each place the walk visits.
class Tour {
public:
    Tour(const Catalog& c, const std::filesystem::path& dir, Platform& p) : kiosk_(c), dir_(dir), platform_(p) {
        std::string why;
        synth_ = speech::Synthesizer::open(why);
        read_aloud_ = std::make_unique<speech::ReadAloud>(synth_.get(), &player_);
        kiosk_.shell().read_aloud = read_aloud_.get();
    }
    ~Tour() { kiosk_.shell().read_aloud = nullptr; }

    // prefix: "" for the normal walk, "aplus-" for the walk with the larger text.
    void run(const Language& lang, const std::string& prefix = "") {
        lang_ = lang.code;
        prefix_ = prefix;
        n_ = 0;
        kiosk_.app().store().set_setting("text_size", prefix.empty() ? "normal" : "large");
        kiosk_.app().apply_settings();
        walk_screens(
            kiosk_, lang_, [this](const std::string& screen) { shot(screen); },
            [this](const std::string& name, const std::filesystem::path& pdf) { keep_paper(name, pdf); });
    }

    const std::vector<std::string>& files() const { return files_; }
    const std::vector<std::string>& papers() const { return papers_; }
    double mean_frame_ms() const { return frames_ ? frame_ms_ / frames_ : 0; }

private:
    // Draws the current state a few frames (layout settles) and saves the last one.
    void shot(const std::string& screen) {
        ImGuiIO& io = ImGui::GetIO();
        for (int f = 0; f < 3; ++f) {
            const auto t0 = std::chrono::steady_clock::now();
            platform_.poll();
            platform_.new_frame();
            io.MousePos = ImVec2(-1000, -1000);
            ImGui::NewFrame();
            shell::draw_frame(kiosk_.app(), kiosk_.shell());
            ImGui::Render();
            platform_.render();
            frame_ms_ += std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
            ++frames_;
            if (f < 2) platform_.swap();
        }
        int w = 0, h = 0;
        const auto px = platform_.read_pixels(w, h);
        platform_.swap();
        const std::string name = next_name(screen, ".png");
        if (const std::string why = write_screenshot_png(dir_ / name, w, h, px); !why.empty())
            std::cerr << "signaal-kiosk: cannot write " << (dir_ / name).string() << ": " << why << "\n";
        files_.push_back(name);
    }

    // A printed certificate beside the screenshots, numbered like them; tests/run_tour.sh renders
    // each to a PNG with pdftoppm (the kiosk itself draws no PDF to pixels).
    void keep_paper(const std::string& name, const std::filesystem::path& pdf) {
        const std::string file = next_name(name, ".pdf");
        std::error_code ec;
        std::filesystem::copy_file(pdf, dir_ / file, std::filesystem::copy_options::overwrite_existing, ec);
        if (ec) std::cerr << "signaal-kiosk: cannot copy " << pdf.string() << ": " << ec.message() << "\n";
        else papers_.push_back(file);
    }

    // <lang>-<nn>-<what><ext>, numbered in the order of the walk.
    std::string next_name(const std::string& what, const char* ext) {
        char nn[16];
        std::snprintf(nn, sizeof nn, "%02d", ++n_);
        return prefix_ + lang_ + "-" + nn + "-" + what + ext;
    }

    SilentPlayer player_;
    std::unique_ptr<speech::Synthesizer> synth_;
    std::unique_ptr<speech::ReadAloud> read_aloud_;  // before kiosk_: the shell points to it
    DemoKiosk kiosk_;
    std::filesystem::path dir_;
    Platform& platform_;
    std::string lang_;
    std::string prefix_;
    int n_ = 0;
    std::vector<std::string> files_;
    std::vector<std::string> papers_;
    double frame_ms_ = 0;
    int frames_ = 0;
};

}  // namespace

int run_tour(const Catalog& catalog, const std::filesystem::path& dir, int width, int height) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) {
        std::cerr << "signaal-kiosk: cannot create " << dir.string() << ": " << ec.message() << "\n";
        return 1;
    }
    WindowOptions wo;
    wo.fullscreen = false;
    wo.width = width;
    wo.height = height;
    std::string error;
    auto platform = Platform::create(wo, error);
    if (!platform) {
        std::cerr << "signaal-kiosk: " << error << ": run the tour under a virtual X server:\n"
                  << "  xvfb-run -a -s \"-screen 0 " << std::max(width, 1920) << "x" << std::max(height, 1080)
                  << "x24\" signaal-kiosk --tour " << dir.string() << "\n";
        return 2;
    }
    if (!ui::setup_look(static_cast<float>(platform->framebuffer_height()), error, catalog_text(catalog))) {
        std::cerr << "signaal-kiosk: " << error << "\n";
        return 1;
    }
    try {
        Tour tour(catalog, dir, *platform);
        for (const auto& l : catalog.languages) tour.run(l);
        if (height <= 800)
            for (const auto& l : catalog.languages)
                if (std::find(std::begin(kLargeTextLanguages), std::end(kLargeTextLanguages), l.code) != std::end(kLargeTextLanguages))
                    tour.run(l, "aplus-");
        std::ofstream manifest(dir / "tour-manifest.txt");
        for (const auto& f : tour.files()) manifest << f << "\n";
        std::ofstream papers(dir / "tour-papers.txt");
        for (const auto& f : tour.papers()) papers << f << "\n";
        std::cout << "tour: " << tour.files().size() << " screenshots in " << dir.string() << " ("
                  << width << "x" << height << ", mean frame " << tour.mean_frame_ms() << " ms)\n";
    } catch (const StoreError& e) {
        std::cerr << "signaal-kiosk: " << e.what() << "\n";
        return 1;
    }
    return 0;
}

}  // namespace signaal
