#pragma once
// Reads the signed payload back out of a certificate PDF (its Keywords entry), so a PDF can be
// verified without scanning. Only PDFs this library wrote are expected: libharu writes the
// document information dictionary uncompressed.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace signaal::certs {

// From the bytes of a PDF: the last /Keywords string, nullopt if there is none. Bounded: never
// reads outside `pdf`, and gives up on strings longer than a payload can be.
std::optional<std::string> payload_from_pdf_bytes(std::string_view pdf);

// Throws PdfError if the file cannot be read or is too large to be a certificate.
std::optional<std::string> payload_from_pdf(const std::filesystem::path& path);

}  // namespace signaal::certs
