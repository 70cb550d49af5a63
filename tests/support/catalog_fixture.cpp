#include "catalog_fixture.hpp"

#include <stdexcept>

#include "content_fixture.hpp"
#include "content_loader.hpp"

namespace signaal::test {

Catalog fixture_catalog() {
    TempDir dir;
    write_files(dir.path(), minimal_content_files());
    auto r = load_content(dir.path(), {dir.path() / "icons", false});
    if (!r.ok()) throw std::runtime_error("the fixture content does not load:\n" + format(r.problems));
    return std::move(r.catalog);
}

}  // namespace signaal::test
