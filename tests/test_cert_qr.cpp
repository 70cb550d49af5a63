// QR codes as certificates carry them.
#include <catch2/catch.hpp>

#include "qr.hpp"

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
