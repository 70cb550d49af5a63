#include "ui_text.hpp"

namespace signaal {

void UiText::set(const std::string& lang, const std::string& key, std::string value) {
    text_[lang][key] = std::move(value);
}

void UiText::set_keyboard(const std::string& lang, Keyboard kb) { keyboards_[lang] = std::move(kb); }

std::string UiText::get(const std::string& lang, const std::string& key) const {
    if (auto l = text_.find(lang); l != text_.end())
        if (auto k = l->second.find(key); k != l->second.end()) return k->second;
    return key;
}

bool UiText::has(const std::string& lang, const std::string& key) const {
    auto l = text_.find(lang);
    return l != text_.end() && l->second.count(key) > 0;
}

const Keyboard& UiText::keyboard(const std::string& lang) const {
    static const Keyboard fallback{{"qwertyuiop", "asdfghjkl", "zxcvbnm"}, {}};
    auto k = keyboards_.find(lang);
    return k != keyboards_.end() ? k->second : fallback;
}

const std::map<std::string, std::string>& UiText::all(const std::string& lang) const {
    static const std::map<std::string, std::string> none;
    auto l = text_.find(lang);
    return l != text_.end() ? l->second : none;
}

std::string fill(std::string_view pattern,
                 const std::vector<std::pair<std::string, std::string>>& values) {
    std::string out;
    out.reserve(pattern.size());
    for (size_t i = 0; i < pattern.size();) {
        if (pattern[i] == '{') {
            const size_t close = pattern.find('}', i);
            if (close != std::string_view::npos) {
                const std::string_view name = pattern.substr(i + 1, close - i - 1);
                bool replaced = false;
                for (const auto& [k, v] : values)
                    if (k == name) {
                        out += v;
                        replaced = true;
                        break;
                    }
                if (replaced) {
                    i = close + 1;
                    continue;
                }
            }
        }
        out += pattern[i++];
    }
    return out;
}

}  // namespace signaal
