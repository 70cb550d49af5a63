// People and completions: a search field, filter chips (status, venue, module) and a table with
// one large row per person; a tap opens the person.
#include <algorithm>

#include "fonts.hpp"
#include "screen_admin.hpp"
#include "screens.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace signaal::ui {

namespace ai = admin::intent;  // "intent" is the kiosk flow's (the keyboard returns those)
using admin::Field;
using admin::Tab;

namespace {

// One row of chips with a label in front; wraps onto the next line when full.
float chip_row_label(const std::string& label, float x, float y, float label_w) {
    const Theme& t = theme();
    text_in_rect(fonts().body_bold, label, t.text_muted, ImVec2(x, y), ImVec2(x + label_w, y + t.choice_min_h * 0.8f), false, true);
    return x + label_w + t.gap * 0.5f;
}

void wrap_chip(float x0, float right, float chip_w, float h) {
    const ImVec2 p = ImGui::GetCursorScreenPos();
    if (p.x + chip_w > right && p.x > x0 + 1) ImGui::SetCursorScreenPos(ImVec2(x0, p.y + h + theme().gap * 0.4f));
}

float chip_width(const std::string& label) {
    return text_block_size(fonts().body_bold, label, 1e6f).x + 56 * theme().scale;
}

}  // namespace

