#pragma once
// Walks a demo kiosk through every screen in one language (every lesson page and question type of
// the first module, one page of each other module, pass and fail, idle, the PIN pad and the admin
// area) and calls visit(name) wherever a screen is worth a look: the tour saves a screenshot
// there, the benchmark times frames there.
#include <functional>
#include <string>

#include "demo_kiosk.hpp"

namespace signaal {

using ScreenVisit = std::function<void(const std::string& screen)>;

void walk_screens(DemoKiosk& kiosk, const std::string& lang, const ScreenVisit& visit);

// The name a person types in the walk, with letters that language's keyboard adds.
std::string sample_name(const std::string& lang);

}  // namespace signaal
