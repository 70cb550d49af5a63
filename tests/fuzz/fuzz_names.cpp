// libFuzzer target: arbitrary bytes typed into the identify screen's name field.
// Checks the invariants the certificate and CSV writers rely on.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "content.hpp"
#include "flow.hpp"
#include "names.hpp"
#include "utf8_text.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    signaal::Catalog catalog;
    catalog.languages = {{"nl", "Nederlands"}};
    signaal::FlowState s;
    const signaal::Env env{};
    signaal::apply(s, catalog, signaal::intent::Start{}, env);
    signaal::apply(s, catalog, signaal::intent::ChooseLanguage{"nl"}, env);
    signaal::apply(s, catalog, signaal::intent::Type{text}, env);
    // Whatever was typed, the name field holds valid UTF-8 with no control characters, within the limit.
    if (!signaal::utf8::valid(s.name)) std::abort();
    if (signaal::utf8::length(s.name) > signaal::FlowConfig{}.max_name_length) std::abort();
    for (unsigned char c : s.name)
        if (c < 0x20 || c == 0x7F) std::abort();
    signaal::apply(s, catalog, signaal::intent::Backspace{}, env);
    if (!signaal::utf8::valid(s.name)) std::abort();
    (void)signaal::names::problem(text, 120);
    (void)signaal::names::match_key(text);
    (void)signaal::names::normalized(text);
    (void)signaal::utf8::trim(text);
    return 0;
}
