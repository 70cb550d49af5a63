#include "cli.hpp"

#include <algorithm>

#include "paths.hpp"

namespace signaal::cli {

std::optional<std::string> Args::value(const std::string& name) const {
    auto it = values_.find(name);
    if (it == values_.end()) return std::nullopt;
    return it->second;
}

std::string Args::value_or(const std::string& name, const std::string& fallback) const {
    return value(name).value_or(fallback);
}

int Args::int_value(const std::string& name, int fallback, int lo, int hi) const {
    auto v = value(name);
    if (!v) return fallback;
    size_t used = 0;
    long long n = 0;
    try {
        n = std::stoll(*v, &used);
    } catch (const std::exception&) {
        used = 0;
    }
    if (used != v->size() || n < lo || n > hi)
        throw UsageError("--" + name + " must be a whole number from " + std::to_string(lo) + " to " +
                         std::to_string(hi) + ", not '" + *v + "'");
    return static_cast<int>(n);
}

std::filesystem::path db_path(const Args& a) {
    if (auto v = a.value("db")) return *v;
    return default_db_path();
}

std::filesystem::path content_dir(const Args& a) {
    if (auto v = a.value("content")) return *v;
    return default_content_dir();
}

void Registry::add(Command c) {
    c.options.insert(c.options.begin(), kDbOption);
    commands_.push_back(std::move(c));
}

Args parse_args(const Command& c, const std::vector<std::string>& words) {
    Args a;
    for (size_t i = 0; i < words.size(); ++i) {
        const std::string& w = words[i];
        if (w.rfind("--", 0) != 0 || w == "--") {
            a.positional_.push_back(w);
            continue;
        }
        std::string name = w.substr(2), value;
        const bool inline_value = name.find('=') != std::string::npos;
        if (inline_value) {
            value = name.substr(name.find('=') + 1);
            name = name.substr(0, name.find('='));
        }
        auto opt = std::find_if(c.options.begin(), c.options.end(), [&](const Option& o) { return o.name == name; });
        if (opt == c.options.end()) throw UsageError("unknown option --" + name);
        if (!opt->value_name.empty() && !inline_value) {
            if (i + 1 >= words.size()) throw UsageError("--" + name + " needs a value (" + opt->value_name + ")");
            value = words[++i];
        } else if (opt->value_name.empty() && inline_value) {
            throw UsageError("--" + name + " takes no value");
        }
        a.values_[name] = value;
    }
    return a;
}

std::string usage(const Command& c) {
    std::string out = "usage: signaal " + c.path;
    if (!c.options.empty()) out += " [options]";
    if (!c.args.empty()) out += " " + c.args;
    out += "\n\n" + c.summary + "\n";
    if (!c.help.empty()) out += "\n" + c.help + "\n";
    out += "\noptions:\n";
    for (const auto& o : c.options) {
        std::string left = "  --" + o.name + (o.value_name.empty() ? "" : " " + o.value_name);
        if (left.size() < 26) left.resize(26, ' ');
        else left += "  ";
        out += left + o.help + "\n";
    }
    out += "  --help                  show this help\n";
    return out;
}

}  // namespace signaal::cli
