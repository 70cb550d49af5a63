#include "content_loader.hpp"

#include <algorithm>
#include <cassert>
#include <fstream>
#include <set>

#include "content_style.hpp"
#include "local_route.hpp"
#include "png_header.hpp"
#include "question_source.hpp"
#include "question_types.hpp"
#include "toml_reader.hpp"

namespace signaal {
namespace fs = std::filesystem;
namespace {

constexpr std::uintmax_t kMaxTomlBytes = 1u << 20;
constexpr std::uintmax_t kMaxImageBytes = 8u << 20;

// A BCP 47 tag of the forms the kiosk uses: a 2-3 letter language ("nl"), optionally with a
// script ("zh-Hans") and/or a region ("pt-BR", "es-419"). Only these forms, because the code
// also names files (ui/<code>.toml) and the certificate; the full BCP 47 grammar is not needed.
bool is_language_tag(std::string_view s) {
    auto all = [](std::string_view part, int (*pred)(int)) {
        return std::all_of(part.begin(), part.end(), [pred](char c) { return pred(static_cast<unsigned char>(c)) != 0; });
    };
    auto lower = [](int c) { return c >= 'a' && c <= 'z' ? 1 : 0; };
    auto upper = [](int c) { return c >= 'A' && c <= 'Z' ? 1 : 0; };
    auto digit = [](int c) { return c >= '0' && c <= '9' ? 1 : 0; };
    if (s.empty() || s.back() == '-') return false;
    const size_t dash = s.find('-');
    const std::string_view lang = s.substr(0, dash);
    if (lang.size() < 2 || lang.size() > 3 || !all(lang, lower)) return false;
    std::string_view rest = dash == std::string_view::npos ? std::string_view{} : s.substr(dash + 1);
    if (dash != std::string_view::npos && rest.empty()) return false;
    auto next = [&rest]() {
        const size_t d = rest.find('-');
        std::string_view part = rest.substr(0, d);
        rest = d == std::string_view::npos ? std::string_view{} : rest.substr(d + 1);
        return part;
    };
    std::string_view part = next();
    if (part.size() == 4 && upper(part[0]) && all(part.substr(1), lower)) part = next();  // script
    if (part.empty()) return rest.empty();
    const bool region = (part.size() == 2 && all(part, upper)) || (part.size() == 3 && all(part, digit));
    return region && rest.empty();
}

std::set<std::string> placeholders(std::string_view s) {
    std::set<std::string> out;
    for (size_t open = s.find('{'); open != std::string_view::npos; open = s.find('{', open + 1)) {
        const size_t close = s.find('}', open);
        if (close == std::string_view::npos) break;
        out.emplace(s.substr(open + 1, close - open - 1));
    }
    return out;
}

// [section] The languages the kiosk offers --------------------------------------------------

std::vector<Language> load_languages(const fs::path& dir, std::vector<Diagnostic>& problems) {
    const fs::path file = dir / "languages.toml";
    TomlReader r(file.string(), problems);
    std::vector<Language> out;
    auto doc = r.parse(file, kMaxTomlBytes);
    if (!doc) return out;
    r.only_keys(*doc, {"language"}, "languages.toml");
    const toml::array* list = r.array(*doc, "language");
    if (!list) return out;
    std::set<std::string> seen;
    for (const toml::node& n : *list) {
        const toml::table* t = n.as_table();
        if (!t) {
            r.error(n, "each [[language]] must be a table with code and name");
            continue;
        }
        r.only_keys(*t, {"code", "name"}, "[[language]]");
        auto code = r.text(*t, "code");
        auto name = r.text(*t, "name");
        if (!code || !name) continue;
        if (!is_language_tag(*code))
            r.error(*t, "language code '" + *code +
                            "' must be 2-3 lowercase letters, optionally with a script and/or region "
                            "(\"nl\", \"zh-Hans\", \"pt-BR\")");
        else if (!seen.insert(*code).second)
            r.error(*t, "duplicate language code '" + *code + "'");
        else
            out.push_back({*code, *name});
    }
    if (out.empty() && r.error_count() == 0) r.error(*doc, "no languages listed");
    return out;
}

// [section] The kiosk's own words --------------------------------------------------------------

void load_keyboard(TomlReader& r, const toml::table& t, const std::string& lang, UiText& ui) {
    r.only_keys(t, {"rows", "accents", "latin_rows"}, "[keyboard]");
    Keyboard kb;
    if (auto rows = r.texts(t, "rows")) kb.rows = *rows;
    if (t.get("latin_rows")) {
        if (auto rows = r.texts(t, "latin_rows")) kb.latin_rows = *rows;
    }
    if (t.get("accents")) {
        if (auto a = r.text(t, "accents")) kb.accents = *a;
    }
    ui.set_keyboard(lang, std::move(kb));
}

// One part of the UI text: ui/<lang>.toml (with the keyboard) or ui/admin/<lang>.toml (the
// manager screens, kept apart so kiosk and admin wording can be edited independently).
void load_ui_part(const fs::path& part_dir, const std::string& part_name, bool with_keyboard,
                  const std::vector<Language>& langs, UiText& ui, std::vector<Diagnostic>& problems) {
    std::map<std::string, std::pair<std::string, int>> reference;  // key -> (text, line) in the first language
    for (size_t i = 0; i < langs.size(); ++i) {
        const std::string& lang = langs[i].code;
        const fs::path file = part_dir / (lang + ".toml");
        TomlReader r(file.string(), problems);
        auto doc = r.parse(file, kMaxTomlBytes);
        if (!doc) continue;
        std::set<std::string> keys;
        for (auto&& [k, v] : *doc) {
            const std::string key(k.str());
            if (with_keyboard && key == "keyboard" && v.is_table()) {
                load_keyboard(r, *v.as_table(), lang, ui);
                continue;
            }
            if (!v.is_string()) {
                r.error(v, "'" + key + "' must be text");
                continue;
            }
            if (ui.has(lang, key) && !reference.count(key)) {
                r.error(v, "'" + key + "' is already defined in another ui file");
                continue;
            }
            keys.insert(key);
            const std::string text = **v.as_string();
            if (i == 0) {
                reference[key] = {text, TomlReader::line(v)};
            } else if (!reference.count(key)) {
                r.error(v, "'" + key + "' is not a key of " + part_name + langs[0].code + ".toml");
                continue;
            } else if (placeholders(text) != placeholders(reference[key].first)) {
                r.error(v, "'" + key + "' must keep the {placeholders} of " + part_name + langs[0].code +
                               ".toml: " + reference[key].first);
            }
            ui.set(lang, key, text);
        }
        if (with_keyboard && !doc->get("keyboard")) r.error(*doc, "missing [keyboard] table");
        if (i > 0)
            for (const auto& [key, ref] : reference)
                if (!keys.count(key))
                    r.error(0, "missing key '" + key + "' (" + part_name + langs[0].code + ".toml:" +
                                   std::to_string(ref.second) + ")");
    }
}

// ui/question_types.toml: one table per word with a text for every language, so the words of
// a question type live in one file (question_types.hpp names the keys a type uses).
void load_ui_by_word(const fs::path& file, const std::vector<Language>& langs, UiText& ui,
                     std::vector<Diagnostic>& problems) {
    TomlReader r(file.string(), problems);
    auto doc = r.parse(file, kMaxTomlBytes);
    if (!doc) return;
    for (auto&& [k, v] : *doc) {
        const std::string key(k.str());
        const toml::table* t = v.as_table();
        if (!t) {
            r.error(v, "'" + key + "' must be a table with one text per language: [" + key + "]");
            continue;
        }
        for (auto&& [lk, lv] : *t) {
            // A named copy: clang 14 cannot capture a structured binding in a lambda.
            const std::string code(lk.str());
            if (std::none_of(langs.begin(), langs.end(), [&](const Language& l) { return l.code == code; }))
                r.error(lv, "'" + code + "' is not a language of languages.toml");
        }
        for (const auto& l : langs) {
            const auto text = r.text(*t, l.code);
            if (!text) continue;
            if (ui.has(l.code, key)) {
                r.error(v, "'" + key + "' is already defined in another ui file");
                break;
            }
            ui.set(l.code, key, *text);
        }
    }
}

void load_ui(const fs::path& dir, const std::vector<Language>& langs, UiText& ui,
             std::vector<Diagnostic>& problems) {
    load_ui_part(dir / "ui", "ui/", true, langs, ui, problems);
    std::error_code ec;
    if (fs::is_directory(dir / "ui" / "admin", ec)) load_ui_part(dir / "ui" / "admin", "ui/admin/", false, langs, ui, problems);
    // The verification page's words (signaal verify-page), checked like the kiosk's own.
    if (fs::is_directory(dir / "ui" / "verify", ec)) load_ui_part(dir / "ui" / "verify", "ui/verify/", false, langs, ui, problems);
    if (fs::is_regular_file(dir / "ui" / "question_types.toml", ec))
        load_ui_by_word(dir / "ui" / "question_types.toml", langs, ui, problems);
}

// [section] Module structure (module.toml) ----------------------------------------------------

fs::path check_image(TomlReader& r, const toml::node& at, const fs::path& module_dir,
                     const std::string& rel) {
    const fs::path p(rel);
    if (p.is_absolute() || rel.find("..") != std::string::npos || rel.find('\\') != std::string::npos) {
        r.error(at, "image '" + rel + "' must be a path inside the module folder");
        return {};
    }
    std::error_code ec;
    const fs::path full = fs::weakly_canonical(module_dir / p, ec);
    const fs::path base = fs::weakly_canonical(module_dir, ec);
    const auto [b, f] = std::mismatch(base.begin(), base.end(), full.begin(), full.end());
    if (ec || b != base.end()) {
        r.error(at, "image '" + rel + "' leads outside the module folder");
        return {};
    }
    if (!fs::is_regular_file(full, ec)) {
        r.error(at, "image '" + rel + "' does not exist");
        return {};
    }
    if (fs::file_size(full, ec) > kMaxImageBytes) {
        r.error(at, "image '" + rel + "' is larger than 8 MB");
        return {};
    }
    // libharu and the kiosk both need 8-bit PNGs.
    const auto png = read_png_header(full);
    if (!png) {
        r.error(at, "image '" + rel + "' is not a readable PNG file");
        return {};
    }
    if (png->bit_depth != 8) {
        r.error(at, "image '" + rel + "' has " + std::to_string(png->bit_depth) + "-bit colour; save it as 8-bit PNG");
        return {};
    }
    return full;
}

bool icon_exists(const fs::path& icon_dir, const std::string& name) {
    return fs::exists(icon_dir / (name + ".svg")) || fs::exists(icon_dir / (name + ".png"));
}

void load_pages(TomlReader& r, const toml::table& doc, Module& m, const fs::path& icon_dir) {
    const toml::array* pages = r.array(doc, "pages");
    if (!pages) return;
    std::set<std::string> ids;
    bool route_card = false;
    for (const toml::node& n : *pages) {
        const toml::table* t = n.as_table();
        if (!t) {
            r.error(n, "each [[pages]] entry must be a table");
            continue;
        }
        r.only_keys(*t, {"id", "image", "cards", "route_card"}, "[[pages]]");
        Page p;
        if (auto id = r.text(*t, "id")) {
            if (!is_content_id(*id)) r.error(*t->get("id"), "page id '" + *id + "' may only use a-z, 0-9 and '-'");
            else if (!ids.insert(*id).second) r.error(*t->get("id"), "duplicate page id '" + *id + "'");
            p.id = *id;
        }
        if (auto img = r.text(*t, "image", false)) p.image = check_image(r, *t->get("image"), m.dir, *img);
        if (auto cards = r.texts(*t, "cards", false)) {
            for (const auto& icon : *cards)
                if (!icon_dir.empty() && !icon_exists(icon_dir, icon))
                    r.error(*t->get("cards"), "unknown icon '" + icon + "' (no " + icon + ".svg in " +
                                                  icon_dir.string() + ")");
            p.card_icons = *cards;
        }
        if (const toml::node* rc = t->get("route_card")) {
            if (!rc->is_boolean()) r.error(*rc, "route_card must be true or false");
            else if ((p.route_card = **rc->as_boolean()) && route_card) r.error(*rc, "only one page per module has route_card = true");
            else route_card = route_card || p.route_card;
        }
        m.pages.push_back(std::move(p));
    }
    if (pages->empty()) r.error(*pages, "a module needs at least one page");
}

void load_questions(TomlReader& r, const toml::table& doc, Module& m) {
    const toml::array* questions = r.array(doc, "questions");
    if (!questions) return;
    std::set<std::string> ids;
    for (const toml::node& n : *questions) {
        const toml::table* t = n.as_table();
        if (!t) {
            r.error(n, "each [[questions]] entry must be a table");
            continue;
        }
        // Every key some type reads; a type's reader reports the ones it does not use.
        r.only_keys(*t, {"id", "type", "topic", "choices", "answer", "image", "regions"}, "[[questions]]");
        Question q;
        if (auto id = r.text(*t, "id")) {
            if (!is_content_id(*id)) r.error(*t->get("id"), "question id '" + *id + "' may only use a-z, 0-9 and '-'");
            else if (!ids.insert(*id).second) r.error(*t->get("id"), "duplicate question id '" + *id + "'");
            q.id = *id;
        }
        auto type_text = r.text(*t, "type");
        if (!type_text) continue;
        auto type = question_type_named(*type_text);
        if (!type) {
            r.error(*t->get("type"), "unknown question type '" + *type_text + "' (" + question_type_names() + ")");
            continue;
        }
        q.type = *type;
        QuestionSource src{r, *t, std::nullopt};
        if (auto img = r.text(*t, "image", false)) {
            q.image = check_image(r, *t->get("image"), m.dir, *img);
            if (!q.image.empty()) src.image = read_png_header(q.image);
        }
        rules_of(q.type).read(src, q);
        if (auto topic = r.text(*t, "topic", false)) {
            if (!is_content_id(*topic)) r.error(*t->get("topic"), "topic '" + *topic + "' may only use a-z, 0-9 and '-'");
            q.topic = *topic;
        }
        m.questions.push_back(std::move(q));
    }
    if (questions->empty()) r.error(*questions, "a module needs at least one question");
}

// The pool: `draw` questions per attempt, at least one of every topic, from a pool at least
// half as large again, so a retry can draw mostly different questions.
void check_draw(TomlReader& r, const toml::table& doc, Module& m) {
    const toml::node* draw = doc.get("draw");
    const toml::array* questions = doc.get_as<toml::array>("questions");
    std::set<std::string> topics;
    for (size_t i = 0; i < m.questions.size(); ++i) {
        const Question& q = m.questions[i];
        if (!q.topic.empty()) topics.insert(q.topic);
        else if (draw && questions && i < questions->size())
            r.error((*questions)[i], "question '" + q.id + "' needs a topic: each attempt draws every topic");
    }
    if (!draw) {
        if (!topics.empty()) r.error(doc, "questions have topics but the module sets no draw (questions per attempt)");
        m.draw = static_cast<int>(m.questions.size());
        return;
    }
    auto v = r.integer(doc, "draw", 1, 1000);
    if (!v) return;
    m.draw = static_cast<int>(*v);
    const size_t pool = m.questions.size();
    if (static_cast<size_t>(m.draw) < topics.size())
        r.error(*draw, "draw = " + std::to_string(m.draw) + " is fewer than the " + std::to_string(topics.size()) +
                           " topics; every attempt must draw every topic");
    if (pool * 2 < static_cast<size_t>(m.draw) * 3)
        r.error(*draw, "the pool has " + std::to_string(pool) + " questions; draw = " + std::to_string(m.draw) +
                           " needs at least " + std::to_string((m.draw * 3 + 1) / 2) + " (1.5 x draw)");
}

std::optional<Module> load_structure(const fs::path& dir, const fs::path& icon_dir,
                                     std::vector<Diagnostic>& problems) {
    const fs::path file = dir / "module.toml";
    TomlReader r(file.string(), problems);
    auto doc = r.parse(file, kMaxTomlBytes);
    if (!doc) return std::nullopt;
    r.only_keys(*doc, {"id", "version", "draw", "audiences", "minutes", "pass_mark", "validity_months",
                       "sources", "pages", "questions"}, "module.toml");
    Module m;
    m.dir = dir;
    if (auto id = r.text(*doc, "id")) {
        if (*id != dir.filename().string())
            r.error(*doc->get("id"), "id '" + *id + "' must equal the folder name '" + dir.filename().string() + "'");
        m.id = *id;
    }
    if (auto v = r.integer(*doc, "version", 1, 1'000'000)) m.version = static_cast<int>(*v);
    if (auto a = r.texts(*doc, "audiences")) m.audiences = *a;
    if (auto v = r.integer(*doc, "minutes", 1, 240)) m.minutes = static_cast<int>(*v);
    if (auto v = r.integer(*doc, "pass_mark", 1, 100)) m.pass_mark = static_cast<int>(*v);
    if (auto v = r.integer(*doc, "validity_months", 1, 120)) m.validity_months = static_cast<int>(*v);
    if (auto s = r.texts(*doc, "sources")) m.sources = *s;
    load_pages(r, *doc, m, icon_dir);
    load_questions(r, *doc, m);
    check_draw(r, *doc, m);
    if (r.error_count() > 0) return std::nullopt;
    return m;
}

// [section] Module text (<lang>.toml) ----------------------------------------------------------

std::set<std::string> placeholder_names(std::string_view text) {
    std::set<std::string> out;
    for (const Placeholder& p : find_placeholders(text))
        if (p.closed) out.insert(p.name);
    return out;
}

// The local-route placeholders of one text: known names, each with a fallback, and the same
// names as the source language's text at this place (ref; null for the source language).
void check_route_text(TomlReader& r, const toml::node& at, std::string_view text, const std::string* ref,
                      const std::string& ref_file) {
    for (const Placeholder& p : find_placeholders(text)) {
        const std::string shown(text.substr(p.begin, p.end - p.begin));
        if (!p.closed) r.error(at, "'{' without its '}' in: " + shown);
        else if (!is_route_placeholder(p.name))
            r.error(at, "unknown placeholder {" + p.name + "}; use contact, municipality, care_coordinator or veilig_thuis");
        else if (!p.bar) r.error(at, "placeholder {" + p.name + "} has no fallback: write {" + p.name + "|text shown when it is not set}");
        else if (p.fallback.find_first_not_of(" ") == std::string::npos)
            r.error(at, "placeholder {" + p.name + "|} needs a fallback text after the '|'");
    }
    if (!ref) return;
    const std::set<std::string> mine = placeholder_names(text), theirs = placeholder_names(*ref);
    for (const auto& name : theirs)
        if (!mine.count(name)) r.error(at, "missing placeholder {" + name + "|...} that " + ref_file + " has here");
    for (const auto& name : mine)
        if (!theirs.count(name) && is_route_placeholder(name))
            r.error(at, "placeholder {" + name + "|...} is not in " + ref_file + " here");
}

// A text field of t (a string or an array of strings), against the source language's.
void check_route_field(TomlReader& r, const toml::table* t, std::string_view key, const std::string* ref,
                       const std::string& ref_file) {
    const toml::node* n = t ? t->get(key) : nullptr;
    if (n && n->is_string()) check_route_text(r, *n, **n->as_string(), ref, ref_file);
}
void check_route_list(TomlReader& r, const toml::table* t, std::string_view key, const std::vector<std::string>* ref,
                      const std::string& ref_file) {
    const toml::array* a = t ? t->get_as<toml::array>(key) : nullptr;
    if (!a) return;
    for (size_t i = 0; i < a->size(); ++i)
        if (const auto* v = (*a)[i].as_string())
            check_route_text(r, (*a)[i], **v, ref && i < ref->size() ? &(*ref)[i] : nullptr, ref_file);
}

// Every text a learner reads, checked for its placeholders after it loaded.
void check_route_placeholders(TomlReader& r, const toml::table& doc, const Module& m, const ModuleText* ref,
                              const std::string& ref_file) {
    check_route_field(r, &doc, "title", ref ? &ref->title : nullptr, ref_file);
    check_route_field(r, &doc, "summary", ref ? &ref->summary : nullptr, ref_file);
    const toml::table* pages = doc.get_as<toml::table>("pages");
    for (size_t i = 0; pages && i < m.pages.size(); ++i) {
        const toml::table* t = pages->get_as<toml::table>(m.pages[i].id);
        const PageText* rp = ref ? &ref->pages[i] : nullptr;
        check_route_field(r, t, "heading", rp ? &rp->heading : nullptr, ref_file);
        check_route_list(r, t, "paragraphs", rp ? &rp->paragraphs : nullptr, ref_file);
        check_route_list(r, t, "bullets", rp ? &rp->bullets : nullptr, ref_file);
        const toml::array* cards = t ? t->get_as<toml::array>("cards") : nullptr;
        for (size_t c = 0; cards && c < cards->size(); ++c) {
            const CardText* rc = rp && c < rp->cards.size() ? &rp->cards[c] : nullptr;
            check_route_field(r, (*cards)[c].as_table(), "title", rc ? &rc->title : nullptr, ref_file);
            check_route_field(r, (*cards)[c].as_table(), "text", rc ? &rc->text : nullptr, ref_file);
        }
    }
    const toml::table* questions = doc.get_as<toml::table>("questions");
    for (size_t i = 0; questions && i < m.questions.size(); ++i) {
        const Question& q = m.questions[i];
        const toml::table* t = questions->get_as<toml::table>(q.id);
        const QuestionText* rq = ref ? &ref->questions[i] : nullptr;
        for (const char* key : {"scenario", "prompt", "feedback"}) {
            const std::string* rt = !rq ? nullptr : key[0] == 's' ? &rq->scenario : key[0] == 'p' ? &rq->prompt : &rq->feedback;
            check_route_field(r, t, key, rt, ref_file);
        }
        const char* texts = rules_of(q.type).texts_key;
        if (!texts) continue;  // their choice texts are the kiosk's own
        const toml::table* choices = t ? t->get_as<toml::table>(texts) : nullptr;
        for (size_t c = 0; choices && c < q.choice_ids.size(); ++c)
            check_route_field(r, choices, q.choice_ids[c], rq && c < rq->choices.size() ? &rq->choices[c] : nullptr, ref_file);
    }
}

void load_page_text(TomlReader& r, const toml::table& t, const Page& page, const PageText* ref,
                    PageText& out) {
    r.only_keys(t, {"heading", "paragraphs", "bullets", "cards"}, "[pages." + page.id + "]");
    if (auto h = r.text(t, "heading")) out.heading = *h;
    if (auto p = r.texts(t, "paragraphs")) out.paragraphs = *p;
    if (auto b = r.texts(t, "bullets", false)) out.bullets = *b;
    if (ref && t.get("paragraphs") && out.paragraphs.size() != ref->paragraphs.size())
        r.error(*t.get("paragraphs"), "page '" + page.id + "' has " + std::to_string(out.paragraphs.size()) +
                                          " paragraphs; the source language has " + std::to_string(ref->paragraphs.size()));
    if (ref && out.bullets.size() != ref->bullets.size())
        r.error(t, "page '" + page.id + "' has " + std::to_string(out.bullets.size()) +
                       " bullets; the source language has " + std::to_string(ref->bullets.size()));
    const toml::array* cards = r.array(t, "cards", !page.card_icons.empty());
    if (!cards) return;
    if (cards->size() != page.card_icons.size()) {
        r.error(*cards, "page '" + page.id + "' needs " + std::to_string(page.card_icons.size()) +
                            " cards (one per icon in module.toml), not " + std::to_string(cards->size()));
        return;
    }
    for (const toml::node& c : *cards) {
        const toml::table* ct = c.as_table();
        if (!ct) {
            r.error(c, "each card must be { title = \"...\", text = \"...\" }");
            continue;
        }
        r.only_keys(*ct, {"title", "text"}, "a card");
        CardText card;
        if (auto v = r.text(*ct, "title")) card.title = *v;
        if (auto v = r.text(*ct, "text")) card.text = *v;
        out.cards.push_back(std::move(card));
    }
}

void load_question_text(TomlReader& r, const toml::table& t, const Question& q, QuestionText& out) {
    const QuestionRules& rules = rules_of(q.type);
    const std::string_view texts = rules.texts_key ? rules.texts_key : "choices";
    r.only_keys(t, {"scenario", "prompt", texts, "feedback"}, "[questions." + q.id + "]");
    if (auto v = r.text(t, "prompt")) out.prompt = *v;
    if (auto v = r.text(t, "feedback")) out.feedback = *v;
    if (rules.scenario) {
        if (auto v = r.text(t, "scenario")) out.scenario = *v;
    } else if (const toml::node* s = t.get("scenario")) {
        r.error(*s, "only scenario questions have a 'scenario' text");
    }
    if (!rules.texts_key) {
        if (const toml::node* c = t.get("choices")) r.error(*c, std::string(rules.name) + " questions have no choice texts");
        return;
    }
    const toml::table* choices = r.table(t, texts);
    if (!choices) return;
    const std::string what = texts == "choices" ? "choice" : "'" + std::string(texts) + "' entry";
    for (auto&& [k, v] : *choices)
        if (std::find(q.choice_ids.begin(), q.choice_ids.end(), k.str()) == q.choice_ids.end())
            r.error(v, what + " '" + std::string(k.str()) + "' is not one of question '" + q.id + "' in module.toml");
    for (const auto& id : q.choice_ids) {
        if (!choices->get(id)) {
            r.error(*choices, "question '" + q.id + "' lacks the text for " + what + " '" + id + "'");
            continue;
        }
        if (auto v = r.text(*choices, id)) out.choices.push_back(*v);
    }
}

bool load_text(const Module& m, const std::string& lang, const ModuleText* ref, const std::string& ref_lang,
               const UiText& ui, ModuleText& out, std::vector<Diagnostic>& problems) {
    const fs::path file = m.dir / (lang + ".toml");
    TomlReader r(file.string(), problems);
    out.pages.resize(m.pages.size());
    out.questions.resize(m.questions.size());
    if (!fs::exists(file)) {
        r.error(0, "missing: module '" + m.id + "' has no text in language '" + lang + "'");
        return false;
    }
    auto doc = r.parse(file, kMaxTomlBytes);
    if (!doc) return false;
    r.only_keys(*doc, {"title", "summary", "pages", "questions"}, lang + ".toml");
    if (auto v = r.text(*doc, "title")) out.title = *v;
    if (auto v = r.text(*doc, "summary")) out.summary = *v;

    const toml::table* pages = r.table(*doc, "pages");
    const toml::table* questions = r.table(*doc, "questions");
    if (pages) {
        for (auto&& [k, v] : *pages) {
            const std::string id(k.str());  // structured bindings cannot be captured before clang 16
            if (std::none_of(m.pages.begin(), m.pages.end(), [&](auto& p) { return p.id == id; }))
                r.error(v, "page '" + id + "' is not in module.toml");
        }
        for (size_t i = 0; i < m.pages.size(); ++i) {
            const toml::node* n = pages->get(m.pages[i].id);
            if (!n || !n->is_table()) {
                r.error(*pages, "missing [pages." + m.pages[i].id + "]");
                continue;
            }
            load_page_text(r, *n->as_table(), m.pages[i], ref ? &ref->pages[i] : nullptr, out.pages[i]);
        }
    }
    if (questions) {
        for (auto&& [k, v] : *questions) {
            const std::string id(k.str());
            if (std::none_of(m.questions.begin(), m.questions.end(), [&](auto& q) { return q.id == id; }))
                r.error(v, "question '" + id + "' is not in module.toml");
        }
        for (size_t i = 0; i < m.questions.size(); ++i) {
            const toml::node* n = questions->get(m.questions[i].id);
            if (!n || !n->is_table()) {
                r.error(*questions, "missing [questions." + m.questions[i].id + "]");
                continue;
            }
            load_question_text(r, *n->as_table(), m.questions[i], out.questions[i]);
            out.questions[i].line = TomlReader::line(*n);
            if (!rules_of(m.questions[i].type).texts_key)
                out.questions[i].choices = {ui.get(lang, "answer_true"), ui.get(lang, "answer_false")};
        }
    }
    check_route_placeholders(r, *doc, m, ref, ref_lang + ".toml");
    return r.error_count() == 0;
}

// [section] Editorial rules for shipped modules ------------------------------------------------

void check_editorial(const Module& m, std::vector<Diagnostic>& problems) {
    TomlReader r((m.dir / "module.toml").string(), problems);
    if (m.pages.size() < 6 || m.pages.size() > 14)
        r.error(0, "has " + std::to_string(m.pages.size()) + " pages; shipped modules have 6-14");
    if (m.questions.size() < 12)
        r.error(0, "has " + std::to_string(m.questions.size()) + " questions; shipped modules have at least 12");
    std::set<QuestionType> types;
    size_t scenarios = 0;
    for (const auto& q : m.questions) {
        types.insert(q.type);
        scenarios += rules_of(q.type).scenario;
    }
    if (types.size() < 4) r.error(0, "uses " + std::to_string(types.size()) + " question types; shipped modules use at least 4");
    if (scenarios * 3 < m.questions.size())
        r.error(0, "has " + std::to_string(scenarios) + " scenario questions; at least a third must be scenarios");
    if (m.sources.empty()) r.error(0, "lists no sources");
    for (const auto& q : m.questions)
        if (q.topic.empty()) r.error(0, "question '" + q.id + "' has no topic; shipped modules set draw and a topic per question");
}

}  // namespace

bool is_content_id(std::string_view s) {
    if (s.empty() || s.size() > 64) return false;
    return std::all_of(s.begin(), s.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
    });
}

