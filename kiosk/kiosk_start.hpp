#pragma once
// What the kiosk makes before its first frame that needs no window: content, fonts (built into
// an atlas, pixels ready for the GL texture), the database opened and checked. It runs on
// another thread while the window and the OpenGL context open, which is most of a cold start.
#include <imgui.h>

#include <memory>
#include <optional>
#include <string>

#include "content.hpp"
#include "options.hpp"
#include "store/store.hpp"
#include "ui/theme.hpp"

namespace signaal {

struct Prepared {
    std::optional<Catalog> catalog;  // none: the content problems went to stderr
    float look_height = 0;           // the display height fonts and theme were made for
    ui::Theme theme;
    std::string font_error;          // no usable font
    std::unique_ptr<Store> store;
    std::optional<StoreError> store_error;  // the database cannot be used; left untouched
};

// Fills fonts, which the caller owns and hands to ImGui once this has returned: ImGui's
// allocator counts into the current context, so no context may exist while this runs.
Prepared prepare_kiosk(const KioskOptions& o, int display_height, ImFontAtlas& fonts);

// Retention: people inactive for longer than the period are erased at every start, once the
// kiosk is sure to run (the window is up).
void purge_at_start(Store& store);

}  // namespace signaal
