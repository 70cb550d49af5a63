#pragma once
// Turns text as the kiosk shows it into text the synthesiser reads the way a person would:
// phone and reference numbers digit by digit ("0800-7000" -> "0 8 0 0, 7 0 0 0"), abbreviations
// letter by letter unless the language says them as a word ("RIEC" in Dutch), and joined
// organisation names ("CoMensha", "ChristenUnie") as their parts. Plain C++, no synthesiser.
#include <string>
#include <string_view>

namespace signaal::speech {

std::string spoken_text(std::string_view shown, std::string_view lang);

// The eSpeak NG voice for a kiosk language code: "zh-Hans" -> "cmn", "en" -> "en-gb"; any
// other code by its primary subtag ("pt-BR" -> "pt").
std::string voice_for(std::string_view lang);

}  // namespace signaal::speech
