#include "names.hpp"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cassert>

#include "utf8_text.hpp"

namespace signaal::names {
namespace {

bool is_bidi_control(UChar32 cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F ||
           cp == 0x061C;
}

bool is_refused(UChar32 cp) {
    return cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || is_bidi_control(cp) || cp == 0xFEFF || cp == 0x2028 ||
           cp == 0x2029;
}

const icu::Normalizer2& normalizer(bool casefold) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n =
        casefold ? icu::Normalizer2::getNFKCCasefoldInstance(status) : icu::Normalizer2::getNFCInstance(status);
    // ICU's data is part of libicu; without it nothing about text would work.
    assert(U_SUCCESS(status) && n);
    return *n;
}

icu::UnicodeString unicode(std::string_view s) {
    return icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
}

std::string utf8_of(const icu::UnicodeString& u) {
    std::string out;
    u.toUTF8String(out);
    return out;
}

}  // namespace

std::string problem(std::string_view name, std::size_t max_code_points) {
    if (!utf8::valid(name)) return "invalid_text";
    if (utf8::trim(name).empty()) return "empty";
    if (utf8::length(name) > max_code_points) return "too_long";
    const icu::UnicodeString u = unicode(name);
    for (int32_t i = 0; i < u.length(); i = u.moveIndex32(i, 1))
        if (is_refused(u.char32At(i))) return "control_character";
    return {};
}

std::string normalized(std::string_view name) {
    const std::string trimmed = utf8::trim(name);
    if (!utf8::valid(trimmed)) return trimmed;
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString nfc = normalizer(false).normalize(unicode(trimmed), status);
    return U_SUCCESS(status) ? utf8_of(nfc) : trimmed;
}

std::string match_key(std::string_view name) {
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString folded = normalizer(true).normalize(unicode(name), status);
    if (U_FAILURE(status)) return std::string(name);
    icu::UnicodeString key;
    for (int32_t i = 0; i < folded.length(); i = folded.moveIndex32(i, 1)) {
        UChar32 cp = folded.char32At(i);
        if (u_isUWhiteSpace(cp)) {
            if (!key.isEmpty() && key.char32At(key.length() - 1) != ' ') key.append(UChar32{' '});
            continue;
        }
        if (cp == 0x0131) cp = 'i';                                           // dotless ı
        if (cp == 0x0307 && !key.isEmpty() && key.char32At(key.length() - 1) == 'i') continue;  // İ folded to i + dot
        key.append(cp);
    }
    if (!key.isEmpty() && key.char32At(key.length() - 1) == ' ') key.truncate(key.length() - 1);
    return utf8_of(key);
}

}  // namespace signaal::names
