#pragma once
// People's and venues' names, one set of rules wherever a name comes in: the kiosk's keyboard,
// every `signaal` command, staff imports and the fleet pull.
//
//   problem()    why a name cannot be stored, as a reason the ui text translates;
//   normalized() the form that is stored: trimmed, Unicode NFC (so "José" typed as e + U+0301
//                and as é is one spelling);
//   match_key()  what finds the same person again: ICU's NFKC case folding (full folding, so
//                "АННА ИВАНОВА" = "Анна Иванова", "ŁUCJA" = "łucja", "STRAßE" = "strasse"),
//                runs of white space as one space. Diacritics stay: "Jose" and "José" are two
//                spellings a person would not mix up.
//
// Turkish dotted and dotless i: default (non-Turkish) folding maps I to i, leaves ı apart and
// folds İ to i + U+0307 (combining dot); Turkish folding would map I to ı and so split every
// "IVANOVA" from "Ivanova". A Turkish employee may type their name with or without the Turkish
// letters (the keyboard offers them only among the accents, a CSV may have neither), so the key
// treats I, i, İ and ı as one letter: "IŞIK", "Işık" and "işik" find one person. Two people
// of one venue with one employee number whose names differ only in that dot are not
// plausible; a history split by it is.
#include <string>
#include <string_view>

namespace signaal::names {

// The longest name a certificate, a report and the keyboard field hold, in code points.
inline constexpr std::size_t kMaxLength = 120;

// Empty when the name can be stored, else the reason, the suffix of ui key "name_problem_<x>"
// (content/ui/*.toml): "invalid_text" (not UTF-8), "empty", "too_long", "control_character"
// (C0/C1 controls, tab, bidi overrides and marks, BOM, line and paragraph separators). Names
// reach certificates, CSV files and PDFs, so nothing that reorders or hides text gets in.
std::string problem(std::string_view name, std::size_t max_code_points = kMaxLength);

// ASCII and no-break spaces trimmed at both ends, NFC. Text that is not UTF-8 comes back as is
// (problem() refuses it before it is stored).
std::string normalized(std::string_view name);

// The look-up key: NFKC case folded, I/i/İ/ı as one, white space folded; see above.
std::string match_key(std::string_view name);

}  // namespace signaal::names
