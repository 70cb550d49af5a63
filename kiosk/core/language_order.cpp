#include "language_order.hpp"

#include <algorithm>

namespace signaal {

std::optional<LanguageOrder> parse_language_order(std::string_view text) {
    if (text == "recent") return LanguageOrder::Recent;
    if (text == "fixed") return LanguageOrder::Fixed;
    return std::nullopt;
}

std::vector<Language> order_languages(std::vector<Language> offered, LanguageOrder order,
                                      const std::map<std::string, int>& completions) {
    if (order == LanguageOrder::Fixed) return offered;
    const auto count = [&](const Language& l) {
        const auto it = completions.find(l.code);
        return it == completions.end() ? 0 : it->second;
    };
    std::stable_sort(offered.begin(), offered.end(), [&](const Language& a, const Language& b) { return count(a) > count(b); });
    return offered;
}

}  // namespace signaal
