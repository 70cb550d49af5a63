// A venue's standing from the store: required modules, counts and verdict (venue_standing.hpp).
#include <catch2/catch.hpp>

#include "content.hpp"
#include "support/attempt_fixture.hpp"
#include "venue_standing.hpp"

using namespace signaal;

namespace {

std::vector<Module> modules_for_hotels() {
    std::vector<Module> mods(2);
    mods[0].id = "hotel-module";
    mods[0].audiences = {"hotel"};
    mods[1].id = "farm-module";
    mods[1].audiences = {"farm"};
    return mods;
}

void pass(Store& s, std::int64_t venue, const std::string& name, const std::string& module) {
    REQUIRE(s.record_attempt(test::passed_attempt(name, venue, module), *parse_iso_date("2026-11-23")));
}

}  // namespace

TEST_CASE("a venue requires its own modules, else those written for its audience") {
    Store s(":memory:");
    const auto id = s.add_venue("Hotel Zee", "hotel");
    const auto v = *s.venue(id);
    CHECK(required_modules_for(s, modules_for_hotels(), v) == std::vector<std::string>{"hotel-module"});
    s.set_required_modules(id, {"farm-module"});
    CHECK(required_modules_for(s, modules_for_hotels(), v) == std::vector<std::string>{"farm-module"});
}

TEST_CASE("the venue threshold comes from the settings, 60% when unset") {
    Store s(":memory:");
    CHECK(venue_threshold(s) == Approx(0.6));
    s.set_setting("venue_threshold", "0.75");
    CHECK(venue_threshold(s) == Approx(0.75));
    for (const char* bad : {"1.5", "0", "-0.2", "0.6x", "abc", "", "60%"}) {
        s.set_setting("venue_threshold", bad);
        INFO(bad);
        CHECK(venue_threshold(s) == Approx(kDefaultVenueThreshold));
    }
}

TEST_CASE("a venue's standing counts its trained staff against the threshold") {
    Store s(":memory:");
    const auto id = s.add_venue("Hotel Zee", "hotel");
    pass(s, id, "Ana", "hotel-module");
    pass(s, id, "Bram", "hotel-module");
    pass(s, id, "Cas", "farm-module");  // not what a hotel requires
    const auto today = *parse_iso_date("2026-12-01");
    auto st = venue_standing(s, modules_for_hotels(), *s.venue(id), today);
    CHECK(st.counts.staff == 3);
    CHECK(st.counts.trained == 2);
    CHECK(st.verdict.certified);  // 2 of 3 meets 60%
    s.set_setting("venue_threshold", "0.9");
    st = venue_standing(s, modules_for_hotels(), *s.venue(id), today);
    CHECK_FALSE(st.verdict.certified);
    CHECK(st.verdict.more_needed == 1);
}
