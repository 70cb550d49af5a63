// The language screen's order (setting language_order): the pure ordering, the store's count of
// recent completions per language, and the setting's rule, as the kiosk and `signaal settings` use them.
#include <catch2/catch.hpp>

#include "admin/settings.hpp"
#include "language_order.hpp"
#include "support/attempt_fixture.hpp"
#include "support/catalog_fixture.hpp"

using namespace signaal;

namespace {

std::vector<std::string> codes(const std::vector<Language>& ls) {
    std::vector<std::string> out;
    for (const auto& l : ls) out.push_back(l.code);
    return out;
}

const std::vector<Language> kOffered = {{"nl", "Nederlands"}, {"en", "English"}, {"pl", "Polski"},
                                        {"ro", "Română"},     {"uk", "Українська"}, {"zh-Hans", "简体中文"}};

// The fixture's content with more languages, so an order can be seen.
Catalog catalog_with(const std::vector<Language>& languages) {
    Catalog c = test::fixture_catalog();
    c.languages = languages;
    return c;
}

void complete(Store& st, std::int64_t venue, const std::string& lang, Date on, int times = 1) {
    for (int i = 0; i < times; ++i) {
        auto a = test::passed_attempt("Person " + lang + std::to_string(i) + to_iso(on), venue, "demo");
        a.language = lang;
        REQUIRE(st.record_attempt(a, on));
    }
}

}  // namespace

TEST_CASE("language order: recent puts the most completed first, ties and the unused as offered", "[languages]") {
    CHECK(parse_language_order("recent") == LanguageOrder::Recent);
    CHECK(parse_language_order("fixed") == LanguageOrder::Fixed);
    CHECK_FALSE(parse_language_order("Recent"));
    CHECK_FALSE(parse_language_order(""));

    const std::map<std::string, int> counts = {{"pl", 7}, {"uk", 7}, {"en", 2}, {"xx", 50}};
    CHECK(codes(order_languages(kOffered, LanguageOrder::Recent, counts)) ==
          std::vector<std::string>{"pl", "uk", "en", "nl", "ro", "zh-Hans"});
    CHECK(codes(order_languages(kOffered, LanguageOrder::Fixed, counts)) == codes(kOffered));
    CHECK(codes(order_languages(kOffered, LanguageOrder::Recent, {})) == codes(kOffered));  // a new kiosk
}

TEST_CASE("language order: the store counts completions per language in the last 90 days", "[languages][store]") {
    Store st(":memory:");
    const auto venue = st.add_venue("Hotel Zee", "hotel");
    const Date today = *parse_iso_date("2026-11-23");
    complete(st, venue, "pl", today, 3);
    complete(st, venue, "pl", today - std::chrono::days{kRecentDays});  // the first day of the window
    complete(st, venue, "uk", today - std::chrono::days{10}, 2);
    complete(st, venue, "en", today - std::chrono::days{kRecentDays + 1}, 5);  // too old
    auto failed = test::passed_attempt("Failed Once", venue, "demo");
    failed.language = "ro";
    failed.passed = false;
    failed.correct = 2;
    failed.percent = 17;
    REQUIRE_FALSE(st.record_attempt(failed, today));  // an attempt, not a completion

    const auto counts = st.completions_by_language(today - std::chrono::days{kRecentDays});
    CHECK(counts == std::map<std::string, int>{{"pl", 4}, {"uk", 2}});
    CHECK(st.completions_by_language(today + std::chrono::days{1}).empty());
}

TEST_CASE("language order: the setting's rule, and the menu the kiosk draws", "[languages][settings]") {
    Store st(":memory:");
    const Catalog c = catalog_with(kOffered);
    const auto venue = st.add_venue("Hotel Zee", "hotel");
    const Date today = *parse_iso_date("2026-11-23");
    complete(st, venue, "zh-Hans", today, 2);
    complete(st, venue, "uk", today - std::chrono::days{30});
    complete(st, venue, "en", today - std::chrono::days{200}, 9);

    CHECK(admin::load_settings(st, c).language_order == "recent");  // the default
    CHECK(codes(admin::menu_languages(st, c, today)) == std::vector<std::string>{"zh-Hans", "uk", "nl", "en", "pl", "ro"});

    CHECK(admin::setting_problem("language_order", "sideways", c) == "admin_problem_language_order");
    CHECK(admin::set_setting(st, c, "language_order", "sideways") == "admin_problem_language_order");
    CHECK_FALSE(st.setting("language_order"));
    CHECK(admin::set_setting(st, c, "language_order", " fixed ").empty());
    CHECK(st.setting("language_order") == "fixed");
    CHECK(codes(admin::menu_languages(st, c, today)) == codes(kOffered));

    // Back to recent, offering only some: the offer filters, the order sorts what is left.
    CHECK(admin::set_setting(st, c, "language_order", "recent").empty());
    CHECK(admin::set_setting(st, c, "languages_offered", "nl,pl,zh-Hans").empty());
    CHECK(codes(admin::menu_languages(st, c, today)) == std::vector<std::string>{"zh-Hans", "nl", "pl"});
    // Garbage stored behind the rule's back falls back to the default.
    st.set_setting("language_order", "???");
    CHECK(admin::load_settings(st, c).language_order == "recent");
    CHECK(codes(admin::menu_languages(st, c, today)).front() == "zh-Hans");
}
