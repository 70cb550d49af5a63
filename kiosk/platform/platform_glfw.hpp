#pragma once
// The window, the OpenGL 3 context and ImGui's GLFW/OpenGL3 back ends, owned in one place.
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "ui/widgets.hpp"

struct GLFWwindow;
struct ImFontAtlas;

namespace signaal {

// PNG files loaded into GL textures once and kept.
class GlTextures : public ui::Textures {
public:
    ~GlTextures() override;
    ui::Texture get(const std::filesystem::path& png) override;
    void clear();  // frees the GL textures; needs the context current

private:
    std::map<std::string, ui::Texture> cache_;
};

struct WindowOptions {
    bool fullscreen = true;
    int width = 1920, height = 1080;
    bool visible = true;
};

class Platform {
public:
    // Null with a reason when there is no display or no OpenGL 3.
    static std::unique_ptr<Platform> create(const WindowOptions& o, std::string& error);
    // The same in two steps: the window and GL context (the slow part), then ImGui on them.
    // fonts: an atlas made beforehand (it must outlive the Platform), or null for ImGui's own.
    // ImGui's allocator counts into the current context, so no other thread may still be
    // filling that atlas when start_imgui runs.
    static std::unique_ptr<Platform> open_window(const WindowOptions& o, std::string& error);
    bool start_imgui(ImFontAtlas* fonts, std::string& error);
    // The framebuffer height a window with these options will most likely get, before it is
    // opened; 0 when there is no display.
    static int expected_height(const WindowOptions& o);
    ~Platform();
    Platform(const Platform&) = delete;
    Platform& operator=(const Platform&) = delete;

    bool should_close() const;
    void poll();
    void wait(double seconds);  // sleeps until input or the timeout
    static void wake();         // ends a wait() from any thread
    void new_frame();           // back ends' NewFrame (call before ImGui::NewFrame)
    void render();              // draws ImGui's draw data
    void swap();
    void finish();              // waits until GL has done all queued work
    int framebuffer_height() const;
    // The framebuffer as top-down RGBA rows.
    std::vector<unsigned char> read_pixels(int& w, int& h) const;
    GlTextures& textures() { return textures_; }

private:
    Platform() = default;
    GLFWwindow* window_ = nullptr;
    bool imgui_glfw_ = false, imgui_gl_ = false;
    GlTextures textures_;
};

// True when no X11 or Wayland display is set; glfwInit would fail.
bool no_display();

}  // namespace signaal
