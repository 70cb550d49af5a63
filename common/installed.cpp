#include "installed.hpp"

namespace signaal {
namespace fs = std::filesystem;

fs::path installed_data_dir(const char* what) {
    std::error_code ec;
    const fs::path exe = fs::read_symlink("/proc/self/exe", ec);
    if (ec) return {};
    // SIGNAAL_INSTALL_DATA_REL: the data folder relative to the program's folder, from
    // GNUInstallDirs at configure time (normally ../share/signaal).
    const fs::path dir = (exe.parent_path() / SIGNAAL_INSTALL_DATA_REL / what).lexically_normal();
    return fs::is_directory(dir, ec) ? dir : fs::path{};
}

const char* version() { return SIGNAAL_VERSION; }

}  // namespace signaal
