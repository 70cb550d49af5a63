#pragma once
// The verification QR drawn on the certificate screen, as a square matrix of modules.
#include <string>
#include <vector>

namespace signaal {

// Empty while no QR encoder is linked in; the screen then draws a placeholder frame.
std::vector<bool> certificate_qr(const std::string& verification_code);

}  // namespace signaal
