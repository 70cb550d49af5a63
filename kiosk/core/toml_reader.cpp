#include "toml_reader.hpp"

#include <fstream>
#include <sstream>

#include "utf8_text.hpp"

namespace signaal {
namespace {

const char* type_name(toml::node_type t) {
    switch (t) {
        case toml::node_type::string: return "text";
        case toml::node_type::integer: return "a whole number";
        case toml::node_type::floating_point: return "a decimal number";
        case toml::node_type::boolean: return "true/false";
        case toml::node_type::array: return "a list";
        case toml::node_type::table: return "a table";
        default: return "a date or time";
    }
}

}  // namespace

std::optional<toml::table> TomlReader::parse(const std::filesystem::path& path,
                                             std::uintmax_t max_bytes) {
    std::error_code ec;
    const auto size = std::filesystem::file_size(path, ec);
    if (ec) {
        error(0, "cannot read file: " + ec.message());
        return std::nullopt;
    }
    if (size > max_bytes) {
        error(0, "file is too large (" + std::to_string(size) + " bytes; at most " +
                     std::to_string(max_bytes) + ")");
        return std::nullopt;
    }
    std::ifstream in(path, std::ios::binary);
    std::stringstream buf;
    buf << in.rdbuf();
    if (!in.good() && !in.eof()) {
        error(0, "cannot read file");
        return std::nullopt;
    }
    const std::string doc = buf.str();
    if (!utf8::valid(doc)) {
        error(0, "file is not valid UTF-8 text");
        return std::nullopt;
    }
    try {
        return toml::parse(doc, file_);
    } catch (const toml::parse_error& e) {
        error(static_cast<int>(e.source().begin.line), std::string(e.description()));
        return std::nullopt;
    }
}

void TomlReader::error(int line, std::string message) {
    ++errors_;
    out_.push_back({file_, line, std::move(message)});
}

const toml::node* TomlReader::field(const toml::table& t, std::string_view key, bool required,
                                    const char* expected) {
    const toml::node* n = t.get(key);
    if (!n && required) error(t, "missing field '" + std::string(key) + "' (" + expected + ")");
    return n;
}

std::optional<std::string> TomlReader::text(const toml::table& t, std::string_view key,
                                            bool required) {
    const toml::node* n = field(t, key, required, "text");
    if (!n) return std::nullopt;
    if (!n->is_string()) {
        error(*n, "'" + std::string(key) + "' must be text, not " + type_name(n->type()));
        return std::nullopt;
    }
    std::string s = **n->as_string();
    if (utf8::trim(s).empty()) {
        error(*n, "'" + std::string(key) + "' is empty");
        return std::nullopt;
    }
    return s;
}

std::optional<long long> TomlReader::integer(const toml::table& t, std::string_view key,
                                             long long lo, long long hi) {
    const toml::node* n = field(t, key, true, "a whole number");
    if (!n) return std::nullopt;
    if (!n->is_integer()) {
        error(*n, "'" + std::string(key) + "' must be a whole number, not " + type_name(n->type()));
        return std::nullopt;
    }
    const long long v = **n->as_integer();
    if (v < lo || v > hi) {
        error(*n, "'" + std::string(key) + "' is " + std::to_string(v) + "; it must be " +
                      std::to_string(lo) + ".." + std::to_string(hi));
        return std::nullopt;
    }
    return v;
}

std::optional<std::vector<std::string>> TomlReader::texts(const toml::table& t,
                                                          std::string_view key, bool required) {
    const toml::array* a = array(t, key, required);
    if (!a) return std::nullopt;
    std::vector<std::string> out;
    bool ok = true;
    for (const toml::node& item : *a) {
        if (!item.is_string()) {
            error(item, "'" + std::string(key) + "' must list text, not " + type_name(item.type()));
            ok = false;
        } else if (utf8::trim(**item.as_string()).empty()) {
            error(item, "'" + std::string(key) + "' has an empty entry");
            ok = false;
        } else {
            out.push_back(**item.as_string());
        }
    }
    if (!ok) return std::nullopt;
    return out;
}

template <class T>
const T* TomlReader::node_of(const toml::table& t, std::string_view key, bool required, const char* kind) {
    const toml::node* n = field(t, key, required, kind);
    if (!n) return nullptr;
    const T* v = n->as<T>();
    if (!v) error(*n, "'" + std::string(key) + "' must be " + kind + ", not " + type_name(n->type()));
    return v;
}

const toml::table* TomlReader::table(const toml::table& t, std::string_view key, bool required) {
    return node_of<toml::table>(t, key, required, "a table");
}

const toml::array* TomlReader::array(const toml::table& t, std::string_view key, bool required) {
    return node_of<toml::array>(t, key, required, "a list");
}

void TomlReader::only_keys(const toml::table& t, std::initializer_list<std::string_view> allowed,
                           std::string_view where) {
    for (auto&& [k, v] : t) {
        bool known = false;
        for (auto a : allowed) known = known || k.str() == a;
        if (!known)
            error(static_cast<int>(k.source().begin.line),
                  "unknown field '" + std::string(k.str()) + "' in " + std::string(where));
    }
}

}  // namespace signaal
