#pragma once
// The kiosk's own words per language (content/ui/<lang>.toml), looked up by key.
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace signaal {

struct Keyboard {
    std::vector<std::string> rows;  // each row a UTF-8 string of keys
    std::string accents;            // extra row of accented letters
};

class UiText {
public:
    void set(const std::string& lang, const std::string& key, std::string value);
    void set_keyboard(const std::string& lang, Keyboard kb);

    // The text for key in lang. A missing key is a content error the loader reports, so at
    // run time it shows the key itself rather than nothing.
    // By value: a missing key gives back the key, which may be a temporary of the caller.
    std::string get(const std::string& lang, const std::string& key) const;
    bool has(const std::string& lang, const std::string& key) const;
    const Keyboard& keyboard(const std::string& lang) const;
    const std::map<std::string, std::string>& all(const std::string& lang) const;

private:
    std::map<std::string, std::map<std::string, std::string>> text_;
    std::map<std::string, Keyboard> keyboards_;
};

// Replaces each {name} in pattern with its value; unknown placeholders stay as written.
std::string fill(std::string_view pattern,
                 const std::vector<std::pair<std::string, std::string>>& values);

}  // namespace signaal
