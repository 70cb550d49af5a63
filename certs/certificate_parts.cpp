#include "certificate_parts.hpp"

#include "certificate_pdf.hpp"
#include "payload.hpp"
#include "qr.hpp"
#include "verification_code.hpp"

namespace signaal::certs {

using namespace palette;

std::vector<std::uint8_t> render_page(const RenderAssets& assets, PdfCanvas::Orientation orientation,
                                      const std::function<void(PdfCanvas&)>& draw) {
    constexpr int kAttempts = 4;
    for (int attempt = 0;; ++attempt) {
        PdfCanvas c(assets, orientation);
        draw(c);
        if (attempt > 0) c.add_invisible_glyphs(attempt);
        try {
            return c.save();
        } catch (const PdfError&) {
            if (attempt + 1 == kAttempts) throw;
        }
    }
}

void draw_frame(PdfCanvas& c) {
    const float w = c.width(), h = c.height();
    c.fill_rect(0, 0, w, h, kTint);
    c.stroke_rect(20, 20, w - 40, h - 40, kNavy, 2.2f);
    c.stroke_rect(27, 27, w - 54, h - 54, kGold, 0.6f);
}

void draw_mark(PdfCanvas& c, const RenderAssets& assets, float cx, float cy, float size) {
    if (assets.logo_png.empty())
        c.emblem(cx, cy, size / 2, kNavy);
    else
        c.logo(assets.logo_png, cx, cy, size * 2.5f, size);
}

void draw_fact(PdfCanvas& c, float x, float y, Align align, const std::string& label, const std::string& value,
               float max_width) {
    const TextBlock l = c.fit(Face::Regular, label, max_width, 8.5f, 5.0f, 1);
    c.block(Face::Regular, kMuted, x, y, align, l);
    const TextBlock v = c.fit(Face::Bold, value, max_width, 13.0f, 6.0f, 1);
    c.block(Face::Bold, kInk, x, y - 17, align, v);
}

void draw_reporting_box(PdfCanvas& c, const ReportingBox& b, float x, float y, float w, float h) {
    const float pad = 7, inner = w - 2 * pad, left = x + pad, right = x + w - pad;
    c.fill_rect(x, y, w, h, {1, 1, 1});
    c.stroke_rect(x, y, w, h, kNavy, 0.9f);
    c.fill_rect(x, y, 3, h, kNavy);
    float base = y + h - pad - 7;
    base = c.block(Face::Bold, kNavy, left, base, Align::Left, c.fit(Face::Bold, b.title, inner, 8.5f, 5.0f, 1)) - 10;
    base = c.block(Face::Regular, kMuted, left, base, Align::Left, c.fit(Face::Regular, b.who_label, inner, 6.5f, 4.5f, 1)) - 9;
    base = c.block(Face::Bold, kInk, left, base, Align::Left, c.fit(Face::Bold, b.who, inner, 8.0f, 5.0f, 2), 1.15f) - 5;
    c.line(left, base + 1, right, base + 1, kGold, 0.5f);
    base -= 8;
    for (const auto& [label, value] : b.numbers) {
        if (base < y + pad - 1) break;  // never below the box
        const TextBlock v = c.fit(Face::Bold, value, inner * 0.45f, 7.5f, 5.0f, 1);
        c.block(Face::Bold, kInk, right, base, Align::Right, v);
        const float vw = v.lines.empty() ? 0 : c.text_width(Face::Bold, v.size, v.lines.front());
        // A long label ("Meld Misdaad Anoniem (...)") takes a second line rather than a tiny size.
        base = c.block(Face::Regular, kInk, left, base, Align::Left, c.fit(Face::Regular, label, inner - vw - 5, 7.0f, 5.5f, 2), 1.1f) - 10;
    }
}

namespace {
// The code and the hint as lines of text aligned on x, starting at baseline y.
void draw_code_text(PdfCanvas& c, const VerifyBlock& v, float x, float y, Align align, float width) {
    const TextBlock label = c.fit(Face::Regular, v.code_label, width, 8.5f, 5.0f, 1);
    c.block(Face::Regular, kMuted, x, y, align, label);
    c.text(Face::Bold, 14, kNavy, x, y - 17, align, verification_code(v.payload), 1.2f);
    const TextBlock hint = c.fit(Face::Regular, v.hint, width, 7.5f, 4.5f, 3);
    c.block(Face::Regular, kMuted, x, y - 31, align, hint);
}
}  // namespace

void draw_qr_block_right(PdfCanvas& c, const VerifyBlock& v, float right, float bottom, float qr_size, float text_width) {
    const QrMatrix m = qr_matrix(verification_link(v.verify_url, v.payload));
    const float quiet = qr_size * 4 / static_cast<float>(m.width + 8);  // room for the quiet zone, in white
    c.fill_rect(right - qr_size, bottom, qr_size, qr_size, {1, 1, 1});
    c.qr(m, right - qr_size + quiet, bottom + quiet, qr_size - 2 * quiet);
    draw_code_text(c, v, right - qr_size - 10, bottom + qr_size - 12, Align::Right, text_width);
}

void draw_qr_block_centered(PdfCanvas& c, const VerifyBlock& v, float cx, float bottom, float qr_size, float text_width) {
    const QrMatrix m = qr_matrix(verification_link(v.verify_url, v.payload));
    const float quiet = qr_size * 4 / static_cast<float>(m.width + 8);
    const float text_h = 62;
    c.fill_rect(cx - qr_size / 2, bottom + text_h, qr_size, qr_size, {1, 1, 1});
    c.qr(m, cx - qr_size / 2 + quiet, bottom + text_h + quiet, qr_size - 2 * quiet);
    draw_code_text(c, v, cx, bottom + text_h - 10, Align::Center, text_width);
}

}  // namespace signaal::certs
