#pragma once
// The kiosk's start-up stage, everything before the first frame that needs no window: content
// loaded and checked, fonts (built into an atlas, pixels ready for the GL texture), the database
// opened and checked, demo data. prepare_kiosk runs on another thread while the window and the
// OpenGL context open, which is most of a cold start; the tour and signaal-bench use the parts.
#include <imgui.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "admin/kiosk_config.hpp"
#include "boot/options.hpp"
#include "content.hpp"
#include "store/store.hpp"
#include "ui/theme.hpp"

namespace signaal {

// Loads and checks content as `signaal content check` does. Problems go to stderr; returns
// nullopt when the kiosk must not start (any problem, unless skip_invalid and only modules broke).
std::optional<Catalog> load_kiosk_content(const std::filesystem::path& dir, bool skip_invalid);

// With no venues in the store, adds demo venues and people for the catalog's modules.
void seed_demo_if_empty(Store& store, const Catalog& catalog, int people = 60);

struct Prepared {
    std::optional<Catalog> catalog;  // none: the content problems went to stderr
    float look_height = 0;           // the display height fonts and theme were made for
    ui::Theme theme;
    std::string font_error;          // no usable font
    std::unique_ptr<Store> store;
    std::optional<StoreError> store_error;  // the database cannot be used; left untouched
    std::optional<admin::KioskConfig> config;  // the terminal's checked settings, stored once the store opens
};

// Fills fonts, which the caller owns and hands to ImGui once this has returned: ImGui's
// allocator counts into the current context, so no context may exist while this runs.
Prepared prepare_kiosk(const KioskOptions& o, int display_height, ImFontAtlas& fonts);

// Retention: people inactive for longer than the period are erased at every start, once the
// kiosk is sure to run (the window is up).
void purge_at_start(Store& store);

}  // namespace signaal
