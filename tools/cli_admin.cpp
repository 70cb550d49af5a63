#include "cli_admin.hpp"

#include <iostream>

#include "content_loader.hpp"

namespace signaal::cli {

Catalog manager_catalog(const Args& a) { return load_content(content_dir(a), {}).catalog; }

std::string problem_text(const Catalog& catalog, const std::string& key) {
    if (catalog.languages.empty()) return key;
    const std::string lang = catalog.offers("en") ? "en" : catalog.languages.front().code;
    return catalog.ui.get(lang, key);
}

int refuse(const std::string& command, const Catalog& catalog, const admin::Outcome& outcome) {
    std::cerr << "signaal " << command << ": " << problem_text(catalog, outcome.problem) << "\n";
    return 1;
}

}  // namespace signaal::cli
