#include "content_style.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <locale>
#include <set>

#include "local_route.hpp"
#include "question_types.hpp"
#include "utf8_text.hpp"

namespace signaal {
namespace {

constexpr double kMaxRightLongestShare = 0.40;
constexpr double kMaxAverageWords = 15.0;

// Number words that must be digits, per language (lowercase). Not "één", "een", "one" or their
// equivalents: "één signaal" is how plain language says it.
const std::set<std::u32string>& number_words(const std::string& lang) {
    static const std::map<std::string, std::set<std::u32string>> words = {
        {"nl", {U"twee", U"drie", U"vier", U"vijf", U"zes", U"zeven", U"acht", U"negen", U"tien", U"elf", U"twaalf",
                U"dertien", U"veertien", U"vijftien", U"zestien", U"zeventien", U"achttien", U"negentien", U"twintig",
                U"dertig", U"veertig", U"vijftig", U"honderd"}},
        {"en", {U"two", U"three", U"four", U"five", U"six", U"seven", U"eight", U"nine", U"ten", U"eleven", U"twelve",
                U"thirteen", U"fourteen", U"fifteen", U"sixteen", U"seventeen", U"eighteen", U"nineteen", U"twenty",
                U"thirty", U"forty", U"fifty", U"hundred"}},
        {"pl", {U"dwa", U"dwie", U"dwóch", U"dwoje", U"trzy", U"trzech", U"cztery", U"czterech", U"pięć", U"pięciu",
                U"sześć", U"siedem", U"osiem", U"dziewięć", U"dziesięć", U"jedenaście", U"dwanaście", U"trzynaście",
                U"czternaście", U"piętnaście", U"szesnaście", U"siedemnaście", U"osiemnaście", U"dziewiętnaście",
                U"dwadzieścia", U"trzydzieści", U"czterdzieści", U"pięćdziesiąt", U"sto"}},
        // Not "nouă": it is also "new".
        {"ro", {U"doi", U"două", U"trei", U"patru", U"cinci", U"șase", U"şase", U"șapte", U"şapte", U"opt", U"zece",
                U"unsprezece", U"doisprezece", U"douăsprezece", U"treisprezece", U"paisprezece", U"cincisprezece",
                U"șaisprezece", U"şaisprezece", U"șaptesprezece", U"optsprezece", U"nouăsprezece", U"douăzeci",
                U"treizeci", U"patruzeci", U"cincizeci", U"sută"}},
        {"bg", {U"два", U"две", U"двама", U"три", U"трима", U"четири", U"четирима", U"пет", U"шест", U"седем", U"осем",
                U"девет", U"десет", U"единадесет", U"дванадесет", U"тринадесет", U"четиринадесет", U"петнадесет",
                U"шестнадесет", U"седемнадесет", U"осемнадесет", U"деветнадесет", U"двадесет", U"тридесет",
                U"четиридесет", U"петдесет", U"сто"}},
    };
    static const std::set<std::u32string> none;
    auto it = words.find(lang);
    return it == words.end() ? none : it->second;
}

// Letters of every script the content uses: glibc's C.UTF-8 classifies and lowercases them all.
const std::ctype<wchar_t>& letters() {
    static const std::locale loc = [] {
        try {
            return std::locale("C.UTF-8");
        } catch (const std::runtime_error&) {
            return std::locale::classic();  // ASCII only; the number check then sees fewer words
        }
    }();
    return std::use_facet<std::ctype<wchar_t>>(loc);
}

std::u32string decode(std::string_view s) {
    std::u32string out;
    for (size_t i = 0; i < s.size();) {
        const auto b = static_cast<unsigned char>(s[i]);
        const int n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        char32_t c = n == 1 ? b : b & (0x7F >> n);
        for (int k = 1; k < n && i + static_cast<size_t>(k) < s.size(); ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + static_cast<size_t>(k)]) & 0x3F);
        out.push_back(c);
        i += static_cast<size_t>(n);
    }
    return out;
}

bool is_alnum(char32_t c) { return c == U'_' || letters().is(std::ctype_base::alnum, static_cast<wchar_t>(c)); }
bool is_word_char(char32_t c) { return is_alnum(c) || c == U'\'' || c == U'\u2019' || c == U'-'; }
char32_t lower(char32_t c) { return static_cast<char32_t>(letters().tolower(static_cast<wchar_t>(c))); }

