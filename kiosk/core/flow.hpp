#pragma once
// The kiosk's screen flow as a pure state machine: screens report what the person did
// (intents), apply() changes the state and lists the work the app must do (effects).
// Time and randomness come in through Env, so tests control both.
#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "local_route.hpp"
#include "records.hpp"
#include "content.hpp"
#include "quiz.hpp"

namespace signaal {

enum class Screen { Attract, Language, Identify, Modules, Lesson, Quiz, Result, Certificate };
const char* screen_name(Screen s);

using Millis = std::chrono::milliseconds;

struct FlowConfig {
    Millis idle_timeout{90'000};  // no input for this long shows the countdown
    Millis countdown{20'000};     // then this long until everything is wiped
    size_t max_name_length = 120;
    size_t max_employee_number_length = 24;
    bool large_text = false;  // the text size a new session starts with (setting text_size)
};

struct Env {
    Millis now{0};          // monotonic
    std::uint64_t random = 0;  // fresh entropy for a new attempt's seed
};

enum class Field { Name, EmployeeNumber };

enum class SaveState { None, Saving, Saved, Failed };

struct FlowState {
    Screen screen = Screen::Attract;
    std::string lang;

    // Identify: what the person typed and chose.
    std::string name;
    std::string employee_number;
    Field field = Field::Name;
    std::int64_t venue_id = 0;
    std::string venue_kind;    // audience of the chosen venue, e.g. "hotel"
    std::string name_problem;  // ui key suffix of why Confirm was refused, empty if none
    std::vector<ModuleStatus> statuses;
    // Per module id: the questions of the person's last attempt (from the store, then this
    // session's), so a retry draws others where the pool allows.
    std::map<std::string, std::vector<std::string>> last_drawn;
    LocalRoute route;  // who to tell at the person's venue; fills the text's {placeholders}

    // Lessons and quiz.
    std::string module_id;
    int page = 0;
    AttemptPlan plan;
    int question = 0;  // position in plan
    std::vector<Answer> answers;
    std::optional<Score> score;
    SaveState save = SaveState::None;
    std::string save_error;
    std::optional<Issued> issued;

    // Idle handling.
    Millis last_input{0};
    bool idle_warning = false;

    // Reading aids. The person's A / A+ choice for this session; none: FlowConfig's default.
    std::optional<bool> large_text;
};

namespace intent {
struct Start {};
struct ChooseLanguage { std::string code; };
struct Focus { Field field; };
struct Type { std::string text; };  // one or more characters for the focused field
struct Backspace {};
struct ChooseVenue { std::int64_t id; std::string kind; };
struct Confirm {};  // identification done
struct ChooseModule { std::string id; };
struct Next {};
struct Back {};
struct TapChoice { int choice; };  // index into Question::choice_ids
struct ClearAnswer {};
struct Retry {};           // new quiz attempt after failing
struct ReadAgain {};       // back to the first lesson page after failing
struct ShowCertificate {};
struct Print {};
struct Done {};            // finished: wipe and return to attract
struct StillHere {};       // dismisses the idle countdown
struct Listen {};          // the Listen button: the shell starts or stops reading aloud
struct TextSize {};        // the A / A+ button: larger text for this session, or back
}  // namespace intent

using Intent = std::variant<intent::Start, intent::ChooseLanguage, intent::Focus, intent::Type,
                            intent::Backspace, intent::ChooseVenue, intent::Confirm,
                            intent::ChooseModule, intent::Next, intent::Back, intent::TapChoice,
                            intent::ClearAnswer, intent::Retry, intent::ReadAgain,
                            intent::ShowCertificate, intent::Print, intent::Done, intent::StillHere,
                            intent::Listen, intent::TextSize>;

namespace effect {
struct LookupPerson { std::string name, employee_number; std::int64_t venue_id; };
struct SaveAttempt { AttemptRecord record; };
struct PrintCertificate { std::string serial; };
}  // namespace effect

using Effect = std::variant<effect::LookupPerson, effect::SaveAttempt, effect::PrintCertificate>;

// Applies one thing the person did. Any intent counts as activity for idle handling.
std::vector<Effect> apply(FlowState& s, const Catalog& c, const Intent& in, const Env& env,
                          const FlowConfig& cfg = {});

// Advances time without input: shows the countdown, then wipes the person's data.
// Returns true when the state was wiped.
bool tick(FlowState& s, const Env& env, const FlowConfig& cfg = {});

// Seconds left on the idle countdown (only meaningful while s.idle_warning).
int countdown_seconds(const FlowState& s, const Env& env, const FlowConfig& cfg = {});

// Whether the screen shows the larger text (A+): the person's choice, else the kiosk's default.
bool large_text(const FlowState& s, const FlowConfig& cfg = {});

// Answers from the app to effects.
void set_statuses(FlowState& s, std::vector<ModuleStatus> statuses);
void set_last_drawn(FlowState& s, std::map<std::string, std::vector<std::string>> last_drawn);
void attempt_saved(FlowState& s, std::uint64_t seed, Issued issued);
void attempt_save_failed(FlowState& s, std::uint64_t seed, std::string reason);

// The modules offered to a person of a venue kind (all modules when kind is empty).
std::vector<const Module*> offered_modules(const Catalog& c, const std::string& venue_kind);

// The module and question on screen; assert if the state has none.
const Module& current_module(const FlowState& s, const Catalog& c);
const Question& current_question(const FlowState& s, const Catalog& c);

}  // namespace signaal
