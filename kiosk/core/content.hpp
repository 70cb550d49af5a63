#pragma once
// The training content as the kiosk uses it, after loading and validation. Plain data.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "ui_text.hpp"

namespace signaal {

// What each type means lives in one table: question_types.hpp.
enum class QuestionType { Single, Multiple, TrueFalse, Scenario, Order, Spot };

const char* to_string(QuestionType t);  // its name in module.toml (question_types.cpp)

struct CardText {
    std::string title;
    std::string text;
};

struct PageText {
    std::string heading;
    std::vector<std::string> paragraphs;
    std::vector<std::string> bullets;
    std::vector<CardText> cards;  // parallel to Page::card_icons
};

struct QuestionText {
    std::string scenario;  // only for scenario questions
    std::string prompt;
    std::vector<std::string> choices;  // parallel to Question::choice_ids
    std::string feedback;
    int line = 0;  // of [questions.<id>] in <lang>.toml, for problems found after loading
};

struct ModuleText {
    std::string title;
    std::string summary;
    std::vector<PageText> pages;          // parallel to Module::pages
    std::vector<QuestionText> questions;  // parallel to Module::questions
};

struct Page {
    std::string id;
    std::filesystem::path image;  // absolute, checked to exist; empty when none
    std::vector<std::string> card_icons;
    bool route_card = false;  // this page teaches reporting: the kiosk adds "Where to report here"
};

// One part of a spot question's picture, in the image's own pixels: a rectangle (x, y the top
// left, w, h) or, when r > 0, a circle (x, y the centre). Each is a signal or an ordinary thing.
struct Region {
    std::string id;
    float x = 0, y = 0, w = 0, h = 0, r = 0;
    bool signal = false;
    bool circle() const { return r > 0; }
};

struct Question {
    std::string id;
    QuestionType type = QuestionType::Single;
    std::vector<std::string> choice_ids;  // truefalse: {"true", "false"}
    // Indices into choice_ids: the right choice(s); for order questions 0..n-1, the right order.
    std::vector<int> correct;
    std::filesystem::path image;
    std::string topic;  // what the question tests; each attempt draws at least one per topic
    std::vector<Region> regions;  // spot: parallel to choice_ids (the region ids)
};

struct Module {
    std::string id;
    int version = 1;
    std::vector<std::string> audiences;
    int minutes = 0;
    int pass_mark = 80;        // percent
    int validity_months = 12;
    int draw = 0;  // questions per attempt, from the pool in `questions`; all of them when not set
    std::vector<std::string> sources;
    std::filesystem::path dir;
    std::vector<Page> pages;
    std::vector<Question> questions;
    std::map<std::string, ModuleText> text;  // by language code; every offered language present

    const ModuleText& in(const std::string& lang) const;
};

struct Language {
    std::string code;
    std::string name;  // in the language itself
};

struct Catalog {
    std::vector<Language> languages;
    std::vector<Module> modules;
    UiText ui;

    const Module* find_module(const std::string& id) const;
    bool offers(const std::string& lang) const;
};

}  // namespace signaal
