#pragma once
// The quiz and plain-language rules of shipped modules (`signaal content check --strict`),
// measured per module and language on the text as a learner reads it with nothing configured
// (every placeholder shows its fallback):
// - the right choice is the longest in at most 40% of single and scenario questions, so the
//   length of a choice gives nothing away;
// - no choice is more than twice as long as the shortest choice of its question;
// - ages and numbers are written as digits ("16", not "zestien"); "één"/"een" and "one" are not
//   counted, as "één signaal" / "one signal" is how plain language says it;
// - lesson sentences in nl and en average at most 15 words (B1).
#include <string>
#include <vector>

#include "content.hpp"
#include "diagnostics.hpp"

namespace signaal {

struct StyleFigures {
    std::string lang;
    int right_longest = 0;     // single and scenario questions whose right choice is the longest
    int counted = 0;           // single and scenario questions
    int sentences = 0;         // lesson sentences (nl and en only)
    double average_words = 0;  // per lesson sentence
};

// Appends a problem per broken rule; returns the figures per language.
std::vector<StyleFigures> check_style(const Module& m, const std::vector<Language>& langs,
                                      std::vector<Diagnostic>& problems);

// Words as a person counts them (letters, digits, apostrophes and hyphens), and lesson sentences.
int count_words(std::string_view s);
std::vector<std::string> split_sentences(std::string_view text);

}  // namespace signaal
