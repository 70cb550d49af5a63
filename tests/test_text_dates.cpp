#include <catch2/catch.hpp>

#include "dates.hpp"
#include "names.hpp"
#include "ui_text.hpp"
#include "utf8_text.hpp"

using namespace signaal;

TEST_CASE("months are added on the calendar, clamping to the month's end") {
    auto d = [](const char* s) { return *parse_iso_date(s); };
    CHECK(to_iso(add_months(d("2026-01-31"), 1)) == "2026-02-28");
    CHECK(to_iso(add_months(d("2028-01-31"), 1)) == "2028-02-29");
    CHECK(to_iso(add_months(d("2026-11-23"), 12)) == "2027-11-23");
    CHECK(to_iso(add_months(d("2026-12-15"), 1)) == "2027-01-15");
}

TEST_CASE("only real ISO dates parse") {
    CHECK(parse_iso_date("2026-02-29") == std::nullopt);
    CHECK(parse_iso_date("2026-2-1") == std::nullopt);
    CHECK(parse_iso_date("20x6-01-01") == std::nullopt);
    CHECK(parse_iso_date("2028-02-29").has_value());
}

TEST_CASE("UTF-8 helpers work on code points") {
    CHECK(utf8::length("Łukasz") == 6);
    CHECK(utf8::length("Иван") == 4);
    std::string s = "Zoë";
    utf8::pop_back(s);
    CHECK(s == "Zo");
    CHECK(utf8::split("aé€😀").size() == 4);
    CHECK_FALSE(utf8::valid("\xC3"));
    CHECK_FALSE(utf8::valid("\xC0\x80"));  // overlong NUL
    CHECK_FALSE(utf8::valid("\xED\xA0\x80"));  // surrogate
    CHECK(utf8::trim("\xC2\xA0  Ana \t") == "Ana");
}

TEST_CASE("the one UTF-8 module steps, decodes, encodes and converts UTF-16 as the PDFs and keyboard need") {
    CHECK(utf8::char_size("é!", 0) == 2);
    CHECK(utf8::char_size("a😀", 1) == 4);
    CHECK(utf8::char_size("\xE2\x82", 0) == 1);  // cut short: one byte at a time
    CHECK(utf8::char_size("\x80x", 0) == 1);
    CHECK(utf8::split("a\xFF" "b") == std::vector<std::string>{"a", "\xFF", "b"});
    CHECK(utf8::first_code_point("ș") == 0x219);
    CHECK(utf8::first_code_point("") == 0);
    CHECK(utf8::first_code_point("\xC3") == 0);
    CHECK(utf8::code_points("Zoë") == U"Zoë");
    CHECK(utf8::code_points("\xC3").empty());
    std::string out;
    for (char32_t cp : {U'Ș', U'Ж', U'😀', char32_t{0xD800}, char32_t{0x110000}}) utf8::append(out, cp);
    CHECK(out == "ȘЖ😀");  // no code point, no bytes
    // "Zoë 😀" in UTF-16BE, as libharu writes PDF text strings; a lone surrogate is dropped.
    const std::string be("\x00Z\x00o\x00\xEB\x00 \xD8\x3D\xDE\x00\xD8\x00", 14);
    CHECK(utf8::from_utf16be(be) == "Zoë 😀");
    CHECK(utf8::from_utf16be(std::string("\x04\x18\x00", 3)) == "И");  // trailing odd byte ignored
}

TEST_CASE("names with control or bidi characters are refused, real names pass") {
    for (const char* ok : {"Łukasz Wiśniewski-Özdemir", "Zoë de Vries", "Ștefan Dumitrescu", "Иван Петров",
                           "Mary O'Neill", "José 😀"})
        CHECK(names::problem(ok, 120).empty());
    CHECK(names::problem("", 120) == "empty");
    CHECK(names::problem("   ", 120) == "empty");
    CHECK(names::problem("Ann\nBob", 120) == "control_character");
    CHECK(names::problem(std::string("Ann\0Bob", 7), 120) == "control_character");
    CHECK(names::problem("evil\u202Egnp.exe", 120) == "control_character");
    CHECK(names::problem(std::string(121, 'a'), 120) == "too_long");
    CHECK(names::problem("\xff", 120) == "invalid_text");
}

TEST_CASE("placeholders are filled by name") {
    CHECK(fill("Hello {name}, {n} left", {{"name", "Ana"}, {"n", "3"}}) == "Hello Ana, 3 left");
    CHECK(fill("{unknown} {name", {{"name", "x"}}) == "{unknown} {name");
}
