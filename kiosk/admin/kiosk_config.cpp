#include "admin/kiosk_config.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdio>

#include "admin/problem_text.hpp"
#include "admin/settings.hpp"
#include "toml_reader.hpp"

namespace signaal::admin {
namespace {

constexpr std::uintmax_t kMaxBytes = 64 * 1024;

// The value as the admin screen stores it: text, a whole number, "0.60", or a list as "nl,en".
std::optional<std::string> as_text(const toml::node& n) {
    if (auto s = n.as_string()) return **s;
    if (auto i = n.as_integer()) return std::to_string(**i);
    if (auto f = n.as_floating_point()) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.2f", **f);
        return std::string(buf);
    }
    if (auto a = n.as_array()) {
        std::string out;
        for (const auto& item : *a) {
            // Text (languages) or whole numbers (venues_served = [3, 5]).
            if (auto i = item.as_integer()) out += (out.empty() ? "" : ",") + std::to_string(**i);
            else if (auto t = item.as_string()) out += (out.empty() ? "" : ",") + **t;
            else return std::nullopt;
        }
        return out;
    }
    return std::nullopt;
}

}  // namespace

std::filesystem::path default_config_path() { return std::filesystem::path(SIGNAAL_SYSCONF_DIR) / "signaal" / "kiosk.toml"; }

KioskConfig read_kiosk_config(const std::filesystem::path& file, const Catalog& catalog) {
    KioskConfig config;
    TomlReader r(file.string(), config.problems);
    const auto doc = r.parse(file, kMaxBytes);
    if (!doc) return config;
    r.only_keys(*doc, {"settings"}, "the file");
    const toml::table* settings = r.table(*doc, "settings");
    if (!settings) return config;
    const auto& keys = setting_keys();
    for (auto&& [k, v] : *settings) {
        const std::string key(k.str());
        const int line = static_cast<int>(k.source().begin.line);
        if (std::find(keys.begin(), keys.end(), key) == keys.end()) {
            std::string known;
            for (const auto& name : keys) known += (known.empty() ? "" : ", ") + name;
            r.error(line, "unknown setting '" + key + "' (the settings are " + known + ")");
            continue;
        }
        const auto value = as_text(v);
        if (!value) {
            r.error(line, "'" + key + "' must be text, a number or a list of text or numbers");
            continue;
        }
        if (const auto problem = setting_problem(key, *value, catalog); !problem.empty()) {
            r.error(line, "'" + key + "': " + problem_text(catalog, problem));
            continue;
        }
        config.settings.emplace_back(key, *value);
    }
    return config;
}

int apply_kiosk_config(Store& store, const Catalog& catalog, const KioskConfig& config) {
    assert(config.problems.empty());
    int changed = 0;
    // Compared as the settings read them: some keys are stored under another name (terminal_id).
    const auto text_of = [&](const std::string& key) {
        for (const auto& [k, v] : setting_texts(load_settings(store, catalog)))
            if (k == key) return v;
        return std::string();
    };
    for (const auto& [key, value] : config.settings) {
        const auto before = text_of(key);
        const auto problem = set_setting(store, catalog, key, value);
        assert(problem.empty());
        changed += problem.empty() && text_of(key) != before;
    }
    return changed;
}

}  // namespace signaal::admin
