// Module choice: one card per module with title, summary, time needed and the person's status.
#include <algorithm>

#include "fonts.hpp"
#include "reading_aids.hpp"
#include "screens.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace signaal::ui {
namespace {

struct StatusLook {
    std::string text;
    ImU32 fg, bg;
};

StatusLook status_look(const Words& w, const ModuleCard& m) {
    const Theme& t = theme();
    const std::string date = format_date(w, m.valid_until);
    switch (m.status) {
        case ModuleStatus::Kind::Valid: return {fill(w("status_valid"), {{"date", date}}), t.success, t.success_soft};
        case ModuleStatus::Kind::Expiring: return {fill(w("status_expiring"), {{"date", date}}), t.warning, t.warning_soft};
        case ModuleStatus::Kind::Expired: return {fill(w("status_expired"), {{"date", date}}), t.danger, t.danger_soft};
        case ModuleStatus::Kind::Never: break;
    }
    return {w("status_never"), t.text, t.secondary};
}

// A card's footer: the status pill with the minutes under it on the left, Open on the right.
// The pill wraps its text and the minutes wrap too, so long words (pl, ro, bg) and the larger
// text (A+) stay inside the card.
struct Footer {
    float left_w, open_w, pill_text_w, pill_h, minutes_h, h;
};

Footer footer_layout(const Words& w, const ModuleCard& m, float inner) {
    const Theme& t = theme();
    Footer f{};
    f.open_w = std::min(std::max(220 * t.scale, text_block_size(fonts().body_bold, w("open_module"), 1e6f).x + 60 * t.scale),
                        inner * 0.4f);
    f.left_w = inner - f.open_w - t.gap;
    const StatusLook st = status_look(w, m);
    ImFont* sf = fonts().body_bold;
    f.pill_text_w = std::min(f.left_w - 40 * t.scale, text_block_size(sf, st.text, 1e6f).x);
    f.pill_h = std::max(sf->FontSize * 1.7f, text_block_size(sf, st.text, f.pill_text_w).y + 16 * t.scale);
    const std::string minutes = fill(w("minutes"), {{"minutes", std::to_string(m.minutes)}});
    f.minutes_h = text_block_size(fonts().body, minutes, f.left_w).y;
    f.h = std::max(t.button_h, f.pill_h + 6 * t.scale + f.minutes_h);
    return f;
}

void draw_footer(const Words& w, const ModuleCard& m, const Footer& f, ImVec2 min, float pad, float max_x, float fy, bool held) {
    const Theme& t = theme();
    auto* dl = ImGui::GetWindowDrawList();
    const StatusLook st = status_look(w, m);
    const float px = min.x + pad;
    const float pill_w = f.pill_text_w + 40 * t.scale;
    dl->AddRectFilled(ImVec2(px, fy), ImVec2(px + pill_w, fy + f.pill_h), st.bg, std::min(f.pill_h / 2, fonts().body_bold->FontSize));
    // A pixel to spare: the width measured is exactly the text's, and rounding of the card's
    // position could otherwise wrap its last word.
    text_in_rect(fonts().body_bold, st.text, st.fg, ImVec2(px + 20 * t.scale, fy),
                 ImVec2(px + 20 * t.scale + f.pill_text_w + 1, fy + f.pill_h));
    const std::string minutes = fill(w("minutes"), {{"minutes", std::to_string(m.minutes)}});
    text_in_rect(fonts().body, minutes, t.text_muted, ImVec2(px, fy + f.pill_h + 6 * t.scale),
                 ImVec2(px + f.left_w, fy + f.pill_h + 6 * t.scale + f.minutes_h), false, false);
    const ImVec2 bmin(max_x - pad - f.open_w, fy + f.h - t.button_h);
    dl->AddRectFilled(bmin, ImVec2(bmin.x + f.open_w, bmin.y + t.button_h), held ? t.primary_pressed : t.primary, t.rounding);
    text_in_rect(fonts().body_bold, w("open_module"), t.on_primary, ImVec2(bmin.x + 10 * t.scale, bmin.y),
                 ImVec2(bmin.x + f.open_w - 10 * t.scale, bmin.y + t.button_h));
}

}  // namespace

