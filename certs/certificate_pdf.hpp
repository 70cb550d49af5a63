#pragma once
// The personal certificate: A4 landscape, to hand over or frame. Every word on it comes from
// the caller (translated elsewhere); this library prints names, dates and numbers only.
#include <cstdint>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "payload.hpp"
#include "render_assets.hpp"

namespace signaal::certs {

struct CertificateLabels {
    std::string title;              // "Certificate"
    std::string subtitle;           // "of completion" (may be empty)
    std::string presented_to;       // "This certifies that"
    std::string has_completed;      // "has completed the training"
    std::string completed_on;       // "Completed"
    std::string valid_until;        // "Valid until"
    std::string score;              // "Score"
    std::string serial;             // "Serial number"
    std::string verification_code;  // "Verification code"
    std::string verify_hint;        // "Scan the code or enter it at https://…/verify"
    std::function<std::string(Date)> format_date;  // empty: YYYY-MM-DD
};

// "Where to report here" (issue 15), a small box on the certificate: who to tell at the learner's
// venue, then the national numbers. Words and numbers come ready from the caller.
struct ReportingBox {
    std::string title;      // "Where to report here"
    std::string who_label;  // "Who to tell first:"
    std::string who;        // the venue's contact person, or "your manager"
    std::vector<std::pair<std::string, std::string>> numbers;  // label and number: police, anonymous, emergency
    bool empty() const { return title.empty(); }
};

struct PersonalCertificate {
    PersonalClaim claim;            // the signed fields (name, serial, dates...)
    std::string organisation_name;  // printed at the top
    std::string module_title;       // in the participant's language
    std::string score_text;         // e.g. "92%"
    std::string verify_url;         // the verification page (setting verify_url); empty: QR holds the payload
    ReportingBox reporting;         // empty: no box
};

// Draws the certificate with `payload` (sign_payload(cert.claim, key)) in its QR code and in
// the PDF's Keywords field. Returns the PDF bytes; save them with save_pdf().
std::vector<std::uint8_t> render_certificate(const PersonalCertificate& cert, const std::string& payload,
                                             const CertificateLabels& labels, const RenderAssets& assets);

}  // namespace signaal::certs
