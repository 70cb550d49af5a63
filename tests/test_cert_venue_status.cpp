// The venue rule as arithmetic: 60% of active staff, rounded up, in whole people.
#include <catch2/catch.hpp>

#include "qr.hpp"
#include "venue_status.hpp"

using signaal::certs::venue_status;

TEST_CASE("venue_status counts how many more staff must complete, rounding up", "[cert][venue]") {
    CHECK(venue_status(5, 3).certified);  // 60% of 5 is exactly 3
    CHECK(venue_status(5, 3).more_needed == 0);
    CHECK_FALSE(venue_status(5, 2).certified);
    CHECK(venue_status(5, 2).more_needed == 1);
    CHECK(venue_status(10, 0).more_needed == 6);
    CHECK(venue_status(7, 0).more_needed == 5);  // 4.2 rounds up to 5
    CHECK(venue_status(7, 4).more_needed == 1);
    CHECK(venue_status(100, 59).more_needed == 1);
    CHECK(venue_status(100, 60).certified);
    CHECK(venue_status(1, 1).certified);
    CHECK(venue_status(1, 0).more_needed == 1);
    CHECK(venue_status(3, 2, 0.5).certified);
    CHECK(venue_status(4, 3, 1.0).more_needed == 1);
    CHECK(venue_status(20, 25).certified);  // more trained than active (left staff): still certified
}

TEST_CASE("a venue with no active staff is not certified", "[cert][venue]") {
    CHECK_FALSE(venue_status(0, 0).certified);
    CHECK(venue_status(0, 0).more_needed == 0);
}

TEST_CASE("qr_matrix gives a square grid with finder patterns in three corners", "[cert][qr]") {
    const auto m = signaal::certs::qr_matrix("SG1.test");
    REQUIRE(m.width >= 21);
    REQUIRE(m.dark.size() == static_cast<std::size_t>(m.width * m.width));
    const int w = m.width;
    for (auto [x, y] : {std::pair{0, 0}, std::pair{w - 7, 0}, std::pair{0, w - 7}}) {
        CHECK(m.at(x, y));          // finder pattern outer corner
        CHECK(m.at(x + 3, y + 3));  // and its centre
        CHECK_FALSE(m.at(x + 1, y + 1));
    }
}
