#include "paths.hpp"

#include <cstdlib>

#include "installed.hpp"

namespace signaal {
namespace fs = std::filesystem;

namespace {

fs::path data_home() {
    fs::path base;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home) base = fs::path(home) / ".local" / "share";
    else base = fs::current_path();
    return base / "signaal";
}

}  // namespace

fs::path data_dir() {
    const fs::path dir = data_home();
    std::error_code ec;
    fs::create_directories(dir, ec);  // a failure shows up, with its reason, when the file is opened
    return dir;
}

fs::path default_db_path() { return data_dir() / "signaal.db"; }

fs::path default_export_dir() { return data_home() / "exports"; }

fs::path default_certificate_dir() { return data_home() / "certificates"; }

namespace {

// $<env> when set, else share/signaal/<what> under the installed program's prefix, else
// `built_in` (the source or build tree this binary was built from).
fs::path bundled_dir(const char* env, const char* what, const char* built_in) {
    if (const char* v = std::getenv(env); v && *v) return v;
    if (fs::path installed = installed_data_dir(what); !installed.empty()) return installed;
    return built_in;
}

}  // namespace

fs::path default_content_dir() { return bundled_dir("SIGNAAL_CONTENT", "content", SIGNAAL_SOURCE_CONTENT_DIR); }

fs::path default_asset_dir() { return bundled_dir("SIGNAAL_ASSETS", "assets", SIGNAAL_BUILD_ASSET_DIR); }

}  // namespace signaal
