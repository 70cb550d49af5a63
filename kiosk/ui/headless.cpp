#include "headless.hpp"

#include <imgui.h>

#include "fonts.hpp"

namespace signaal::ui {

HeadlessContext::HeadlessContext(float width, float height, std::string_view text) {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(width, height);
    io.DeltaTime = 1.0f / 60.0f;
    // What the GLFW back end maps on the kiosk, so simulated key presses reach the widgets.
    io.KeyMap[ImGuiKey_Backspace] = 8;
    io.KeyMap[ImGuiKey_Enter] = 13;
    io.KeyMap[ImGuiKey_Tab] = 9;
    if (!setup_look(height, error_, text)) return;
    unsigned char* px = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&px, &w, &h);
    if (!px) error_ = "the font atlas could not be built";
}

HeadlessContext::~HeadlessContext() { ImGui::DestroyContext(); }

}  // namespace signaal::ui
