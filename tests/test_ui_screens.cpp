// Headless UI tests: the real screen functions run in an ImGui context without a window or GL,
// with the real fonts; taps go to the targets the widgets registered in the last frame.
#include <catch2/catch.hpp>
#include <imgui.h>

#include "app/kiosk_app.hpp"
#include "shell/frame.hpp"
#include "support/catalog_fixture.hpp"
#include "support/ui_driver.hpp"
#include "ui/widgets.hpp"

using namespace signaal;
using namespace std::chrono_literals;

namespace {

class Kiosk : public test::UiDriver {
public:
    explicit Kiosk(float w = 1920, float h = 1080, bool with_venue = true) : UiDriver(w, h) {
        auto store = std::make_unique<Store>(":memory:");
        if (with_venue) venue = store->add_venue("Hotel Zee", "hotel");
        start(test::fixture_catalog(), std::move(store), *parse_iso_date("2026-11-23"));
    }
    const FlowState& s() const { return app->state(); }

    std::int64_t venue = 0;
};

void identify(Kiosk& k) {
    k.tap("start");
    REQUIRE(k.s().screen == Screen::Language);
    k.tap("lang:nl");
    REQUIRE(k.s().screen == Screen::Identify);
    // "Zoë": shift comes on by itself for the first letter; ë from the accents row.
    k.tap("key:z");
    k.tap("key:o");
    k.tap("key:ë");
    k.tap("key:space");
    k.tap("key:v");
    k.tap("key:d");
    k.tap("key:backspace");
    k.tap("key:a");
    k.tap("key:n");
    REQUIRE(k.s().name == "Zoë Van");
    k.tap("key:shift");  // one capital mid-word, then lower case again
    k.tap("key:d");
    k.tap("key:e");
    CHECK(k.s().name == "Zoë VanDe");
    k.tap("key:backspace");
    k.tap("key:backspace");
    k.tap("venue:" + std::to_string(k.venue));
    k.tap("continue");
    REQUIRE(k.s().screen == Screen::Modules);
}

void answer(Kiosk& k, bool right) { k.answer_question(right); }

}  // namespace

TEST_CASE("By taps alone: language, name with an accent, venue, lessons, quiz, certificate", "[ui][screens]") {
    Kiosk k;
    CHECK(k.has("start"));
    identify(k);
    k.tap("module:demo");
    REQUIRE(k.s().screen == Screen::Lesson);
    const size_t pages = current_module(k.s(), k.app->catalog()).pages.size();
    for (size_t p = 0; p < pages; ++p) {
        CHECK(k.s().page == static_cast<int>(p));
        k.tap("next");
    }
    REQUIRE(k.s().screen == Screen::Quiz);

    // Next does nothing until the question is answered.
    k.tap("next");
    CHECK(k.s().question == 0);

    while (k.s().screen == Screen::Quiz) answer(k, true);
    REQUIRE(k.s().screen == Screen::Result);
    REQUIRE(k.s().score);
    CHECK(k.s().score->passed);
    k.tap("certificate");
    REQUIRE(k.s().screen == Screen::Certificate);
    k.tap("print");
    CHECK(k.app->print_message_key() == "print_not_set_up");
    k.tap("done");
    CHECK(k.s().screen == Screen::Attract);
    CHECK(k.s().name.empty());
}

TEST_CASE("Wrong answers fail and lead back to the lessons", "[ui][screens]") {
    Kiosk k;
    identify(k);
    k.tap("module:demo");
    while (k.s().screen == Screen::Lesson) k.tap("next");
    while (k.s().screen == Screen::Quiz) answer(k, false);
    REQUIRE(k.s().screen == Screen::Result);
    CHECK_FALSE(k.s().score->passed);
    CHECK_FALSE(k.has("certificate"));
    k.tap("retry");
    CHECK(k.s().screen == Screen::Quiz);
}

TEST_CASE("Ordering: tapped in order gets numbers, clear starts over", "[ui][screens]") {
    Kiosk k;
    identify(k);
    k.tap("module:demo");
    while (k.s().screen == Screen::Lesson) k.tap("next");
    while (current_question(k.s(), k.app->catalog()).type != QuestionType::Order) answer(k, true);
    k.tap("choice:2");
    k.tap("choice:0");
    CHECK(k.s().answers[static_cast<size_t>(k.s().question)].chosen == std::vector<int>{2, 0});
    k.tap("clear");
    CHECK(k.s().answers[static_cast<size_t>(k.s().question)].chosen.empty());
}

