// The language screen draws the languages in the kiosk's order (setting language_order): the
// language completed most here in the last 90 days gets the first tile.
#include <catch2/catch.hpp>

#include "support/attempt_fixture.hpp"
#include "support/catalog_fixture.hpp"
#include "support/ui_driver.hpp"

using namespace signaal;

namespace {

// Reading order of two tiles: row first, then column.
bool before(const ui::Rect& a, const ui::Rect& b) { return a.y < b.y || (a.y == b.y && a.x < b.x); }

}  // namespace

TEST_CASE("The language screen puts the language most completed here first, or keeps the fixed order", "[ui][languages]") {
    const Date today = *parse_iso_date("2026-11-23");
    auto store = std::make_unique<Store>(":memory:");
    const auto venue = store->add_venue("Hotel Zee", "hotel");
    for (int i = 0; i < 3; ++i) {
        auto a = test::passed_attempt("Guest " + std::to_string(i), venue, "demo");
        a.language = "en";
        REQUIRE(store->record_attempt(a, today - std::chrono::days{5}));
    }
    SECTION("recent, the default") {
        test::UiDriver k(1280, 800);
        k.start(test::fixture_catalog(), std::move(store), today);
        k.tap("start");
        CHECK(before(k.rect("lang:en"), k.rect("lang:nl")));
    }
    SECTION("fixed") {
        store->set_setting("language_order", "fixed");
        test::UiDriver k(1280, 800);
        k.start(test::fixture_catalog(), std::move(store), today);
        k.tap("start");
        CHECK(before(k.rect("lang:nl"), k.rect("lang:en")));
    }
}