std::u32string lower(std::u32string s) {
    for (auto& c : s) c = lower(c);
    return s;
}

bool ends_with(const std::u32string& s, std::u32string_view tail) {
    return s.size() >= tail.size() && std::u32string_view(s).substr(s.size() - tail.size()) == tail;
}
bool ascii_letters(std::u32string_view s) {
    return std::all_of(s.begin(), s.end(), [](char32_t c) { return c >= U'a' && c <= U'z'; });
}

// The number word written in text, or empty: a listed word, a Dutch "zestienjarige" or an
// English "sixteen-year-old".
std::string number_word(const std::string& lang, std::string_view text) {
    const std::u32string t = lower(decode(text));
    const auto& listed = number_words(lang);
    std::u32string word;
    auto judge = [&]() -> bool {
        if (word.empty()) return false;
        if (listed.count(word)) return true;
        static const std::set<std::u32string> adult_minor = {U"minderjarig", U"minderjarige", U"meerderjarig", U"meerderjarige"};
        if (lang == "nl" && ascii_letters(word) && (ends_with(word, U"jarig") || ends_with(word, U"jarige")) &&
            word.size() > 6 && !adult_minor.count(word))
            return true;
        return false;
    };
    for (size_t i = 0; i <= t.size(); ++i) {
        if (i < t.size() && is_alnum(t[i])) {
            word.push_back(t[i]);
            continue;
        }
        if (judge()) break;
        word.clear();
    }
    if (lang == "en" && word.empty()) {
        for (size_t at = t.find(U"-year-old"); at != std::u32string::npos; at = t.find(U"-year-old", at + 1)) {
            size_t b = at;
            while (b > 0 && t[b - 1] >= U'a' && t[b - 1] <= U'z') --b;
            if (b < at) { word = t.substr(b, at - b + 9); break; }
        }
    }
    std::string out;
    for (char32_t c : word) {  // back to UTF-8 for the message
        if (c < 0x80) out += static_cast<char>(c);
        else if (c < 0x800) { out += static_cast<char>(0xC0 | (c >> 6)); out += static_cast<char>(0x80 | (c & 0x3F)); }
        else { out += static_cast<char>(0xE0 | (c >> 12)); out += static_cast<char>(0x80 | ((c >> 6) & 0x3F)); out += static_cast<char>(0x80 | (c & 0x3F)); }
    }
    return out;
}

// The quoted values of one raw TOML line ("..." with backslash escapes left as written).
std::vector<std::string> quoted_values(std::string_view line) {
    std::vector<std::string> out;
    for (size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '#') break;
        if (line[i] != '"') continue;
        std::string v;
        for (++i; i < line.size() && line[i] != '"'; ++i) {
            if (line[i] == '\\' && i + 1 < line.size()) v += line[i++];
            v += line[i];
        }
        out.push_back(std::move(v));
    }
    return out;
}

size_t shown_length(const std::string& text) { return utf8::length(with_fallbacks(text)); }

void check_choices(const Module& m, const ModuleText& t, const std::string& file, StyleFigures& fig,
                   std::vector<Diagnostic>& problems) {
    std::vector<std::string> longest_right;
    int tipping_line = 0;
    for (size_t i = 0; i < m.questions.size(); ++i) {
        const Question& q = m.questions[i];
        const QuestionText& qt = t.questions[i];
        const QuestionRules& rules = rules_of(q.type);
        if (rules.choices == QuestionRules::Choices::TrueFalse || qt.choices.empty()) continue;
        std::vector<size_t> lens;
        for (const auto& c : qt.choices) lens.push_back(shown_length(c));
        const size_t lo = *std::min_element(lens.begin(), lens.end()), hi = *std::max_element(lens.begin(), lens.end());
        if (hi > 2 * lo)
            problems.push_back({file, qt.line, "question '" + q.id + "': a choice of " + std::to_string(hi) +
                                                   " characters is more than twice the shortest (" + std::to_string(lo) + ")"});
        if (rules.answer != QuestionRules::Answer::One) continue;  // single and scenario: one right choice
        ++fig.counted;
        if (lens[static_cast<size_t>(q.correct.front())] == hi) {
            longest_right.push_back(q.id);
            if (!tipping_line) tipping_line = qt.line;
        }
    }
    fig.right_longest = static_cast<int>(longest_right.size());
    if (fig.counted && fig.right_longest > kMaxRightLongestShare * fig.counted) {
        std::string ids;
        for (const auto& id : longest_right) ids += (ids.empty() ? "" : ", ") + id;
        problems.push_back({file, tipping_line, "the right choice is the longest in " + std::to_string(fig.right_longest) + " of " +
                                                    std::to_string(fig.counted) + " single and scenario questions (at most 40%): " + ids});
    }
}

