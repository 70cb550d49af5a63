// One person: who, where, standing, every certificate (newest first) with Reprint and Revoke
// (a reason, then a confirmation), "mark as left" (or back on staff), and the rights of access
// (export) and erasure (after a confirmation).
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

// Export, mark as left (or back) and erase, side by side at y; Erase only asks (see below).
void person_actions(const AdminAreaView& v, const Store::PersonRow& p, float y, float w, AdminActions& out) {
    const Theme& t = theme();
    const float bw = (w - 2 * t.gap) / 3;
    const ImVec2 size(bw, t.button_h);
    ImGui::SetCursorScreenPos(ImVec2(t.margin, y));
    if (big_button("admin:person:export", v.w("admin_export"), size, ButtonKind::Secondary))
        out.push_back(ai::Export{p.id});
    ImGui::SetCursorScreenPos(ImVec2(t.margin + bw + t.gap, y));
    if (p.active) {
        if (big_button("admin:person:left", v.w("admin_mark_left"), size, ButtonKind::Secondary))
            out.push_back(ai::SetLeft{p.id, true});
    } else if (big_button("admin:person:back_on_staff", v.w("admin_mark_back"), size, ButtonKind::Secondary)) {
        out.push_back(ai::SetLeft{p.id, false});
    }
    ImGui::SetCursorScreenPos(ImVec2(t.margin + 2 * (bw + t.gap), y));
    if (big_button("admin:person:erase", v.w("admin_erase"), size, ButtonKind::Danger))
        out.push_back(ai::AskErase{p.id});
}

// "Erase the personal data of <name>?" over the dimmed screen (nothing behind it can be
// pressed); only its own Erase erases, and Cancel (or nothing) keeps everything.
void erase_confirmation(const AdminAreaView& v, const Store::PersonRow& p, AdminActions& out) {
    const Theme& t = theme();
    const ImVec2 sz = screen_size();
    auto* dl = begin_overlay("##admin_erase_confirm");

    const float w = std::min(sz.x - 2 * t.margin, 1100 * t.scale);
    const float pad = 50 * t.scale;
    const std::string title = fill(v.w("admin_erase_title"), {{"name", p.full_name}});
    const std::string body = v.w("admin_erase_explain");
    const float h = 2 * pad + text_block_size(fonts().title, title, w - 2 * pad).y +
                    text_block_size(fonts().body, body, w - 2 * pad).y + t.gap * 2.5f + t.button_h;
    const ImVec2 min((sz.x - w) / 2, (sz.y - h) / 2);
    dl->AddRectFilled(min, ImVec2(min.x + w, min.y + h), t.surface, t.rounding);
    ImGui::SetCursorScreenPos(ImVec2(min.x + pad, min.y + pad));
    text_block(fonts().title, title, t.text, w - 2 * pad);
    ImGui::SetCursorScreenPos(ImVec2(min.x + pad, ImGui::GetCursorScreenPos().y + t.gap * 0.5f));
    text_block(fonts().body, body, t.text, w - 2 * pad);
    const float by = ImGui::GetCursorScreenPos().y + t.gap * 2;
    const float bw = (w - 2 * pad - t.gap) / 2;
    ImGui::SetCursorScreenPos(ImVec2(min.x + pad, by));
    if (big_button("admin:erase:cancel", v.w("admin_cancel"), ImVec2(bw, t.button_h), ButtonKind::Secondary))
        out.push_back(ai::CancelErase{});
    ImGui::SetCursorScreenPos(ImVec2(min.x + pad + bw + t.gap, by));
    if (big_button("admin:erase:confirm", v.w("admin_erase_confirm"), ImVec2(bw, t.button_h), ButtonKind::Danger))
        out.push_back(ai::Erase{p.id});
    ImGui::End();
}

