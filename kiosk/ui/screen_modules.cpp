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
        float h = 0;
        for (size_t c = 0; c < cols && row * cols + c < v.modules.size(); ++c) {
            const auto& m = v.modules[row * cols + c];
            h = std::max(h, text_block_size(fonts().heading, m.title, inner).y + text_block_size(fonts().body, m.summary, inner).y);
        }
        h += 2 * pad + t.gap * 2 + t.button_h;
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
            // Footer: minutes, status pill, and a Start-looking button.
            const float fy = max.y - pad - t.button_h;
            const std::string minutes = fill(v.w("minutes"), {{"minutes", std::to_string(m.minutes)}});
            const StatusLook st = status_look(v.w, m);
            ImFont* sf = fonts().body_bold;
            const float pill_w = std::min(inner * 0.55f, sf->CalcTextSizeA(sf->FontSize, FLT_MAX, 0, st.text.c_str()).x + 40 * t.scale);
            const float pill_h = sf->FontSize * 1.7f;
            const float py = fy + (t.button_h - pill_h) / 2;
            dl->AddRectFilled(ImVec2(min.x + pad, py), ImVec2(min.x + pad + pill_w, py + pill_h), st.bg, pill_h / 2);
            text_in_rect(sf, st.text, st.fg, ImVec2(min.x + pad + 20 * t.scale, py), ImVec2(min.x + pad + pill_w - 20 * t.scale, py + pill_h));
            const float mx = min.x + pad + pill_w + t.gap;
            const float open_w = std::min(300 * t.scale, inner * 0.3f);
            text_in_rect(fonts().body, minutes, t.text_muted, ImVec2(mx, fy), ImVec2(max.x - pad - open_w - t.gap, fy + t.button_h), false);
            const ImVec2 bmin(max.x - pad - open_w, fy);
            dl->AddRectFilled(bmin, ImVec2(bmin.x + open_w, fy + t.button_h), held ? t.primary_pressed : t.primary, t.rounding);
            text_in_rect(fonts().body_bold, v.w("open_module"), t.on_primary, bmin, ImVec2(bmin.x + open_w, fy + t.button_h));
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
