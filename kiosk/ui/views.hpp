#pragma once
// Plain view structs: everything one screen draws, already in the person's language.
// Built by the shell from FlowState, Catalog and app data; drawn by the screen functions.
// No ImGui include here, so the app and tests can build views without a GUI.
#include <cstdint>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "flow.hpp"
#include "route_card.hpp"
#include "ui_text.hpp"

namespace signaal::ui {

// Words of the current language by key (UiText for one language).
struct Words {
    const UiText* ui = nullptr;
    std::string lang;
    std::string operator()(const std::string& key) const { return ui->get(lang, key); }
};

// The Listen and A / A+ buttons of a learner screen (reading_aids.hpp draws them).
struct ReadingAids {
    bool large_text = false;        // A+ is on: the button offers the way back
    bool listen_available = false;  // reading aloud is on and works here: show Listen
    bool listening = false;         // speech is playing: the button stops it
};

struct LanguageChoice {
    std::string code;
    std::string name;  // in the language itself
};

struct AttractView {
    Words w;  // the language the attract screen currently speaks (it cycles)
    std::vector<LanguageChoice> languages;
};

struct LanguageView {
    std::vector<std::string> titles;  // "choose your language" in every offered language
    std::vector<LanguageChoice> languages;
    Words w;  // for the back button: first offered language
    ReadingAids aids;
};

struct VenueChoice {
    std::int64_t id = 0;
    std::string name;
    std::string kind;
};

struct IdentifyView {
    Words w;
    std::string name;
    std::string employee_number;
    Field field = Field::Name;
    std::vector<VenueChoice> venues;
    std::int64_t venue_id = 0;
    std::string name_problem;  // key suffix: "name_problem_<x>"
    Keyboard keyboard;
    ReadingAids aids;
};

struct ModuleCard {
    std::string id;
    std::string title;
    std::string summary;
    int minutes = 0;
    ModuleStatus::Kind status = ModuleStatus::Kind::Never;
    std::string valid_until;  // ISO date
};

struct ModulesView {
    Words w;
    std::string name;
    std::vector<ModuleCard> modules;
    ReadingAids aids;
};

struct SignalCard {
    std::filesystem::path icon;  // PNG, may not exist
    std::string title;
    std::string text;
};

struct LessonView {
    Words w;
    std::string module_title;
    std::optional<PageText> page;  // placeholders filled from the person's venue
    std::filesystem::path image;
    std::vector<SignalCard> cards;
    std::optional<RouteCard> route_card;  // on the page that teaches reporting (route_card = true)
    int page_index = 0;
    int page_count = 0;
    ReadingAids aids;
};

struct QuizChoice {
    int index = 0;  // into Question::choice_ids, what TapChoice carries
    std::string text;
};

struct QuizView {
    Words w;
    std::string module_title;
    // The question itself, so a type's own data (a picture's regions) reaches its drawing
    // without passing through this struct; null only in views built by hand for a test.
    const Question* question = nullptr;
    QuestionType type = QuestionType::Single;
    std::string scenario;
    std::string prompt;
    std::filesystem::path image;
    std::vector<QuizChoice> choices;  // in display order
    std::vector<int> chosen;          // choice indices; for order questions in tapped order
    int question_index = 0;
    int question_count = 0;
    bool can_go_next = false;
    ReadingAids aids;
};

struct ReviewItem {
    std::string prompt;
    std::string given;    // what the person answered, joined
    std::string correct;  // the right answer, joined
    std::string feedback;
    // The question itself, what was tapped and the choice texts (filled): for a type drawn
    // otherwise than in words (draw_review_answer, screen_quiz.cpp).
    const Question* question = nullptr;
    std::vector<int> chosen;
    std::vector<std::string> texts;  // parallel to Question::choice_ids
};

struct ResultView {
    Words w;
    std::string module_title;
    bool passed = false;
    int correct = 0;
    int total = 0;
    int percent = 0;
    int pass_mark = 0;
    std::vector<ReviewItem> wrong;
    SaveState save = SaveState::None;
    bool certificate_ready = false;
    RouteCard route_card;  // reporting matters whether the person passed or not
    ReadingAids aids;
};

struct CertificateView {
    Words w;
    std::string name;
    std::string module_title;
    std::string completed_on;
    std::string valid_until;
    std::string verification_code;
    std::string serial;
    std::vector<bool> qr;  // square matrix, row-major; empty when not available
    std::string print_message_key;  // empty, or a ui key to show after Print
    ReadingAids aids;
};

// A notice about the last action, e.g. key "store_unavailable".
struct NoticeView {
    Words w;
    std::string key;
};

struct IdleView {
    Words w;
    int seconds = 0;
};

// The admin entry: a PIN pad, then (for now) an empty admin home.
enum class AdminMode { Closed, EnterPin, ChoosePin, ConfirmPin, Home };

struct AdminView {
    Words w;
    AdminMode mode = AdminMode::Closed;
    int digits = 0;           // how many typed (never the digits themselves)
    std::string message_key;  // e.g. "admin_pin_wrong"; empty for none
    int locked_seconds = 0;   // > 0: the pad is locked for this long
};

struct AdminIntent {
    enum class Kind { Open, Digit, Erase, Submit, Cancel };
    Kind kind = Kind::Open;
    char digit = 0;
};

struct ErrorView {
    std::vector<Words> w;  // the message in a few languages
    std::string path;
    std::string reason;
};

}  // namespace signaal::ui
