#pragma once
// Drives the real kiosk frames headlessly: an ImGui context with the real fonts and no window or
// GL, a KioskApp with a clock the test controls, and taps on the targets the widgets registered
// in the last frame, pressed and released like a finger.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "app/kiosk_app.hpp"
#include "shell/frame.hpp"
#include "ui/headless.hpp"
#include "ui/widgets.hpp"

namespace signaal::test {

class UiDriver {
public:
    // The ImGui context and fonts, with the glyphs of `text` beyond the fixed ranges (catalog_text
    // of the catalog to come); no app yet.
    UiDriver(float width, float height, std::string_view text = {});
    ~UiDriver();
    UiDriver(const UiDriver&) = delete;
    UiDriver& operator=(const UiDriver&) = delete;

    // Starts the app on catalog and store, with now and entropy below and today fixed, and
    // draws the first frame.
    void start(Catalog catalog, std::unique_ptr<Store> store, Date today);
    void frame(float dt = 1.0f / 60.0f);  // also advances now by dt
    bool has(const std::string& id) const;
    // Drags the target's scrolling window until the target shows; false when it is not drawn at all.
    bool scroll_to(const std::string& id);
    ui::Rect rect(const std::string& id);  // fails the test when the target is not on screen
    void tap(const std::string& id);
    void tap_at(ImVec2 point);  // a finger down and up at a point of the screen
    void press_key(int key);  // an io.KeyMap index: 8 Backspace, 9 Tab, 13 Enter
    // Opens the PIN pad and types pin on it; fails the test unless the admin area opens.
    void sign_in_admin(const std::string& pin);
    // Taps the choices of the question on screen, right or wrong, then Next.
    void answer_question(bool right);

private:
    ui::HeadlessContext context_;  // first member: made before, ended after everything else

public:
    Millis now{50'000};
    std::uint64_t entropy = 3;
    std::unique_ptr<KioskApp> app;
    shell::ShellState shell;
};

}  // namespace signaal::test
