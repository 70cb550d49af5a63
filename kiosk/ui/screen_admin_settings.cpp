// Settings: the kiosk's own settings on the left (saved together with Save), venues with their
// required modules and the PIN on the right (each change saved at once).
#include <algorithm>
#include <cmath>

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

struct Column {
    float x, w;
};

void heading(const Column& c, const std::string& text) {
    const Theme& t = theme();
    ImGui::SetCursorScreenPos(ImVec2(c.x, ImGui::GetCursorScreenPos().y + t.gap * 0.3f));
    text_block(fonts().heading, text, t.text, c.w);
}

// A path cut at the front to fit width ("…/signaal/exports"): its end says most.
std::string fit_path(ImFont* font, const std::string& path, float width) {
    if (text_block_size(font, path, 1e6f).x <= width) return path;
    for (size_t cut = 1; cut < path.size(); ++cut) {
        if ((static_cast<unsigned char>(path[cut]) & 0xC0) == 0x80) continue;  // inside a UTF-8 character
        const std::string s = "\xE2\x80\xA6" + path.substr(cut);
        if (text_block_size(font, s, 1e6f).x <= width) return s;
    }
    return path;
}

// Label, current value, and a Change button that opens the keyboard. Paths show their end.
void text_row(const Column& c, const AdminAreaView& v, AdminActions& out, const char* id, const std::string& label,
              const std::string& value, Field field, bool path = false) {
    const Theme& t = theme();
    const float h = t.choice_min_h;
    const float bw = 220 * t.scale;
    const float y = ImGui::GetCursorScreenPos().y;
    auto* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(c.x, y), ImVec2(c.x + c.w, y + h), t.surface, t.rounding * 0.5f);
    const float lw = c.w * 0.36f;
    text_in_rect(fonts().body_bold, label, t.text_muted, ImVec2(c.x + 16 * t.scale, y), ImVec2(c.x + lw, y + h), false, true);
    const float vw = c.w - bw - t.gap - lw;
    const std::string shown = value.empty() ? v.w("admin_not_set") : path ? fit_path(fonts().body, value, vw) : value;
    text_in_rect(fonts().body, shown, value.empty() ? t.text_muted : t.text, ImVec2(c.x + lw, y),
                 ImVec2(c.x + c.w - bw - t.gap, y + h), false, true);
    ImGui::SetCursorScreenPos(ImVec2(c.x + c.w - bw - 8 * t.scale, y + 8 * t.scale));
    if (big_button(id, v.w("admin_change"), ImVec2(bw, h - 16 * t.scale), ButtonKind::Secondary))
        out.push_back(ai::Edit{field});
    ImGui::SetCursorScreenPos(ImVec2(c.x, y + h + t.gap * 0.4f));
}

// Label, value, and - / + buttons.
// The buttons' ids are "admin:step:<name>:-" and "...:+".
void step_row(const Column& c, AdminActions& out, admin::Stepper which, const std::string& name, const std::string& label,
              const std::string& value) {
    const Theme& t = theme();
    const float h = t.choice_min_h;
    const float bw = h * 1.2f;
    const float y = ImGui::GetCursorScreenPos().y;
    auto* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(ImVec2(c.x, y), ImVec2(c.x + c.w, y + h), t.surface, t.rounding * 0.5f);
    const float lw = c.w * 0.36f;
    text_in_rect(fonts().body_bold, label, t.text_muted, ImVec2(c.x + 16 * t.scale, y), ImVec2(c.x + lw, y + h), false, true);
    const float plus_x = c.x + c.w - bw - 8 * t.scale;
    const float minus_x = plus_x - bw - t.gap * 0.5f;
    text_in_rect(fonts().heading, value, t.text, ImVec2(c.x + lw, y), ImVec2(minus_x - t.gap * 0.5f, y + h), false, true);
    ImGui::SetCursorScreenPos(ImVec2(minus_x, y + 8 * t.scale));
    if (big_button("admin:step:" + name + ":-", "-", ImVec2(bw, h - 16 * t.scale), ButtonKind::Secondary, true, fonts().heading))
        out.push_back(ai::Step{which, -1});
    ImGui::SetCursorScreenPos(ImVec2(plus_x, y + 8 * t.scale));
    if (big_button("admin:step:" + name + ":+", "+", ImVec2(bw, h - 16 * t.scale), ButtonKind::Secondary, true, fonts().heading))
        out.push_back(ai::Step{which, 1});
    ImGui::SetCursorScreenPos(ImVec2(c.x, y + h + t.gap * 0.4f));
}

