#pragma once
// --tour: drives the real app through every screen in every language and saves a PNG of each
// as DIR/<lang>-<nn>-<screen>.png, plus DIR/tour-manifest.txt listing them; the printed
// certificates it issues on the way as DIR/<lang>-<nn>-<name>.pdf, listed in DIR/tour-papers.txt.
// At 800 lines or fewer it walks once more with the larger text (A+) in the languages below, as
// DIR/aplus-<lang>-<nn>-<screen>.png.
#include <filesystem>

#include "content.hpp"

namespace signaal {

// A Latin language with long words, a Cyrillic one and Chinese: where text runs out of room first.
inline constexpr const char* kLargeTextLanguages[] = {"ro", "bg", "zh-Hans"};

int run_tour(const Catalog& catalog, const std::filesystem::path& dir, int width, int height);

}  // namespace signaal
