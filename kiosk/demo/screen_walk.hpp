#pragma once
// Walks a demo kiosk through every screen in one language (every lesson page and question type of
// the first module, one page of each other module, pass and fail, idle, the PIN pad and the admin
// area) and calls visit(name) wherever a screen is worth a look: the tour saves a screenshot
// there, the benchmark times frames there. Also: every question type of the content at least once
// (more attempts where a pool draws only some), and the "Where to report here" card with the
// venue's contact person set (lesson, result, certificate), which is cleared again afterwards.
#include <filesystem>
#include <functional>
#include <string>

#include "demo_kiosk.hpp"

namespace signaal {

using ScreenVisit = std::function<void(const std::string& screen)>;
// A printed certificate worth a look: its name in the tour and the PDF the issuer saved.
using PaperVisit = std::function<void(const std::string& name, const std::filesystem::path& pdf)>;

void walk_screens(DemoKiosk& kiosk, const std::string& lang, const ScreenVisit& visit, const PaperVisit& paper = {});

// The name a person types in the walk, with letters that language's keyboard adds.
std::string sample_name(const std::string& lang);

}  // namespace signaal
