#pragma once
// Pieces both certificate layouts share, so the two read as one family.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "pdf_canvas.hpp"

namespace signaal::certs {

namespace palette {
inline constexpr Rgb kNavy{0.10f, 0.20f, 0.36f};
inline constexpr Rgb kGold{0.69f, 0.56f, 0.32f};
inline constexpr Rgb kInk{0.13f, 0.14f, 0.16f};
inline constexpr Rgb kMuted{0.38f, 0.40f, 0.44f};
inline constexpr Rgb kTint{0.975f, 0.970f, 0.955f};
}  // namespace palette

// Makes a document with draw() (one page, or more if draw adds them). libharu 2.3.0 cannot write a TrueType subset whose
// size lands exactly on a block boundary of its memory stream (HPDF_MemStream_SeekFunc fails with
// error 0x1033 in HPDF_TTFontDef_SaveFontData, for about 1 in 300 certificates); when saving
// fails, the page is drawn again with a few invisible extra glyphs, which moves the size off it.
std::vector<std::uint8_t> render_page(const RenderAssets& assets, PdfCanvas::Orientation orientation,
                                      const std::function<void(PdfCanvas&)>& draw);

// A soft paper tint, a navy frame and a fine gold inner line.
void draw_frame(PdfCanvas& c);
// The organisation's logo (or the emblem) centred at (cx, cy) within a box of `size`.
void draw_mark(PdfCanvas& c, const RenderAssets& assets, float cx, float cy, float size);
// A small muted label above a value, aligned on x.
void draw_fact(PdfCanvas& c, float x, float y, Align align, const std::string& label, const std::string& value,
               float max_width);
// The "Where to report here" box, framed, in the rectangle (x, y) to (x + w, y + h); every line
// is fitted to the box, so nothing leaves it.
struct ReportingBox;
void draw_reporting_box(PdfCanvas& c, const ReportingBox& b, float x, float y, float w, float h);
// QR code at (x, y) of `size`, with the code and the how-to-verify line beside or under it.
struct VerifyBlock {
    std::string payload;
    std::string verify_url;  // when set, the QR code opens the verification page with the payload
    std::string code_label;
    std::string hint;
};
void draw_qr_block_right(PdfCanvas& c, const VerifyBlock& v, float right, float bottom, float qr_size, float text_width);
void draw_qr_block_centered(PdfCanvas& c, const VerifyBlock& v, float cx, float bottom, float qr_size, float text_width);

}  // namespace signaal::certs
