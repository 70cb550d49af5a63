#include "render_assets.hpp"

#include <cstdlib>

#include "installed.hpp"

namespace signaal::certs {

RenderAssets RenderAssets::defaults() {
    // $SIGNAAL_CERT_FONT_DIR, else the installed fonts, else the build tree's.
    const char* env = std::getenv("SIGNAAL_CERT_FONT_DIR");
    std::filesystem::path dir = env && *env ? env : installed_data_dir("fonts");
    if (dir.empty()) dir = SIGNAAL_CERT_FONT_DIR;
    return {dir / "SignaalCertSans.ttf", dir / "SignaalCertSans-Bold.ttf", dir / "SignaalCertCJK.ttf", {}};
}

}  // namespace signaal::certs
