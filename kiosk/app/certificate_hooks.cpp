#include "app/certificate_hooks.hpp"

#include <iostream>

#include "print.hpp"
#include "venue_standing.hpp"

namespace signaal {

KioskApp::CertificateHooks certificate_hooks(certs::Issuer& issuer, Store& store) {
    KioskApp::CertificateHooks h;
    h.issue = [&issuer](const std::string& serial) {
        const auto cert = issuer.issue(serial);
        return KioskApp::CertificateHooks::Shown{cert.qr.dark, cert.verification_code};
    };
    h.print = [&issuer, &store](const std::string& serial) {
        // The PDF was saved when the certificate was issued; make it again only if it is gone.
        const auto pdf = issuer.paths().certificate_dir / (serial + ".pdf");
        const auto path = std::filesystem::exists(pdf) ? pdf : issuer.issue(serial).pdf;
        const auto result = certs::print_pdf(path, store.setting("printer_name").value_or(""), "Signaal " + serial);
        if (!result.ok()) std::cerr << "signaal-kiosk: printing " << serial << ": " << result.error << '\n';
        store.audit(result.ok() ? "certificate_print" : "certificate_print_failed", serial);
        return result.ok();
    };
    h.print_venue = [&issuer, &store](std::int64_t venue_id) {
        const auto v = store.venue(venue_id);
        if (!v) return false;
        const auto [required, c, verdict] = venue_standing(store, issuer.catalog().modules, *v, today_utc());
        if (!verdict.certified) return false;
        std::filesystem::create_directories(issuer.paths().certificate_dir);
        const auto pdf = issuer.paths().certificate_dir / ("venue-" + std::to_string(venue_id) + ".pdf");
        const auto cert = issuer.issue_venue(*v, c.staff, c.trained, pdf.string());
        const auto result = certs::print_pdf(cert.pdf, store.setting("printer_name").value_or(""), "Signaal " + v->name);
        if (!result.ok()) std::cerr << "signaal-kiosk: printing the venue certificate: " << result.error << '\n';
        store.audit("venue_certificate", v->name + " " + cert.serial);
        return result.ok();
    };
    return h;
}

}  // namespace signaal
