#pragma once
// The reading aids every learner screen offers in the same place, at the right of its top bar:
// the A / A+ button (larger text for the session) and, where the screen has text to hear, the
// Listen button (a speaker and the word; while it speaks, a stop sign and "Stop"). They return
// the flow's intents TextSize and Listen; what is heard is the shell's business.
#include <vector>

#include "flow.hpp"
#include "views.hpp"

namespace signaal::ui {

// How wide the buttons are with their gaps, so a top bar's title leaves room for them.
float reading_aids_width(const Words& w, const ReadingAids& a);
// Draws them in the bar whose top edge is bar_top (0: the top bar), the last ending at right_x;
// appends what was tapped to out. Targets: "text_size", "listen".
void reading_aids(const Words& w, const ReadingAids& a, float right_x, std::vector<Intent>& out, float bar_top = 0);

}  // namespace signaal::ui
