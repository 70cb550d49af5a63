#pragma once
// A QR code as a plain grid of modules, so the kiosk can draw it with ImGui and the PDF with
// filled rectangles, both without knowing about libqrencode.
#include <string_view>
#include <vector>

namespace signaal::certs {

struct QrMatrix {
    int width = 0;            // modules per side, without the quiet zone
    std::vector<bool> dark;   // row-major, width * width
    bool at(int x, int y) const { return dark[static_cast<std::size_t>(y * width + x)]; }
};

// 8-bit mode, error correction level M. Throws std::runtime_error if the text cannot be encoded
// (too long for any QR version).
QrMatrix qr_matrix(std::string_view text);

}  // namespace signaal::certs
