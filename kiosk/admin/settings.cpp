#include "settings.hpp"

#include <algorithm>
#include <cassert>
#include <charconv>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "language_order.hpp"
#include "fleet/pg.hpp"
#include "paths.hpp"
#include "payload.hpp"
#include "png_header.hpp"
#include "pin_pad.hpp"
#include "venue_standing.hpp"

namespace signaal::admin {
namespace {

std::optional<int> parse_int(const std::string& s) {
    int v = 0;
    const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || p != s.data() + s.size()) return std::nullopt;
    return v;
}

std::optional<double> parse_share(const std::string& s) {
    double v = 0;
    const auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc{} || p != s.data() + s.size()) return std::nullopt;
    return v;
}

std::string join(const std::vector<std::string>& v) {
    std::string out;
    for (const auto& s : v) out += (out.empty() ? "" : ",") + s;
    return out;
}

std::vector<std::string> split(const std::string& s) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= s.size()) {
        const size_t end = std::min(s.find(',', start), s.size());
        const std::string part = trim(s.substr(start, end - start));
        if (!part.empty()) out.push_back(part);
        start = end + 1;
    }
    return out;
}

std::string share_text(double v) {
    char b[32];
    std::snprintf(b, sizeof b, "%.2f", v);
    return b;
}

bool is_8bit_png(const std::string& path) {
    const auto png = read_png_header(path);
    return png && png->bit_depth == 8;
}

// One rule per setting: the problem of a value as text, empty when fine.
struct Rule {
    const char* key;
    std::string (*problem)(const std::string& value, const Catalog& catalog);
    const char* stored = nullptr;  // the key in the store when it differs (a name the fleet used first)
};

std::string organisation_name_problem(const std::string& v, const Catalog&) {
    return v.size() > 120 ? "admin_problem_name_long" : "";
}

std::string logo_problem(const std::string& v, const Catalog&) {
    return !v.empty() && !is_8bit_png(v) ? "admin_problem_logo" : "";
}

std::string languages_problem(const std::string& v, const Catalog& catalog) {
    const auto codes = split(v);
    if (codes.empty()) return "admin_problem_no_language";
    for (const auto& l : codes)
        if (!catalog.offers(l)) return "admin_problem_unknown_language";
    return {};
}

std::string idle_problem(const std::string& v, const Catalog&) {
    const auto n = parse_int(v);
    return n && *n >= kMinIdleSeconds && *n <= kMaxIdleSeconds ? "" : "admin_problem_idle";
}

std::string printer_problem(const std::string&, const Catalog&) { return {}; }

std::string retention_problem(const std::string& v, const Catalog&) {
    const auto n = parse_int(v);
    return n && *n >= kMinRetentionMonths && *n <= kMaxRetentionMonths ? "" : "admin_problem_retention";
}

std::string threshold_problem(const std::string& v, const Catalog&) {
    const auto t = parse_share(v);
    return t && *t > 0 && *t <= 1 ? "" : "admin_problem_threshold";
}

std::string export_dir_problem(const std::string& v, const Catalog&) {
    return std::filesystem::path(v).is_absolute() ? "" : "admin_problem_export_dir";
}

// Empty (QR codes hold the bare payload) or an https:// or http:// address ending in '/'.
std::string verify_url_rule(const std::string& v, const Catalog&) {
    return v.empty() || certs::verify_url_problem(v).empty() ? "" : "admin_problem_verify_url";
}

std::string language_order_problem(const std::string& v, const Catalog&) {
    return parse_language_order(v) ? "" : "admin_problem_language_order";
}

std::string read_aloud_problem(const std::string& v, const Catalog&) {
    return v == "on" || v == "off" ? "" : "admin_problem_read_aloud";
}

std::string volume_problem(const std::string& v, const Catalog&) {
    const auto n = parse_int(v);
    return n && *n >= kMinVolume && *n <= kMaxVolume ? "" : "admin_problem_volume";
}

std::string text_size_problem(const std::string& v, const Catalog&) {
    return v == "normal" || v == "large" ? "" : "admin_problem_text_size";
}