TEST_CASE("A physical keyboard types too", "[ui][screens]") {
    Kiosk k;
    k.tap("lang:en");  // straight from the attract screen
    REQUIRE(k.s().screen == Screen::Identify);
    ImGui::GetIO().AddInputCharactersUTF8("Şükrü");
    k.frame();
    CHECK(k.s().name == "Şükrü");
    k.press_key(8);
    CHECK(k.s().name == "Şükr");
    k.press_key(13);  // Enter without a venue: refused with a reason
    CHECK(k.s().screen == Screen::Identify);
    CHECK(k.s().name_problem == "no_venue");
}

TEST_CASE("Confirming without a name shows why", "[ui][screens]") {
    Kiosk k;
    k.tap("start");
    k.tap("lang:en");
    k.tap("continue");
    CHECK(k.s().screen == Screen::Identify);
    CHECK(k.s().name_problem == "empty");
}

TEST_CASE("Idle: the countdown appears, a tap keeps going, silence wipes the name", "[ui][screens]") {
    Kiosk k;
    k.tap("start");
    k.tap("lang:en");
    k.tap("key:a");
    REQUIRE(k.s().name == "A");
    k.now += k.app->config().idle_timeout;
    k.frame();
    REQUIRE(k.s().idle_warning);
    CHECK(k.has("still_here"));
    k.tap("still_here");
    CHECK_FALSE(k.s().idle_warning);
    CHECK(k.s().name == "A");
    k.now += k.app->config().idle_timeout + k.app->config().countdown;
    k.frame();
    CHECK(k.s().screen == Screen::Attract);
    CHECK(k.s().name.empty());
}

TEST_CASE("Holding the top-left corner for 3 seconds asks for the PIN", "[ui][screens][admin]") {
    Kiosk k;
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(10, 10);
    k.frame();
    io.MouseDown[0] = true;
    for (int i = 0; i < 20; ++i) k.frame(0.1f);  // 2 s: not yet
    CHECK(k.app->admin().mode == AdminState::Mode::Closed);
    io.MouseDown[0] = false;
    k.frame();
    io.MouseDown[0] = true;
    for (int i = 0; i < 32; ++i) k.frame(0.1f);
    io.MouseDown[0] = false;
    k.frame();
    REQUIRE(k.app->admin().mode == AdminState::Mode::ChoosePin);
    CHECK(k.has("pin:5"));
}

TEST_CASE("Wrong PINs typed on the pad lock it", "[ui][screens][admin]") {
    Kiosk k;
    k.app->store().set_setting("admin_pin_hash", admin::hash_pin("4321"));
    k.app->admin_open();
    k.frame();
    for (int attempt = 0; attempt < 5; ++attempt) {
        for (char d : std::string("1111")) k.tap(std::string("pin:") + d);
        k.tap("pin:ok");
    }
    CHECK(k.app->admin_locked_seconds() > 0);
    k.tap("pin:4");  // disabled while locked
    CHECK(k.app->admin().digits.empty());
    k.tap("back");   // Cancel sits where Back is
    CHECK(k.app->admin().mode == AdminState::Mode::Closed);
}

TEST_CASE("Without venues the identify screen says how a manager adds one", "[ui][screens]") {
    Kiosk k(1280, 800, false);
    k.tap("start");
    k.tap("lang:en");
    CHECK_FALSE(k.has("venue:1"));
    CHECK(k.has("key:q"));
}

TEST_CASE("Touch targets are at least 48 px high at 1080p and keys fit at 1280x800", "[ui][screens]") {
    for (auto [w, h] : {std::pair{1920.0f, 1080.0f}, std::pair{1280.0f, 800.0f}}) {
        Kiosk k(w, h);
        k.tap("start");
        k.tap("lang:nl");
        const float min_h = 48.0f * h / 1080.0f;
        for (const auto& id : ui::target_ids()) {
            const ui::Rect r = k.rect(id);
            INFO(id << " at " << w << "x" << h);
            CHECK(r.h >= min_h);
            CHECK(r.x >= 0);
            CHECK(r.x + r.w <= w + 0.5f);
            CHECK(r.y + r.h <= h + 0.5f);
        }
        CHECK(k.rect("continue").h >= 70.0f * h / 1080.0f);
    }
}
