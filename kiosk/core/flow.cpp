#include "flow.hpp"

#include <algorithm>
#include <cassert>

#include "names.hpp"
#include "utf8_text.hpp"

namespace signaal {
namespace {

template <class... F> struct Overload : F... { using F::operator()...; };
template <class... F> Overload(F...) -> Overload<F...>;

void wipe(FlowState& s) { s = FlowState{}; }

bool employee_char_ok(const std::string& ch) {
    if (ch.size() != 1) return false;
    const char c = ch[0];
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-';
}

void type_text(FlowState& s, const std::string& text, const FlowConfig& cfg) {
    if (!utf8::valid(text)) return;
    for (const std::string& ch : utf8::split(text)) {
        if (s.field == Field::Name) {
            if (!names::problem(ch, 1).empty() && ch != " ") continue;  // no control characters
            if (ch == " " && (s.name.empty() || s.name.back() == ' ')) continue;  // no leading or double spaces
            if (utf8::length(s.name) >= cfg.max_name_length) return;
            s.name += ch;
        } else {
            if (!employee_char_ok(ch) || s.employee_number.size() >= cfg.max_employee_number_length) continue;
            s.employee_number += ch;
        }
    }
    s.name_problem.clear();
}

void start_quiz(FlowState& s, const Catalog& c, const Env& env) {
    const Module& m = current_module(s, c);
    auto& last = s.last_drawn[m.id];
    s.plan = plan_attempt(m, choose_seed(m, env.random, last));
    last = drawn_ids(m, s.plan);
    s.question = 0;
    s.answers.assign(s.plan.questions.size(), Answer{});
    s.score.reset();
    s.save = SaveState::None;
    s.save_error.clear();
    s.issued.reset();
    s.screen = Screen::Quiz;
}

AttemptRecord make_record(const FlowState& s, const Module& m, const Score& score) {
    AttemptRecord r;
    r.name = names::normalized(s.name);
    r.employee_number = s.employee_number;
    r.venue_id = s.venue_id;
    r.language = s.lang;
    r.module_id = m.id;
    r.module_version = m.version;
    r.validity_months = m.validity_months;
    r.seed = s.plan.seed;
    r.correct = score.correct;
    r.total = score.total;
    r.percent = score.percent;
    r.passed = score.passed;
    for (const auto& res : score.results) {
        const Question& q = m.questions[static_cast<size_t>(res.question)];
        AnswerRecord a{q.id, {}, res.correct};
        for (int ch : res.given.chosen) {
            if (!a.given.empty()) a.given += ',';
            a.given += q.choice_ids[static_cast<size_t>(ch)];
        }
        r.answers.push_back(std::move(a));
    }
    return r;
}

std::vector<Effect> finish_quiz(FlowState& s, const Catalog& c) {
    const Module& m = current_module(s, c);
    s.score = score_attempt(m, s.plan, s.answers);
    s.screen = Screen::Result;
    s.save = SaveState::Saving;
    return {effect::SaveAttempt{make_record(s, m, *s.score)}};
}

std::vector<Effect> next(FlowState& s, const Catalog& c, const Env& env) {
    switch (s.screen) {
        case Screen::Lesson: {
            const Module& m = current_module(s, c);
            if (static_cast<size_t>(s.page) + 1 < m.pages.size()) ++s.page;
            else start_quiz(s, c, env);
            return {};
        }
        case Screen::Quiz:
            if (!is_complete(current_question(s, c), s.answers[static_cast<size_t>(s.question)])) return {};
            if (static_cast<size_t>(s.question) + 1 < s.plan.questions.size()) {
                ++s.question;
                return {};
            }
            return finish_quiz(s, c);
        default: return {};
    }
}

void back(FlowState& s) {
    switch (s.screen) {
        case Screen::Language: wipe(s); break;
        case Screen::Identify: s.screen = Screen::Language; break;
        case Screen::Modules: s.screen = Screen::Identify; s.statuses.clear(); break;
        case Screen::Lesson:
            if (s.page > 0) --s.page;
            else s.screen = Screen::Modules;
            break;
        case Screen::Quiz:
            if (s.question > 0) --s.question;
            break;
        default: break;  // Attract, Result and Certificate have no way back
    }
}

std::vector<Effect> confirm_identity(FlowState& s, const FlowConfig& cfg) {
    const std::string name = utf8::trim(s.name);
    s.name_problem = names::problem(name, cfg.max_name_length);
    if (s.name_problem.empty() && s.venue_id == 0) s.name_problem = "no_venue";
    if (!s.name_problem.empty()) return {};
    s.name = name;
    s.screen = Screen::Modules;
    return {effect::LookupPerson{s.name, s.employee_number, s.venue_id}};
}

}  // namespace

const char* screen_name(Screen s) {
    switch (s) {
        case Screen::Attract: return "attract";
        case Screen::Language: return "language";
        case Screen::Identify: return "identify";
        case Screen::Modules: return "modules";
        case Screen::Lesson: return "lesson";
        case Screen::Quiz: return "quiz";
        case Screen::Result: return "result";
        case Screen::Certificate: return "certificate";
    }
    return "?";
}

std::vector<Effect> apply(FlowState& s, const Catalog& c, const Intent& in, const Env& env,
                          const FlowConfig& cfg) {
    s.last_input = env.now;
    s.idle_warning = false;
    const Screen on = s.screen;
    return std::visit(
        Overload{
            [&](const intent::Start&) -> std::vector<Effect> {
                if (on == Screen::Attract) s.screen = Screen::Language;
                return {};
            },
            [&](const intent::ChooseLanguage& i) -> std::vector<Effect> {
                if ((on == Screen::Language || on == Screen::Attract) && c.offers(i.code)) {
                    s.lang = i.code;
                    s.screen = Screen::Identify;
                }
                return {};
            },
            [&](const intent::Focus& i) -> std::vector<Effect> {
                if (on == Screen::Identify) s.field = i.field;
                return {};
            },
            [&](const intent::Type& i) -> std::vector<Effect> {
                if (on == Screen::Identify) type_text(s, i.text, cfg);
                return {};
            },
            [&](const intent::Backspace&) -> std::vector<Effect> {
                if (on == Screen::Identify) utf8::pop_back(s.field == Field::Name ? s.name : s.employee_number);
                return {};
            },
            [&](const intent::ChooseVenue& i) -> std::vector<Effect> {
                if (on == Screen::Identify) {
                    s.venue_id = i.id;
                    s.venue_kind = i.kind;
                    if (s.name_problem == "no_venue") s.name_problem.clear();
                }
                return {};
            },
            [&](const intent::Confirm&) -> std::vector<Effect> {
                return on == Screen::Identify ? confirm_identity(s, cfg) : std::vector<Effect>{};
            },
            [&](const intent::ChooseModule& i) -> std::vector<Effect> {
                if (on == Screen::Modules && c.find_module(i.id)) {
                    s.module_id = i.id;
                    s.page = 0;
                    s.screen = Screen::Lesson;
                }
                return {};
            },
            [&](const intent::Next&) { return next(s, c, env); },
            [&](const intent::Back&) -> std::vector<Effect> {
                back(s);
                return {};
            },
            [&](const intent::TapChoice& i) -> std::vector<Effect> {
                if (on != Screen::Quiz) return {};
                const Question& q = current_question(s, c);
                if (i.choice >= 0 && static_cast<size_t>(i.choice) < q.choice_ids.size())
                    tap_choice(q, s.answers[static_cast<size_t>(s.question)], i.choice);
                return {};
            },
            [&](const intent::ClearAnswer&) -> std::vector<Effect> {
                if (on == Screen::Quiz) s.answers[static_cast<size_t>(s.question)].chosen.clear();
                return {};
            },
            [&](const intent::Retry&) -> std::vector<Effect> {
                if (on == Screen::Result && s.score && !s.score->passed) start_quiz(s, c, env);
                return {};
            },
            [&](const intent::ReadAgain&) -> std::vector<Effect> {
                if (on == Screen::Result && s.score && !s.score->passed) {
                    s.page = 0;
                    s.screen = Screen::Lesson;
                }
                return {};
            },
            [&](const intent::ShowCertificate&) -> std::vector<Effect> {
                if (on == Screen::Result && s.save == SaveState::Saved && s.issued) s.screen = Screen::Certificate;
                return {};
            },
            [&](const intent::Print&) -> std::vector<Effect> {
                if (on == Screen::Certificate && s.issued) return {effect::PrintCertificate{s.issued->serial}};
                return {};
            },
            [&](const intent::Done&) -> std::vector<Effect> {
                wipe(s);
                return {};
            },
            [&](const intent::StillHere&) -> std::vector<Effect> { return {}; },
            // Reading aloud is the shell's; a tap on Listen is activity all the same.
            [&](const intent::Listen&) -> std::vector<Effect> { return {}; },
            [&](const intent::TextSize&) -> std::vector<Effect> {
                if (on != Screen::Attract) s.large_text = !large_text(s, cfg);
                return {};
            },
        },
        in);
}

bool tick(FlowState& s, const Env& env, const FlowConfig& cfg) {
    if (s.screen == Screen::Attract) return false;
    const Millis idle = env.now - s.last_input;
    if (idle >= cfg.idle_timeout + cfg.countdown) {
        wipe(s);
        return true;
    }
    s.idle_warning = idle >= cfg.idle_timeout;
    return false;
}

int countdown_seconds(const FlowState& s, const Env& env, const FlowConfig& cfg) {
    const Millis left = cfg.idle_timeout + cfg.countdown - (env.now - s.last_input);
    return static_cast<int>(std::max<long long>(0, (left.count() + 999) / 1000));
}

bool large_text(const FlowState& s, const FlowConfig& cfg) { return s.large_text.value_or(cfg.large_text); }

void set_statuses(FlowState& s, std::vector<ModuleStatus> statuses) { s.statuses = std::move(statuses); }

void set_last_drawn(FlowState& s, std::map<std::string, std::vector<std::string>> last_drawn) {
    s.last_drawn = std::move(last_drawn);
}

void attempt_saved(FlowState& s, std::uint64_t seed, Issued issued) {
    if (s.screen != Screen::Result || s.plan.seed != seed) return;  // the person has moved on
    s.save = SaveState::Saved;
    s.save_error.clear();
    if (s.score && s.score->passed) s.issued = std::move(issued);
}

void attempt_save_failed(FlowState& s, std::uint64_t seed, std::string reason) {
    if (s.screen != Screen::Result || s.plan.seed != seed) return;
    s.save = SaveState::Failed;
    s.save_error = std::move(reason);
}

std::vector<const Module*> offered_modules(const Catalog& c, const std::string& venue_kind) {
    std::vector<const Module*> out;
    for (const auto& m : c.modules)
        if (venue_kind.empty() ||
            std::find(m.audiences.begin(), m.audiences.end(), venue_kind) != m.audiences.end())
            out.push_back(&m);
    return out;
}

const Module& current_module(const FlowState& s, const Catalog& c) {
    const Module* m = c.find_module(s.module_id);
    assert(m && "a screen past module choice always has a module");
    return *m;
}

const Question& current_question(const FlowState& s, const Catalog& c) {
    const Module& m = current_module(s, c);
    assert(static_cast<size_t>(s.question) < s.plan.questions.size());
    return m.questions[static_cast<size_t>(s.plan.questions[static_cast<size_t>(s.question)])];
}

}  // namespace signaal
