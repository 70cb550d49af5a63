#pragma once
// Connects the kiosk app to the certificate issuer and the CUPS printer.
#include "app/kiosk_app.hpp"
#include "issuer.hpp"

namespace signaal {

KioskApp::CertificateHooks certificate_hooks(certs::Issuer& issuer, Store& store);

}  // namespace signaal
