#pragma once
// An ImGui context with no window and no GL: the kiosk's theme and fonts for a screen of this
// size, the font atlas built. Frames run in it as on the kiosk; the UI tests and signaal-bench
// draw the real screens this way.
#include <string>
#include <string_view>

namespace signaal::ui {

class HeadlessContext {
public:
    // `text`: what the screens will show beyond the fixed glyph ranges (catalog_text).
    HeadlessContext(float width, float height, std::string_view text = {});
    ~HeadlessContext();
    HeadlessContext(const HeadlessContext&) = delete;
    HeadlessContext& operator=(const HeadlessContext&) = delete;
    bool ok() const { return error_.empty(); }
    const std::string& error() const { return error_; }  // why the fonts could not be set up

private:
    std::string error_;
};

}  // namespace signaal::ui
