// Venue status: per venue the share of active staff with a valid completion of every required
// module, as a bar against the threshold, and the venue certificate once it is met. Per venue
// also its reporting route (who its staff tell), set field by field on the keyboard.
#include <algorithm>
#include <cmath>

#include "admin/route.hpp"
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

// The words for a route field on this screen.
std::string route_label_key(const std::string& field) { return "admin_route_" + field; }

// One venue's route: a row per field (its own value, else the kiosk's, else "not set"); a tap
// opens the keyboard on it, docked at the bottom.
void draw_venue_route(const AdminAreaView& v, AdminActions& out, float y) {
    const Theme& t = theme();
    const ImVec2 sz = screen_size();
    const float w = sz.x - 2 * t.margin;
    std::string name;
    for (const auto& venue : v.all_venues)
        if (venue.id == v.route_venue) name = venue.name;
    const float bw = 420 * t.scale;
    ImGui::SetCursorScreenPos(ImVec2(t.margin, y));
    if (big_button("admin:route:back", "\xE2\x80\xB9  " + v.w("admin_route_back"), ImVec2(bw, t.button_h * 0.8f), ButtonKind::Secondary))
        out.push_back(ai::ShowVenueRoute{0});
    text_in_rect(fonts().heading, fill(v.w("admin_route_title"), {{"venue", name}}), t.text, ImVec2(t.margin + bw + t.gap, y),
                 ImVec2(sz.x - t.margin, y + t.button_h * 0.8f), false, true);
    ImGui::SetCursorScreenPos(ImVec2(t.margin, y + t.button_h * 0.8f + t.gap * 0.5f));
    text_block(fonts().body, v.w("admin_route_intro"), t.text_muted, w);
    y = admin_message(v, t.margin, ImGui::GetCursorScreenPos().y + t.gap * 0.3f, w);

    const bool typing = v.editing == Field::VenueRoute;
    const float kb_top = typing ? sz.y - std::min(sz.y * 0.46f, t.key_h * 5.6f) - t.button_h - t.gap * 3.0f : sz.y - t.margin;
    ImGui::SetCursorScreenPos(ImVec2(t.margin, y));
    ImGui::BeginChild("##route_rows", ImVec2(w, std::max(t.button_h, kb_top - y)), false, ImGuiWindowFlags_NoScrollWithMouse);
    drag_to_scroll();
    const float iw = w - ImGui::GetStyle().ScrollbarSize;
    for (const auto& f : admin::route_fields()) {
        const std::string own = admin::route_field(v.route_own, f), kiosk = admin::route_field(v.route_kiosk, f);
        const std::string shown = !own.empty() ? own : !kiosk.empty() ? fill(v.w("admin_route_from_kiosk"), {{"value", kiosk}})
                                                                       : v.w("admin_not_set");
        if (choice_card("admin:route:" + f, v.w(route_label_key(f)) + "  \xE2\x80\x94  " + shown, iw, typing && v.edit_route_field == f,
                        Badge::None))
            out.push_back(ai::Edit{Field::VenueRoute, v.route_venue, f});
        ImGui::Dummy(ImVec2(1, t.gap * 0.3f));
    }
    ImGui::EndChild();
    if (typing) admin_keyboard(v, out, false, false);
}

}  // namespace

