// The venue rule: the threshold share of active staff, rounded up to whole people (venue_rule.hpp).
#include <catch2/catch.hpp>

#include "venue_rule.hpp"

using signaal::judge_venue;

TEST_CASE("a venue is certified once the threshold share of its staff is trained") {
    auto v = judge_venue(5, 2, 0.6);
    CHECK_FALSE(v.certified);
    CHECK(v.more_needed == 1);
    v = judge_venue(5, 3, 0.6);  // 60% of 5 is exactly 3
    CHECK(v.certified);
    CHECK(v.more_needed == 0);
    CHECK(v.share == Approx(0.6));
    CHECK(judge_venue(10, 0, 0.6).more_needed == 6);
    CHECK(judge_venue(7, 0, 0.6).more_needed == 5);  // 60% of 7 is 4.2: five people needed
    CHECK(judge_venue(7, 4, 0.6).more_needed == 1);
    CHECK(judge_venue(100, 59, 0.6).more_needed == 1);
    CHECK(judge_venue(100, 60, 0.6).certified);
    CHECK(judge_venue(1, 1, 0.6).certified);
    CHECK(judge_venue(1, 0, 0.6).more_needed == 1);
    CHECK(judge_venue(3, 2, 0.5).certified);
    CHECK(judge_venue(4, 3, 1.0).more_needed == 1);
    CHECK(judge_venue(20, 25, 0.6).certified);  // more trained than active (some left): still certified
}

TEST_CASE("a venue with no active staff is not certified") {
    const auto v = judge_venue(0, 0, 0.6);
    CHECK_FALSE(v.certified);
    CHECK(v.more_needed == 0);
    CHECK(v.share == 0);
}
