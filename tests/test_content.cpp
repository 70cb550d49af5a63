#include <catch2/catch.hpp>

#include <functional>

#include "content_loader.hpp"
#include "paths.hpp"
#include "question_types.hpp"
#include "support/content_fixture.hpp"

using namespace signaal;
using signaal::test::replace_once;

namespace {

using Files = std::map<std::string, std::string>;

LoadResult load_with(const std::function<void(Files&)>& change, bool strict = false) {
    test::TempDir dir;
    Files files = test::minimal_content_files();
    change(files);
    test::write_files(dir.path(), files);
    return load_content(dir.path(), {dir.path() / "icons", strict});
}

std::string problems(const LoadResult& r) { return test::relative_problems(r.problems); }

void edit(Files& f, const std::string& file, const std::string& what, const std::string& with) {
    f[file] = replace_once(f[file], what, with);
}

}  // namespace

TEST_CASE("the minimal content tree loads completely") {
    auto r = load_with([](Files&) {});
    INFO(problems(r));
    REQUIRE(r.ok());
    REQUIRE(r.catalog.languages.size() == 2);
    REQUIRE(r.catalog.modules.size() == 1);
    const Module& m = r.catalog.modules[0];
    CHECK(m.version == 2);
    CHECK(m.pages.size() == 2);
    CHECK(m.pages[0].card_icons == std::vector<std::string>{"towels"});
    CHECK(m.pages[0].image.filename() == "pic.png");
    REQUIRE(m.questions.size() == 5);
    CHECK(m.questions[1].correct == std::vector<int>{0, 2});
    CHECK(m.questions[2].correct == std::vector<int>{1});  // answer = false
    CHECK(m.questions[4].correct == std::vector<int>{0, 1, 2});
    CHECK(m.in("en").title == "Demo EN");
    CHECK(m.in("nl").questions[2].choices == std::vector<std::string>{"Waar", "Niet waar"});
    CHECK(m.in("en").pages[0].cards[0].text == "Many towels.");
    CHECK(r.catalog.ui.get("en", "hello") == "Hello {name}");
    CHECK(r.catalog.ui.keyboard("nl").accents == "éëï");
}

TEST_CASE("a missing field is reported at the table it belongs to") {
    auto r = load_with([](Files& f) { edit(f, "modules/demo/module.toml", "minutes = 15\n", ""); });
    CHECK(problems(r) == "modules/demo/module.toml:1: missing field 'minutes' (a whole number)\n");
    CHECK(r.catalog.modules.empty());
    CHECK(r.broken_modules == std::vector<std::string>{"demo"});
}

TEST_CASE("a field of the wrong type names its line") {
    auto r = load_with([](Files& f) { edit(f, "modules/demo/module.toml", "minutes = 15", "minutes = \"15\""); });
    CHECK(problems(r) == "modules/demo/module.toml:4: 'minutes' must be a whole number, not text\n");
}

TEST_CASE("an unknown question type is reported with the allowed types") {
    auto r = load_with([](Files& f) { edit(f, "modules/demo/module.toml", "type = \"single\"", "type = \"essay\""); });
    CHECK_THAT(problems(r), Catch::Contains("module.toml:19: unknown question type 'essay'"));
}

TEST_CASE("duplicate page, question and choice ids are refused") {
    SECTION("page") {
        auto r = load_with([](Files& f) { edit(f, "modules/demo/module.toml", "id = \"more\"", "id = \"intro\""); });
        CHECK_THAT(problems(r), Catch::Contains("module.toml:15: duplicate page id 'intro'"));
    }
    SECTION("question") {
        auto r = load_with([](Files& f) { edit(f, "modules/demo/module.toml", "id = \"q-multi\"", "id = \"q-single\""); });
        CHECK_THAT(problems(r), Catch::Contains("module.toml:24: duplicate question id 'q-single'"));
    }
    SECTION("choice") {
        auto r = load_with([](Files& f) { edit(f, "modules/demo/module.toml", "[\"a\", \"b\", \"c\"]", "[\"a\", \"b\", \"b\"]"); });
        CHECK_THAT(problems(r), Catch::Contains("module.toml:20: duplicate choice id"));
    }
}

TEST_CASE("a language that lacks a question another language has is named") {
    auto r = load_with([](Files& f) {
        edit(f, "modules/demo/en.toml", "[questions.q-tf]\nprompt = \"Is this true?\"\nfeedback = \"No.\"\n", "");
    });
    CHECK_THAT(problems(r), Catch::Contains("modules/demo/en.toml:") && Catch::Contains("missing [questions.q-tf]"));
    CHECK_THAT(problems(r), !Catch::Contains("nl.toml"));
}