// [terminal] The keys that name this terminal and its fleet (kiosk.toml sets them per terminal).

bool has_control_character(const std::string& v) {
    return std::any_of(v.begin(), v.end(), [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; });
}

std::string terminal_name_problem(const std::string& v, const Catalog&) {
    return v.size() > 80 || has_control_character(v) ? "admin_problem_terminal_name" : "";
}

// Letters, digits and '-', at most 64: the fleet's kiosk id, which the central database keys on.
// Empty leaves the id the kiosk made itself.
std::string terminal_id_problem(const std::string& v, const Catalog&) {
    const bool ok = v.size() <= 64 && std::all_of(v.begin(), v.end(), [](char c) {
                        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
                    });
    return ok ? "" : "admin_problem_terminal_id";
}

std::optional<std::vector<std::int64_t>> venue_ids(const std::string& v) {
    std::vector<std::int64_t> out;
    for (const auto& part : split(v)) {
        std::int64_t id = 0;
        const auto [p, ec] = std::from_chars(part.data(), part.data() + part.size(), id);
        if (ec != std::errc{} || p != part.data() + part.size() || id <= 0) return std::nullopt;
        if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
    }
    return out;
}

std::string venues_served_problem(const std::string& v, const Catalog&) {
    return venue_ids(v) ? "" : "admin_problem_venues_served";
}

// Empty (no fleet) or what libpq itself accepts: a postgresql:// URL or key=value conninfo.
std::string central_server_problem(const std::string& v, const Catalog&) {
    return v.empty() || pg::conninfo_ok(v) ? "" : "admin_problem_central_server";
}

std::string join_ids(const std::vector<std::int64_t>& ids) {
    std::string out;
    for (auto id : ids) out += (out.empty() ? "" : ",") + std::to_string(id);
    return out;
}

// In the order a draft's problems are reported (and setting_texts lists them).
constexpr Rule kRules[] = {
    {"organisation_name", organisation_name_problem},
    {"languages_offered", languages_problem},
    {"idle_timeout_seconds", idle_problem},
    {"retention_months", retention_problem},
    {"venue_threshold", threshold_problem},
    {"organisation_logo", logo_problem},
    {"export_dir", export_dir_problem},
    {"printer_name", printer_problem},
    {"verify_url", verify_url_rule},
    {"language_order", language_order_problem},
    {"read_aloud", read_aloud_problem},
    {"read_aloud_volume", volume_problem},
    {"text_size", text_size_problem},
    // [terminal]
    {"terminal_name", terminal_name_problem},
    {"terminal_id", terminal_id_problem, "kiosk_id"},
    {"venues_served", venues_served_problem},
    {"central_server", central_server_problem, "central_url"},
};

const Rule* rule_for(const std::string& key) {
    for (const auto& r : kRules)
        if (key == r.key) return &r;
    return nullptr;
}

std::string stored_key(const std::string& key) {
    const Rule* r = rule_for(key);
    return r && r->stored ? r->stored : key;
}

// Writes one checked value with its audit entry, unless unchanged; true when written.
bool put(Store& store, const std::string& key, const std::string& old_value, const std::string& new_value) {
    if (old_value == new_value) return false;
    // An emptied terminal id keeps the one in use: the fleet needs one, and makes it itself.
    if (key == "terminal_id" && new_value.empty()) return false;
    store.set_setting(stored_key(key), new_value);
    store.audit(AuditAct::SettingChanged,
                key + ": '" + shown_value(key, old_value) + "' -> '" + shown_value(key, new_value) + "'");
    return true;
}

std::string value_of(const std::vector<std::pair<std::string, std::string>>& texts, const std::string& key) {
    for (const auto& [k, v] : texts)
        if (k == key) return v;
    return {};
}

}  // namespace

std::string trim(const std::string& s) {
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos) return {};
    const auto e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

const std::vector<std::string>& setting_keys() {
    static const std::vector<std::string> keys = [] {
        std::vector<std::string> k;
        for (const auto& r : kRules) k.push_back(r.key);
        return k;
    }();
    return keys;
}