// Chips that wrap inside the column.
bool wrapped_chip(const Column& c, const std::string& id, const std::string& label, bool on) {
    const Theme& t = theme();
    const float h = t.choice_min_h * 0.8f;
    const float cw = text_block_size(fonts().body_bold, label, 1e6f).x + 56 * t.scale;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    if (p.x + cw > c.x + c.w && p.x > c.x + 1) ImGui::SetCursorScreenPos(ImVec2(c.x, p.y + h + t.gap * 0.4f));
    return admin_chip(id, label, on, h);
}

void end_chips(const Column& c) {
    const Theme& t = theme();
    ImGui::SetCursorScreenPos(ImVec2(c.x, ImGui::GetCursorScreenPos().y + t.choice_min_h * 0.8f + t.gap * 0.5f));
}

// Label, then two chips for a setting with two values (on / off, normal / large).
// Chip ids: "admin:<name>:on" and "admin:<name>:off".
template <class SetIntent>
void two_way_row(const Column& c, const AdminAreaView& v, AdminActions& out, const std::string& name,
                 const std::string& label, const char* on_key, const char* off_key, bool on, bool off_first = false) {
    const Theme& t = theme();
    ImGui::SetCursorScreenPos(ImVec2(c.x, ImGui::GetCursorScreenPos().y + t.gap * 0.2f));
    text_block(fonts().body_bold, label, t.text_muted, c.w);
    ImGui::SetCursorScreenPos(ImVec2(c.x, ImGui::GetCursorScreenPos().y));
    for (const bool value : {!off_first, off_first})
        if (wrapped_chip(c, "admin:" + name + (value ? ":on" : ":off"), v.w(value ? on_key : off_key), on == value))
            out.push_back(SetIntent{value});
    end_chips(c);
}

// The reading aids of the learner screens: Listen on or off, its volume, the starting text size.
void reading_rows(const Column& c, const AdminAreaView& v, AdminActions& out, const admin::Settings& d) {
    two_way_row<ai::SetReadAloud>(c, v, out, "read_aloud", v.w("admin_read_aloud"), "admin_on", "admin_off", d.read_aloud);
    if (d.read_aloud)
        step_row(c, out, admin::Stepper::Volume, "volume", v.w("admin_read_aloud_volume"),
                 std::to_string(d.read_aloud_volume) + "%");
    two_way_row<ai::SetLargeText>(c, v, out, "text_size", v.w("admin_text_size"), "admin_text_large", "admin_text_normal",
                                  d.large_text, true);
}

}  // namespace