TEST_CASE("a language with a different number of paragraphs is refused") {
    auto r = load_with([](Files& f) { edit(f, "modules/demo/en.toml", "[\"One.\", \"Two.\"]", "[\"One.\"]"); });
    CHECK_THAT(problems(r), Catch::Contains("en.toml:6: page 'intro' has 1 paragraphs; the source language has 2"));
}

TEST_CASE("a module without a language file is reported") {
    auto r = load_with([](Files& f) { f.erase("modules/demo/en.toml"); });
    CHECK_THAT(problems(r), Catch::Contains("has no text in language 'en'"));
}

TEST_CASE("image paths must stay inside the module folder and exist") {
    SECTION("escaping with ..") {
        auto r = load_with([](Files& f) { edit(f, "modules/demo/module.toml", "images/pic.png", "../../languages.toml"); });
        CHECK_THAT(problems(r), Catch::Contains("module.toml:11: image '../../languages.toml' must be a path inside the module folder"));
    }
    SECTION("absolute") {
        auto r = load_with([](Files& f) { edit(f, "modules/demo/module.toml", "images/pic.png", "/etc/passwd"); });
        CHECK_THAT(problems(r), Catch::Contains("must be a path inside the module folder"));
    }
    SECTION("missing") {
        auto r = load_with([](Files& f) { edit(f, "modules/demo/module.toml", "images/pic.png", "images/none.png"); });
        CHECK_THAT(problems(r), Catch::Contains("module.toml:11: image 'images/none.png' does not exist"));
    }
    SECTION("not a PNG") {
        auto r = load_with([](Files& f) {
            edit(f, "modules/demo/module.toml", "images/pic.png", "nl.toml");
        });
        CHECK_THAT(problems(r), Catch::Contains("image 'nl.toml' is not a readable PNG file"));
    }
}

TEST_CASE("a 16-bit PNG is refused") {
    test::TempDir dir;
    test::write_files(dir.path(), test::minimal_content_files());
    test::write_png(dir.path() / "modules/demo/images/pic.png", 16);
    auto r = load_content(dir.path(), {dir.path() / "icons", false});
    CHECK_THAT(format(r.problems), Catch::Contains("has 16-bit colour; save it as 8-bit PNG"));
}

TEST_CASE("pass mark must be within 1..100") {
    for (const char* bad : {"0", "101", "-5"}) {
        auto r = load_with([&](Files& f) { edit(f, "modules/demo/module.toml", "pass_mark = 80", std::string("pass_mark = ") + bad); });
        CHECK_THAT(problems(r), Catch::Contains("module.toml:5: 'pass_mark' is " + std::string(bad) + "; it must be 1..100"));
    }
}

TEST_CASE("answers must name existing choices in the right number") {
    SECTION("unknown id") {
        auto r = load_with([](Files& f) { edit(f, "modules/demo/module.toml", "answer = [\"b\"]", "answer = [\"z\"]"); });
        CHECK_THAT(problems(r), Catch::Contains("answer 'z' is not one of the choices"));
    }
    SECTION("two answers for single") {
        auto r = load_with([](Files& f) { edit(f, "modules/demo/module.toml", "answer = [\"b\"]", "answer = [\"a\", \"b\"]"); });
        CHECK_THAT(problems(r), Catch::Contains("a single question needs exactly one answer"));
    }
    SECTION("truefalse needs a boolean") {
        auto r = load_with([](Files& f) { edit(f, "modules/demo/module.toml", "answer = false", "answer = \"no\""); });
        CHECK_THAT(problems(r), Catch::Contains("needs answer = true or answer = false"));
    }
}

TEST_CASE("unknown fields and icons are caught as typos") {
    auto r = load_with([](Files& f) {
        edit(f, "modules/demo/module.toml", "minutes = 15", "minutes = 15\npassmark = 70");
        edit(f, "modules/demo/module.toml", "cards = [\"towels\"]", "cards = [\"towel\"]");
    });
    CHECK_THAT(problems(r), Catch::Contains("module.toml:5: unknown field 'passmark' in module.toml"));
    CHECK_THAT(problems(r), Catch::Contains("unknown icon 'towel'"));
}

