// signaal venue status / require, person add: what the venue certificate is judged on.
#include <cstdio>
#include <iostream>

#include "admin/staff.hpp"
#include "admin/venues.hpp"
#include "central_reports.hpp"
#include "central_schema.hpp"
#include "cli.hpp"
#include "cli_admin.hpp"
#include "pg.hpp"
#include "content_loader.hpp"
#include "store/store.hpp"
#include "venue_standing.hpp"

namespace signaal::cli {
namespace {

void print_status_header() {
    std::printf("%-32s %6s %8s %6s  %-9s %s\n", "venue", "staff", "trained", "share", "certified", "required modules");
}

void print_status_row(const std::string& name, const std::vector<std::string>& required, int staff, int trained,
                      double t) {
    const auto verdict = judge_venue(staff, trained, t);
    std::string mods;
    for (const auto& m : required) mods += (mods.empty() ? "" : ", ") + m;
    std::printf("%-32s %6d %8d %5.0f%%  %-9s %s\n", name.c_str(), staff, trained, verdict.share * 100,
                verdict.certified ? "yes" : ("no, " + std::to_string(verdict.more_needed) + " more").c_str(),
                mods.empty() ? "(none)" : mods.c_str());
}

// The whole fleet: venues of the same name on several kiosks count as one venue.
int central_status(const Args& a, const std::string& url) {
    const auto catalog = load_content(content_dir(a), {}).catalog;
    try {
        pg::Connection central(url);
        fleet::require_central_schema(central);
        auto setting = central.query("SELECT value FROM org_settings WHERE key = 'venue_threshold'");
        double t = setting.rows() ? std::stod(setting.text(0, 0)) : 0.6;
        if (!(t > 0 && t <= 1)) t = 0.6;
        print_status_header();
        for (const auto& v : fleet::central_venues(central)) {
            auto required = v.required;
            if (required.empty()) required = default_required_modules(catalog.modules, v.kind);
            const auto c = fleet::central_venue_counts(central, v.name, required, today_utc());
            print_status_row(v.name, required, c.staff, c.trained, t);
        }
        std::printf("threshold: %.0f%% of active staff (central setting venue_threshold)\n", t * 100);
        return 0;
    } catch (const pg::Error& e) {
        std::cerr << "signaal venue status: " << e.what() << "\n";
        return 1;
    }
}

int status(const Args& a) {
    if (auto url = a.value("central")) return central_status(a, *url);
    Store store(db_path(a));
    const auto catalog = load_content(content_dir(a), {}).catalog;
    const double t = venue_threshold(store);
    print_status_header();
    for (const auto& v : store.venues()) {
        const auto required = required_modules_for(store, catalog.modules, v);
        const auto c = store.venue_counts(v, required, today_utc());
        print_status_row(v.name, required, c.staff, c.trained, t);
    }
    std::printf("threshold: %.0f%% of active staff (setting venue_threshold)\n", t * 100);
    return 0;
}

int require(const Args& a) {
    if (a.positional().size() < 2) throw UsageError("give the venue and one or more module ids");
    Store store(db_path(a));
    const auto v = store.venue_by_name(a.positional()[0]);
    if (!v) {
        std::cerr << "no venue named '" << a.positional()[0] << "'\n";
        return 1;
    }
    const Catalog catalog = manager_catalog(a);
    const std::vector<std::string> mods(a.positional().begin() + 1, a.positional().end());
    for (const auto& m : mods)
        if (!catalog.find_module(m)) {
            std::cerr << "no module '" << m << "' in " << content_dir(a).string() << "\n";
            return 1;
        }
    const auto done = admin::set_required(store, catalog, v->id, mods);
    if (!done.ok()) return refuse("venue require", catalog, done);
    std::cout << v->name << " now requires " << store.required_modules(v->id).size() << " module(s)\n";
    return 0;
}

int add_person(const Args& a) {
    if (a.positional().size() != 1) throw UsageError("give the person's full name");
    const auto venue_name = a.value("venue");
    if (!venue_name) throw UsageError("--venue is required");
    Store store(db_path(a));
    const auto v = store.venue_by_name(*venue_name);
    if (!v) {
        std::cerr << "no venue named '" << *venue_name << "'\n";
        return 1;
    }
    const Catalog catalog = manager_catalog(a);
    const auto done = admin::add_person(store, catalog, a.positional()[0], a.value_or("employee", ""), v->id,
                                        a.value_or("language", "nl"));
    if (!done.ok()) return refuse("person add", catalog, done);
    std::cout << "registered person " << done.id << " at " << v->name << "\n";
    return 0;
}

}  // namespace

void register_venue_status_commands(Registry& r) {
    r.add({"venue status", "", "Share of each venue's active staff holding a valid completion of its required modules",
           "A venue is certified when the share reaches the threshold (setting venue_threshold, default 0.6).\n"
           "Register staff who have not trained yet with `signaal person add`, so they are counted.",
           {kContentOption, {"central", "URL", "the whole fleet, from the central database (postgresql://...)"}},
           status});
    r.add({"venue require", "VENUE MODULE...", "Set the modules a venue's staff must complete",
           "Without a list, a venue requires every module written for its kind.", {kContentOption}, require});
    r.add({"person add", "NAME", "Register a staff member before they train, so the venue's share counts them", "",
           {{"venue", "NAME", "the venue (required)"}, {"employee", "NUMBER", "employee number"},
            {"language", "CODE", "preferred language (default nl)"}, kContentOption},
           add_person});
}

}  // namespace signaal::cli
