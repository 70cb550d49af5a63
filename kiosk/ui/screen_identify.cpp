// Identify: name (and optional employee number) typed on the on-screen keyboard, venue choice.
#include <algorithm>

#include "fonts.hpp"
#include "reading_aids.hpp"
#include "screens.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace signaal::ui {
namespace {

// A text field: label above, the text in a large box with a caret when focused; tap to focus.
bool field(const std::string& id, const std::string& label, const std::string& text, bool focused, ImVec2 pos,
           float width, float height) {
    const Theme& t = theme();
    auto* dl = ImGui::GetWindowDrawList();
    dl->AddText(fonts().body_bold, fonts().body_bold->FontSize, pos, t.text, label.c_str());
    const ImVec2 min(pos.x, pos.y + fonts().body_bold->FontSize * 1.35f);
    const ImVec2 max(min.x + width, min.y + height);
    ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y));
    register_target(id, pos, max);
    const bool tapped = ImGui::InvisibleButton(id.c_str(), ImVec2(width, max.y - pos.y)) && !is_drag_gesture();
    dl->AddRectFilled(min, max, t.surface, t.rounding * 0.6f);
    dl->AddRect(min, max, focused ? t.primary : t.border, t.rounding * 0.6f, 0, (focused ? 5.0f : 2.0f) * t.scale);
    ImFont* f = fonts().heading;
    const float pad = 22 * t.scale;
    // Long names: show the end, where the person is typing.
    const char* begin = text.c_str();
    const char* end = begin + text.size();
    while (begin < end && f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, begin, end).x > width - 3 * pad) {
        ++begin;
        while (begin < end && (static_cast<unsigned char>(*begin) & 0xC0) == 0x80) ++begin;
    }
    const float ty = min.y + (height - f->FontSize) / 2;
    dl->AddText(f, f->FontSize, ImVec2(min.x + pad, ty), t.text, begin, end);
    if (focused) {
        const float cx = min.x + pad + f->CalcTextSizeA(f->FontSize, FLT_MAX, 0, begin, end).x + 3 * t.scale;
        dl->AddRectFilled(ImVec2(cx, ty), ImVec2(cx + 4 * t.scale, ty + f->FontSize), t.primary);
    }
    return tapped;
}

}  // namespace

