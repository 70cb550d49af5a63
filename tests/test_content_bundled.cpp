// The bundled content/ as shipped: it passes every check, strict rules included, and the strict
// check catches a copy broken the way issue 15 names (file:line). Also: no old wrong wording.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "content_loader.hpp"
#include "local_route.hpp"
#include "support/content_fixture.hpp"
#include "utf8_text.hpp"

using namespace signaal;
namespace fs = std::filesystem;

namespace {

const fs::path kContent = SIGNAAL_TEST_CONTENT_DIR;

std::string read(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void write(const fs::path& p, const std::string& text) { std::ofstream(p, std::ios::binary) << text; }

LoadResult check(const fs::path& dir) { return load_content(dir, {default_icon_dir(dir), true}); }

// A copy of content/ (icons resolved against the real assets) in a fresh folder.
struct ContentCopy {
    test::TempDir tmp;
    fs::path dir = tmp.path() / "content";
    ContentCopy() {
        fs::copy(kContent, dir, fs::copy_options::recursive);
        fs::create_directories(tmp.path() / "assets");
        fs::create_directory_symlink(fs::absolute(kContent / ".." / "assets" / "icons"), tmp.path() / "assets" / "icons");
    }
};

}  // namespace

TEST_CASE("the bundled content passes the strict check") {
    const LoadResult r = check(kContent);
    INFO(format(r.problems));
    REQUIRE(r.ok());
    CHECK(r.catalog.modules.size() == 5);
    for (const auto& m : r.catalog.modules) {
        CHECK(m.draw * 3 <= static_cast<int>(m.questions.size()) * 2);
        CHECK(std::count_if(m.pages.begin(), m.pages.end(), [](const Page& p) { return p.route_card; }) == 1);
    }
}

TEST_CASE("strict check: a copy whose right choices are all the longest fails at file:line") {
    ContentCopy copy;
    const LoadResult before = check(copy.dir);
    REQUIRE(before.ok());
    const Module& m = *before.catalog.find_module("hotel-sexual-exploitation");
    const fs::path nl = copy.dir / "modules" / m.id / "nl.toml";
    std::string text = read(nl);
    int made_longest = 0;
    for (size_t i = 0; i < m.questions.size(); ++i) {
        const Question& q = m.questions[i];
        if (q.type != QuestionType::Single && q.type != QuestionType::Scenario) continue;
        const auto& choices = m.in("nl").questions[i].choices;
        size_t longest = 0;
        for (const auto& c : choices) longest = std::max(longest, utf8::length(with_fallbacks(c)));
        const std::string right = choices[static_cast<size_t>(q.correct.front())];
        const std::string raw = "\"" + right + "\"";
        const auto at = text.find(raw);
        if (at == std::string::npos) continue;  // written with escapes; enough others remain
        const std::string longer = right + std::string(longest + 1 - std::min(longest, utf8::length(with_fallbacks(right))), '!');
        text.replace(at, raw.size(), "\"" + longer + "\"");
        ++made_longest;
    }
    REQUIRE(made_longest >= 8);
    write(nl, text);
    const LoadResult r = check(copy.dir);
    CHECK_THAT(format(r.problems), Catch::Matches("(.|\\n)*modules/hotel-sexual-exploitation/nl\\.toml:[0-9]+: the right choice is the longest in "
                                                  "[0-9]+ of [0-9]+ single and scenario questions \\(at most 40%\\)(.|\\n)*"));
}

TEST_CASE("strict check: a placeholder without fallback and a pool below 1.5 x draw fail at file:line") {
    ContentCopy copy;
    const fs::path nl = copy.dir / "modules" / "acting-on-signals" / "nl.toml";
    std::string text = read(nl);
    const auto at = text.find("{contact|");
    REQUIRE(at != std::string::npos);
    const int line = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
    text.replace(at, text.find('}', at) + 1 - at, "{contact}");
    write(nl, text);
    const fs::path mod = copy.dir / "modules" / "venue-manager" / "module.toml";
    std::string meta = read(mod);
    const auto draw = meta.find("\ndraw = ");
    REQUIRE(draw != std::string::npos);
    const int draw_line = 2 + static_cast<int>(std::count(meta.begin(), meta.begin() + static_cast<long>(draw), '\n'));
    meta.replace(draw, meta.find('\n', draw + 1) - draw, "\ndraw = 12");
    write(mod, meta);

    const std::string found = format(check(copy.dir).problems);
    CHECK_THAT(found, Catch::Contains("modules/acting-on-signals/nl.toml:" + std::to_string(line) + ": placeholder {contact} has no fallback"));
    CHECK_THAT(found, Catch::Contains("modules/venue-manager/module.toml:" + std::to_string(draw_line) +
                                      ": the pool has 15 questions; draw = 12 needs at least 18 (1.5 x draw)"));
}

TEST_CASE("strict check: numbers as words and long choices are found in every language") {
    ContentCopy copy;
    const fs::path pl = copy.dir / "modules" / "acting-on-signals" / "pl.toml";
    write(pl, read(pl) + "\n");  // keep the file valid; the words go into an existing text below
    std::string text = read(pl);
    const auto at = text.find("heading = \"");
    REQUIRE(at != std::string::npos);
    text.insert(at + 11, "Pięć ");
    write(pl, text);
    const fs::path nl = copy.dir / "modules" / "acting-on-signals" / "nl.toml";
    std::string nt = read(nl);
    nt.insert(nt.find("heading = \"") + 11, "Een zestienjarige ");
    write(nl, nt);
    const std::string found = format(check(copy.dir).problems);
    CHECK_THAT(found, Catch::Contains("pl.toml:") && Catch::Contains("write numbers and ages as digits: 'pięć'"));
    CHECK_THAT(found, Catch::Contains("write numbers and ages as digits: 'zestienjarige'"));
}

TEST_CASE("lesson sentences and words are counted as the author's measure counts them") {
    CHECK(count_words("Bel 112, of de politie (0900-8844).") == 6);
    CHECK(split_sentences("Eén zin. Nog een! Bel: Direct 112") == std::vector<std::string>{"Eén zin.", "Nog een!", "Bel", "Direct 112"});
    CHECK(split_sentences("om 02:00 uur: niets").size() == 1);
}

TEST_CASE("no old wrong wording from the content review is left in the bundled content") {
    std::ifstream list(fs::path(SIGNAAL_TEST_SOURCE_DIR) / "content_wording.txt");
    std::vector<std::string> wordings;
    for (std::string l; std::getline(list, l);)
        if (!l.empty()) wordings.push_back(l);
    REQUIRE(wordings.size() > 40);
    std::vector<std::string> files;
    for (const auto& e : fs::recursive_directory_iterator(kContent))
        if (e.path().extension() == ".toml") files.push_back(read(e.path()));
    REQUIRE(files.size() > 25);
    for (const auto& w : wordings) {
        INFO(w);
        CHECK(std::none_of(files.begin(), files.end(), [&](const std::string& f) { return f.find(w) != std::string::npos; }));
    }
    const std::string sources = read(kContent / ".." / "docs" / "content-sources.md");
    CHECK(sources.find("was before the Senate") == std::string::npos);
}