TEST_CASE("syntax errors give file and line") {
    auto r = load_with([](Files& f) { edit(f, "modules/demo/nl.toml", "summary = \"Summary\"", "summary = \"unterminated"); });
    CHECK_THAT(problems(r), Catch::Contains("modules/demo/nl.toml:2: "));
}

TEST_CASE("ui text must have every key of the source language, with its placeholders") {
    auto r = load_with([](Files& f) {
        edit(f, "ui/en.toml", "start = \"Start\"\n", "");
        edit(f, "ui/en.toml", "Hello {name}", "Hello {nmae}");
    });
    CHECK_THAT(problems(r), Catch::Contains("ui/en.toml:1: missing key 'start' (ui/nl.toml:1)"));
    CHECK_THAT(problems(r), Catch::Contains("'hello' must keep the {placeholders}"));
    CHECK_FALSE(r.languages_ok);
}

TEST_CASE("a scenario question needs its scenario text, others may not have one") {
    auto r = load_with([](Files& f) {
        edit(f, "modules/demo/nl.toml", "scenario = \"It is night.\"\n", "");
        edit(f, "modules/demo/nl.toml", "prompt = \"Pick b\"", "prompt = \"Pick b\"\nscenario = \"x\"");
    });
    CHECK_THAT(problems(r), Catch::Contains("missing field 'scenario'"));
    CHECK_THAT(problems(r), Catch::Contains("only scenario questions have a 'scenario' text"));
}

TEST_CASE("huge and non-UTF-8 files are refused without crashing") {
    SECTION("huge") {
        auto r = load_with([](Files& f) { f["modules/demo/en.toml"] += "# " + std::string(2 << 20, 'x') + "\n"; });
        CHECK_THAT(problems(r), Catch::Contains("en.toml:1: file is too large"));
    }
    SECTION("invalid UTF-8") {
        auto r = load_with([](Files& f) { f["modules/demo/en.toml"] += "x = \"\xff\xfe\"\n"; });
        CHECK_THAT(problems(r), Catch::Contains("file is not valid UTF-8 text"));
    }
}

TEST_CASE("broken modules are left out while good ones load") {
    auto r = load_with([](Files& f) {
        for (const char* file : {"module.toml", "nl.toml", "en.toml"}) {
            std::string text = f[std::string("modules/demo/") + file];
            if (std::string(file) == "module.toml") text = replace_once(text, "id = \"demo\"", "id = \"other\"");
            f[std::string("modules/other/") + file] = text;
        }
        edit(f, "modules/other/module.toml", "pass_mark = 80", "pass_mark = 0");
    });
    CHECK(r.catalog.modules.size() == 1);
    CHECK(r.broken_modules == std::vector<std::string>{"other"});
}

TEST_CASE("strict mode enforces the editorial rules for shipped modules") {
    auto r = load_with([](Files&) {}, true);
    CHECK_THAT(problems(r), Catch::Contains("has 2 pages; shipped modules have 6-14"));
    CHECK_THAT(problems(r), Catch::Contains("question 'q-single' has no topic"));
    CHECK_THAT(problems(r), Catch::Contains("has 5 questions; shipped modules have at least 12"));
}

TEST_CASE("admin UI text lives in ui/admin/<lang>.toml, checked like the kiosk's") {
    auto r = load_with([](Files& f) {
        f["ui/admin/nl.toml"] = "people = \"Mensen\"\nstart = \"dubbel\"\n";
        f["ui/admin/en.toml"] = "people = \"People\"\n";
    });
    CHECK(r.catalog.ui.get("en", "people") == "People");
    CHECK_THAT(problems(r), Catch::Contains("ui/admin/nl.toml:2: 'start' is already defined in another ui file"));
    CHECK_THAT(problems(r), !Catch::Contains("ui/admin/en.toml"));
}

// [section] The pool, topics and local-route placeholders (issue 15) ---------------------------

namespace {

// The demo module with a pool: draw 2 of its 5 questions, topics "a" and "b".
void with_pool(Files& f, const std::string& draw = "2") {
    edit(f, "modules/demo/module.toml", "version = 2\n", "version = 2\ndraw = " + draw + "\n");
    const char* ids[] = {"q-single", "q-multi", "q-tf", "q-scen", "q-order"};
    for (int i = 0; i < 5; ++i) {
        const std::string head = "id = \"" + std::string(ids[i]) + "\"\n";
        edit(f, "modules/demo/module.toml", head, head + "topic = \"" + (i < 3 ? "a" : "b") + "\"\n");
    }
}

}  // namespace

