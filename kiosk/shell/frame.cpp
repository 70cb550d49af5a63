#include "frame.hpp"

#include <imgui.h>
#include <imgui_internal.h>  // ErrorCheckEndFrameRecover, for the last-line catch

#include <algorithm>

#include "dates.hpp"
#include "paths.hpp"
#include "question_types.hpp"
#include "shell/reading.hpp"
#include "ui/screens.hpp"
#include "ui/fonts.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

namespace signaal::shell {
namespace {

ui::Words words(const KioskApp& app, const std::string& lang) {
    return ui::Words{&app.catalog().ui, lang.empty() ? app.catalog().languages.front().code : lang};
}

std::vector<ui::LanguageChoice> language_choices(const KioskApp& app) {
    std::vector<ui::LanguageChoice> out;
    for (const auto& l : app.languages()) out.push_back({l.code, l.name});
    return out;
}

std::filesystem::path icon_png(const std::string& name) { return default_asset_dir() / "icons" / (name + ".png"); }

// The choice texts of a question in the given order, joined for the review.
std::string join_choices(const Question& q, const QuestionText& qt, const std::vector<int>& chosen, bool ordered) {
    std::string out;
    int n = 1;
    for (int c : chosen) {
        if (c < 0 || static_cast<size_t>(c) >= qt.choices.size()) continue;
        if (!out.empty()) out += ordered ? "  " : "; ";
        if (ordered) out += std::to_string(n++) + ". ";
        out += qt.choices[static_cast<size_t>(c)];
    }
    (void)q;
    return out;
}

// Module text as the person reads it: placeholders filled from their venue's route.
PageText fill_page(PageText p, const LocalRoute& route) {
    p.heading = fill_route(p.heading, route);
    for (auto& t : p.paragraphs) t = fill_route(t, route);
    for (auto& t : p.bullets) t = fill_route(t, route);
    for (auto& c : p.cards) c.title = fill_route(c.title, route), c.text = fill_route(c.text, route);
    return p;
}

ui::LessonView lesson_view(const KioskApp& app) {
    const FlowState& s = app.state();
    const Module& m = current_module(s, app.catalog());
    const ModuleText& mt = m.in(s.lang);
    ui::LessonView v;
    v.w = words(app, s.lang);
    v.module_title = mt.title;
    const auto p = static_cast<size_t>(s.page);
    v.page = fill_page(mt.pages[p], s.route);
    v.image = m.pages[p].image;
    for (size_t i = 0; i < m.pages[p].card_icons.size() && i < v.page->cards.size(); ++i)
        v.cards.push_back({icon_png(m.pages[p].card_icons[i]), v.page->cards[i].title, v.page->cards[i].text});
    if (m.pages[p].route_card) v.route_card = route_card(s.route, app.catalog().ui, s.lang);
    v.page_index = s.page;
    v.page_count = static_cast<int>(m.pages.size());
    return v;
}

ui::ModulesView modules_view(const KioskApp& app) {
    const FlowState& s = app.state();
    ui::ModulesView v;
    v.w = words(app, s.lang);
    v.name = s.name;
    for (const Module* m : offered_modules(app.catalog(), s.venue_kind)) {
        ui::ModuleCard card{m->id, m->in(s.lang).title, m->in(s.lang).summary, m->minutes, ModuleStatus::Kind::Never, {}};
        for (const auto& st : s.statuses)
            if (st.module_id == m->id) {
                card.status = st.kind;
                card.valid_until = st.valid_until;
            }
        v.modules.push_back(std::move(card));
    }
    return v;
}

// The hidden admin gesture: press and hold the top-left corner.
bool admin_corner(KioskApp& app, ShellState& ui, FrameResult& r) {
    const ImGuiIO& io = ImGui::GetIO();
    const ui::Theme& t = ui::theme();
    const float corner = 120 * t.scale;
    const auto inside = [&](ImVec2 p) { return p.x >= 0 && p.y >= 0 && p.x < corner && p.y < corner; };
    if (!io.MouseDown[0]) {
        ui.corner_fired = false;
        return false;
    }
    if (ui.corner_fired || !inside(io.MouseClickedPos[0]) || !inside(io.MousePos)) return false;
    r.animating = true;
    const float held = io.MouseDownDuration[0];
    if (held > 0.4f) ui::progress_ring(ImVec2(corner * 0.9f, corner * 0.9f), 44 * t.scale, held / ShellState::kAdminHoldSeconds);
    if (held >= ShellState::kAdminHoldSeconds) {
        ui.corner_fired = true;
        app.admin_open();
        r.acted = true;
        return true;
    }
    return false;
}

}  // namespace

ui::IdentifyView identify_view(const KioskApp& app) {
    const FlowState& s = app.state();
    ui::IdentifyView v;
    v.w = words(app, s.lang);
    v.name = s.name;
    v.employee_number = s.employee_number;
    v.field = s.field;
    for (const auto& venue : app.venues()) v.venues.push_back({venue.id, venue.name, venue.kind});
    v.venue_id = s.venue_id;
    v.name_problem = s.name_problem;
    v.keyboard = app.catalog().ui.keyboard(v.w.lang);
    return v;
}

ui::QuizView quiz_view(const KioskApp& app) {
    const FlowState& s = app.state();
    const Module& m = current_module(s, app.catalog());
    const Question& q = current_question(s, app.catalog());
    const auto qi = static_cast<size_t>(s.plan.questions[static_cast<size_t>(s.question)]);
    const QuestionText& qt = m.in(s.lang).questions[qi];
    ui::QuizView v;
    v.w = words(app, s.lang);
    v.module_title = m.in(s.lang).title;
    v.question = &q;
    v.type = q.type;
    v.scenario = fill_route(qt.scenario, s.route);
    v.prompt = fill_route(qt.prompt, s.route);
    v.image = q.image;
    for (int c : s.plan.choices[static_cast<size_t>(s.question)])
        v.choices.push_back({c, fill_route(qt.choices[static_cast<size_t>(c)], s.route)});
    const Answer& a = s.answers[static_cast<size_t>(s.question)];
    v.chosen = a.chosen;
    v.question_index = s.question;
    v.question_count = static_cast<int>(s.plan.questions.size());
    v.can_go_next = is_complete(q, a);
    return v;
}

ui::ResultView result_view(const KioskApp& app) {
    const FlowState& s = app.state();
    const Module& m = current_module(s, app.catalog());
    ui::ResultView v;
    v.w = words(app, s.lang);
    v.module_title = m.in(s.lang).title;
    if (s.score) {
        v.passed = s.score->passed;
        v.correct = s.score->correct;
        v.total = s.score->total;
        v.percent = s.score->percent;
        for (const auto& res : s.score->results) {
            if (res.correct) continue;
            const Question& q = m.questions[static_cast<size_t>(res.question)];
            const QuestionText& qt = m.in(s.lang).questions[static_cast<size_t>(res.question)];
            const bool ordered = rules_of(q.type).taps == QuestionRules::Taps::Sequence;
            ui::ReviewItem item{fill_route(qt.prompt, s.route), fill_route(join_choices(q, qt, res.given.chosen, ordered), s.route),
                                fill_route(join_choices(q, qt, q.correct, ordered), s.route), fill_route(qt.feedback, s.route),
                                &q, res.given.chosen, {}};
            for (const auto& text : qt.choices) item.texts.push_back(fill_route(text, s.route));
            v.wrong.push_back(std::move(item));
        }
    }
    v.pass_mark = m.pass_mark;
    v.save = s.save;
    v.certificate_ready = s.save == SaveState::Saved && s.issued.has_value();
    v.route_card = route_card(s.route, app.catalog().ui, s.lang);
    return v;
}

ui::CertificateView certificate_view(const KioskApp& app, const ShellState& ui) {
    const FlowState& s = app.state();
    const Module& m = current_module(s, app.catalog());
    ui::CertificateView v;
    v.w = words(app, s.lang);
    v.name = s.name;
    v.module_title = m.in(s.lang).title;
    if (s.issued) {
        v.completed_on = s.issued->completed_on;
        v.valid_until = s.issued->valid_until;
        v.verification_code = s.issued->verification_code;
        v.serial = s.issued->serial;
        v.qr = ui.qr_override ? *ui.qr_override : app.certificate_qr();
    }
    v.print_message_key = app.print_message_key();
    return v;
}

namespace {

// Draws a learner screen with its reading aids; when the person tapped Listen, reads (or stops
// reading) what speech_of makes of the view, in the person's language.
template <class View, class Draw>
std::vector<Intent> draw_with_aids(const KioskApp& app, ShellState& ui, View v, Draw draw,
                                   std::string (*speech_of)(const View&) = nullptr) {
    v.aids = reading_aids(app, ui, speech_of != nullptr);
    std::vector<Intent> intents = draw(v);
    if (speech_of && asks_listen(intents)) toggle_listen(ui, speech_of(v), app.state().lang);
    return intents;
}

FrameResult draw_screens(KioskApp& app, ShellState& ui) {
    FrameResult r;
    app.tick();
    follow_screen(app, ui);  // after the tick: an idle reset stops the speech
    // A+ is the person's, for their session only: the admin area keeps the normal size.
    ui::use_large_text(app.admin().mode == AdminState::Mode::Closed && large_text(app.state(), app.config()));
    const FlowState& s = app.state();
    const Catalog& c = app.catalog();
    std::vector<Intent> intents;

    if (app.admin().mode == AdminState::Mode::Home) return draw_admin_frame(app, ui);
    if (ui.admin_session.tab != admin::Tab::Home || !ui.admin_session.stale) {
        const std::string lang = ui.admin_session.lang;
        ui.admin_session = admin::Session{};
        ui.admin_session.lang = lang;
    }
    if (app.admin().mode != AdminState::Mode::Closed) {
        const AdminState& a = app.admin();
        ui::AdminView v;
        v.w = words(app, "");
        v.mode = static_cast<ui::AdminMode>(a.mode);
        v.digits = static_cast<int>(a.digits.size());
        v.message_key = a.message_key;
        v.locked_seconds = app.admin_locked_seconds();
        for (const auto& ai : ui::draw_admin_entry(v)) {
            r.acted = true;
            switch (ai.kind) {
                case ui::AdminIntent::Kind::Digit: app.admin_digit(ai.digit); break;
                case ui::AdminIntent::Kind::Erase: app.admin_erase(); break;
                case ui::AdminIntent::Kind::Submit: app.admin_submit(); break;
                case ui::AdminIntent::Kind::Cancel: app.admin_close(); break;
                case ui::AdminIntent::Kind::Open: app.admin_open(); break;
            }
        }
        if (v.locked_seconds > 0) r.wake_at = app.now() + Millis(1000);
        if (auto d = app.next_deadline()) r.wake_at = r.wake_at ? std::min(*r.wake_at, *d) : *d;
        return r;
    }

    switch (s.screen) {
        case Screen::Attract: {
            const Millis now = app.now();
            if (ui.attract_cycles && now - ui.attract_since >= ShellState::kAttractCycle) {
                if (ui.attract_since.count() != 0) ui.attract_lang = (ui.attract_lang + 1) % app.languages().size();
                ui.attract_since = now;
            }
            ui::AttractView v{words(app, app.languages()[ui.attract_lang % app.languages().size()].code), language_choices(app)};
            intents = ui::draw_attract(v);
            if (ui.attract_cycles) r.wake_at = ui.attract_since + ShellState::kAttractCycle;
            break;
        }
        case Screen::Language: {
            ui::LanguageView v;
            for (const auto& l : app.languages()) v.titles.push_back(c.ui.get(l.code, "choose_language"));
            v.languages = language_choices(app);
            v.w = words(app, "");
            v.aids = reading_aids(app, ui, false);
            intents = ui::draw_language(v);
            break;
        }
        case Screen::Identify: intents = draw_with_aids(app, ui, identify_view(app), ui::draw_identify); break;
        case Screen::Modules: intents = draw_with_aids(app, ui, modules_view(app), ui::draw_modules); break;
        case Screen::Lesson: intents = draw_with_aids(app, ui, lesson_view(app), ui::draw_lesson, lesson_speech); break;
        case Screen::Quiz: intents = draw_with_aids(app, ui, quiz_view(app), ui::draw_quiz, quiz_speech); break;
        case Screen::Result: intents = draw_with_aids(app, ui, result_view(app), ui::draw_result, result_speech); break;
        case Screen::Certificate: intents = draw_with_aids(app, ui, certificate_view(app, ui), ui::draw_certificate); break;
    }
    if (s.idle_warning) {
        auto more = ui::draw_idle_overlay({words(app, s.lang), countdown_seconds(s, app.env(), app.config())});
        intents.insert(intents.end(), more.begin(), more.end());
    }
    const bool opened = admin_corner(app, ui, r);
    if (!opened)
        for (const auto& in : intents) app.handle(in);
    if (!intents.empty()) r.acted = true;
    if (ImGui::GetIO().MouseDown[0]) r.animating = true;  // drags scroll
    if (auto d = app.next_deadline()) r.wake_at = r.wake_at ? std::min(*r.wake_at, *d) : *d;
    // The Listen button turns back by itself when the speech ends.
    if (speech_playing(ui)) r.wake_at = std::min(r.wake_at.value_or(app.now() + Millis(250)), app.now() + Millis(250));
    return r;
}

}  // namespace

FrameResult draw_frame(KioskApp& app, ShellState& ui) {
    ui::begin_frame_targets();
    FrameResult r;
    try {
        r = draw_screens(app, ui);
    } catch (const std::exception& e) {
        // Screens never throw and the app catches its own failures; this is the last line, so
        // one bad frame cannot end the kiosk: close what the frame left open and say so.
        ImGui::ErrorCheckEndFrameRecover(nullptr);
        app.report_problem("drawing the screen", e);
        r = FrameResult{};
        r.acted = true;
    }
    if (!app.notice_key().empty() && ui::draw_notice({words(app, app.state().lang), app.notice_key()})) {
        app.dismiss_notice();
        r.acted = true;
    }
    return r;
}

void draw_error_frame(const UiText& text, const std::vector<Language>& languages, const std::string& path,
                      const std::string& reason) {
    ui::ErrorView v;
    for (const auto& l : languages) {
        if (v.w.size() >= 2) break;
        v.w.push_back(ui::Words{&text, l.code});
    }
    v.path = path;
    v.reason = reason;
    ui::draw_error(v);
}

}  // namespace signaal::shell
