#pragma once
// --tour: drives the real app through every screen in every language and saves a PNG of each
// as DIR/<lang>-<nn>-<screen>.png, plus DIR/tour-manifest.txt listing them; the printed
// certificates it issues on the way as DIR/<lang>-<nn>-<name>.pdf, listed in DIR/tour-papers.txt.
#include <filesystem>

#include "content.hpp"

namespace signaal {

int run_tour(const Catalog& catalog, const std::filesystem::path& dir, int width, int height);

}  // namespace signaal