TEST_CASE("draw and topics load, without draw an attempt asks every question") {
    auto plain = load_with([](Files&) {});
    REQUIRE(plain.ok());
    CHECK(plain.catalog.modules[0].draw == 5);
    auto r = load_with([](Files& f) { with_pool(f); });
    INFO(problems(r));
    REQUIRE(r.ok());
    CHECK(r.catalog.modules[0].draw == 2);
    CHECK(r.catalog.modules[0].questions[3].topic == "b");
}

TEST_CASE("a pool smaller than 1.5 x the draw is refused at the draw's line") {
    auto r = load_with([](Files& f) { with_pool(f, "4"); });
    CHECK(problems(r) == "modules/demo/module.toml:3: the pool has 5 questions; draw = 4 needs at least 6 (1.5 x draw)\n");
}

TEST_CASE("the draw must reach every topic, and with a draw every question has a topic") {
    auto few = load_with([](Files& f) {
        with_pool(f, "1");
        edit(f, "modules/demo/module.toml", "topic = \"b\"\n", "topic = \"c\"\n");
    });
    CHECK_THAT(problems(few), Catch::Contains("module.toml:3: draw = 1 is fewer than the 3 topics"));
    auto untagged = load_with([](Files& f) {
        with_pool(f);
        edit(f, "modules/demo/module.toml", "topic = \"a\"\n", "");
    });
    CHECK_THAT(problems(untagged), Catch::Contains("question 'q-single' needs a topic"));
    auto no_draw = load_with([](Files& f) { edit(f, "modules/demo/module.toml", "type = \"single\"\n", "type = \"single\"\ntopic = \"a\"\n"); });
    CHECK_THAT(problems(no_draw), Catch::Contains("questions have topics but the module sets no draw"));
}

TEST_CASE("route placeholders need a known name and a fallback, in every language as in nl") {
    auto ok = load_with([](Files& f) {
        edit(f, "modules/demo/nl.toml", "paragraphs = [\"One.\"", "paragraphs = [\"Zeg het {contact|je chef}.\"");
        edit(f, "modules/demo/en.toml", "paragraphs = [\"One.\"", "paragraphs = [\"Tell {contact|your boss}.\"");
    });
    INFO(problems(ok));
    CHECK(ok.ok());
    auto bad = load_with([](Files& f) {
        edit(f, "modules/demo/nl.toml", "paragraphs = [\"One.\"", "paragraphs = [\"Zeg het {contact}.\"");
        edit(f, "modules/demo/nl.toml", "choices = { a = \"A\"", "choices = { a = \"{boss|de baas}\"");
        edit(f, "modules/demo/nl.toml", "feedback = \"No.\"", "feedback = \"Bel {veilig_thuis| }.\"");
    });
    CHECK_THAT(problems(bad), Catch::Contains("modules/demo/nl.toml:6: placeholder {contact} has no fallback"));
    CHECK_THAT(problems(bad), Catch::Contains("modules/demo/nl.toml:16: unknown placeholder {boss}"));
    CHECK_THAT(problems(bad), Catch::Contains("modules/demo/nl.toml:26: placeholder {veilig_thuis|} needs a fallback"));
    auto missing = load_with([](Files& f) {
        edit(f, "modules/demo/nl.toml", "text = \"Many towels.\"", "text = \"Zeg het {municipality|de gemeente}.\"");
        edit(f, "modules/demo/en.toml", "prompt = \"Pick b\"", "prompt = \"Pick {contact|your boss}\"");
    });
    CHECK_THAT(problems(missing), Catch::Contains("modules/demo/en.toml:8: missing placeholder {municipality|...} that nl.toml has here"));
    CHECK_THAT(problems(missing), Catch::Contains("modules/demo/en.toml:15: placeholder {contact|...} is not in nl.toml here"));
}

TEST_CASE("one page per module may carry the route card") {
    auto r = load_with([](Files& f) { edit(f, "modules/demo/module.toml", "id = \"more\"\n", "id = \"more\"\nroute_card = true\n"); });
    REQUIRE(r.ok());
    CHECK(r.catalog.modules[0].pages[1].route_card);
    CHECK_FALSE(r.catalog.modules[0].pages[0].route_card);
    auto two = load_with([](Files& f) {
        edit(f, "modules/demo/module.toml", "id = \"more\"\n", "id = \"more\"\nroute_card = true\n");
        edit(f, "modules/demo/module.toml", "id = \"intro\"\n", "id = \"intro\"\nroute_card = true\n");
    });
    CHECK_THAT(problems(two), Catch::Contains("only one page per module has route_card = true"));
}