fs::path default_icon_dir(const fs::path& content_dir) {
    const fs::path d = content_dir / ".." / "assets" / "icons";
    std::error_code ec;
    return fs::is_directory(d, ec) ? d.lexically_normal() : fs::path{};
}

LoadResult load_content(const fs::path& dir, const LoadOptions& options) {
    LoadResult res;
    res.catalog.languages = load_languages(dir, res.problems);
    load_ui(dir, res.catalog.languages, res.catalog.ui, res.problems);
    res.languages_ok = res.problems.empty() && !res.catalog.languages.empty();

    std::vector<fs::path> folders;
    std::error_code ec;
    for (const auto& e : fs::directory_iterator(dir / "modules", ec))
        if (e.is_directory()) folders.push_back(e.path());
    if (ec) res.problems.push_back({(dir / "modules").string(), 0, "cannot list modules: " + ec.message()});
    std::sort(folders.begin(), folders.end());
    if (!ec && folders.empty()) res.problems.push_back({(dir / "modules").string(), 0, "no modules found"});

    for (const auto& folder : folders) {
        const size_t before = res.problems.size();
        std::optional<Module> m = load_structure(folder, options.icon_dir, res.problems);
        bool ok = m.has_value();
        if (m) {
            const ModuleText* ref = nullptr;
            for (const auto& lang : res.catalog.languages) {
                ModuleText text;
                const bool loaded = load_text(*m, lang.code, ref, res.catalog.languages.front().code, res.catalog.ui, text, res.problems);
                auto& stored = m->text[lang.code] = std::move(text);
                // Later languages are compared with the source language only if it loaded cleanly.
                if (lang.code == res.catalog.languages.front().code && loaded) ref = &stored;
                ok = ok && loaded;
            }
            if (options.strict) check_editorial(*m, res.problems);
            if (options.strict && ok) res.style[m->id] = check_style(*m, res.catalog.languages, res.problems);
        }
        if (ok && res.problems.size() == before) res.catalog.modules.push_back(std::move(*m));
        else res.broken_modules.push_back(folder.filename().string());
    }
    return res;
}

const ModuleText& Module::in(const std::string& lang) const {
    auto t = text.find(lang);
    assert(t != text.end() && "every offered language is loaded for every module");
    return t->second;
}

const Module* Catalog::find_module(const std::string& id) const {
    for (const auto& m : modules)
        if (m.id == id) return &m;
    return nullptr;
}

bool Catalog::offers(const std::string& lang) const {
    return std::any_of(languages.begin(), languages.end(), [&](auto& l) { return l.code == lang; });
}

}  // namespace signaal