void check_numbers(const std::string& lang, const std::string& file, std::vector<Diagnostic>& problems) {
    if (number_words(lang).empty()) return;
    std::ifstream in(file);
    std::string line;
    for (int n = 1; std::getline(in, line); ++n)
        for (const auto& v : quoted_values(line))
            if (const std::string w = number_word(lang, with_fallbacks(v)); !w.empty())
                problems.push_back({file, n, "write numbers and ages as digits: '" + w + "'"});
}

void check_sentences(const ModuleText& t, const std::string& file, StyleFigures& fig, std::vector<Diagnostic>& problems) {
    int words = 0;
    auto add = [&](const std::string& text) {
        for (const auto& s : split_sentences(with_fallbacks(text))) {
            words += count_words(s);
            ++fig.sentences;
        }
    };
    for (const auto& p : t.pages) {
        for (const auto& s : p.paragraphs) add(s);
        for (const auto& s : p.bullets) add(s);
        for (const auto& c : p.cards) add(c.text);
    }
    fig.average_words = fig.sentences ? static_cast<double>(words) / fig.sentences : 0.0;
    if (fig.average_words > kMaxAverageWords) {
        char avg[16];
        std::snprintf(avg, sizeof avg, "%.1f", fig.average_words);
        problems.push_back({file, 0, std::string("lesson sentences average ") + avg + " words; plain language (B1) keeps it at most 15"});
    }
}

}  // namespace

int count_words(std::string_view s) {
    int n = 0;
    bool in = false;
    for (char32_t c : decode(s)) {
        const bool w = is_word_char(c);
        n += w && !in;
        in = w;
    }
    return n;
}

std::vector<std::string> split_sentences(std::string_view text) {
    std::vector<std::string> parts;
    std::string cur;
    auto space = [&](size_t i) { return i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t'); };
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        size_t j = i + 1;
        while (space(j)) ++j;
        const bool gap = j > i + 1;
        const bool stop = (c == '.' || c == '!' || c == '?') && gap;
        // "Bel 112: ..." starts a new sentence after a colon when the next word is capitalised.
        const bool colon = c == ':' && gap && j < text.size() &&
                           ((text[j] >= 'A' && text[j] <= 'Z') || (text[j] >= '0' && text[j] <= '9') || text[j] == '\'');
        if (!stop && !colon) {
            cur += c;
            continue;
        }
        if (stop) cur += c;
        parts.push_back(std::move(cur));
        cur.clear();
        i = j - 1;
    }
    parts.push_back(std::move(cur));
    std::vector<std::string> out;
    for (auto& p : parts) {
        const std::u32string d = decode(p);
        if (std::any_of(d.begin(), d.end(), is_alnum)) out.push_back(std::move(p));
    }
    return out;
}

std::vector<StyleFigures> check_style(const Module& m, const std::vector<Language>& langs,
                                      std::vector<Diagnostic>& problems) {
    std::vector<StyleFigures> figures;
    for (const auto& l : langs) {
        const std::string file = (m.dir / (l.code + ".toml")).string();
        StyleFigures fig;
        fig.lang = l.code;
        const ModuleText& t = m.in(l.code);
        check_choices(m, t, file, fig, problems);
        check_numbers(l.code, file, problems);
        if (l.code == "nl" || l.code == "en") check_sentences(t, file, fig, problems);
        figures.push_back(fig);
    }
    return figures;
}

}  // namespace signaal
