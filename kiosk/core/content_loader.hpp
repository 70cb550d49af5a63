#pragma once
// Reads and validates content/ (see content/README.md). Every problem an author can make is
// reported as file:line: message; nothing here throws for bad content.
#include <filesystem>
#include <string>
#include <vector>

#include "content.hpp"
#include "content_style.hpp"
#include "diagnostics.hpp"

namespace signaal {

struct LoadOptions {
    // Where signal-card icons live (<name>.svg or <name>.png). Empty: icons are not checked.
    std::filesystem::path icon_dir;
    // Editorial rules for shipped modules (page and question counts, question-type mix).
    bool strict = false;
};

struct LoadResult {
    Catalog catalog;                          // only the modules that passed every check
    std::vector<Diagnostic> problems;
    std::vector<std::string> broken_modules;  // folder names of modules left out
    bool languages_ok = false;                // false: languages or UI text are broken
    std::map<std::string, std::vector<StyleFigures>> style;  // strict only: figures per module id

    bool ok() const { return problems.empty(); }
};

LoadResult load_content(const std::filesystem::path& content_dir, const LoadOptions& options = {});

// content_dir/../assets/icons when it exists, else empty (no icon check).
std::filesystem::path default_icon_dir(const std::filesystem::path& content_dir);

}  // namespace signaal
