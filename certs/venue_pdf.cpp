#include "venue_pdf.hpp"

#include "certificate_parts.hpp"

namespace signaal::certs {

using namespace palette;

std::vector<std::uint8_t> render_venue_certificate(const VenueCertificate& cert, const std::string& payload,
                                                   const VenueLabels& labels, const RenderAssets& assets) {
    const auto date = [&](Date d) { return labels.format_date ? labels.format_date(d) : iso_date(d); };
    return render_page(assets, PdfCanvas::Orientation::Portrait, [&](PdfCanvas& c) {
        const float w = c.width();
        const float cx = w / 2;
        const float text_w = w - 130;

        draw_frame(c);
        draw_mark(c, assets, cx, 752, 64);
        c.block(Face::Bold, kNavy, cx, 698, Align::Center, c.fit(Face::Bold, cert.organisation_name, text_w, 12, 6, 1));

        c.block(Face::Bold, kNavy, cx, 648, Align::Center, c.fit(Face::Bold, labels.title, text_w, 32, 14, 1));
        c.line(cx - 40, 630, cx + 40, 630, kGold, 1.2f);

        const TextBlock venue = c.fit(Face::Bold, cert.claim.venue_name, text_w, 30, 12, 2);
        const float venue_last = c.block(Face::Bold, kInk, cx, 588, Align::Center, venue, 1.15f);

        const TextBlock statement = c.fit(Face::Regular, labels.statement, text_w - 40, 15, 8, 4);
        c.block(Face::Regular, kInk, cx, venue_last - 42, Align::Center, statement, 1.35f);

        // Rounded down: a venue at 59.6% must not read as 60%.
        const int percent = cert.claim.staff > 0 ? cert.claim.trained * 100 / cert.claim.staff : 0;
        c.text(Face::Bold, 64, kNavy, cx, 404, Align::Center, std::to_string(percent) + "%");
        c.block(Face::Regular, kMuted, cx, 378, Align::Center, c.fit(Face::Regular, labels.staff_trained, text_w, 13, 7, 2));
        c.text(Face::Regular, 10, kMuted, cx, 344, Align::Center,
               std::to_string(cert.claim.trained) + " / " + std::to_string(cert.claim.staff));

        const float col = 160;
        draw_fact(c, cx - col, 292, Align::Center, labels.issued_on, date(cert.claim.issued), col - 14);
        draw_fact(c, cx, 292, Align::Center, labels.valid_until, date(cert.claim.valid_until), col - 14);
        draw_fact(c, cx + col, 292, Align::Center, labels.serial, cert.claim.serial, col - 14);

        draw_qr_block_centered(c, {payload, cert.verify_url, labels.verification_code, labels.verify_hint}, cx, 56, 140, text_w - 60);

        c.set_info(labels.title + " " + cert.claim.serial, cert.organisation_name, cert.claim.venue_name, payload);
    });
}

}  // namespace signaal::certs
