// The picture question "spot" on the real quiz and result screens, headless: regions tapped by
// their ids at the touch areas the screen laid out, markers, the counter and the review.
#include <catch2/catch.hpp>
#include <imgui.h>

#include "support/catalog_fixture.hpp"
#include "support/ui_driver.hpp"

using namespace signaal;

namespace {

class Kiosk : public test::UiDriver {
public:
    Kiosk(float w, float h) : UiDriver(w, h) {
        auto store = std::make_unique<Store>(":memory:");
        venue = store->add_venue("Hotel Zee", "hotel");
        start(test::spot_fixture_catalog(), std::move(store), *parse_iso_date("2026-11-23"));
    }
    const FlowState& s() const { return app->state(); }
    const Question& question() const { return current_question(s(), app->catalog()); }
    const std::vector<int>& chosen() const { return s().answers[static_cast<size_t>(s().question)].chosen; }

    // From the attract screen to the spot question, every other question answered right.
    void to_spot() {
        tap("start");
        tap("lang:en");
        tap("key:a");
        tap("venue:" + std::to_string(venue));
        tap("continue");
        tap("module:demo");
        while (s().screen == Screen::Lesson) tap("next");
        while (s().screen == Screen::Quiz && question().id != "q-spot") answer_question(true);
        REQUIRE(s().screen == Screen::Quiz);
    }

    std::int64_t venue = 0;
};

}  // namespace

TEST_CASE("spot: taps on regions toggle clear markers and the count, Next confirms", "[ui][spot]") {
    Kiosk k(1280, 800);
    k.to_spot();
    CHECK(k.has("marked-count:0"));
    CHECK_FALSE(k.has("marked:towels"));
    k.tap("next");  // nothing marked yet: not confirmable
    REQUIRE(k.question().id == "q-spot");

    k.tap("region:towels");
    k.tap("region:lamp");
    CHECK(k.chosen() == std::vector<int>{0, 3});
    CHECK(k.has("marked:towels"));
    CHECK(k.has("marked:lamp"));
    CHECK_FALSE(k.has("marked:cash"));
    CHECK(k.has("marked-count:2"));

    k.tap("region:lamp");  // a second tap takes the marker away
    CHECK(k.chosen() == std::vector<int>{0});
    CHECK_FALSE(k.has("marked:lamp"));
    CHECK(k.has("marked-count:1"));

    // A tap on the picture away from every region marks nothing.
    const ui::Rect towels = k.rect("region:towels");
    k.tap_at(ImVec2(towels.x + towels.w + 200, towels.y - 100));
    CHECK(k.chosen() == std::vector<int>{0});
}

TEST_CASE("spot: every touch area is at least 48 px at 1280x800, however small the region", "[ui][spot]") {
    Kiosk k(1280, 800);
    k.to_spot();
    for (const char* id : {"towels", "cash", "plant", "lamp"}) {
        const ui::Rect r = k.rect(std::string("region:") + id);
        INFO(id);
        CHECK(r.w >= 48);
        CHECK(r.h >= 48);
    }
    // The 20x20 plant is drawn smaller than that: its touch area grew, and a tap at its edge counts.
    const ui::Rect plant = k.rect("region:plant");
    k.tap_at(ImVec2(plant.x + 2, plant.y + 2));
    CHECK(k.chosen() == std::vector<int>{2});
}

TEST_CASE("spot: the review shows every region caught, missed, wrongly marked or rightly left", "[ui][spot]") {
    Kiosk k(1920, 1080);
    k.to_spot();
    k.tap("region:towels");  // a signal: caught
    k.tap("region:plant");   // ordinary: wrongly marked; cash missed, lamp rightly left
    k.tap("next");
    while (k.s().screen == Screen::Quiz) k.answer_question(true);
    REQUIRE(k.s().screen == Screen::Result);
    CHECK(k.scroll_to("review:q-spot/towels:spot_caught"));
    CHECK(k.scroll_to("review:q-spot/cash:spot_missed"));
    CHECK(k.scroll_to("review:q-spot/plant:spot_wrong"));
    CHECK(k.scroll_to("review:q-spot/lamp:spot_left"));
}

TEST_CASE("spot: answered right, it is not in the review of wrong answers", "[ui][spot]") {
    Kiosk k(1280, 800);
    k.to_spot();
    k.answer_question(true);
    while (k.s().screen == Screen::Quiz) k.answer_question(true);
    REQUIRE(k.s().screen == Screen::Result);
    CHECK(k.s().score->correct == k.s().score->total);
    CHECK_FALSE(k.has("review:q-spot/towels:spot_caught"));
}
