#pragma once
// The terminal's configuration file, /etc/signaal/kiosk.toml (or --config FILE): the settings an
// installer gives each terminal, in a [settings] table whose keys are the admin screen's
// (admin::setting_keys()). Precedence: the file wins for the keys it sets. At every start each
// value is checked by the same rule as the admin screen (admin::setting_problem) and stored,
// audited when it changed; a manager may change it in the admin screen until the next start.
// Keys the file leaves out are the admin screen's alone.
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "content.hpp"
#include "diagnostics.hpp"
#include "store/store.hpp"

namespace signaal::admin {

// The default file: <sysconfdir>/signaal/kiosk.toml (/etc/signaal/kiosk.toml for the package).
std::filesystem::path default_config_path();

struct KioskConfig {
    std::vector<std::pair<std::string, std::string>> settings;  // key, value as text, file order
    std::vector<Diagnostic> problems;                            // file:line: message
};

// Reads and checks the file against catalog (languages); every problem with its line.
KioskConfig read_kiosk_config(const std::filesystem::path& file, const Catalog& catalog);

// Stores the file's settings (each through admin::set_setting, audited when changed); returns
// how many changed. The config must have no problems (asserted).
int apply_kiosk_config(Store& store, const Catalog& catalog, const KioskConfig& config);

}  // namespace signaal::admin
