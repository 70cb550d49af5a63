// signaal settings list|get|set: the stored settings, checked by the same rule per key as the
// admin settings screen (admin::setting_problem), each change audited.
#include <algorithm>
#include <iostream>

#include "admin/kiosk_config.hpp"
#include "admin/settings.hpp"
#include "cli.hpp"
#include "cli_admin.hpp"
#include "store/store.hpp"

namespace signaal::cli {
namespace {

bool known(const std::string& key) {
    const auto& keys = admin::setting_keys();
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

std::string keys_text() {
    std::string out;
    for (const auto& k : admin::setting_keys()) out += (out.empty() ? "" : ", ") + k;
    return out;
}

// list and get only read: a missing database is reported with its path, never created.
int list(const Args& a) {
    const Catalog catalog = manager_catalog(a);
    Store store(db_path(a), Store::Access::ReadOnly);
    for (const auto& [key, value] : admin::setting_texts(admin::load_settings(store, catalog)))
        std::cout << key << " = " << admin::shown_value(key, value) << "\n";
    return 0;
}

int get(const Args& a) {
    if (a.positional().size() != 1) throw UsageError("give one setting: " + keys_text());
    const std::string& key = a.positional()[0];
    if (!known(key)) throw UsageError("no setting '" + key + "'; the settings are " + keys_text());
    const Catalog catalog = manager_catalog(a);
    Store store(db_path(a), Store::Access::ReadOnly);
    for (const auto& [k, value] : admin::setting_texts(admin::load_settings(store, catalog)))
        if (k == key) std::cout << admin::shown_value(key, value) << "\n";
    return 0;
}

int set(const Args& a) {
    if (a.positional().size() != 2) throw UsageError("give a setting and its value");
    const std::string& key = a.positional()[0];
    if (!known(key)) throw UsageError("no setting '" + key + "'; the settings are " + keys_text());
    const Catalog catalog = manager_catalog(a);
    Store store(db_path(a));
    if (const auto problem = admin::set_setting(store, catalog, key, a.positional()[1]); !problem.empty())
        return refuse("settings set", catalog, admin::refused(problem));
    std::cout << key << " = " << admin::shown_value(key, a.positional()[1]) << "\n";
    return 0;
}

// The terminal's configuration file, checked and stored as the kiosk does at every start.
int apply(const Args& a) {
    if (a.positional().size() > 1) throw UsageError("give at most one configuration file");
    const std::filesystem::path file = a.positional().empty() ? admin::default_config_path() : std::filesystem::path(a.positional()[0]);
    const Catalog catalog = manager_catalog(a);
    const auto config = admin::read_kiosk_config(file, catalog);
    if (!config.problems.empty()) {
        std::cerr << format(config.problems);
        return 1;
    }
    if (a.flag("check")) {
        std::cout << file.string() << ": " << config.settings.size() << " settings, all acceptable\n";
        return 0;
    }
    Store store(db_path(a));
    const int changed = admin::apply_kiosk_config(store, catalog, config);
    std::cout << file.string() << ": " << changed << " of " << config.settings.size() << " settings changed\n";
    return 0;
}

}  // namespace

void register_settings_commands(Registry& r) {
    r.add({"settings list", "", "Every setting the admin screen shows, with its value in effect", "", {kContentOption}, list});
    r.add({"settings get", "KEY", "One setting's value in effect", "", {kContentOption}, get});
    r.add({"settings set", "KEY VALUE", "Change a setting, checked as the admin screen checks it",
           "Languages as codes separated by commas (nl,en,pl); the change is recorded in the audit log.",
           {kContentOption}, set});
    r.add({"settings apply", "[FILE]", "Check and store a terminal's configuration file, as the kiosk does at start",
           "FILE defaults to /etc/signaal/kiosk.toml. Its [settings] use the keys of `signaal settings list`;\n"
           "the file wins over the admin screen for the keys it sets. Problems are shown as file:line.",
           {kContentOption, {"check", "", "only check the file, store nothing"}}, apply});
}

}  // namespace signaal::cli
