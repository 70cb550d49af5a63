#include "app/certificate_hooks.hpp"

#include <iostream>

#include "admin/certificates.hpp"

namespace signaal {

KioskApp::CertificateHooks certificate_hooks(certs::Issuer& issuer, Store& store) {
    KioskApp::CertificateHooks h;
    h.issue = [&issuer](const std::string& serial) {
        const auto cert = issuer.issue(serial);
        return KioskApp::CertificateHooks::Shown{cert.qr.dark, cert.verification_code};
    };
    h.print = [&issuer, &store](const std::string& serial) {
        const auto r = admin::print_certificate(store, issuer, serial);
        if (!r.printed.ok()) std::cerr << "signaal-kiosk: printing " << serial << ": " << r.printed.error << '\n';
        return r.printed.ok();
    };
    h.print_venue = [&issuer, &store](std::int64_t venue_id) {
        return admin::print_venue_certificate(store, issuer, venue_id, today_utc());
    };
    return h;
}

}  // namespace signaal
