// The on-screen keyboard of a language in another script: a toggle key switches to Latin rows
// (latin_rows in [keyboard]) and back.
#include <catch2/catch.hpp>

#include "content_loader.hpp"
#include "support/content_fixture.hpp"
#include "support/ui_driver.hpp"

using namespace signaal;

TEST_CASE("A Cyrillic keyboard with latin_rows toggles to Latin letters and back", "[ui][keyboard]") {
    test::TempDir dir;
    auto f = test::minimal_content_files();
    f["ui/nl.toml"] = test::replace_once(f["ui/nl.toml"], "rows = [\"qwertyuiop\", \"asdfghjkl\", \"zxcvbnm\"]",
                                         "rows = [\"явертъуиоп\", \"асдфгхйкл\", \"зьцжбнм\"]\n"
                                         "latin_rows = [\"qwertyuiop\", \"asdfghjkl\", \"zxcvbnm\"]");
    test::write_files(dir.path(), f);
    auto r = load_content(dir.path(), {dir.path() / "icons", false});
    INFO(format(r.problems));
    REQUIRE(r.ok());
    CHECK(r.catalog.ui.keyboard("nl").latin_rows.size() == 3);
    CHECK(r.catalog.ui.keyboard("en").latin_rows.empty());

    test::UiDriver k(1280, 800);
    auto store = std::make_unique<Store>(":memory:");
    store->add_venue("Hotel Zee", "hotel");
    k.start(std::move(r.catalog), std::move(store), *parse_iso_date("2026-11-23"));
    k.tap("start");
    k.tap("lang:nl");
    REQUIRE(k.app->state().screen == Screen::Identify);
    CHECK(k.has("key:я"));
    CHECK(k.has("key:ë"));  // the accents row of the language
    CHECK_FALSE(k.has("key:w"));
    k.tap("key:script");
    CHECK(k.has("key:w"));
    CHECK_FALSE(k.has("key:я"));
    CHECK_FALSE(k.has("key:ë"));
    k.tap("key:w");
    k.tap("key:script");
    CHECK(k.has("key:я"));
    k.tap("key:я");
    CHECK(k.app->state().name == "Wя");

    SECTION("a language without latin_rows has no toggle") {
        k.tap("back");
        k.tap("lang:en");
        REQUIRE(k.app->state().screen == Screen::Identify);
        CHECK_FALSE(k.has("key:script"));
    }
}
