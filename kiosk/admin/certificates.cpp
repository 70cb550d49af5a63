#include "certificates.hpp"

#include <cassert>
#include <iostream>

namespace signaal::admin {
namespace {

std::string printer_or_setting(Store& store, const std::string& printer) {
    return printer.empty() ? store.setting("printer_name").value_or("") : printer;
}

}  // namespace

Reprint print_certificate(Store& store, certs::Issuer& issuer, const std::string& serial, const std::string& printer) {
    // The PDF was saved when the certificate was issued; make it again only if it is gone.
    const auto saved = issuer.paths().certificate_dir / (serial + ".pdf");
    Reprint r;
    r.pdf = std::filesystem::exists(saved) ? saved : issuer.issue(serial).pdf;
    r.printed = certs::print_pdf(r.pdf, printer_or_setting(store, printer), "Signaal " + serial);
    store.audit(r.printed.ok() ? AuditAct::CertificatePrint : AuditAct::CertificatePrintFailed, serial);
    return r;
}

VenueCertificate make_venue_certificate(Store& store, certs::Issuer& issuer, const Venue& venue, Date today,
                                        const std::filesystem::path& out_pdf) {
    VenueCertificate out{venue_standing(store, issuer.catalog().modules, venue, today), std::nullopt};
    if (!out.standing.verdict.certified) return out;
    const auto& c = out.standing.counts;
    out.issued = issuer.issue_venue(venue, c.staff, c.trained, out_pdf.string());
    store.audit(AuditAct::VenueCertificate, venue.name + " " + out.issued->serial);
    return out;
}

bool print_venue_certificate(Store& store, certs::Issuer& issuer, std::int64_t venue_id, Date today) {
    const auto v = store.venue(venue_id);
    if (!v) return false;
    std::filesystem::create_directories(issuer.paths().certificate_dir);
    const auto pdf = issuer.paths().certificate_dir / ("venue-" + std::to_string(venue_id) + ".pdf");
    const auto made = make_venue_certificate(store, issuer, *v, today, pdf);
    if (!made.issued) return false;
    const auto result = certs::print_pdf(made.issued->pdf, printer_or_setting(store, {}), "Signaal " + v->name);
    if (!result.ok()) std::cerr << "signaal-kiosk: printing the venue certificate: " << result.error << '\n';
    return result.ok();
}

Store::Revoke revoke_certificate(Store& store, const std::string& serial, const std::string& reason, Date today) {
    assert(!reason.empty());
    return store.revoke_certificate(serial, reason, today, serial + ": " + reason);
}

const std::vector<std::string>& revoke_reasons() {
    static const std::vector<std::string> keys{"admin_revoke_reason_mistake", "admin_revoke_reason_wrong_person",
                                               "admin_revoke_reason_not_own_work", "admin_revoke_reason_on_request"};
    return keys;
}

std::string revoke_problem(Store::Revoke result) {
    switch (result) {
        case Store::Revoke::Done: return {};
        case Store::Revoke::AlreadyRevoked: return "admin_revoke_already";
        case Store::Revoke::UnknownSerial: return "admin_revoke_unknown";
    }
    return "admin_revoke_unknown";
}

}  // namespace signaal::admin
