#pragma once
// What a question type's module.toml reader (its row in question_types.cpp) is handed: the
// [[questions]] entry, the reader that records file:line problems, and the size of the entry's
// image when it has one that loaded. The loader reads id, type, topic and image itself.
#include <optional>
#include <string_view>

#include "png_header.hpp"
#include "toml_reader.hpp"

namespace signaal {

struct QuestionSource {
    TomlReader& r;
    const toml::table& t;
    std::optional<PngHeader> image;  // of Question::image, when set and a readable 8-bit PNG
};

// An id as module.toml writes them: 1-64 of a-z, 0-9 and '-' (content_loader.cpp).
bool is_content_id(std::string_view s);

}  // namespace signaal
