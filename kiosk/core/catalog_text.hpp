#pragma once
// Every piece of text the loaded content can show (UI words, keyboards, language names, module
// text) in one string: the font atlas takes the glyphs it needs beyond its fixed ranges (Chinese,
// say) from it, so an atlas without such content stays as small as before.
#include <string>

namespace signaal {

struct Catalog;

std::string catalog_text(const Catalog& c);

}  // namespace signaal
