#pragma once
// The shell's side of the reading aids: what the Listen button reads on each screen, the
// ReadingAids a view carries, and keeping the ReadAloud in step with the screen and the settings.
#include <string>
#include <vector>

#include "shell/frame.hpp"

namespace signaal::shell {

// The aids of the current learner screen; speakable: the screen has text Listen reads.
ui::ReadingAids reading_aids(const KioskApp& app, const ShellState& ui, bool speakable);

// What Listen reads on the quiz screen: the scenario, prompt and choices (for a picture question
// the prompt and what to do, never the regions' explanations).
std::string quiz_speech(const ui::QuizView& v);

// Once per frame, after the app's tick: applies changed settings and tells the ReadAloud what
// is on screen (a screen, page or question of its own stops the speech of the last one).
void follow_screen(const KioskApp& app, ShellState& ui);

// Whether the person tapped Listen among these intents.
bool asks_listen(const std::vector<Intent>& intents);

// Starts or stops reading `text` in `lang` (nothing without a ReadAloud).
void toggle_listen(ShellState& ui, const std::string& text, const std::string& lang);

// While speech plays, the button must turn back when it ends: draw again this soon.
bool speech_playing(const ShellState& ui);

}  // namespace signaal::shell
