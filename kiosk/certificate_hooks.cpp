#include "certificate_hooks.hpp"

#include <iostream>

#include "print.hpp"

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
    return h;
}

}  // namespace signaal
