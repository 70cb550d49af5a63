// The on-screen keyboard of a language in another script: a toggle key switches to Latin rows
// (latin_rows in [keyboard]) and back.
#include <catch2/catch.hpp>

#include <algorithm>

#include "catalog_text.hpp"
#include "content_loader.hpp"
#include "utf8_text.hpp"
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

namespace {

// What each language's keyboard must offer for names (issue 16): its own letters, on the letter
// rows or the accents row; the Cyrillic languages also a toggle to Latin letters.
struct Expected {
    const char* lang;
    std::vector<std::string> letters;
    bool latin_toggle;
};

const std::vector<Expected> kExpected = {
    {"nl", {"é", "ë", "ï", "ö", "ü"}, false},
    {"en", {"é", "ç", "ñ"}, false},
    {"pl", {"ą", "ć", "ę", "ł", "ń", "ó", "ś", "ź", "ż"}, false},
    {"ro", {"ă", "â", "î", "ș", "ț"}, false},
    {"bg", {"я", "ъ", "щ", "ю", "ь", "ч"}, true},
    {"uk", {"і", "ї", "є", "ґ", "и", "щ", "ь"}, true},
    {"hu", {"ő", "ű", "á", "é", "í", "ó", "ö", "ú", "ü"}, false},
    {"lt", {"ą", "č", "ė", "ę", "į", "š", "ų", "ū", "ž"}, false},
    {"pt", {"ã", "õ", "ç", "á", "â", "à", "é", "ê", "í", "ó", "ô", "ú"}, false},
    // Names in Chinese are typed in pinyin, as on a passport: a plain Latin keyboard.
    {"zh-Hans", {"q", "w", "z", "m"}, false},
};

}  // namespace

TEST_CASE("The bundled keyboards: each language has its own letters, bg and uk toggle to Latin", "[ui][keyboard]") {
    auto r = load_content(SIGNAAL_TEST_CONTENT_DIR, {});
    INFO(format(r.problems));
    REQUIRE(r.languages_ok);
    std::vector<std::string> offered;
    for (const auto& l : r.catalog.languages) offered.push_back(l.code);
    const std::string text = catalog_text(r.catalog);
    test::UiDriver k(1280, 800, text);
    auto store = std::make_unique<Store>(":memory:");
    store->add_venue("Hotel Zee", "hotel");
    k.start(std::move(r.catalog), std::move(store), *parse_iso_date("2026-11-23"));
    k.tap("start");
    for (const auto& e : kExpected) {
        INFO("language " << e.lang);
        CHECK(std::find(offered.begin(), offered.end(), e.lang) != offered.end());
        const bool listed = k.has(std::string("lang:") + e.lang);
        CHECK(listed);
        if (!listed) continue;
        k.tap(std::string("lang:") + e.lang);
        REQUIRE(k.app->state().screen == Screen::Identify);
        for (const auto& c : e.letters) {
            INFO("letter " << c);
            CHECK(k.has("key:" + c));
        }
        CHECK(k.has("key:'"));  // the bottom row's apostrophe (O'Brien, uk: м'ята)
        CHECK(k.has("key:script") == e.latin_toggle);
        if (e.latin_toggle) {
            CHECK_FALSE(k.has("key:w"));
            k.tap("key:script");
            for (const char* c : {"q", "w", "x", "y", "z"}) CHECK(k.has(std::string("key:") + c));
            CHECK_FALSE(k.has("key:" + e.letters[0]));
            const size_t typed = utf8::code_points(k.app->state().name).size();  // the name stays across languages
            k.tap("key:j");
            k.tap("key:script");  // back to Cyrillic for the next learner
            CHECK(k.has("key:" + e.letters[0]));
            k.tap("key:" + e.letters[0]);
            CHECK(utf8::code_points(k.app->state().name).size() == typed + 2);
        } else {
            CHECK_FALSE(k.has("key:script"));
        }
        k.tap("back");
        REQUIRE(k.app->state().screen == Screen::Language);
    }
}