std::string format_date(const Words& w, const std::string& iso) {
    if (iso.size() != 10) return iso;
    return fill(w("date_format"), {{"y", iso.substr(0, 4)}, {"m", iso.substr(5, 2)}, {"d", iso.substr(8, 2)}});
}

std::vector<Intent> draw_modules(const ModulesView& v) {
    std::vector<Intent> out;
    const Theme& t = theme();
    const ImVec2 sz = screen_size();
    begin_screen("##modules");
    if (top_bar(fill(v.w("modules_title"), {{"name", v.name}}), v.w("back"), reading_aids_width(v.w, v.aids)))
        out.push_back(intent::Back{});
    reading_aids(v.w, v.aids, sz.x - t.margin, out);

    const float top = t.bar_h + t.gap;
    ImGui::SetCursorScreenPos(ImVec2(t.margin, top));
    ImGui::BeginChild("##module_list", ImVec2(sz.x - 2 * t.margin, sz.y - top - t.gap), false,
                      ImGuiWindowFlags_NoScrollWithMouse);
    if (v.modules.empty()) text_block(fonts().heading, v.w("no_modules"), t.text_muted, sz.x - 2 * t.margin, true);
    const size_t cols = v.modules.size() == 1 ? 1 : 2;
    const float avail = sz.x - 2 * t.margin - ImGui::GetStyle().ScrollbarSize - 8 * t.scale;
    const float card_w = (avail - t.gap * static_cast<float>(cols - 1)) / static_cast<float>(cols);
    const float pad = 30 * t.scale;
    const float inner = card_w - 2 * pad;
    auto* dl = ImGui::GetWindowDrawList();
    for (size_t row = 0; row * cols < v.modules.size(); ++row) {
        // Cards of one row share the height of the tallest.
        float h = 0, footer_h = 0;
        for (size_t c = 0; c < cols && row * cols + c < v.modules.size(); ++c) {
            const auto& m = v.modules[row * cols + c];
            h = std::max(h, text_block_size(fonts().heading, m.title, inner).y + text_block_size(fonts().body, m.summary, inner).y);
            footer_h = std::max(footer_h, footer_layout(v.w, m, inner).h);
        }
        h += 2 * pad + t.gap * 2 + footer_h;
        const ImVec2 origin = ImGui::GetCursorScreenPos();
        for (size_t c = 0; c < cols && row * cols + c < v.modules.size(); ++c) {
            const auto& m = v.modules[row * cols + c];
            const ImVec2 min(origin.x + static_cast<float>(c) * (card_w + t.gap), origin.y);
            const ImVec2 max(min.x + card_w, min.y + h);
            ImGui::SetCursorScreenPos(min);
            register_target("module:" + m.id, min, max);
            const bool tapped = ImGui::InvisibleButton(("module:" + m.id).c_str(), ImVec2(card_w, h)) && !is_drag_gesture();
            const bool held = ImGui::IsItemActive() && !is_drag_gesture();
            dl->AddRectFilled(min, max, held ? t.selected : t.surface, t.rounding);
            dl->AddRect(min, max, t.border, t.rounding, 0, 2 * t.scale);
            ImGui::SetCursorScreenPos(ImVec2(min.x + pad, min.y + pad));
            text_block(fonts().heading, m.title, t.text, inner);
            ImGui::SetCursorScreenPos(ImVec2(min.x + pad, ImGui::GetCursorScreenPos().y + 6 * t.scale));
            text_block(fonts().body, m.summary, t.text_muted, inner);
            // Footer: status pill, minutes, and a Start-looking button, at the bottom of the card.
            Footer f = footer_layout(v.w, m, inner);
            f.h = footer_h;
            draw_footer(v.w, m, f, min, pad, max.x, max.y - pad - footer_h, held);
            if (tapped) out.push_back(intent::ChooseModule{m.id});
        }
        ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + h + t.gap));
        ImGui::Dummy(ImVec2(1, 1));
    }
    drag_to_scroll();
    ImGui::EndChild();
    end_screen();
    return out;
}

}  // namespace signaal::ui
