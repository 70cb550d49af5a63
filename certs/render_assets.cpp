#include "render_assets.hpp"

#include <cstdlib>

namespace signaal::certs {

RenderAssets RenderAssets::defaults() {
    const char* env = std::getenv("SIGNAAL_CERT_FONT_DIR");
    const std::filesystem::path dir = env && *env ? env : SIGNAAL_CERT_FONT_DIR;
    return {dir / "SignaalCertSans.ttf", dir / "SignaalCertSans-Bold.ttf", {}};
}

}  // namespace signaal::certs
