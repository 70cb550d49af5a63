#pragma once
// One table of question-type rules: everything that differs between question types, one row
// per type (question_types.cpp). The content loader, the quiz engine, the quiz screen, the
// review and the demo walk ask this table and never name a type. A new type that behaves like
// the others in each respect is a new QuestionType value, a new row and its words; see
// docs/architecture.md for the files a type with new behaviour touches.
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "content.hpp"

namespace signaal {

struct QuestionSource;  // question_source.hpp

struct QuestionRules {
    QuestionType type;
    const char* name;  // as authors write it in module.toml: type = "single"

    // [content] How module.toml lists the choices and states the right answer.
    enum class Choices {
        Listed,     // choices = [...], at least min_choices of them
        TrueFalse,  // none listed: "true" and "false", shown with the ui words answer_true/answer_false
        Regions,    // regions = [...] on the question's picture: each region is a choice
    };
    Choices choices;
    std::size_t min_choices;  // for Listed
    enum class Answer {
        One,          // answer = ["id"]
        AtLeastOne,   // answer = ["id", ...]
        ListedOrder,  // no answer: the choices are listed in the right order
        Boolean,      // answer = true / false
        Signals,      // no answer: the regions with signal = true
    };
    Answer answer;
    // Reads the row's own keys of one [[questions]] entry (choices and answer, or what the type
    // needs instead) into choice_ids and correct, reporting problems at their line.
    void (*read)(QuestionSource& in, Question& q);
    bool scenario;  // the language file gives a scenario text before the prompt
    // The table of <lang>.toml that gives one text per choice id (null: the kiosk's own words).
    const char* texts_key;

    // [quiz] How taps build the answer, and how it is judged.
    enum class Taps {
        Replace,   // a tap chooses that one choice
        Toggle,    // a tap adds or removes a choice; judged as a set
        Sequence,  // taps put choices in order (a placed one takes itself and later ones back);
                   // complete when all are placed, judged in order, never shown already solved
    };
    Taps taps;
    bool shuffled;  // choices shown in a random order (true before false stays put)

    // [screen] The ui word under the prompt, and the mark on a chosen card.
    const char* hint_key;
    enum class Mark {
        Radio, Check, Number,  // on an answer card
        Picture,               // on the regions of the picture, which stands in for the cards
    };
    Mark mark;
};

const QuestionRules& rules_of(QuestionType t);
std::span<const QuestionRules> question_types();  // every row, in the enum's order
std::optional<QuestionType> question_type_named(std::string_view name);
std::string question_type_names();  // "single, multiple, truefalse, scenario or order"

}  // namespace signaal
