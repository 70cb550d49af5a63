// The admin home: tabs, summary numbers and the way into people, venues and settings; also the
// parts every admin screen shares (top bar with tabs, message line, chips, keyboard).
#include <algorithm>

#include "fonts.hpp"
#include "screen_admin.hpp"
#include "screens.hpp"
#include "theme.hpp"
#include "widgets.hpp"

namespace signaal::ui {

namespace ai = admin::intent;  // "intent" is the kiosk flow's (the keyboard returns those)
using admin::Tab;

const std::string& AdminAreaView::module_title(const std::string& id) const {
    for (const auto& [mid, title] : modules)
        if (mid == id) return title;
    return id;
}

std::string admin_date(const AdminAreaView& v, const std::string& iso) { return iso.empty() ? "" : format_date(v.w, iso); }

void status_colours(admin::Status s, unsigned int& fg, unsigned int& bg) {
    const Theme& t = theme();
    switch (s) {
        case admin::Status::Valid: fg = t.success; bg = t.success_soft; break;
        case admin::Status::Expiring: fg = t.warning; bg = t.warning_soft; break;
        case admin::Status::Expired: fg = t.danger; bg = t.danger_soft; break;
        case admin::Status::Never: fg = t.text_muted; bg = t.secondary; break;
    }
}

float admin_top(const AdminAreaView& v, AdminActions& out) {
    const Theme& t = theme();
    const ImVec2 sz = screen_size();
    auto* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(sz.x, t.bar_h), t.surface);
    dl->AddLine(ImVec2(0, t.bar_h), ImVec2(sz.x, t.bar_h), t.secondary_pressed, 2 * t.scale);
    const Tab current = v.tab == Tab::Person ? Tab::People : v.tab;
    struct Item { Tab tab; const char* key; const char* id; };
    const Item items[] = {{Tab::Home, "admin_tab_home", "admin:tab:home"},
                          {Tab::People, "admin_tab_people", "admin:tab:people"},
                          {Tab::Venues, "admin_tab_venues", "admin:tab:venues"},
                          {Tab::Settings, "admin_tab_settings", "admin:tab:settings"}};
    const float h = t.button_h * 0.85f, y = (t.bar_h - h) / 2;
    const float close_w = std::max(200 * t.scale, text_block_size(fonts().body_bold, v.w("admin_lock"), 1e6f).x + 60 * t.scale);
    const float avail = sz.x - 2 * t.margin - close_w - t.gap * 2;
    const float tab_w = std::min(340 * t.scale, (avail - 3 * t.gap * 0.5f) / 4);
    float x = t.margin;
    for (const auto& it : items) {
        ImGui::SetCursorScreenPos(ImVec2(x, y));
        if (big_button(it.id, v.w(it.key), ImVec2(tab_w, h), it.tab == current ? ButtonKind::Primary : ButtonKind::Secondary))
            out.push_back(ai::ShowTab{it.tab});
        x += tab_w + t.gap * 0.5f;
    }
    ImGui::SetCursorScreenPos(ImVec2(sz.x - t.margin - close_w, y));
    if (big_button("admin:close", v.w("admin_lock"), ImVec2(close_w, h), ButtonKind::Danger))
        out.push_back(ai::Close{});
    return t.bar_h + t.gap;
}

float admin_message(const AdminAreaView& v, float x, float y, float w) {
    const AdminAreaView& s = v;
    if (s.message_key.empty()) return y;
    const Theme& t = theme();
    std::string text = fill(v.w(s.message_key), s.message_fill);
    if (!s.message_detail.empty()) text += " (" + s.message_detail + ")";
    const float pad = 16 * t.scale;
    const ImVec2 size = text_block_size(fonts().body_bold, text, w - 2 * pad);
    const ImVec2 min(x, y), max(x + w, y + size.y + 2 * pad);
    ImGui::GetWindowDrawList()->AddRectFilled(min, max, s.message_error ? t.danger_soft : t.success_soft, t.rounding * 0.5f);
    text_in_rect(fonts().body_bold, text, s.message_error ? t.danger : t.success, ImVec2(x + pad, y), ImVec2(max.x - pad, max.y),
                 false, true);
    register_target("admin:message", min, max);  // not tappable; tests find the message by it
    return max.y + t.gap * 0.5f;
}

bool admin_chip(const std::string& id, const std::string& label, bool on, float h) {
    const Theme& t = theme();
    const float w = text_block_size(fonts().body_bold, label, 1e6f).x + 56 * t.scale;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    const bool tapped = big_button(id, label, ImVec2(w, h), on ? ButtonKind::Primary : ButtonKind::Secondary);
    ImGui::SetCursorScreenPos(ImVec2(p.x + w + t.gap * 0.4f, p.y));
    return tapped;
}

