#include "ui_driver.hpp"

#include <algorithm>

#include <catch2/catch.hpp>
#include <imgui.h>


namespace signaal::test {

UiDriver::UiDriver(float width, float height, std::string_view text) : context_(width, height, text) {
    INFO(context_.error());
    REQUIRE(context_.ok());
}

UiDriver::~UiDriver() {
    app.reset();  // made after the context, so ended before it
}

void UiDriver::start(Catalog catalog, std::unique_ptr<Store> store, Date today) {
    AppClock c;
    c.now = [this] { return now; };
    c.random = [this] { return ++entropy; };
    c.today = [today] { return today; };
    app = std::make_unique<KioskApp>(std::move(catalog), std::move(store), FlowConfig{}, c);
    frame();
}

void UiDriver::frame(float dt) {
    ImGui::GetIO().DeltaTime = dt;
    now += Millis(static_cast<long>(dt * 1000));
    ImGui::NewFrame();
    shell::draw_frame(*app, shell);
    ImGui::Render();
}

bool UiDriver::has(const std::string& id) const { return ui::find_target(id).has_value(); }

bool UiDriver::scroll_to(const std::string& id) {
    // Scrolled out of view: drag its window as a finger would until it shows (a few drags at most).
    for (int drags = 0; !ui::find_target(id) && drags < 12; ++drags) {
        const auto hidden = ui::find_hidden_target(id);
        if (!hidden) break;
        const ImVec2 from = hidden->window.center();
        const float half = hidden->window.h * 0.4f;
        const float dy = std::clamp(from.y - hidden->where.center().y, -half, half);
        ImGuiIO& io = ImGui::GetIO();
        io.MousePos = from;
        frame();
        io.MouseDown[0] = true;
        frame();
        for (int step = 1; step <= 4; ++step) {
            io.MousePos = ImVec2(from.x, from.y + dy * static_cast<float>(step) / 4);
            frame();
        }
        io.MouseDown[0] = false;
        frame();
        io.MousePos = ImVec2(-1000, -1000);
        frame();
    }
    return ui::find_target(id).has_value();
}

ui::Rect UiDriver::rect(const std::string& id) {
    scroll_to(id);
    auto r = ui::find_target(id);
    INFO("target " << id);
    REQUIRE(r);
    return *r;
}

void UiDriver::tap(const std::string& id) { tap_at(rect(id).center()); }

void UiDriver::tap_at(ImVec2 c) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = c;
    frame();
    io.MouseDown[0] = true;
    frame();
    io.MouseDown[0] = false;
    frame();
    io.MousePos = ImVec2(-1000, -1000);
    frame();
}

void UiDriver::answer_question(bool right) {
    const FlowState& s = app->state();
    const Question& q = current_question(s, app->catalog());
    std::vector<int> taps = q.correct;
    if (!right) {
        if (q.type == QuestionType::Order) std::swap(taps[0], taps[1]);
        else taps = {q.correct[0] == 0 ? 1 : 0};
    }
    CHECK_FALSE(s.answers[static_cast<size_t>(s.question)].chosen.size() == taps.size());
    for (int c : taps) tap(q.regions.empty() ? "choice:" + std::to_string(c) : "region:" + q.choice_ids[static_cast<size_t>(c)]);
    tap("next");
}

void UiDriver::press_key(int key) {
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[key] = true;
    frame();
    io.KeysDown[key] = false;
    frame();
}

void UiDriver::sign_in_admin(const std::string& pin) {
    app->admin_open();
    frame();
    for (char d : pin) tap(std::string("pin:") + d);
    tap("pin:ok");
    REQUIRE(app->admin().mode == AdminState::Mode::Home);
    frame();
}

}  // namespace signaal::test
