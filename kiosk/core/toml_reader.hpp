#pragma once
// Typed access to a parsed TOML file that records, instead of throwing, every field that is
// missing, has the wrong type, or is not part of the format.
#include <toml++/toml.h>

#include <filesystem>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics.hpp"

namespace signaal {

class TomlReader {
public:
    TomlReader(std::string file, std::vector<Diagnostic>& out) : file_(std::move(file)), out_(out) {}

    // Parses path; on failure records why (unreadable, too large, syntax) and returns nullopt.
    std::optional<toml::table> parse(const std::filesystem::path& path, std::uintmax_t max_bytes);

    void error(int line, std::string message);
    void error(const toml::node& at, std::string message) { error(line(at), std::move(message)); }
    static int line(const toml::node& n) { return static_cast<int>(n.source().begin.line); }

    std::optional<std::string> text(const toml::table& t, std::string_view key, bool required = true);
    std::optional<long long> integer(const toml::table& t, std::string_view key, long long lo,
                                     long long hi);
    std::optional<std::vector<std::string>> texts(const toml::table& t, std::string_view key,
                                                  bool required = true);
    const toml::table* table(const toml::table& t, std::string_view key, bool required = true);
    const toml::array* array(const toml::table& t, std::string_view key, bool required = true);
    void only_keys(const toml::table& t, std::initializer_list<std::string_view> allowed,
                   std::string_view where);

    const std::string& file() const { return file_; }
    size_t error_count() const { return errors_; }

private:
    const toml::node* field(const toml::table& t, std::string_view key, bool required,
                            const char* expected);
    template <class T>
    const T* node_of(const toml::table& t, std::string_view key, bool required, const char* kind);
    std::string file_;
    std::vector<Diagnostic>& out_;
    size_t errors_ = 0;
};

}  // namespace signaal