Settings load_settings(Store& store, const Catalog& catalog) {
    Settings s;
    const auto get = [&](const char* k) { return store.setting(k); };
    if (auto v = get("organisation_name")) s.organisation_name = *v;
    if (auto v = get("organisation_logo")) s.organisation_logo = *v;
    if (auto v = get("printer_name")) s.printer_name = *v;
    if (auto v = get("verify_url")) s.verify_url = *v;
    if (auto v = get("language_order"); v && parse_language_order(*v)) s.language_order = *v;
    if (auto v = get("terminal_name")) s.terminal_name = *v;
    if (auto v = get("kiosk_id")) s.terminal_id = *v;
    if (auto v = get("venues_served")) s.venues_served = venue_ids(*v).value_or(std::vector<std::int64_t>{});
    if (auto v = get("central_url")) s.central_server = *v;
    s.export_dir = get("export_dir").value_or(default_export_dir().string());
    if (auto v = get("idle_timeout_seconds"))
        if (auto n = parse_int(*v); n && *n >= kMinIdleSeconds && *n <= kMaxIdleSeconds) s.idle_timeout_seconds = *n;
    s.retention_months = store.retention_months();
    s.venue_threshold = venue_threshold(store);
    for (const auto& l : offered_languages(store, catalog)) s.languages.push_back(l.code);
    const ReadingSettings r = reading_settings(store);
    s.read_aloud = r.read_aloud;
    s.read_aloud_volume = r.volume;
    s.large_text = r.large_text;
    return s;
}

std::vector<std::pair<std::string, std::string>> setting_texts(const Settings& s) {
    return {{"organisation_name", trim(s.organisation_name)},
            {"languages_offered", join(s.languages)},
            {"idle_timeout_seconds", std::to_string(s.idle_timeout_seconds)},
            {"retention_months", std::to_string(s.retention_months)},
            {"venue_threshold", share_text(s.venue_threshold)},
            {"organisation_logo", trim(s.organisation_logo)},
            {"export_dir", trim(s.export_dir)},
            {"printer_name", trim(s.printer_name)},
            {"verify_url", trim(s.verify_url)},
            {"language_order", s.language_order},
            {"read_aloud", s.read_aloud ? "on" : "off"},
            {"read_aloud_volume", std::to_string(s.read_aloud_volume)},
            {"text_size", s.large_text ? "large" : "normal"},
            {"terminal_name", trim(s.terminal_name)},
            {"terminal_id", trim(s.terminal_id)},
            {"venues_served", join_ids(s.venues_served)},
            {"central_server", trim(s.central_server)}};
}

std::string setting_problem(const std::string& key, const std::string& value, const Catalog& catalog) {
    const Rule* r = rule_for(key);
    return r ? r->problem(trim(value), catalog) : "admin_problem_unknown_setting";
}

std::vector<std::string> validate(const Settings& s, const Catalog& catalog) {
    std::vector<std::string> out;
    for (const auto& [key, value] : setting_texts(s))
        if (auto p = setting_problem(key, value, catalog); !p.empty()) out.push_back(p);
    return out;
}

std::string set_setting(Store& store, const Catalog& catalog, const std::string& key, const std::string& value) {
    if (auto p = setting_problem(key, value, catalog); !p.empty()) return p;
    // Stored as the screen would store it: languages in catalog order, shares with two decimals.
    Settings after = load_settings(store, catalog);
    const Settings before = after;
    const std::string v = trim(value);
    if (key == "organisation_name") after.organisation_name = v;
    else if (key == "organisation_logo") after.organisation_logo = v;
    else if (key == "printer_name") after.printer_name = v;
    else if (key == "export_dir") after.export_dir = v;
    else if (key == "verify_url") after.verify_url = v;
    else if (key == "language_order") after.language_order = v;
    else if (key == "terminal_name") after.terminal_name = v;
    else if (key == "terminal_id") after.terminal_id = v;
    else if (key == "venues_served") after.venues_served = *venue_ids(v);
    else if (key == "central_server") after.central_server = v;
    else if (key == "idle_timeout_seconds") after.idle_timeout_seconds = *parse_int(v);
    else if (key == "retention_months") after.retention_months = *parse_int(v);
    else if (key == "venue_threshold") after.venue_threshold = *parse_share(v);
    else if (key == "read_aloud") after.read_aloud = v == "on";
    else if (key == "read_aloud_volume") after.read_aloud_volume = *parse_int(v);
    else if (key == "text_size") after.large_text = v == "large";
    else if (key == "languages_offered") {
        const auto wanted = split(v);
        after.languages.clear();
        for (const auto& l : catalog.languages)
            if (std::find(wanted.begin(), wanted.end(), l.code) != wanted.end()) after.languages.push_back(l.code);
    }
    save_settings(store, catalog, before, after);
    return {};
}

