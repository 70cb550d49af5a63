#pragma once
// Renders many certificates on several threads: one libharu document (and its own fonts) per
// certificate, so threads share nothing but the read-only inputs.
#include <filesystem>
#include <string>
#include <vector>

#include "certificate_pdf.hpp"

namespace signaal::certs {

struct BatchItem {
    PersonalCertificate cert;
    std::string payload;              // sign_payload(cert.claim, key)
    std::filesystem::path output;     // where the PDF goes
};

struct BatchResult {
    std::size_t written = 0;
    std::vector<std::string> errors;  // one line per certificate that failed, naming its output file
};

// threads 0: one per core.
BatchResult render_batch(const std::vector<BatchItem>& items, const CertificateLabels& labels,
                         const RenderAssets& assets, unsigned threads = 0);

}  // namespace signaal::certs