void admin_keyboard(const AdminAreaView& v, AdminActions& out, bool digits, bool masked) {
    const Theme& t = theme();
    const ImVec2 sz = screen_size();
    auto* dl = ImGui::GetWindowDrawList();
    const AdminAreaView& s = v;
    const float kb_h = digits ? t.key_h * 1.2f : std::min(sz.y * 0.46f, t.key_h * 5.6f);
    const float field_h = t.button_h;
    const float top = sz.y - kb_h - field_h - t.gap * 2.5f;
    dl->AddRectFilled(ImVec2(0, top - t.gap * 0.5f), sz, t.surface);
    dl->AddLine(ImVec2(0, top - t.gap * 0.5f), ImVec2(sz.x, top - t.gap * 0.5f), t.border, 2 * t.scale);
    // The text being typed, then Cancel and Done.
    const float bw = 260 * t.scale;
    const float fw = sz.x - 2 * t.margin - 2 * bw - 2 * t.gap;
    const ImVec2 fmin(t.margin, top), fmax(t.margin + fw, top + field_h);
    dl->AddRectFilled(fmin, fmax, t.bg, t.rounding * 0.5f);
    dl->AddRect(fmin, fmax, t.primary, t.rounding * 0.5f, 0, 3 * t.scale);
    const std::string shown = masked ? std::string(s.edit_text.size(), '*') : s.edit_text;
    text_in_rect(fonts().heading, shown + "|", t.text, ImVec2(fmin.x + 20 * t.scale, fmin.y), ImVec2(fmax.x - 20 * t.scale, fmax.y), false,
                 true);
    ImGui::SetCursorScreenPos(ImVec2(fmax.x + t.gap, top));
    if (big_button("admin:kb:cancel", v.w("cancel"), ImVec2(bw, field_h), ButtonKind::Secondary))
        out.push_back(ai::CancelEdit{});
    ImGui::SetCursorScreenPos(ImVec2(fmax.x + 2 * t.gap + bw, top));
    if (big_button("admin:kb:done", v.w("admin_done"), ImVec2(bw, field_h), ButtonKind::Primary))
        out.push_back(ai::EndEdit{});
    const float ky = top + field_h + t.gap;
    if (digits) {
        const float kw = std::min(t.key_h * 1.6f, (sz.x - 2 * t.margin - 10 * t.gap) / 11);
        float x = (sz.x - 11 * kw - 10 * t.gap) / 2;
        for (char d : std::string("1234567890")) {
            ImGui::SetCursorScreenPos(ImVec2(x, ky));
            if (big_button(std::string("key:") + d, std::string(1, d), ImVec2(kw, t.key_h), ButtonKind::Secondary, true, fonts().heading))
                out.push_back(ai::Type{std::string(1, d)});
            x += kw + t.gap;
        }
        ImGui::SetCursorScreenPos(ImVec2(x, ky));
        if (big_button("key:backspace", v.w("pin_erase"), ImVec2(kw, t.key_h), ButtonKind::Secondary))
            out.push_back(ai::Backspace{});
        return;
    }
    KeyboardOptions o;
    o.space_label = v.w("key_space");
    // Names start each word with a capital, as on the kiosk's name field.
    const bool name_field = s.editing == admin::Field::OrganisationName || s.editing == admin::Field::VenueName ||
                            s.editing == admin::Field::NewVenue;
    o.auto_upper = name_field && (s.edit_text.empty() || s.edit_text.back() == ' ');
    Keyboard kb = v.keyboard;
    // Paths (the logo, the export folder) need digits and path characters.
    if (s.editing == admin::Field::Logo || s.editing == admin::Field::ExportDir) kb.accents = "0123456789/._-";
    if (s.editing == admin::Field::VerifyUrl) kb.accents = "0123456789:/._-";
    for (const auto& in : on_screen_keyboard(kb, o, ImVec2(t.margin, ky), ImVec2(sz.x - 2 * t.margin, sz.y - ky - t.gap))) {
        if (const auto* ty = std::get_if<intent::Type>(&in))
            out.push_back(ai::Type{ty->text});
        else if (std::holds_alternative<intent::Backspace>(in))
            out.push_back(ai::Backspace{});
    }
}

// [section] Home ----------------------------------------------------------------------------------