int save_settings(Store& store, const Catalog& catalog, const Settings& before, const Settings& after) {
    assert(validate(after, catalog).empty() && "save_settings: validate the draft first");
    (void)catalog;
    const auto old_texts = setting_texts(before);
    int changed = 0;
    for (const auto& [key, value] : setting_texts(after)) changed += put(store, key, value_of(old_texts, key), value);
    return changed;
}

std::vector<Language> offered_languages(Store& store, const Catalog& catalog) {
    std::vector<std::string> wanted;
    if (auto v = store.setting("languages_offered")) wanted = split(*v);
    std::vector<Language> out;
    for (const auto& l : catalog.languages)
        if (wanted.empty() || std::find(wanted.begin(), wanted.end(), l.code) != wanted.end()) out.push_back(l);
    return out.empty() ? catalog.languages : out;
}

std::vector<Language> menu_languages(Store& store, const Catalog& catalog, Date today) {
    const auto stored = store.setting("language_order");
    const LanguageOrder order = stored ? parse_language_order(*stored).value_or(LanguageOrder::Recent) : LanguageOrder::Recent;
    std::map<std::string, int> counts;
    if (order == LanguageOrder::Recent) counts = store.completions_by_language(today - std::chrono::days{kRecentDays});
    return order_languages(offered_languages(store, catalog), order, counts);
}

std::string shown_value(const std::string& key, const std::string& value) {
    return key == "central_server" ? pg::mask_url(value) : value;
}

std::vector<Venue> served_venues(Store& store) {
    auto venues = store.venues();
    const auto wanted = venue_ids(store.setting("venues_served").value_or("")).value_or(std::vector<std::int64_t>{});
    if (wanted.empty()) return venues;
    std::vector<Venue> out;
    for (auto& v : venues)
        if (std::find(wanted.begin(), wanted.end(), v.id) != wanted.end()) out.push_back(std::move(v));
    // None of them active here (deactivated, or ids of another terminal's database): every venue,
    // as languages_offered falls back to all, so a learner is never left without a choice.
    return out.empty() ? venues : out;
}

bool change_pin(Store& store, const std::string& pin) {
    if (!pin_acceptable(pin)) return false;
    store.set_setting(kPinSetting, hash_pin(pin));
    store.audit(AuditAct::AdminPinChanged, "admin PIN changed at the kiosk");
    return true;
}

ReadingSettings reading_settings(Store& store) {
    ReadingSettings r;
    // A value that fails its rule (written around it) leaves the default, as load_settings does.
    if (auto v = store.setting("read_aloud"); v && (*v == "on" || *v == "off")) r.read_aloud = *v == "on";
    if (auto v = store.setting("read_aloud_volume"))
        if (auto n = parse_int(*v); n && *n >= kMinVolume && *n <= kMaxVolume) r.volume = *n;
    if (auto v = store.setting("text_size"); v && (*v == "normal" || *v == "large")) r.large_text = *v == "large";
    return r;
}

Millis idle_timeout(Store& store, Millis fallback) {
    if (auto v = store.setting("idle_timeout_seconds"))
        if (auto n = parse_int(*v)) return Millis(std::clamp(*n, kMinIdleSeconds, kMaxIdleSeconds) * 1000LL);
    return fallback;
}

}  // namespace signaal::admin
