#include "spoken_text.hpp"

#include <algorithm>
#include <array>

namespace signaal::speech {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_alpha(char c) { return is_upper(c) || is_lower(c); }

// Abbreviations people say as a word, not letter by letter, per language ("*": every language).
struct SaidAsWord {
    std::string_view lang;
    std::string_view word;
};
constexpr std::array said_as_word{
    SaidAsWord{"*", "ECPAT"}, SaidAsWord{"*", "FAQ"},
    SaidAsWord{"nl", "RIEC"}, SaidAsWord{"nl", "BOA"}, SaidAsWord{"nl", "ROC"},
};

bool said_as_a_word(std::string_view word, std::string_view lang) {
    return std::any_of(said_as_word.begin(), said_as_word.end(), [&](const SaidAsWord& w) {
        return w.word == word && (w.lang == "*" || w.lang == lang);
    });
}

// A number is read digit by digit when it is a phone or reference number: it starts with 0,
// has groups joined by '-' (or by spaces after a leading 0), or has five digits or more.
// Years and counts ("2024", "12 months", "80%") are left to the voice.
std::size_t number_end(std::string_view s, std::size_t i, bool& digit_by_digit) {
    std::size_t end = i;
    while (end < s.size() && is_digit(s[end])) ++end;
    std::size_t digits = end - i;
    bool joined = false;
    const bool leading_zero = s[i] == '0';
    for (;;) {
        if (end + 1 < s.size() && (s[end] == '-' || (s[end] == ' ' && leading_zero)) && is_digit(s[end + 1])) {
            std::size_t next = end + 1;
            while (next < s.size() && is_digit(s[next])) ++next;
            digits += next - end - 1;
            end = next;
            joined = true;
        } else {
            break;
        }
    }
    digit_by_digit = leading_zero || joined || digits >= 5;
    return end;
}

void spell_number(std::string_view number, std::string& out) {
    bool first = true;
    for (char c : number) {
        if (is_digit(c)) {
            if (!first) out += ' ';
            out += c;
            first = false;
        } else {
            out += ',';  // a short pause between groups, as people read them
        }
    }
}

void say_word(std::string_view word, std::string_view lang, std::string& out) {
    const bool all_upper = word.size() >= 2 && std::all_of(word.begin(), word.end(), is_upper);
    if (all_upper && word.size() <= 6 && !said_as_a_word(word, lang)) {
        for (std::size_t k = 0; k < word.size(); ++k) {
            if (k) out += ' ';
            out += word[k];
        }
        return;
    }
    // A joined name ("CoMensha"): a space before each capital that follows a small letter.
    for (std::size_t k = 0; k < word.size(); ++k) {
        if (k > 0 && is_upper(word[k]) && is_lower(word[k - 1])) out += ' ';
        out += word[k];
    }
}

}  // namespace

std::string spoken_text(std::string_view shown, std::string_view lang) {
    std::string out;
    out.reserve(shown.size() + 16);
    std::size_t i = 0;
    while (i < shown.size()) {
        const char c = shown[i];
        const bool starts_token = i == 0 || !(is_alpha(shown[i - 1]) || is_digit(shown[i - 1]));
        if (is_digit(c) && starts_token) {
            bool spell = false;
            const std::size_t end = number_end(shown, i, spell);
            if (spell && (end == shown.size() || !is_alpha(shown[end]))) {
                spell_number(shown.substr(i, end - i), out);
            } else {
                out.append(shown.substr(i, end - i));
            }
            i = end;
        } else if (is_alpha(c) && starts_token) {
            std::size_t end = i;
            while (end < shown.size() && is_alpha(shown[end])) ++end;
            // A word that runs on into non-ASCII letters ("Ré...") is left as it is.
            if (end < shown.size() && static_cast<unsigned char>(shown[end]) >= 0x80) {
                while (end < shown.size() && (is_alpha(shown[end]) || static_cast<unsigned char>(shown[end]) >= 0x80)) ++end;
                out.append(shown.substr(i, end - i));
            } else {
                say_word(shown.substr(i, end - i), lang, out);
            }
            i = end;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

std::string voice_for(std::string_view lang) {
    if (lang == "zh-Hans" || lang == "zh") return "cmn";
    if (lang == "en") return "en-gb";
    return std::string(lang.substr(0, lang.find('-')));
}

}  // namespace signaal::speech