AdminActions draw_admin_settings(const AdminAreaView& v) {
    AdminActions out;
    const Theme& t = theme();
    const ImVec2 sz = screen_size();
    const AdminAreaView& s = v;
    const admin::Settings& d = s.draft;
    begin_screen("##admin_settings");
    const float y = admin_top(v, out);
    const float w = sz.x - 2 * t.margin;
    const bool typing = s.editing != Field::None;
    const float bottom = sz.y - t.margin;

    // [Left] general settings, saved with Save.
    const float lw = (w - t.gap * 2) * 0.52f;
    const float save_h = t.button_h;
    ImGui::SetCursorScreenPos(ImVec2(t.margin, y));
    ImGui::BeginChild("##settings_left", ImVec2(lw, bottom - y - save_h - t.gap), false, ImGuiWindowFlags_NoScrollWithMouse);
    drag_to_scroll();
    {
        const Column c{ImGui::GetCursorScreenPos().x, lw - 24 * t.scale};
        heading(c, v.w("admin_settings_general"));
        ImGui::SetCursorScreenPos(ImVec2(c.x, ImGui::GetCursorScreenPos().y + t.gap * 0.3f));
        text_block(fonts().body_bold, v.w("admin_languages_offered"), t.text_muted, c.w);
        ImGui::SetCursorScreenPos(ImVec2(c.x, ImGui::GetCursorScreenPos().y));
        for (const auto& l : v.languages) {
            const bool on = std::find(d.languages.begin(), d.languages.end(), l.code) != d.languages.end();
            if (wrapped_chip(c, "admin:lang:" + l.code, l.name, on))
                out.push_back(ai::ToggleLanguage{l.code});
        }
        end_chips(c);
        text_row(c, v, out, "admin:edit:organisation", v.w("admin_organisation_name"), d.organisation_name, Field::OrganisationName);
        text_row(c, v, out, "admin:edit:logo", v.w("admin_organisation_logo"), d.organisation_logo, Field::Logo, true);
        text_row(c, v, out, "admin:edit:printer", v.w("admin_printer_name"), d.printer_name, Field::Printer);
        text_row(c, v, out, "admin:edit:export_dir", v.w("admin_export_dir"), d.export_dir, Field::ExportDir, true);
        step_row(c, out, admin::Stepper::Idle, "idle", v.w("admin_idle_timeout"),
                 fill(v.w("admin_seconds"), {{"seconds", std::to_string(d.idle_timeout_seconds)}}));
        step_row(c, out, admin::Stepper::Retention, "retention", v.w("admin_retention"),
                 fill(v.w("admin_months"), {{"months", std::to_string(d.retention_months)}}));
        step_row(c, out, admin::Stepper::Threshold, "threshold", v.w("admin_threshold"),
                 std::to_string(static_cast<int>(std::lround(d.venue_threshold * 100))) + "%");
        reading_rows(c, v, out, d);
        // Last, so the rows above keep their place on a small screen (the column scrolls).
        text_row(c, v, out, "admin:edit:verify_url", v.w("admin_verify_url"), d.verify_url, Field::VerifyUrl, true);
    }
    ImGui::EndChild();
    const bool changed = !(s.draft == s.saved);
    const float sw = (lw - t.gap) / 2;
    ImGui::SetCursorScreenPos(ImVec2(t.margin, bottom - save_h));
    if (big_button("admin:settings:discard", v.w("admin_discard"), ImVec2(sw, save_h), ButtonKind::Secondary, changed))
        out.push_back(ai::DiscardSettings{});
    ImGui::SetCursorScreenPos(ImVec2(t.margin + sw + t.gap, bottom - save_h));
    if (big_button("admin:settings:save", v.w("admin_save"), ImVec2(sw, save_h), ButtonKind::Primary, changed))
        out.push_back(ai::SaveSettings{});

    // [Right] venues, required modules, PIN; each saved at once.
    const float rx = t.margin + lw + t.gap * 2;
    const float rw = w - lw - t.gap * 2;
    ImGui::SetCursorScreenPos(ImVec2(rx, y));
    // The message sits under the right column, so the columns never move when it appears.
    const float msg_h = s.message_key.empty() || typing ? 0.0f : t.button_h + t.gap * 0.5f;
    if (msg_h > 0) admin_message(v, rx, bottom - t.button_h, rw);
    ImGui::SetCursorScreenPos(ImVec2(rx, y));
    ImGui::BeginChild("##settings_right", ImVec2(rw, bottom - y - msg_h), false, ImGuiWindowFlags_NoScrollWithMouse);
    drag_to_scroll();
    {
        const Column c{ImGui::GetCursorScreenPos().x, rw - 24 * t.scale};
        heading(c, v.w("admin_settings_venues"));
        ImGui::SetCursorScreenPos(ImVec2(c.x, ImGui::GetCursorScreenPos().y + t.gap * 0.3f));
        const float h = t.choice_min_h;
        const float bw = 200 * t.scale;
        for (const auto& venue : s.all_venues) {
            const float vy = ImGui::GetCursorScreenPos().y;
            const bool selected = venue.id == s.settings_venue;
            const std::string sid = std::to_string(venue.id);
            // The name selects the venue (its required modules show below the list).
            ImGui::SetCursorScreenPos(ImVec2(c.x, vy));
            const std::string name = venue.active ? venue.name : venue.name + " (" + v.w("admin_inactive") + ")";
            if (big_button("admin:venue_select:" + sid, name, ImVec2(c.w - 2 * bw - t.gap, h), selected ? ButtonKind::Primary : ButtonKind::Secondary))
                out.push_back(ai::SelectVenue{venue.id});
            ImGui::SetCursorScreenPos(ImVec2(c.x + c.w - 2 * bw - t.gap * 0.5f, vy));
            if (big_button("admin:venue_rename:" + sid, v.w("admin_rename"), ImVec2(bw, h), ButtonKind::Secondary))
                out.push_back(ai::Edit{Field::VenueName, venue.id});
            ImGui::SetCursorScreenPos(ImVec2(c.x + c.w - bw, vy));
            if (big_button("admin:venue_active:" + sid, v.w(venue.active ? "admin_deactivate" : "admin_activate"), ImVec2(bw, h),
                           ButtonKind::Secondary))
                out.push_back(ai::ToggleVenueActive{venue.id});
            ImGui::SetCursorScreenPos(ImVec2(c.x, vy + h + t.gap * 0.4f));
        }
        // Add a venue: its kind, then its name on the keyboard.
        ImGui::SetCursorScreenPos(ImVec2(c.x, ImGui::GetCursorScreenPos().y + t.gap * 0.2f));
        for (const auto& k : v.venue_kinds)
            if (wrapped_chip(c, "admin:kind:" + k, v.w("admin_kind_" + k), s.new_venue_kind == k))
                out.push_back(ai::NewVenueKind{k});
        if (wrapped_chip(c, "admin:venue_add", "+ " + v.w("admin_add_venue"), false))
            out.push_back(ai::Edit{Field::NewVenue});
        end_chips(c);

        std::string selected_name;
        for (const auto& venue : s.all_venues)
            if (venue.id == s.settings_venue) selected_name = venue.name;
        if (!selected_name.empty()) {
            heading(c, fill(v.w("admin_required_for"), {{"venue", selected_name}}));
            ImGui::SetCursorScreenPos(ImVec2(c.x, ImGui::GetCursorScreenPos().y + t.gap * 0.3f));
            for (const auto& [id, title] : v.modules) {
                const bool on = std::find(s.required.begin(), s.required.end(), id) != s.required.end();
                ImGui::SetCursorScreenPos(ImVec2(c.x, ImGui::GetCursorScreenPos().y));
                if (choice_card("admin:required:" + id, title, c.w, on, Badge::Check))
                    out.push_back(ai::ToggleRequired{s.settings_venue, id});
            }
        }
        heading(c, v.w("admin_pin_title"));
        ImGui::SetCursorScreenPos(ImVec2(c.x, ImGui::GetCursorScreenPos().y + t.gap * 0.3f));
        if (big_button("admin:pin:change", v.w("admin_change_pin"), ImVec2(c.w, t.button_h), ButtonKind::Secondary))
            out.push_back(ai::Edit{Field::Pin});
        ImGui::Dummy(ImVec2(c.w, t.gap));
    }
    ImGui::EndChild();

    if (typing) {
        // Dim the page and say what is being typed, above the keyboard.
        auto* fg = ImGui::GetForegroundDrawList();
        (void)fg;
        const char* what = "";
        switch (s.editing) {
            case Field::OrganisationName: what = "admin_organisation_name"; break;
            case Field::Logo: what = "admin_organisation_logo"; break;
            case Field::Printer: what = "admin_printer_name"; break;
            case Field::ExportDir: what = "admin_export_dir"; break;
            case Field::VerifyUrl: what = "admin_verify_url"; break;
            case Field::VenueName: what = "admin_rename"; break;
            case Field::NewVenue: what = "admin_add_venue"; break;
            case Field::Pin: what = "admin_new_pin"; break;
            default: break;
        }
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(sz);
        ImGui::Begin("##admin_settings_kb", nullptr,
                     ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                         ImGuiWindowFlags_NoBackground);
        auto* dl = ImGui::GetWindowDrawList();
        dl->AddRectFilled(ImVec2(0, 0), sz, t.dim);
        const bool pin = s.editing == Field::Pin;
        const float kb_h = pin ? t.key_h * 1.2f : std::min(sz.y * 0.46f, t.key_h * 5.6f);
        const float top = sz.y - kb_h - t.button_h - t.gap * 2.5f;
        // Tall enough for a long message (a rule's explanation) beside the label.
        const float note_h = s.message_key.empty() ? 0.0f
                                                  : text_block_size(fonts().body_bold, v.w(s.message_key), sz.x / 2 - t.margin).y + t.gap;
        const float label_h = std::max(70 * t.scale, note_h);
        dl->AddRectFilled(ImVec2(0, top - label_h - t.gap), ImVec2(sz.x, top), t.surface);
        text_in_rect(fonts().heading, v.w(what), t.text, ImVec2(t.margin, top - label_h - t.gap), ImVec2(sz.x - t.margin, top), false, true);
        if (!s.message_key.empty()) {
            text_in_rect(fonts().body_bold, v.w(s.message_key), s.message_error ? t.danger : t.success,
                         ImVec2(sz.x / 2, top - label_h - t.gap), ImVec2(sz.x - t.margin, top), false, true);
            register_target("admin:message", ImVec2(sz.x / 2, top - label_h - t.gap), ImVec2(sz.x - t.margin, top));
        }
        admin_keyboard(v, out, pin, pin);
        ImGui::End();
    }
    end_screen();
    return out;
}

}  // namespace signaal::ui