AdminActions draw_admin_venues(const AdminAreaView& v) {
    AdminActions out;
    const Theme& t = theme();
    const ImVec2 sz = screen_size();
    const AdminAreaView& s = v;
    begin_screen("##admin_venues");
    float y = admin_top(v, out);
    if (v.route_venue != 0) {
        draw_venue_route(v, out, y);
        end_screen();
        return out;
    }
    const float w = sz.x - 2 * t.margin;
    const int pct = static_cast<int>(std::lround(s.saved.venue_threshold * 100));
    ImGui::SetCursorScreenPos(ImVec2(t.margin, y));
    text_block(fonts().body, fill(v.w("admin_venues_intro"), {{"percent", std::to_string(pct)}}), t.text_muted, w);
    y = ImGui::GetCursorScreenPos().y + t.gap * 0.5f;
    y = admin_message(v, t.margin, y, w);

    ImGui::SetCursorScreenPos(ImVec2(t.margin, y));
    ImGui::BeginChild("##venue_rows", ImVec2(w, sz.y - t.margin - y), false, ImGuiWindowFlags_NoScrollWithMouse);
    drag_to_scroll();
    auto* dl = ImGui::GetWindowDrawList();
    if (s.venue_rows.empty()) text_block(fonts().body, v.w("admin_no_venues"), t.text_muted, w);
    const float card_h = 270 * t.scale;
    const float btn_w = 440 * t.scale;
    const float card_w = w - ImGui::GetStyle().ScrollbarSize - 6 * t.scale;  // the scrollbar beside the cards
    for (const auto& r : s.venue_rows) {
        const ImVec2 p0 = ImGui::GetCursorScreenPos();
        const ImVec2 p1(p0.x + card_w, p0.y + card_h);
        dl->AddRectFilled(p0, p1, t.surface, t.rounding);
        dl->AddRect(p0, p1, r.verdict.certified ? t.success : t.border, t.rounding, 0, (r.verdict.certified ? 3 : 2) * t.scale);
        const float pad = 24 * t.scale;
        const float text_w = card_w - btn_w - 3 * pad;
        // Name and the count line.
        text_in_rect(fonts().heading, r.venue.name, t.text, ImVec2(p0.x + pad, p0.y + pad * 0.5f),
                     ImVec2(p0.x + pad + text_w, p0.y + pad * 0.5f + 64 * t.scale), false, true);
        const std::string counts = fill(v.w("admin_venue_counts"), {{"trained", std::to_string(r.trained)},
                                                                     {"staff", std::to_string(r.staff)}});
        std::string verdict = r.verdict.certified ? v.w("admin_venue_met")
                                                  : fill(v.w("admin_venue_more_needed"), {{"count", std::to_string(r.verdict.more_needed)}});
        if (r.staff == 0) verdict = v.w("admin_venue_no_staff");
        text_in_rect(fonts().body, counts + "  ·  " + verdict, r.verdict.certified ? t.success : t.text, ImVec2(p0.x + pad, p0.y + 76 * t.scale),
                     ImVec2(p0.x + pad + text_w, p0.y + 124 * t.scale), false, true);
        // The share bar with a mark at the threshold.
        const float bx = p0.x + pad, by = p0.y + 140 * t.scale, bw = text_w, bh = 52 * t.scale;
        dl->AddRectFilled(ImVec2(bx, by), ImVec2(bx + bw, by + bh), t.secondary, bh / 2);
        const float share = static_cast<float>(std::clamp(r.verdict.share, 0.0, 1.0));
        if (share > 0)
            dl->AddRectFilled(ImVec2(bx, by), ImVec2(bx + std::max(bh, bw * share), by + bh),
                              r.verdict.certified ? t.success : t.primary, bh / 2);
        const float tx = bx + bw * static_cast<float>(s.saved.venue_threshold);
        dl->AddLine(ImVec2(tx, by - 10 * t.scale), ImVec2(tx, by + bh + 10 * t.scale), t.text, 4 * t.scale);
        const std::string share_text = std::to_string(static_cast<int>(std::lround(share * 100))) + "%";
        const bool inside = share > 0.15f;
        text_in_rect(fonts().body_bold, share_text, inside ? t.on_primary : t.text,
                     inside ? ImVec2(bx + 16 * t.scale, by) : ImVec2(bx + std::max(bh, bw * share) + 12 * t.scale, by),
                     ImVec2(bx + bw, by + bh), false, true);
        // Who its staff tell, then the certificate when met.
        const float bh2 = t.button_h * 0.9f;
        ImGui::SetCursorScreenPos(ImVec2(p1.x - pad - btn_w, p0.y + pad));
        if (big_button("admin:venue_route:" + std::to_string(r.venue.id), v.w("admin_route_button"), ImVec2(btn_w, bh2),
                       ButtonKind::Secondary))
            out.push_back(ai::ShowVenueRoute{r.venue.id});
        ImGui::SetCursorScreenPos(ImVec2(p1.x - pad - btn_w, p1.y - pad - bh2));
        if (r.verdict.certified) {
            if (big_button("admin:venue_print:" + std::to_string(r.venue.id), v.w("admin_print_venue_certificate"),
                           ImVec2(btn_w, bh2), ButtonKind::Success))
                out.push_back(ai::PrintVenue{r.venue.id});
        } else {
            text_in_rect(fonts().body, v.w("admin_venue_not_yet"), t.text_muted, ImVec2(p1.x - pad - btn_w, p1.y - pad - bh2),
                         ImVec2(p1.x - pad, p1.y - pad));
        }
        ImGui::SetCursorScreenPos(ImVec2(p0.x, p1.y + t.gap));
        ImGui::Dummy(ImVec2(w, 1));
    }
    ImGui::EndChild();
    end_screen();
    return out;
}

}  // namespace signaal::ui
