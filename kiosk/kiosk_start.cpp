#include "kiosk_start.hpp"

#include <iostream>

#include "startup.hpp"
#include "ui/fonts.hpp"

namespace signaal {
namespace {

void prepare_look(Prepared& p, int display_height, ImFontAtlas& fonts) {
    p.look_height = static_cast<float>(display_height);
    p.theme = ui::make_theme(p.look_height);
    if (!ui::load_fonts(fonts, p.theme, p.font_error)) return;
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    fonts.GetTexDataAsRGBA32(&pixels, &w, &h);  // what the OpenGL back end uploads
}

void prepare_store(Prepared& p, const KioskOptions& o) {
    try {
        p.store = std::make_unique<Store>(o.db);
        if (o.demo) seed_demo_if_empty(*p.store, *p.catalog);
    } catch (const StoreError& e) {
        p.store.reset();
        p.store_error = e;
    }
}

}  // namespace

void purge_at_start(Store& store) {
    try {
        if (const int erased = store.purge_inactive(today_utc(), store.retention_months()); erased > 0)
            store.audit("retention_purge", std::to_string(erased) + " people at kiosk start");
    } catch (const std::exception& e) {
        std::cerr << "signaal-kiosk: retention purge skipped: " << e.what() << "\n";
    }
}

Prepared prepare_kiosk(const KioskOptions& o, int display_height, ImFontAtlas& fonts) {
    Prepared p;
    p.catalog = load_kiosk_content(o.content, o.skip_invalid);
    if (!p.catalog) return p;
    prepare_look(p, display_height, fonts);
    prepare_store(p, o);
    return p;
}

}  // namespace signaal
