#pragma once
// The one check that a file is a PNG the kiosk and libharu can use: the PNG signature and the
// IHDR chunk that must follow it, read from the first 25 bytes (nothing is decoded).
#include <cstdint>
#include <filesystem>
#include <optional>

namespace signaal {

struct PngHeader {
    std::uint32_t width = 0, height = 0;
    int bit_depth = 0;  // libharu and the kiosk need 8
};

// nullopt when the file cannot be read or does not start as a PNG does.
std::optional<PngHeader> read_png_header(const std::filesystem::path& file);

}  // namespace signaal
