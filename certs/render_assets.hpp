#pragma once
// Files a certificate is drawn with. The fonts are subsets made at build time: DejaVu Sans for
// Latin and Cyrillic, WenQuanYi Micro Hei for the CJK runs of a text (Chinese).
#include <filesystem>
#include <stdexcept>

namespace signaal::certs {

// Drawing or saving a PDF failed: a font or logo that cannot be read, a full disk, a libharu error.
struct PdfError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct RenderAssets {
    std::filesystem::path regular_font;
    std::filesystem::path bold_font;
    std::filesystem::path cjk_font;  // one weight; loaded only by a document with CJK text
    std::filesystem::path logo_png;  // the organisation's logo; empty: a drawn emblem

    // The subset fonts ($SIGNAAL_CERT_FONT_DIR, installed, or the build tree's), no logo.
    static RenderAssets defaults();
};

}  // namespace signaal::certs