// "Revoke <training> of <name>?": the reasons to choose from, then Revoke (enabled once one is
// chosen) or Cancel, over the dimmed screen like the erase confirmation.
void revoke_confirmation(const AdminAreaView& v, const Store::PersonRow& p, const admin::HistoryRow& h, AdminActions& out) {
    const Theme& t = theme();
    const ImVec2 sz = screen_size();
    auto* dl = begin_overlay("##admin_revoke_confirm");

    const float w = std::min(sz.x - 2 * t.margin, 1100 * t.scale);
    const float pad = 50 * t.scale;
    const float inner = w - 2 * pad;
    const std::string title = fill(v.w("admin_revoke_title"), {{"module", v.module_title(h.module_id)}, {"name", p.full_name}});
    const std::string body = v.w("admin_revoke_explain");
    float h_total = 2 * pad + text_block_size(fonts().heading, title, inner).y + text_block_size(fonts().body, body, inner).y +
                    t.gap * 3 + t.button_h;
    for (const auto& key : v.revoke_reasons) h_total += std::max(t.choice_min_h, text_block_size(fonts().body, v.w(key), inner).y) + t.gap * 0.4f;
    const ImVec2 min((sz.x - w) / 2, std::max(0.0f, (sz.y - h_total) / 2));
    // The panel is drawn under the content once its real height is known (channel 0).
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos(ImVec2(min.x + pad, min.y + pad));
    text_block(fonts().heading, title, t.text, inner);
    ImGui::SetCursorScreenPos(ImVec2(min.x + pad, ImGui::GetCursorScreenPos().y + t.gap * 0.5f));
    text_block(fonts().body, body, t.text, inner);
    ImGui::SetCursorScreenPos(ImVec2(min.x + pad, ImGui::GetCursorScreenPos().y + t.gap * 0.5f));
    for (const auto& key : v.revoke_reasons) {
        ImGui::SetCursorScreenPos(ImVec2(min.x + pad, ImGui::GetCursorScreenPos().y));
        if (choice_card("admin:revoke:reason:" + key, v.w(key), inner, v.revoke_reason == key, Badge::Radio))
            out.push_back(ai::ChooseRevokeReason{key});
    }
    const float by = ImGui::GetCursorScreenPos().y + t.gap;
    const float bw = (inner - t.gap) / 2;
    ImGui::SetCursorScreenPos(ImVec2(min.x + pad, by));
    if (big_button("admin:revoke:cancel", v.w("admin_cancel"), ImVec2(bw, t.button_h), ButtonKind::Secondary))
        out.push_back(ai::CancelRevoke{});
    ImGui::SetCursorScreenPos(ImVec2(min.x + pad + bw + t.gap, by));
    if (big_button("admin:revoke:confirm", v.w("admin_revoke"), ImVec2(bw, t.button_h), ButtonKind::Danger, !v.revoke_reason.empty()))
        out.push_back(ai::Revoke{h.serial});
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(min, ImVec2(min.x + w, by + t.button_h + pad), t.surface, t.rounding);
    dl->ChannelsMerge();
    ImGui::End();
}

}  // namespace

