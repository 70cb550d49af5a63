#include "png_header.hpp"

#include <algorithm>
#include <fstream>
#include <string_view>

namespace signaal {

std::optional<PngHeader> read_png_header(const std::filesystem::path& file) {
    unsigned char head[25] = {};
    std::ifstream in(file, std::ios::binary);
    in.read(reinterpret_cast<char*>(head), sizeof head);
    static constexpr unsigned char sig[8] = {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    if (!in || !std::equal(sig, sig + 8, head) || std::string_view(reinterpret_cast<char*>(head + 12), 4) != "IHDR")
        return std::nullopt;
    const auto be32 = [&](int at) {
        return (std::uint32_t{head[at]} << 24) | (std::uint32_t{head[at + 1]} << 16) | (std::uint32_t{head[at + 2]} << 8) |
               std::uint32_t{head[at + 3]};
    };
    return PngHeader{be32(16), be32(20), head[24]};
}

}  // namespace signaal
