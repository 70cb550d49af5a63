#include "boot/prepare.hpp"

#include <iostream>

#include "admin/staff.hpp"
#include "catalog_text.hpp"
#include "content_loader.hpp"
#include "store/demo_seed.hpp"
#include "admin/kiosk_config.hpp"
#include "ui/fonts.hpp"

namespace signaal {
namespace {

void prepare_look(Prepared& p, int display_height, ImFontAtlas& fonts) {
    p.look_height = static_cast<float>(display_height);
    p.theme = ui::make_theme(p.look_height);
    if (!ui::load_fonts(fonts, p.theme, p.font_error, catalog_text(*p.catalog))) return;
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    fonts.GetTexDataAsRGBA32(&pixels, &w, &h);  // what the OpenGL back end uploads
}

void prepare_store(Prepared& p, const KioskOptions& o) {
    try {
        p.store = std::make_unique<Store>(o.db);
        if (p.config) admin::apply_kiosk_config(*p.store, *p.catalog, *p.config);
        if (o.demo) seed_demo_if_empty(*p.store, *p.catalog);
    } catch (const StoreError& e) {
        p.store.reset();
        p.store_error = e;
    }
}

}  // namespace

std::optional<Catalog> load_kiosk_content(const std::filesystem::path& dir, bool skip_invalid) {
    LoadOptions o;
    o.icon_dir = default_icon_dir(dir);
    LoadResult r = load_content(dir, o);
    if (r.ok()) return std::move(r.catalog);
    std::cerr << format(r.problems);
    if (!skip_invalid || !r.languages_ok) {
        std::cerr << "signaal-kiosk: the content in " << dir.string() << " has " << r.problems.size()
                  << " problem(s); fix them (check with `signaal content check`)"
                  << (r.languages_ok ? " or start with --skip-invalid" : "") << "\n";
        return std::nullopt;
    }
    for (const auto& m : r.broken_modules)
        std::cerr << "signaal-kiosk: --skip-invalid: starting without module '" << m << "' (problems above)\n";
    return std::move(r.catalog);
}

void seed_demo_if_empty(Store& store, const Catalog& catalog, int people) {
    if (!store.venues(true).empty()) return;
    DemoOptions o;
    o.people = people;
    const DemoSummary s = seed_demo(store, demo_modules(catalog), o);
    std::cerr << "signaal-kiosk: --demo: added " << s.venues << " venues and " << s.people << " people\n";
}


void purge_at_start(Store& store) {
    try {
        const auto r = admin::purge_inactive(store, today_utc(), store.retention_months());
        for (const auto& problem : r.problems) std::cerr << "signaal-kiosk: retention purge: " << problem << "\n";
    } catch (const std::exception& e) {
        std::cerr << "signaal-kiosk: retention purge skipped: " << e.what() << "\n";
    }
}

Prepared prepare_kiosk(const KioskOptions& o, int display_height, ImFontAtlas& fonts) {
    Prepared p;
    p.catalog = load_kiosk_content(o.content, o.skip_invalid);
    if (!p.catalog) return p;
    if (!o.config.empty() && (o.config_given || std::filesystem::exists(o.config))) {
        auto config = admin::read_kiosk_config(o.config, *p.catalog);
        if (!config.problems.empty()) {
            // A terminal set up wrongly must not start as if it were right.
            std::cerr << format(config.problems) << "signaal-kiosk: correct " << o.config.string() << " and start again\n";
            p.catalog.reset();
            return p;
        }
        p.config = std::move(config);
    }
    prepare_look(p, display_height, fonts);
    prepare_store(p, o);
    return p;
}

}  // namespace signaal
