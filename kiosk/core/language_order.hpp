#pragma once
// The order of the language screen's tiles (setting language_order). Pure: the counts come from
// the store (Store::completions_by_language), the order is decided here.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "content.hpp"

namespace signaal {

enum class LanguageOrder {
    Recent,  // most completions at this kiosk in the last kRecentDays first; ties as offered
    Fixed,   // as offered: languages_offered, in languages.toml order
};

inline constexpr int kRecentDays = 90;

// "recent" or "fixed"; nothing for any other text.
std::optional<LanguageOrder> parse_language_order(std::string_view text);

// `offered` (in languages.toml order) reordered: for Recent, by completions per language code,
// most first, a stable sort so ties and languages without completions keep their offered order.
std::vector<Language> order_languages(std::vector<Language> offered, LanguageOrder order,
                                      const std::map<std::string, int>& completions);

}  // namespace signaal
