#include "problem_text.hpp"

namespace signaal::admin {

std::string problem_text(const Catalog& catalog, const std::string& key) {
    if (catalog.languages.empty()) return key;
    return catalog.ui.get(catalog.offers("en") ? "en" : catalog.languages.front().code, key);
}

}  // namespace signaal::admin
