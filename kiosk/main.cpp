// signaal-kiosk: the touch kiosk. Only the loop lives here: wait for input or the next
// deadline, draw one frame, render, swap.
#include <imgui.h>

#include <future>
#include <iostream>

#include "app/kiosk_app.hpp"
#include "background_sync.hpp"
#include "boot/bench_probe.hpp"
#include "app/certificate_hooks.hpp"
#include "boot/prepare.hpp"
#include "catalog_text.hpp"
#include "boot/options.hpp"
#include "platform/platform_glfw.hpp"
#include "platform/service.hpp"
#include "shell/frame.hpp"
#include "speech/read_aloud.hpp"
#include "demo/tour.hpp"
#include "installed.hpp"
#include "ui/fonts.hpp"

using namespace signaal;

namespace {

int no_display_help() {
    std::cerr << "signaal-kiosk: no display. The kiosk needs a graphical session (X11 or Wayland).\n"
                 "  To try it without a screen, run it under a virtual X server:\n"
                 "    xvfb-run -s \"-screen 0 1920x1080x24\" build/kiosk/signaal-kiosk --windowed 1920x1080\n"
                 "  Or save screenshots of every screen:\n"
                 "    xvfb-run -a -s \"-screen 0 1920x1080x24\" build/kiosk/signaal-kiosk --tour /tmp/tour\n";
    return 2;
}

// True when the person touched or typed since the last frame: ImGui needs a few more frames
// to settle hover, press and release.
bool input_seen() {
    const ImGuiIO& io = ImGui::GetIO();
    if (io.MouseDelta.x != 0 || io.MouseDelta.y != 0 || io.MouseWheel != 0 || io.InputQueueCharacters.Size > 0) return true;
    for (int i = 0; i < 5; ++i)
        if (io.MouseDown[i] || io.MouseReleased[i]) return true;
    for (bool k : io.KeysDown)
        if (k) return true;
    return false;
}

// Shows the damaged-database screen until the window is closed or the service is stopped
// (SIGTERM: exit 0, as from the kiosk's own loop). It tells systemd it is up and alive like that
// loop, so the watchdog does not restart a kiosk that is showing this screen as it should.
int show_store_error(Platform& p, const UiText& text, const std::vector<Language>& languages, const StoreError& e,
                     ServiceLink& service) {
    std::cerr << "signaal-kiosk: cannot use the database " << e.path() << ": " << e.reason()
              << "\n  It was left untouched. Restore it from a backup or start with --db pointing elsewhere.\n";
    bool first = true;
    while (!p.should_close() && !service.stop_requested()) {
        if (!first) p.wait(service.max_wait(1.0));
        first = false;
        p.new_frame();
        ImGui::NewFrame();
        shell::draw_error_frame(text, languages, e.path(), e.reason());
        ImGui::Render();
        p.render();
        p.swap();
        service.frame_shown();
    }
    return service.stop_requested() ? 0 : 1;
}

// The kiosk after a good start: the app, certificates, fleet sync and the loop.
int run_kiosk(Platform& platform, Prepared& prepared, const KioskOptions& opt, BenchProbe::Clock::time_point started,
              ServiceLink& service, speech::ReadAloud& read_aloud) {
    purge_at_start(*prepared.store);
    KioskApp app(std::move(*prepared.catalog), std::move(prepared.store));
    certs::Issuer issuer(app.store(), app.catalog(), certs::IssuerPaths::defaults());
    auto hooks = certificate_hooks(issuer, app.store());
    // Fleet: with a central database configured, sync in the background and soon after each
    // completion; the UI never waits on the network.
    std::unique_ptr<fleet::BackgroundSync> sync;
    if (auto url = app.store().setting("central_url"); url && !url->empty()) {
        sync = std::make_unique<fleet::BackgroundSync>(opt.db, fleet::BackgroundOptions{});
        hooks.issue = [issue = hooks.issue, s = sync.get()](const std::string& serial) {
            auto shown = issue(serial);
            s->poke();
            return shown;
        };
    }
    app.set_certificate_hooks(std::move(hooks));
    BenchProbe probe(started, opt.bench_startup, opt.bench_idle);
    shell::ShellState shell_state;
    shell_state.read_aloud = &read_aloud;
    int busy_frames = 2;
    std::optional<Millis> wake_at;
    while (!platform.should_close() && !service.stop_requested()) {
        // 1. Wait for input, or the next thing the app must do by itself.
        if (busy_frames > 0) {
            platform.poll();
        } else {
            double timeout = 60.0;
            if (wake_at) timeout = std::clamp((*wake_at - app.now()).count() / 1000.0, 0.0, 60.0);
            platform.wait(service.max_wait(probe.clamp_wait(timeout)));
        }
        // 2. Draw one frame.
        platform.new_frame();
        ImGui::NewFrame();
        const shell::FrameResult r = shell::draw_frame(app, shell_state);
        const bool input = input_seen();
        ImGui::Render();
        // 3. Show it.
        platform.render();
        platform.swap();
        if (probe.active()) platform.finish();  // presented, not just queued
        service.frame_shown();
        // The font texture is on the GPU now; ImGui's CPU copies (about 10 MB) are not needed.
        if (ImGui::GetIO().Fonts->TexPixelsRGBA32) ImGui::GetIO().Fonts->ClearTexData();
        if (probe.after_frame()) break;
        wake_at = r.wake_at;
        busy_frames = (r.acted || r.animating || input) ? 3 : busy_frames - 1;
    }
    return 0;  // on SIGTERM too: ~KioskApp saves any attempt still queued
}

}  // namespace