std::vector<Intent> draw_identify(const IdentifyView& v) {
    std::vector<Intent> out;
    const Theme& t = theme();
    const ImVec2 sz = screen_size();
    begin_screen("##identify");
    // Continue sits in the top bar, right, always in the same place; the reading aids left of it.
    const float cont_w = std::max(300 * t.scale, text_block_size(fonts().body_bold, v.w("continue"), 1e6f).x + 80 * t.scale);
    if (top_bar(v.w("identify_title"), v.w("back"), cont_w + t.gap + reading_aids_width(v.w, v.aids)))
        out.push_back(intent::Back{});
    reading_aids(v.w, v.aids, sz.x - t.margin - cont_w - t.gap, out);
    ImGui::SetCursorScreenPos(ImVec2(sz.x - t.margin - cont_w, (t.bar_h - t.button_h * 0.85f) / 2));
    if (big_button("continue", v.w("continue") + "  \xE2\x80\xBA", ImVec2(cont_w, t.button_h * 0.85f)))
        out.push_back(intent::Confirm{});

    const float kb_h = std::min(sz.y * 0.46f, 5 * t.key_h + 4 * 10 * t.scale);
    const float kb_top = sz.y - t.margin * 0.6f - kb_h;
    const float top = t.bar_h + t.gap;
    const float left_w = (sz.x - 2 * t.margin) * 0.56f;
    const float right_x = t.margin + left_w + t.gap * 2;
    const float right_w = sz.x - t.margin - right_x;
    const float field_h = t.button_h * 0.92f;
    const float field_block = fonts().body_bold->FontSize * 1.35f + field_h;

    // [Name and employee number]
    if (field("field:name", v.w("name_label"), v.name, v.field == Field::Name, ImVec2(t.margin, top), left_w, field_h))
        out.push_back(intent::Focus{Field::Name});
    float y = top + field_block + t.gap * 0.4f;
    if (!v.name_problem.empty()) {
        const std::string msg = v.w("name_problem_" + v.name_problem);
        const ImVec2 ts = text_block_size(fonts().body_bold, msg, left_w - 30 * t.scale);
        ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(t.margin, y), ImVec2(t.margin + left_w, y + ts.y + 16 * t.scale),
                                                  t.danger_soft, 8 * t.scale);
        text_in_rect(fonts().body_bold, msg, t.danger, ImVec2(t.margin + 15 * t.scale, y + 8 * t.scale),
                     ImVec2(t.margin + left_w - 15 * t.scale, y + 8 * t.scale + ts.y), false, false);
        y += ts.y + 16 * t.scale + t.gap * 0.5f;
    } else {
        y += t.gap * 0.4f;
    }
    if (y + field_block <= kb_top - t.gap) {
        if (field("field:employee", v.w("employee_label"), v.employee_number, v.field == Field::EmployeeNumber,
                  ImVec2(t.margin, y), left_w, field_h))
            out.push_back(intent::Focus{Field::EmployeeNumber});
    }

    // [Venue] A list of big choices; scrolls by drag when there are many.
    auto* dl = ImGui::GetWindowDrawList();
    dl->AddText(fonts().body_bold, fonts().body_bold->FontSize, ImVec2(right_x, top), t.text, v.w("venue_label").c_str());
    const float list_top = top + fonts().body_bold->FontSize * 1.35f;
    const float list_h = kb_top - t.gap - list_top;
    if (v.venues.empty()) {
        const ImVec2 ts = text_block_size(fonts().body, v.w("no_venue_configured"), right_w - 40 * t.scale);
        dl->AddRectFilled(ImVec2(right_x, list_top), ImVec2(right_x + right_w, list_top + ts.y + 40 * t.scale), t.warning_soft, t.rounding);
        text_in_rect(fonts().body, v.w("no_venue_configured"), t.warning, ImVec2(right_x + 20 * t.scale, list_top + 20 * t.scale),
                     ImVec2(right_x + right_w - 20 * t.scale, list_top + 20 * t.scale + ts.y), false, false);
    } else {
        ImGui::SetCursorScreenPos(ImVec2(right_x, list_top));
        ImGui::BeginChild("##venues", ImVec2(right_w, list_h), false, ImGuiWindowFlags_NoScrollWithMouse);
        const float item_w = right_w - ImGui::GetStyle().ScrollbarSize - 6 * t.scale;
        for (const auto& venue : v.venues) {
            if (choice_card("venue:" + std::to_string(venue.id), venue.name, item_w, venue.id == v.venue_id, Badge::Radio))
                out.push_back(intent::ChooseVenue{venue.id, venue.kind});
            ImGui::Dummy(ImVec2(1, 2 * t.scale));
        }
        drag_to_scroll();
        ImGui::EndChild();
    }

    // [Keyboard] Letters for the name; digits for the employee number.
    KeyboardOptions ko;
    ko.digits = v.field == Field::EmployeeNumber;
    const std::string& cur = v.field == Field::Name ? v.name : v.employee_number;
    ko.auto_upper = !ko.digits && (cur.empty() || cur.back() == ' ' || cur.back() == '-');
    ko.space_label = v.w("key_space");
    dl->AddRectFilled(ImVec2(0, kb_top - t.gap * 0.5f), sz, t.secondary);
    for (auto& i : on_screen_keyboard(v.keyboard, ko, ImVec2(t.margin, kb_top), ImVec2(sz.x - 2 * t.margin, kb_h)))
        out.push_back(std::move(i));

    const PhysicalKeys pk = physical_keyboard();
    for (const auto& i : pk.intents) out.push_back(i);
    if (pk.tab) out.push_back(intent::Focus{v.field == Field::Name ? Field::EmployeeNumber : Field::Name});
    if (pk.enter) out.push_back(intent::Confirm{});
    end_screen();
    return out;
}

}  // namespace signaal::ui
