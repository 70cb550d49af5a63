#include "shell/reading.hpp"

#include <algorithm>

#include "question_types.hpp"
#include "speech/page_speech.hpp"
#include "speech/read_aloud.hpp"

namespace signaal::shell {

std::string lesson_speech(const ui::LessonView& v) { return v.page ? speech::page_speech(*v.page) : std::string(); }

std::string quiz_speech(const ui::QuizView& v) {
    QuestionText q;
    q.scenario = v.scenario;
    q.prompt = v.prompt;
    // A picture question's "choices" are its regions' explanations, which give the answer away:
    // it is read as its prompt and what to do, the picture speaks for itself.
    if (rules_of(v.type).choices == QuestionRules::Choices::Regions) {
        q.choices.push_back(v.w(rules_of(v.type).hint_key));
        return speech::question_speech(q);
    }
    for (const auto& c : v.choices) q.choices.push_back(c.text);
    return speech::question_speech(q);
}

std::string result_speech(const ui::ResultView& v) {
    std::vector<std::string> blocks{
        v.w(v.passed ? "result_passed" : "result_failed"),
        fill(v.w("score_line"), {{"correct", std::to_string(v.correct)}, {"total", std::to_string(v.total)}}),
        fill(v.w(v.passed ? "result_passed_body" : "result_failed_body"), {{"percent", std::to_string(v.pass_mark)}}),
    };
    if (v.wrong.empty()) blocks.push_back(v.w("review_all_right"));
    else blocks.push_back(v.w("review_title"));
    for (const auto& item : v.wrong) {
        blocks.push_back(item.prompt);
        blocks.push_back(v.w("your_answer") + " " + (item.given.empty() ? v.w("no_answer") : item.given));
        blocks.push_back(v.w("right_answer") + " " + item.correct);
        blocks.push_back(item.feedback);
    }
    return speech::blocks_speech(blocks);
}

ui::ReadingAids reading_aids(const KioskApp& app, const ShellState& ui, bool speakable) {
    ui::ReadingAids a;
    a.large_text = large_text(app.state(), app.config());
    a.listen_available = speakable && ui.read_aloud && ui.read_aloud->available();
    a.listening = a.listen_available && ui.read_aloud->playing();
    return a;
}

namespace {

// What is on screen, as far as speech is concerned: the screen, and its page or question.
std::string screen_key(const KioskApp& app) {
    if (app.admin().mode != AdminState::Mode::Closed) return "admin";
    const FlowState& s = app.state();
    std::string key = screen_name(s.screen);
    if (s.screen == Screen::Lesson) key += ":" + s.module_id + ":" + std::to_string(s.page);
    if (s.screen == Screen::Quiz) key += ":" + std::to_string(s.question);
    return key;
}

}  // namespace

void follow_screen(const KioskApp& app, ShellState& ui) {
    if (!ui.read_aloud) return;
    if (ui.read_aloud_applied != app.reading()) {
        ui.read_aloud->set_enabled(app.reading().read_aloud);
        ui.read_aloud->set_volume(app.reading().volume);
        ui.read_aloud_applied = app.reading();
    }
    ui.read_aloud->on_screen(screen_key(app));
}

bool asks_listen(const std::vector<Intent>& intents) {
    return std::any_of(intents.begin(), intents.end(), [](const Intent& i) { return std::holds_alternative<intent::Listen>(i); });
}

void toggle_listen(ShellState& ui, const std::string& text, const std::string& lang) {
    if (ui.read_aloud) ui.read_aloud->toggle(text, lang);
}

bool speech_playing(const ShellState& ui) { return ui.read_aloud && ui.read_aloud->playing(); }

}  // namespace signaal::shell
