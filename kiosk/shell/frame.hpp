#pragma once
// One frame of the kiosk: builds the view of the current screen from the app, draws it with the
// screen function, and applies what the person did. Call between ImGui::NewFrame and Render.
#include <optional>
#include <string>

#include "app/admin_session.hpp"
#include "app/kiosk_app.hpp"
#include "ui/views.hpp"

namespace signaal::speech {
class ReadAloud;
}

namespace signaal::shell {

struct ShellState {
    // The attract screen speaks each offered language in turn.
    size_t attract_lang = 0;
    Millis attract_since{0};
    bool attract_cycles = true;  // the tour fixes the language
    bool corner_fired = false;   // the admin hold opened the pad during this press
    std::optional<std::vector<bool>> qr_override;
    admin::Session admin_session;  // the admin area after the PIN; reset whenever it closes
    // The Listen button's speech (the program's; null: no button). The shell tells it what is
    // on screen every frame, so speech stops when that changes, and applies the settings.
    speech::ReadAloud* read_aloud = nullptr;
    std::optional<admin::ReadingSettings> read_aloud_applied;
    static constexpr Millis kAttractCycle{8000};
    static constexpr float kAdminHoldSeconds = 3.0f;
};

struct FrameResult {
    bool acted = false;      // the person did something: draw again at once
    bool animating = false;  // something moves (hold ring, drag): keep drawing
    std::optional<Millis> wake_at;  // otherwise sleep until this time (or input)
};

FrameResult draw_frame(KioskApp& app, ShellState& ui);
FrameResult draw_admin_frame(KioskApp& app, ShellState& ui);  // frame_admin.cpp

// A full-screen error for a database that cannot be opened, in the first languages offered.
void draw_error_frame(const UiText& text, const std::vector<Language>& languages, const std::string& path,
                      const std::string& reason);

// View builders, public for the tests.
ui::IdentifyView identify_view(const KioskApp& app);
ui::QuizView quiz_view(const KioskApp& app);
ui::ResultView result_view(const KioskApp& app);
ui::CertificateView certificate_view(const KioskApp& app, const ShellState& ui);
// What the Listen button reads on a screen, in the order shown.
std::string lesson_speech(const ui::LessonView& v);
std::string quiz_speech(const ui::QuizView& v);
std::string result_speech(const ui::ResultView& v);

}  // namespace signaal::shell
