#pragma once
// What the Listen button reads on each screen, in the order it is shown: one place, so the
// screens and the read-aloud tests read the same text.
#include <string>
#include <vector>

#include "content.hpp"

namespace signaal::speech {

std::string page_speech(const PageText& page);
// The scenario (when there is one), the prompt and every choice.
std::string question_speech(const QuestionText& question);
// Any other screen's blocks of text (a result and its review, a new question type's parts), in
// the order shown; each becomes a sentence, as on a page.
std::string blocks_speech(const std::vector<std::string>& blocks);

}  // namespace signaal::speech
