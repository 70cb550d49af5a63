#pragma once
// The catalog of the minimal content tree (content_fixture.hpp), loaded as the kiosk loads it:
// what the flow, app and screen tests run on.
#include "content.hpp"

namespace signaal::test {

// Throws std::runtime_error with the loader's file:line problems if the fixture does not load,
// so the calling test fails with them (and tools without Catch2 can use it too).
Catalog fixture_catalog();
// The same with the spot question of spot_content_files().
Catalog spot_fixture_catalog();

}  // namespace signaal::test
