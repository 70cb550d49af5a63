#pragma once
// One free function per screen: draws its view and returns what the person did.
// Screens never touch the store and never throw.
#include <vector>

#include "flow.hpp"
#include "views.hpp"

namespace signaal::ui {

std::vector<Intent> draw_attract(const AttractView& v);
std::vector<Intent> draw_language(const LanguageView& v);
std::vector<Intent> draw_identify(const IdentifyView& v);
std::vector<Intent> draw_modules(const ModulesView& v);
std::vector<Intent> draw_lesson(const LessonView& v);
std::vector<Intent> draw_quiz(const QuizView& v);
std::vector<Intent> draw_result(const ResultView& v);
// One review item's answer under its prompt, from the cursor's y at x: drawn as its question
// type is drawn on the quiz screen (screen_quiz.cpp), so a type's drawing lives in one file.
void draw_review_answer(const Words& w, const ReviewItem& item, float x, float width);
std::vector<Intent> draw_certificate(const CertificateView& v);
// The countdown on top of any screen; a tap anywhere says the person is still there.
std::vector<Intent> draw_idle_overlay(const IdleView& v);
// The notice under the top bar; true when the person tapped it away.
bool draw_notice(const NoticeView& v);
std::vector<AdminIntent> draw_admin_entry(const AdminView& v);
void draw_error(const ErrorView& v);

// "2027-11-23" in the language's date format (ui key date_format with {d} {m} {y}).
std::string format_date(const Words& w, const std::string& iso);

}  // namespace signaal::ui
