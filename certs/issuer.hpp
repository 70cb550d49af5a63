#pragma once
// Turns a stored completion into its signed certificate: payload, verification code, QR and
// PDF file. The one place where store, content, settings, translations and the certificate
// library meet, so the kiosk, the admin area and the CLI all issue identical certificates.
#include <filesystem>
#include <stdexcept>
#include <string>

#include "content.hpp"
#include "qr.hpp"
#include "render_assets.hpp"
#include "store/store.hpp"

namespace signaal::certs {

// Why a certificate could not be made (no key, unreadable key, unknown serial, disk full...).
struct IssueError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

struct IssuedCertificate {
    std::string serial;
    std::string payload;            // what the QR code and the PDF metadata carry
    std::string verification_code;  // printed under the QR, stored for `signaal cert lookup`
    std::filesystem::path pdf;
    QrMatrix qr;
};

struct IssuerPaths {
    std::filesystem::path key_dir;          // the organisation's signing key (keys init)
    std::filesystem::path certificate_dir;  // where PDFs are saved: <serial>.pdf
    static IssuerPaths defaults();          // data_dir()/keys and data_dir()/certificates
};

// The fonts, and the organisation's logo when the setting names a file that exists.
RenderAssets assets_with_logo(Store& store);

class Issuer {
public:
    Issuer(Store& store, const Catalog& catalog, IssuerPaths paths);

    const IssuerPaths& paths() const { return paths_; }
    const Catalog& catalog() const { return catalog_; }
    // Creates the signing key on first use. Returns true if it was created now.
    bool ensure_key();
    // Signs and renders the certificate of a completion, saving the PDF first of all.
    IssuedCertificate issue(const std::string& serial);
    // The venue's poster, when its share of trained staff meets the threshold.
    IssuedCertificate issue_venue(const Venue& venue, int staff, int trained, const std::string& out_pdf);
    // The completion as a signed Open Badges 3.0 credential (compact JWS), for the learner's wallet.
    std::string open_badge(const std::string& serial);
    std::string organisation_id();
    std::string organisation_name(const std::string& lang);

private:
    Store& store_;
    const Catalog& catalog_;
    IssuerPaths paths_;
};

}  // namespace signaal::certs
