// The attract screen: what this terminal is for, one big Start, and the languages by name.
#include <algorithm>

#include "fonts.hpp"
#include "screens.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace signaal::ui {

std::vector<Intent> draw_attract(const AttractView& v) {
    std::vector<Intent> out;
    const Theme& t = theme();
    const ImVec2 sz = screen_size();
    begin_screen("##attract");
    auto* dl = ImGui::GetWindowDrawList();
    // A calm band of the brand colour across the top, with the product name.
    const float band = sz.y * 0.36f;
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(sz.x, band), t.primary);
    const float col_w = std::min(sz.x - 2 * t.margin, 1400 * t.scale);
    const float x = (sz.x - col_w) / 2;
    text_in_rect(fonts().title, v.w("product_name"), t.on_primary, ImVec2(x, band * 0.12f), ImVec2(x + col_w, band * 0.48f));
    text_in_rect(fonts().heading, v.w("attract_title"), t.on_primary, ImVec2(x, band * 0.48f), ImVec2(x + col_w, band * 0.95f));

    ImGui::SetCursorScreenPos(ImVec2(x, band + t.gap * 2));
    text_block(fonts().body, v.w("attract_body"), t.text, col_w, true);

    const ImVec2 start_size(std::min(col_w, 640 * t.scale), t.button_h * 1.35f);
    const float start_y = std::max(ImGui::GetCursorScreenPos().y + t.gap * 1.5f, sz.y * 0.58f);
    ImGui::SetCursorScreenPos(ImVec2((sz.x - start_size.x) / 2, start_y));
    if (big_button("start", v.w("start"), start_size, ButtonKind::Primary, true, fonts().title))
        out.push_back(intent::Start{});

    // The languages in their own names: tapping one skips the language screen.
    const float lang_y = sz.y - t.margin - t.button_h;
    const size_t n = v.languages.size();
    if (n > 0) {
        const float gap = t.gap;
        const float w = std::min(320 * t.scale, (sz.x - 2 * t.margin - gap * static_cast<float>(n - 1)) / static_cast<float>(n));
        float lx = (sz.x - (w * static_cast<float>(n) + gap * static_cast<float>(n - 1))) / 2;
        ImGui::SetCursorScreenPos(ImVec2(0, lang_y - t.gap - fonts().body->FontSize * 1.3f));
        text_block(fonts().body, v.w("attract_languages"), t.text_muted, sz.x, true);
        for (const auto& l : v.languages) {
            ImGui::SetCursorScreenPos(ImVec2(lx, lang_y));
            if (big_button("lang:" + l.code, l.name, ImVec2(w, t.button_h), ButtonKind::Secondary))
                out.push_back(intent::ChooseLanguage{l.code});
            lx += w + gap;
        }
    }
    end_screen();
    return out;
}

}  // namespace signaal::ui