AdminActions draw_admin_home(const AdminAreaView& v) {
    AdminActions out;
    const Theme& t = theme();
    const ImVec2 sz = screen_size();
    const AdminAreaView& s = v;
    begin_screen("##admin_home");
    auto* dl = ImGui::GetWindowDrawList();
    float y = admin_top(v, out);
    const float w = sz.x - 2 * t.margin;
    y = admin_message(v, t.margin, y, w);
    std::string org = s.saved.organisation_name.empty() ? v.w("admin_home_title") : s.saved.organisation_name;
    ImGui::SetCursorScreenPos(ImVec2(t.margin, y));
    text_block(fonts().title, org, t.text, w);
    if (!s.saved.terminal_name.empty()) {  // which of the organisation's terminals this is
        ImGui::SetCursorScreenPos(ImVec2(t.margin, ImGui::GetCursorScreenPos().y));
        text_block(fonts().body_bold, fill(v.w("admin_this_terminal"), {{"name", s.saved.terminal_name}}), t.text, w);
        register_target("admin:terminal_name", ImVec2(t.margin, ImGui::GetCursorScreenPos().y - 10), ImVec2(t.margin + w, ImGui::GetCursorScreenPos().y));
    }
    ImGui::SetCursorScreenPos(ImVec2(t.margin, ImGui::GetCursorScreenPos().y));
    text_block(fonts().body, v.w("admin_home_intro"), t.text_muted, w);
    y = ImGui::GetCursorScreenPos().y + t.gap;

    // Four number tiles for the active staff, each opening the filtered list.
    struct Tile { const char* key; int n; admin::Status st; };
    const Tile tiles[] = {{"admin_status_valid", s.totals.valid, admin::Status::Valid},
                          {"admin_status_expiring", s.totals.expiring, admin::Status::Expiring},
                          {"admin_status_expired", s.totals.expired, admin::Status::Expired},
                          {"admin_status_never", s.totals.never, admin::Status::Never}};
    const float tile_w = (w - 3 * t.gap) / 4, tile_h = 200 * t.scale;
    for (int i = 0; i < 4; ++i) {
        const float x = t.margin + static_cast<float>(i) * (tile_w + t.gap);
        unsigned fg = 0, bg = 0;
        status_colours(tiles[i].st, fg, bg);
        ImGui::SetCursorScreenPos(ImVec2(x, y));
        const std::string id = std::string("admin:tile:") + admin::to_string(tiles[i].st);
        register_target(id, ImVec2(x, y), ImVec2(x + tile_w, y + tile_h));
        const bool tapped = ImGui::InvisibleButton(id.c_str(), ImVec2(tile_w, tile_h)) && !is_drag_gesture();
        dl->AddRectFilled(ImVec2(x, y), ImVec2(x + tile_w, y + tile_h), bg, t.rounding);
        dl->AddRect(ImVec2(x, y), ImVec2(x + tile_w, y + tile_h), fg, t.rounding, 0, 3 * t.scale);
        text_in_rect(fonts().title, std::to_string(tiles[i].n), fg, ImVec2(x, y + 10 * t.scale), ImVec2(x + tile_w, y + tile_h * 0.55f));
        text_in_rect(fonts().body_bold, v.w(tiles[i].key), fg, ImVec2(x + 12 * t.scale, y + tile_h * 0.55f),
                     ImVec2(x + tile_w - 12 * t.scale, y + tile_h - 8 * t.scale));
        if (tapped) {
            out.push_back(ai::FilterStatus{tiles[i].st});
            out.push_back(ai::ShowTab{Tab::People});
        }
    }
    y += tile_h + t.gap * 1.5f;
    ImGui::SetCursorScreenPos(ImVec2(t.margin, y));
    text_block(fonts().heading,
               fill(v.w("admin_home_people"), {{"people", std::to_string(s.totals.people)}}), t.text, w);
    ImGui::SetCursorScreenPos(ImVec2(t.margin, ImGui::GetCursorScreenPos().y));
    text_block(fonts().heading,
               fill(v.w("admin_home_venues"), {{"certified", std::to_string(s.totals.venues_certified)},
                                               {"venues", std::to_string(s.totals.venues)}}),
               t.text, w);
    y = ImGui::GetCursorScreenPos().y + t.gap * 1.5f;

    // Big buttons to the three areas.
    const float bw = (w - 2 * t.gap) / 3;
    const struct { Tab tab; const char* key; const char* id; } go[] = {
        {Tab::People, "admin_go_people", "admin:go:people"},
        {Tab::Venues, "admin_go_venues", "admin:go:venues"},
        {Tab::Settings, "admin_go_settings", "admin:go:settings"}};
    for (int i = 0; i < 3; ++i) {
        ImGui::SetCursorScreenPos(ImVec2(t.margin + static_cast<float>(i) * (bw + t.gap), y));
        if (big_button(go[i].id, v.w(go[i].key), ImVec2(bw, t.button_h * 1.2f), ButtonKind::Primary)) {
            if (go[i].tab == Tab::People) out.push_back(ai::FilterStatus{});
            out.push_back(ai::ShowTab{go[i].tab});
        }
    }
    // When the area locks itself.
    if (v.lock_seconds > 0) {
        const std::string lock = fill(v.w("admin_auto_lock"), {{"seconds", std::to_string(v.lock_seconds)}});
        text_in_rect(fonts().small, lock, t.text_muted, ImVec2(t.margin, sz.y - t.margin - 40 * t.scale), ImVec2(sz.x - t.margin, sz.y - t.margin),
                     false, true);
    }
    end_screen();
    return out;
}

}  // namespace signaal::ui
