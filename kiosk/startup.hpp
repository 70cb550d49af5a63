#pragma once
// What signaal-kiosk and its tour share before the first frame: content and demo data.
#include <filesystem>
#include <optional>

#include "content_loader.hpp"
#include "store/store.hpp"

namespace signaal {

// Loads and checks content as `signaal content check` does. Problems go to stderr; returns
// nullopt when the kiosk must not start (any problem, unless skip_invalid and only modules broke).
std::optional<Catalog> load_kiosk_content(const std::filesystem::path& dir, bool skip_invalid);

// With no venues in the store, adds demo venues and people for the catalog's modules.
void seed_demo_if_empty(Store& store, const Catalog& catalog, int people = 60);

}  // namespace signaal
