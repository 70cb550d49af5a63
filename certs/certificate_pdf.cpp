#include "certificate_pdf.hpp"

#include "certificate_parts.hpp"

namespace signaal::certs {

using namespace palette;

std::vector<std::uint8_t> render_certificate(const PersonalCertificate& cert, const std::string& payload,
                                             const CertificateLabels& labels, const RenderAssets& assets) {
    const auto date = [&](Date d) { return labels.format_date ? labels.format_date(d) : iso_date(d); };
    return render_page(assets, PdfCanvas::Orientation::Landscape, [&](PdfCanvas& c) {
        const float w = c.width();
        const float cx = w / 2;
        const float text_w = w - 190;  // wide enough for long names, clear of the frame

        draw_frame(c);
        draw_mark(c, assets, cx, 512, 50);
        c.block(Face::Bold, kNavy, cx, 470, Align::Center, c.fit(Face::Bold, cert.organisation_name, text_w, 11, 6, 1));

        c.block(Face::Bold, kNavy, cx, 423, Align::Center, c.fit(Face::Bold, labels.title, text_w, 34, 14, 1));
        if (!labels.subtitle.empty())
            c.block(Face::Regular, kMuted, cx, 400, Align::Center, c.fit(Face::Regular, labels.subtitle, text_w, 14, 7, 1));
        c.line(cx - 40, 386, cx + 40, 386, kGold, 1.2f);

        c.block(Face::Regular, kMuted, cx, 358, Align::Center, c.fit(Face::Regular, labels.presented_to, text_w, 13, 7, 1));

        // The name is the point of the page: as large as fits, on two lines if it must, never past the frame.
        const TextBlock name = c.fit(Face::Bold, cert.claim.person_name, text_w, 38, 12, 2);
        const float name_y = name.lines.size() == 1 ? 310 : 326;
        c.block(Face::Bold, kInk, cx, name_y, Align::Center, name, 1.15f);
        c.line(cx - 230, 291, cx + 230, 291, kGold, 0.6f);

        c.block(Face::Regular, kMuted, cx, 268, Align::Center, c.fit(Face::Regular, labels.has_completed, text_w, 13, 7, 1));
        const TextBlock module = c.fit(Face::Bold, cert.module_title, text_w, 19, 10, 2);
        c.block(Face::Bold, kNavy, cx, module.lines.size() == 1 ? 240 : 246, Align::Center, module, 1.2f);

        const float col = 150;
        draw_fact(c, cx - col, 182, Align::Center, labels.completed_on, date(cert.claim.completed), col - 14);
        draw_fact(c, cx, 182, Align::Center, labels.valid_until, date(cert.claim.valid_until), col - 14);
        draw_fact(c, cx + col, 182, Align::Center, labels.score, cert.score_text, col - 14);

        draw_fact(c, 56, 76, Align::Left, labels.serial, cert.claim.serial, 240);
        // Bottom left, above the serial and left of the facts row: clear of the QR code and the names.
        if (!cert.reporting.empty())
            draw_reporting_box(c, cert.reporting, 46, 90, 150, 100);
        draw_qr_block_right(c, {payload, cert.verify_url, labels.verification_code, labels.verify_hint}, w - 52, 50, 92, 230);

        c.set_info(labels.title + " " + cert.claim.serial, cert.organisation_name, cert.module_title, payload);
    });
}

}  // namespace signaal::certs