AdminActions draw_admin_person(const AdminAreaView& v) {
    AdminActions out;
    const Theme& t = theme();
    const ImVec2 sz = screen_size();
    const AdminAreaView& s = v;
    begin_screen("##admin_person");
    auto* dl = ImGui::GetWindowDrawList();
    float y = admin_top(v, out);
    const float w = sz.x - 2 * t.margin;

    ImGui::SetCursorScreenPos(ImVec2(t.margin, y));
    if (big_button("admin:person:back", "\xE2\x80\xB9  " + v.w("admin_back_to_list"), ImVec2(420 * t.scale, t.button_h * 0.85f),
                   ButtonKind::Secondary))
        out.push_back(ai::ShowTab{Tab::People});
    y += t.button_h * 0.85f + t.gap;
    if (!s.person) {
        ImGui::SetCursorScreenPos(ImVec2(t.margin, y));
        text_block(fonts().body, v.w("admin_person_gone"), t.text_muted, w);
        end_screen();
        return out;
    }
    const auto& p = s.person->person;

    // [Who] name and facts on the left, standing on the right; the actions in a row below.
    const float right_w = 560 * t.scale;
    ImGui::SetCursorScreenPos(ImVec2(t.margin, y));
    text_block(fonts().title, p.full_name, t.text, w - right_w - t.gap);
    // The facts on one (wrapping) line, so the certificates below keep room on a small screen.
    std::string facts = v.w("admin_col_venue") + ": " + p.venue_name;
    if (!p.employee_number.empty()) facts += "   \xC2\xB7   " + v.w("admin_col_number") + ": " + p.employee_number;
    facts += "   \xC2\xB7   " + v.w("admin_last_activity") + ": " + admin_date(v, p.last_activity_at.substr(0, 10));
    ImGui::SetCursorScreenPos(ImVec2(t.margin, ImGui::GetCursorScreenPos().y));
    text_block(fonts().body, facts, t.text, w - right_w - t.gap);
    if (!p.active) {
        ImGui::SetCursorScreenPos(ImVec2(t.margin, ImGui::GetCursorScreenPos().y));
        text_block(fonts().body_bold, v.w("admin_person_is_left"), t.warning, w - right_w - t.gap);
    }
    const float facts_bottom = ImGui::GetCursorScreenPos().y;

    const float rx = sz.x - t.margin - right_w;
    unsigned fg = 0, bg = 0;
    status_colours(s.person->status, fg, bg);
    const float badge_h = t.button_h * 0.85f;
    dl->AddRectFilled(ImVec2(rx, y), ImVec2(rx + right_w, y + badge_h), bg, t.rounding);
    text_in_rect(fonts().heading, v.w(std::string("admin_status_") + admin::to_string(s.person->status)), fg, ImVec2(rx, y),
                 ImVec2(rx + right_w, y + badge_h));
    y = std::max(facts_bottom, y + badge_h) + t.gap * 0.6f;
    person_actions(v, p, y, w, out);
    y = admin_message(v, t.margin, y + t.button_h + t.gap, w);

    // [History]
    ImGui::SetCursorScreenPos(ImVec2(t.margin, y));
    text_block(fonts().heading, v.w("admin_history"), t.text, w);
    y = ImGui::GetCursorScreenPos().y + t.gap * 0.3f;
    // module, completed, valid until, score, reprint, revoke (a revoked row: its date and reason there)
    const float col[] = {0.32f, 0.13f, 0.15f, 0.11f, 0.145f, 0.145f};
    const char* heads[] = {"admin_col_module", "admin_col_completed", "admin_col_valid_until", "admin_col_score", "", ""};
    const float row_h = t.choice_min_h;
    const float tw = w - ImGui::GetStyle().ScrollbarSize - 6 * t.scale;  // the rows' width: the scrollbar beside them
    std::vector<std::string> head_words;
    for (const char* h : heads) head_words.push_back(*h ? v.w(h) : std::string());
    y += table_header(head_words, col, t.margin, y, tw, 52 * t.scale);
    dl->AddLine(ImVec2(t.margin, y), ImVec2(sz.x - t.margin, y), t.border, 2 * t.scale);
    ImGui::SetCursorScreenPos(ImVec2(t.margin, y));
    ImGui::BeginChild("##history_rows", ImVec2(w, std::max(row_h, sz.y - t.margin - y)), false, ImGuiWindowFlags_NoScrollWithMouse);
    drag_to_scroll();
    auto* cdl = ImGui::GetWindowDrawList();
    if (s.person->history.empty()) text_block(fonts().body, v.w("admin_no_history"), t.text_muted, w);
    int i = 0;
    for (const auto& h : s.person->history) {
        const ImVec2 p0 = ImGui::GetCursorScreenPos();
        cdl->AddRectFilled(p0, ImVec2(p0.x + tw, p0.y + row_h), i++ % 2 ? t.bg : t.surface);
        float x = p0.x;
        const auto cell = [&](int c, const std::string& text, ImFont* f, ImU32 colr) {
            table_cell(f, text, colr, ImVec2(x + 16 * t.scale, p0.y), ImVec2(x + col[c] * tw - 12 * t.scale, p0.y + row_h));
            x += col[c] * tw;
        };
        cell(0, v.module_title(h.module_id), fonts().body_bold, t.text);
        cell(1, admin_date(v, h.completed_on), fonts().body, t.text);
        unsigned hf = 0, hb = 0;
        status_colours(h.status, hf, hb);
        cell(2, admin_date(v, h.valid_until), fonts().body_bold, hf);
        cell(3, std::to_string(h.score_percent) + "%", fonts().body, t.text);
        if (!h.revoked_on.empty()) {
            // Taken back: nothing to reprint or revoke; the row says when and why instead.
            const std::string said = fill(v.w("admin_revoked_on"), {{"date", admin_date(v, h.revoked_on)}, {"reason", h.revoke_reason}});
            text_in_rect(fonts().body_bold, said, t.danger, ImVec2(x + 16 * t.scale, p0.y),
                         ImVec2(x + (col[4] + col[5]) * tw - 12 * t.scale, p0.y + row_h), false, true);
            register_target("admin:revoked:" + h.serial, ImVec2(x, p0.y), ImVec2(x + (col[4] + col[5]) * tw, p0.y + row_h));
        } else {
            ImGui::SetCursorScreenPos(ImVec2(x + 8 * t.scale, p0.y + row_h * 0.1f));
            if (big_button("admin:reprint:" + h.serial, v.w("admin_reprint"), ImVec2(col[4] * tw - 16 * t.scale, row_h * 0.8f),
                           ButtonKind::Secondary))
                out.push_back(ai::Reprint{h.serial});
            ImGui::SetCursorScreenPos(ImVec2(x + col[4] * tw + 8 * t.scale, p0.y + row_h * 0.1f));
            if (big_button("admin:revoke:" + h.serial, v.w("admin_revoke"), ImVec2(col[5] * tw - 16 * t.scale, row_h * 0.8f),
                           ButtonKind::Secondary))
                out.push_back(ai::AskRevoke{h.serial});
        }
        ImGui::SetCursorScreenPos(ImVec2(p0.x, p0.y + row_h));
        ImGui::Dummy(ImVec2(w, 1));
    }
    ImGui::EndChild();
    if (s.confirm_erase == p.id) erase_confirmation(v, p, out);
    for (const auto& h : s.person->history)
        if (h.serial == s.confirm_revoke && h.revoked_on.empty()) revoke_confirmation(v, p, h, out);
    end_screen();
    return out;
}

}  // namespace signaal::ui
