#pragma once
// Writes the tour's screenshots. libpng's simplified API in its fast mode: stb's encoder took
// about 150 ms a 1280x800 screen, which made the ten-language tour the slowest part of CI.
#include <filesystem>
#include <string>
#include <vector>

namespace signaal {

// rgba: w*h pixels, 4 bytes each, top row first. Written as 8-bit RGB (the screen has no
// transparency). Returns an empty string, or why the file could not be written.
std::string write_screenshot_png(const std::filesystem::path& path, int w, int h, const std::vector<unsigned char>& rgba);

}  // namespace signaal