TEST_CASE("question-type words live in ui/question_types.toml, one table per word with every language") {
    auto good = load_with([](Files& f) {
        f["ui/question_types.toml"] = "[hint_order]\nnl = \"Tik in volgorde.\"\nen = \"Tap in order.\"\n";
    });
    CHECK(good.ok());
    CHECK(good.catalog.ui.get("nl", "hint_order") == "Tik in volgorde.");
    CHECK(good.catalog.ui.get("en", "hint_order") == "Tap in order.");

    auto bad = load_with([](Files& f) {
        f["ui/question_types.toml"] =
            "hint_multiple = \"no table\"\n[hint_order]\nnl = \"Tik in volgorde.\"\n\n[hint_single]\nnl = \"Kies.\"\n"
            "en = \"Choose.\"\nde = \"Wähle.\"\n\n[start]\nnl = \"dubbel\"\nen = \"double\"\n";
    });
    const std::string p = problems(bad);
    CHECK_THAT(p, Catch::Contains("ui/question_types.toml:1: 'hint_multiple' must be a table"));
    CHECK_THAT(p, Catch::Contains("ui/question_types.toml:2: missing field 'en'"));
    CHECK_THAT(p, Catch::Contains("ui/question_types.toml:8: 'de' is not a language of languages.toml"));
    CHECK_THAT(p, Catch::Contains("ui/question_types.toml:10: 'start' is already defined in another ui file"));
}

TEST_CASE("the shipped content has the words of every question type in every language") {
    const auto r = load_content(default_content_dir(), {default_asset_dir() / "icons", false});
    REQUIRE(r.ok());
    std::vector<std::string> keys = {"clear_order", "answer_true", "answer_false"};
    for (const auto& rules : question_types()) keys.push_back(rules.hint_key);
    for (const auto& l : r.catalog.languages)
        for (const auto& key : keys) {
            INFO(l.code << " " << key);
            CHECK(r.catalog.ui.has(l.code, key));
        }
}

TEST_CASE("language codes may carry a BCP 47 script or region, as zh-Hans does") {
    SECTION("zh-Hans loads with its ui file and module text") {
        auto r = load_with([](Files& f) {
            f["languages.toml"] += "\n[[language]]\ncode = \"zh-Hans\"\nname = \"简体中文\"\n";
            f["ui/zh-Hans.toml"] = replace_once(replace_once(f["ui/en.toml"], "\"Start\"", "\"开始\""),
                                                "Hello {name}", "你好 {name}");
            f["modules/demo/zh-Hans.toml"] = replace_once(f["modules/demo/en.toml"], "Demo EN", "演示模块");
        });
        INFO(problems(r));
        REQUIRE(r.ok());
        REQUIRE(r.catalog.languages.size() == 3);
        CHECK(r.catalog.languages[2].code == "zh-Hans");
        CHECK(r.catalog.ui.get("zh-Hans", "start") == "开始");
        CHECK(r.catalog.modules[0].in("zh-Hans").title == "演示模块");
    }
    for (const char* bad : {"zh-hans", "zh-", "zh-Hans-", "ZH", "z", "zhhh", "zh-Hans-xx", "zh_Hans", "../x"}) {
        SECTION(std::string("refused: ") + bad) {
            auto r = load_with([bad](Files& f) { edit(f, "languages.toml", "code = \"en\"", std::string("code = \"") + bad + "\""); });
            CHECK_THAT(problems(r), Catch::Contains("languages.toml:5: language code '" + std::string(bad) + "' must be 2-3 lowercase letters"));
        }
    }
    SECTION("a region is accepted") {
        auto r = load_with([](Files& f) {
            edit(f, "languages.toml", "code = \"en\"", "code = \"pt-BR\"");
            f["ui/pt-BR.toml"] = f["ui/en.toml"];
            f["modules/demo/pt-BR.toml"] = f["modules/demo/en.toml"];
        });
        INFO(problems(r));
        CHECK(r.ok());
    }
}

TEST_CASE("a missing kiosk word shows its key, even when the key was a temporary") {
    UiText text;
    text.set("nl", "start", "Begin");
    // Bound to a reference the way screens use it; the key string dies at the end of the line.
    const std::string& missing = text.get("nl", std::string("no_such_") + "key");
    CHECK(missing == "no_such_key");
    CHECK(text.get("nl", "start") == "Begin");
}
