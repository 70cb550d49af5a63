#pragma once
// Sends a saved PDF to a CUPS printer. The caller always saves the PDF first, so a failed
// print never loses a certificate.
#include <filesystem>
#include <string>

namespace signaal::certs {

struct PrintResult {
    int job_id = 0;     // CUPS job id when queued
    std::string error;  // empty on success; otherwise a sentence for the person at the kiosk
    bool ok() const { return error.empty(); }
};

// printer empty: the CUPS default printer. Uses the CUPS server from the usual places
// (CUPS_SERVER, client.conf, the local socket).
PrintResult print_pdf(const std::filesystem::path& pdf, const std::string& printer, const std::string& job_title);

}  // namespace signaal::certs
