#include "catalog_fixture.hpp"

#include <stdexcept>

#include "content_fixture.hpp"
#include "content_loader.hpp"

namespace signaal::test {

namespace {
Catalog load_fixture(const TempDir& dir, const std::map<std::string, std::string>& files) {
    write_files(dir.path(), files);
    auto r = load_content(dir.path(), {dir.path() / "icons", false});
    if (!r.ok()) throw std::runtime_error("the fixture content does not load:\n" + format(r.problems));
    return std::move(r.catalog);
}
}  // namespace

Catalog fixture_catalog() {
    TempDir dir;
    return load_fixture(dir, minimal_content_files());
}

// The screens read the picture's size from its file, so the folder stays until the program ends.
Catalog spot_fixture_catalog() {
    static const TempDir dir;
    return load_fixture(dir, spot_content_files());
}

}  // namespace signaal::test
