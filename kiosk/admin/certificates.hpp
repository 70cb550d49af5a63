#pragma once
// Certificate use cases, the same from the admin screens (through the kiosk's certificate
// hooks) and `signaal cert print` / `signaal venue certificate`: reprinting a person's
// certificate and making a venue's certificate once enough of its staff are trained.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "dates.hpp"
#include "issuer.hpp"
#include "print.hpp"
#include "store/store.hpp"
#include "venue_standing.hpp"

namespace signaal::admin {

struct Reprint {
    std::filesystem::path pdf;  // saved before anything is printed
    certs::PrintResult printed;
};

// The certificate's PDF (as saved when it was issued, made again when gone) sent to printer
// (empty: the setting printer_name, else the CUPS default), audited certificate_print or
// certificate_print_failed. Throws certs::IssueError when the certificate cannot be made.
Reprint print_certificate(Store& store, certs::Issuer& issuer, const std::string& serial, const std::string& printer = {});

struct VenueCertificate {
    VenueStanding standing;
    std::optional<certs::IssuedCertificate> issued;  // none: not certified (standing says why)
};

// The venue's certificate as a PDF at out_pdf when its standing today meets the threshold,
// audited venue_certificate; otherwise nothing is made. Throws certs::IssueError.
VenueCertificate make_venue_certificate(Store& store, certs::Issuer& issuer, const Venue& venue, Date today,
                                        const std::filesystem::path& out_pdf);

// Takes a person's certificate back (Store::revoke_certificate, audited certificate_revoke):
// the verification page, `signaal cert verify` and the fleet's centre then call it revoked.
// The reason is shown to whoever checks the certificate; an empty one is refused (asserted:
// callers ask for it).
Store::Revoke revoke_certificate(Store& store, const std::string& serial, const std::string& reason, Date today);

// The reasons the admin person screen offers, as ui keys (content/ui/admin/<lang>.toml). The
// screen stores the chosen one's words in the admin language, the text a manager would give
// `signaal cert revoke --reason`; both go through revoke_certificate above.
const std::vector<std::string>& revoke_reasons();
// The problem key for a refused revocation (admin_revoke_unknown, admin_revoke_already); empty when done.
std::string revoke_problem(Store::Revoke result);

// make_venue_certificate into the issuer's folder (venue-<id>.pdf), then printed; false when
// the venue is missing, not certified, or printing failed.
bool print_venue_certificate(Store& store, certs::Issuer& issuer, std::int64_t venue_id, Date today);

}  // namespace signaal::admin
