#include "page_speech.hpp"

namespace signaal::speech {
namespace {

// Each shown block becomes a sentence, so the voice pauses between them even where the text
// has no full stop (headings, bullets, choices).
void add(std::string& out, const std::string& block) {
    if (block.empty()) return;
    if (!out.empty()) out += '\n';
    out += block;
    const char last = block.back();
    if (last != '.' && last != '?' && last != '!' && last != ':') out += '.';
}

}  // namespace

std::string blocks_speech(const std::vector<std::string>& blocks) {
    std::string out;
    for (const auto& b : blocks) add(out, b);
    return out;
}

std::string page_speech(const PageText& page) {
    std::string out;
    add(out, page.heading);
    for (const auto& p : page.paragraphs) add(out, p);
    for (const auto& b : page.bullets) add(out, b);
    for (const auto& c : page.cards) {
        add(out, c.title);
        add(out, c.text);
    }
    return out;
}

std::string question_speech(const QuestionText& question) {
    std::string out;
    add(out, question.scenario);
    add(out, question.prompt);
    for (const auto& c : question.choices) add(out, c);
    return out;
}

}  // namespace signaal::speech
