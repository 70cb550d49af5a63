#include "catalog_text.hpp"

#include "content.hpp"

namespace signaal {

std::string catalog_text(const Catalog& c) {
    std::string out;
    const auto add = [&out](const std::string& s) { out += s; out += '\n'; };
    for (const auto& l : c.languages) {
        add(l.name);
        for (const auto& [key, text] : c.ui.all(l.code)) add(text);
        const Keyboard& kb = c.ui.keyboard(l.code);
        for (const auto& row : kb.rows) add(row);
        for (const auto& row : kb.latin_rows) add(row);
        add(kb.accents);
    }
    for (const auto& m : c.modules)
        for (const auto& [lang, t] : m.text) {
            add(t.title);
            add(t.summary);
            for (const auto& p : t.pages) {
                add(p.heading);
                for (const auto& s : p.paragraphs) add(s);
                for (const auto& s : p.bullets) add(s);
                for (const auto& card : p.cards) { add(card.title); add(card.text); }
            }
            for (const auto& q : t.questions) {
                add(q.scenario);
                add(q.prompt);
                for (const auto& s : q.choices) add(s);
                add(q.feedback);
            }
        }
    return out;
}

}  // namespace signaal
