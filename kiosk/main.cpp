// signaal-kiosk: the touch kiosk. Only the loop lives here: wait for input or the next
// deadline, draw one frame, render, swap.
#include <imgui.h>

#include <iostream>

#include "app/kiosk_app.hpp"
#include "background_sync.hpp"
#include "certificate_hooks.hpp"
#include "options.hpp"
#include "platform_glfw.hpp"
#include "shell/frame.hpp"
#include "startup.hpp"
#include "tour.hpp"
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

// Shows the damaged-database screen until the window is closed.
int show_store_error(Platform& p, const Catalog& c, const StoreError& e) {
    while (!p.should_close()) {
        p.wait(1.0);
        p.new_frame();
        ImGui::NewFrame();
        shell::draw_error_frame(c.ui, c.languages, e.path(), e.reason());
        ImGui::Render();
        p.render();
        p.swap();
    }
    return 1;
}

}  // namespace

int main(int argc, char** argv) {
    std::string error;
    const auto opt = parse_options(argc, argv, error);
    if (!opt) {
        std::cerr << "signaal-kiosk: " << error << "\n" << kUsage;
        return 64;
    }
    if (opt->help) {
        std::cout << kUsage;
        return 0;
    }
    auto catalog = load_kiosk_content(opt->content, opt->skip_invalid);
    if (!catalog) return 1;
    if (opt->tour) return run_tour(*catalog, *opt->tour, opt->tour_width, opt->tour_height);

    WindowOptions wo;
    wo.fullscreen = !opt->windowed;
    wo.width = opt->width;
    wo.height = opt->height;
    auto platform = Platform::create(wo, error);
    if (!platform) {
        if (error == "no display") return no_display_help();
        std::cerr << "signaal-kiosk: " << error << "\n";
        return 2;
    }
    if (!ui::setup_look(static_cast<float>(platform->framebuffer_height()), error)) {
        std::cerr << "signaal-kiosk: " << error << "\n";
        return 1;
    }

    std::unique_ptr<Store> store;
    try {
        store = std::make_unique<Store>(opt->db);
        if (opt->demo) seed_demo_if_empty(*store, *catalog);
    } catch (const StoreError& e) {
        std::cerr << "signaal-kiosk: cannot use the database " << e.path() << ": " << e.reason()
                  << "\n  It was left untouched. Restore it from a backup or start with --db pointing elsewhere.\n";
        return show_store_error(*platform, *catalog, e);
    }

    // Retention: people inactive for longer than the period are erased at every start.
    try {
        const int months = std::stoi(store->setting("retention_months").value_or("36"));
        if (const int erased = store->purge_inactive(today_utc(), months); erased > 0)
            store->audit("retention_purge", std::to_string(erased) + " people at kiosk start");
    } catch (const std::exception& e) {
        std::cerr << "signaal-kiosk: retention purge skipped: " << e.what() << "\n";
    }

    KioskApp app(std::move(*catalog), std::move(store));
    certs::Issuer issuer(app.store(), app.catalog(), certs::IssuerPaths::defaults());
    auto hooks = certificate_hooks(issuer, app.store());
    // Fleet: with a central database configured, sync in the background and soon after each
    // completion; the UI never waits on the network.
    std::unique_ptr<fleet::BackgroundSync> sync;
    if (auto url = app.store().setting("central_url"); url && !url->empty()) {
        sync = std::make_unique<fleet::BackgroundSync>(opt->db, fleet::BackgroundOptions{});
        hooks.issue = [issue = hooks.issue, s = sync.get()](const std::string& serial) {
            auto shown = issue(serial);
            s->poke();
            return shown;
        };
    }
    app.set_certificate_hooks(std::move(hooks));
    shell::ShellState shell_state;
    int busy_frames = 2;
    std::optional<Millis> wake_at;
    while (!platform->should_close()) {
        // 1. Wait for input, or the next thing the app must do by itself.
        if (busy_frames > 0) {
            platform->poll();
        } else {
            double timeout = 60.0;
            if (wake_at) timeout = std::clamp((*wake_at - app.now()).count() / 1000.0, 0.0, 60.0);
            platform->wait(timeout);
        }
        // 2. Draw one frame.
        platform->new_frame();
        ImGui::NewFrame();
        const shell::FrameResult r = shell::draw_frame(app, shell_state);
        const bool input = input_seen();
        ImGui::Render();
        // 3. Show it.
        platform->render();
        platform->swap();
        wake_at = r.wake_at;
        busy_frames = (r.acted || r.animating || input) ? 3 : busy_frames - 1;
    }
    return 0;
}