int main(int argc, char** argv) {
    const auto started = BenchProbe::Clock::now();
    std::string error;
    const auto opt = parse_options(argc, argv, error);
    if (!opt) {
        std::cerr << "signaal-kiosk: " << error << "\n" << kUsage;
        return 64;
    }
    if (opt->help || opt->version) {
        std::cout << (opt->help ? kUsage : std::string("signaal-kiosk ") + version() + "\n");
        return 0;
    }
    if (opt->tour) {
        auto catalog = load_kiosk_content(opt->content, opt->skip_invalid);
        return catalog ? run_tour(*catalog, *opt->tour, opt->tour_width, opt->tour_height) : 1;
    }

    ServiceLink service(Platform::wake);  // before any thread starts: it takes SIGTERM for them all
    WindowOptions wo;
    wo.fullscreen = !opt->windowed;
    wo.width = opt->width;
    wo.height = opt->height;
    const int expected_height = Platform::expected_height(wo);
    if (expected_height == 0) return no_display_help();
    // Content, fonts and database are made while the window and OpenGL context open.
    ImFontAtlas fonts;
    auto preparing = std::async(std::launch::async, prepare_kiosk, std::cref(*opt), expected_height, std::ref(fonts));
    // eSpeak NG and the sound server, meanwhile too; without them one line says why, no Listen.
    auto opening_speech = std::async(std::launch::async, [] { return speech::open_read_aloud(stderr); });
    auto platform = Platform::open_window(wo, error);
    Prepared prepared = preparing.get();
    if (!prepared.catalog) return 1;
    if (!platform || !platform->start_imgui(&fonts, error)) {
        std::cerr << "signaal-kiosk: " << error << "\n";
        return 2;
    }
    if (!prepared.font_error.empty()) {
        std::cerr << "signaal-kiosk: " << prepared.font_error << "\n";
        return 1;
    }
    if (const float h = static_cast<float>(platform->framebuffer_height()); h != prepared.look_height) {
        if (!ui::setup_look(h, error, catalog_text(*prepared.catalog))) {  // the screen is not what the monitor said: fonts again
            std::cerr << "signaal-kiosk: " << error << "\n";
            return 1;
        }
    } else {
        ui::set_theme(prepared.theme);
        ui::apply_style(prepared.theme);
    }
    const UiText text = prepared.catalog->ui;  // for the error screen, once the app owns the catalog
    const std::vector<Language> languages = prepared.catalog->languages;
    if (prepared.store_error) return show_store_error(*platform, text, languages, *prepared.store_error, service);
    // The app catches what its actions meet; this catches the set-up around it (signing key,
    // sync settings), so no store error ends the kiosk without the error screen.
    try {
        const auto read_aloud = opening_speech.get();
        return run_kiosk(*platform, prepared, *opt, started, service, *read_aloud);
    } catch (const StoreError& e) {
        return show_store_error(*platform, text, languages, e, service);
    } catch (const std::exception& e) {
        std::cerr << "signaal-kiosk: " << e.what() << "\n";
        return 1;
    }
}