AdminActions draw_admin_people(const AdminAreaView& v) {
    AdminActions out;
    const Theme& t = theme();
    const ImVec2 sz = screen_size();
    const AdminAreaView& s = v;
    begin_screen("##admin_people");
    auto* dl = ImGui::GetWindowDrawList();
    float y = admin_top(v, out);
    const float w = sz.x - 2 * t.margin;
    const bool typing = s.editing == Field::Search;

    // [Search] A field that opens the keyboard.
    const float fh = t.choice_min_h;
    const float clear_w = 260 * t.scale;
    const float fw = w - clear_w - t.gap;
    ImGui::SetCursorScreenPos(ImVec2(t.margin, y));
    register_target("admin:search", ImVec2(t.margin, y), ImVec2(t.margin + fw, y + fh));
    if (ImGui::InvisibleButton("admin:search", ImVec2(fw, fh)) && !is_drag_gesture())
        out.push_back(ai::Edit{Field::Search});
    dl->AddRectFilled(ImVec2(t.margin, y), ImVec2(t.margin + fw, y + fh), t.surface, t.rounding * 0.5f);
    dl->AddRect(ImVec2(t.margin, y), ImVec2(t.margin + fw, y + fh), typing ? t.primary : t.border, t.rounding * 0.5f, 0,
                (typing ? 3 : 2) * t.scale);
    const std::string shown = s.filter.search.empty() && !typing ? v.w("admin_search_hint") : s.filter.search;
    text_in_rect(fonts().body, shown, s.filter.search.empty() && !typing ? t.text_muted : t.text,
                 ImVec2(t.margin + 24 * t.scale, y), ImVec2(t.margin + fw - 24 * t.scale, y + fh), false, true);
    ImGui::SetCursorScreenPos(ImVec2(t.margin + fw + t.gap, y));
    if (big_button("admin:search:clear", v.w("admin_clear_filters"), ImVec2(clear_w, fh), ButtonKind::Secondary)) {
        out.push_back(ai::ClearFilters{});
    }
    y += fh + t.gap * 0.6f;

    // [Filters] Chips, hidden while typing so the list stays visible above the keyboard.
    const float ch = t.choice_min_h * 0.8f;
    const float label_w = 230 * t.scale;
    const float right = sz.x - t.margin;
    if (!typing) {
        const float x0 = chip_row_label(v.w("admin_filter_status"), t.margin, y, label_w);
        ImGui::SetCursorScreenPos(ImVec2(x0, y));
        const bool all = admin_chip("admin:status:all", v.w("admin_all"), !s.filter.status, ch);
        if (all)
            out.push_back(ai::FilterStatus{});
        for (auto st : {admin::Status::Valid, admin::Status::Expiring, admin::Status::Expired, admin::Status::Never}) {
            const std::string label = v.w(std::string("admin_status_") + admin::to_string(st));
            wrap_chip(x0, right, chip_width(label), ch);
            if (admin_chip(std::string("admin:status:") + admin::to_string(st), label, s.filter.status == st, ch))
                out.push_back(ai::FilterStatus{st});
        }
        y = ImGui::GetCursorScreenPos().y + ch + t.gap * 0.5f;

        const float x1 = chip_row_label(v.w("admin_filter_venue"), t.margin, y, label_w);
        ImGui::SetCursorScreenPos(ImVec2(x1, y));
        if (admin_chip("admin:venue:all", v.w("admin_all"), s.filter.venue_id == 0, ch)) out.push_back(ai::FilterVenue{});
        for (const auto& vr : s.venue_rows) {
            wrap_chip(x1, right, chip_width(vr.venue.name), ch);
            if (admin_chip("admin:venue:" + std::to_string(vr.venue.id), vr.venue.name, s.filter.venue_id == vr.venue.id, ch))
                out.push_back(ai::FilterVenue{vr.venue.id});
        }
        y = ImGui::GetCursorScreenPos().y + ch + t.gap * 0.5f;

        const float x2 = chip_row_label(v.w("admin_filter_module"), t.margin, y, label_w);
        ImGui::SetCursorScreenPos(ImVec2(x2, y));
        if (admin_chip("admin:module:all", v.w("admin_required_modules"), s.filter.module_id.empty(), ch))
            out.push_back(ai::FilterModule{});
        for (const auto& [id, title] : v.modules) {
            // Titles are long; the chip shows the first words and the table says the rest.
            std::string label = title.size() > 34 ? title.substr(0, title.rfind(' ', 32)) + "…" : title;
            wrap_chip(x2, right, chip_width(label), ch);
            if (admin_chip("admin:module:" + id, label, s.filter.module_id == id, ch))
                out.push_back(ai::FilterModule{id});
        }
        y = ImGui::GetCursorScreenPos().y + ch + t.gap * 0.5f;
    }
    y = admin_message(v, t.margin, y, w);

    // [Table] header, then rows in a scrolling child.
    const float col[] = {0.34f, 0.14f, 0.24f, 0.28f};  // name, number, venue, status
    const float row_h = t.choice_min_h;
    const float tw = w - ImGui::GetStyle().ScrollbarSize - 6 * t.scale;  // the rows' width: the scrollbar beside them
    const char* heads[] = {"admin_col_name", "admin_col_number", "admin_col_venue", "admin_col_status"};
    std::vector<std::string> head_words;
    for (const char* h : heads) head_words.push_back(v.w(h));
    y += table_header(head_words, col, t.margin, y, tw, 56 * t.scale);
    dl->AddLine(ImVec2(t.margin, y), ImVec2(sz.x - t.margin, y), t.border, 2 * t.scale);
    const float bottom = typing ? sz.y - std::min(sz.y * 0.46f, t.key_h * 5.6f) - t.button_h - t.gap * 3.5f : sz.y - t.margin;
    ImGui::SetCursorScreenPos(ImVec2(t.margin, y));
    ImGui::BeginChild("##people_rows", ImVec2(w, std::max(row_h, bottom - y)), false, ImGuiWindowFlags_NoScrollWithMouse);
    drag_to_scroll();
    auto* cdl = ImGui::GetWindowDrawList();
    if (s.people.empty()) text_block(fonts().body, v.w("admin_no_people"), t.text_muted, w);
    int i = 0;
    for (const auto& p : s.people) {
        const ImVec2 p0 = ImGui::GetCursorScreenPos();
        const std::string id = "admin:person:" + std::to_string(p.id);
        register_target(id, p0, ImVec2(p0.x + w, p0.y + row_h));
        const bool tapped = ImGui::InvisibleButton(id.c_str(), ImVec2(w, row_h)) && !is_drag_gesture();
        const bool held = ImGui::IsItemActive();
        cdl->AddRectFilled(p0, ImVec2(p0.x + w, p0.y + row_h), held ? t.selected : (i++ % 2 ? t.bg : t.surface));
        cdl->AddLine(ImVec2(p0.x, p0.y + row_h), ImVec2(p0.x + w, p0.y + row_h), t.secondary_pressed, 1 * t.scale);
        float x = p0.x;
        const auto cell = [&](int c, const std::string& text, ImFont* f, ImU32 colr) {
            table_cell(f, text, colr, ImVec2(x + 16 * t.scale, p0.y), ImVec2(x + col[c] * tw - 12 * t.scale, p0.y + row_h));
            x += col[c] * tw;
        };
        cell(0, p.active ? p.name : p.name + "  · " + v.w("admin_left"), fonts().body_bold, p.active ? t.text : t.text_muted);
        cell(1, p.employee_number, fonts().body, t.text_muted);
        cell(2, p.venue_name, fonts().body, t.text);
        // Status badge with the date.
        unsigned fg = 0, bg = 0;
        status_colours(p.status, fg, bg);
        std::string st = v.w(std::string("admin_status_") + admin::to_string(p.status));
        if (!p.valid_until.empty()) st += "  " + admin_date(v, p.valid_until);
        const float bw = std::min(col[3] * tw - 24 * t.scale, text_block_size(fonts().body_bold, st, 1e6f).x + 40 * t.scale);
        const ImVec2 b0(x + 12 * t.scale, p0.y + row_h * 0.18f), b1(b0.x + bw, p0.y + row_h * 0.82f);
        cdl->AddRectFilled(b0, b1, bg, t.rounding);
        text_in_rect(fonts().body_bold, st, fg, b0, b1, true, true);
        if (tapped) out.push_back(ai::OpenPerson{p.id});
    }
    ImGui::EndChild();
    if (typing) admin_keyboard(v, out, false, false);
    end_screen();
    return out;
}

}  // namespace signaal::ui
