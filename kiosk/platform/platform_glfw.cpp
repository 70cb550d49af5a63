#include "platform/platform_glfw.hpp"

#include <GLFW/glfw3.h>
#include <backends/imgui_impl_glfw.h>
#include <backends/imgui_impl_opengl3.h>
#include <imgui.h>
#include <stb_image.h>

#include <cstdlib>
#include <cstdint>

namespace signaal {

GlTextures::~GlTextures() { clear(); }

void GlTextures::clear() {
    for (auto& [k, t] : cache_) {
        if (!t.id) continue;
        const GLuint id = static_cast<GLuint>(reinterpret_cast<std::uintptr_t>(t.id));
        glDeleteTextures(1, &id);
    }
    cache_.clear();
}

ui::Texture GlTextures::get(const std::filesystem::path& png) {
    auto it = cache_.find(png.string());
    if (it != cache_.end()) return it->second;
    ui::Texture t;
    int n = 0;
    unsigned char* px = stbi_load(png.c_str(), &t.w, &t.h, &n, 4);
    if (px) {
        GLuint id = 0;
        glGenTextures(1, &id);
        glBindTexture(GL_TEXTURE_2D, id);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
        glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
        glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
        glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, t.w, t.h, 0, GL_RGBA, GL_UNSIGNED_BYTE, px);
        stbi_image_free(px);
        t.id = reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(id));
    } else {
        t.w = t.h = 0;
    }
    cache_[png.string()] = t;
    return t;
}

bool no_display() {
    const char* x = std::getenv("DISPLAY");
    const char* w = std::getenv("WAYLAND_DISPLAY");
    return (!x || !*x) && (!w || !*w);
}

int Platform::expected_height(const WindowOptions& o) {
    if (no_display() || !glfwInit()) return 0;
    if (!o.fullscreen) return o.height;
    GLFWmonitor* monitor = glfwGetPrimaryMonitor();
    const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
    return mode ? mode->height : o.height;
}

std::unique_ptr<Platform> Platform::create(const WindowOptions& o, std::string& error) {
    auto p = open_window(o, error);
    if (p && !p->start_imgui(nullptr, error)) return nullptr;
    return p;
}

std::unique_ptr<Platform> Platform::open_window(const WindowOptions& o, std::string& error) {
    if (no_display() || !glfwInit()) {
        error = "no display";
        return nullptr;
    }
    std::unique_ptr<Platform> p(new Platform());
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 3);
    glfwWindowHint(GLFW_OPENGL_PROFILE, GLFW_OPENGL_CORE_PROFILE);
    glfwWindowHint(GLFW_VISIBLE, o.visible ? GLFW_TRUE : GLFW_FALSE);
    glfwWindowHint(GLFW_DECORATED, o.fullscreen ? GLFW_FALSE : GLFW_TRUE);
    glfwWindowHint(GLFW_RESIZABLE, GLFW_FALSE);
    GLFWmonitor* monitor = nullptr;
    int w = o.width, h = o.height;
    if (o.fullscreen) {
        monitor = glfwGetPrimaryMonitor();
        if (const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr) {
            w = mode->width;
            h = mode->height;
            glfwWindowHint(GLFW_REFRESH_RATE, mode->refreshRate);
        }
    }
    p->window_ = glfwCreateWindow(w, h, "Signaal", monitor, nullptr);
    if (!p->window_) {
        error = "cannot open a window with OpenGL 3.3";
        return nullptr;
    }
    glfwMakeContextCurrent(p->window_);
    glfwSwapInterval(1);
    if (o.fullscreen) glfwSetInputMode(p->window_, GLFW_CURSOR, GLFW_CURSOR_HIDDEN);  // touch screen
    return p;
}

bool Platform::start_imgui(ImFontAtlas* fonts, std::string& error) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext(fonts);
    ImGui::GetIO().IniFilename = nullptr;  // nothing written next to the kiosk
    imgui_glfw_ = ImGui_ImplGlfw_InitForOpenGL(window_, true);
    imgui_gl_ = ImGui_ImplOpenGL3_Init("#version 330 core");
    if (!imgui_glfw_ || !imgui_gl_) {
        error = "cannot start ImGui's OpenGL 3 renderer";
        return false;
    }
    ui::set_textures(&textures_);
    return true;
}

Platform::~Platform() {
    ui::set_textures(nullptr);
    if (imgui_gl_) ImGui_ImplOpenGL3_Shutdown();
    if (imgui_glfw_) ImGui_ImplGlfw_Shutdown();
    if (ImGui::GetCurrentContext()) ImGui::DestroyContext();
    textures_.clear();
    if (window_) glfwDestroyWindow(window_);
    glfwTerminate();
}

bool Platform::should_close() const { return glfwWindowShouldClose(window_); }
void Platform::poll() { glfwPollEvents(); }
void Platform::wait(double seconds) { glfwWaitEventsTimeout(seconds); }

void Platform::new_frame() {
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
}

void Platform::wake() { glfwPostEmptyEvent(); }

void Platform::render() {
    int w = 0, h = 0;
    glfwGetFramebufferSize(window_, &w, &h);
    glViewport(0, 0, w, h);
    glClearColor(0.96f, 0.95f, 0.94f, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void Platform::swap() { glfwSwapBuffers(window_); }

void Platform::finish() { glFinish(); }

int Platform::framebuffer_height() const {
    int w = 0, h = 0;
    glfwGetFramebufferSize(window_, &w, &h);
    return h;
}

std::vector<unsigned char> Platform::read_pixels(int& w, int& h) const {
    glfwGetFramebufferSize(window_, &w, &h);
    std::vector<unsigned char> px(static_cast<size_t>(w) * static_cast<size_t>(h) * 4);
    glPixelStorei(GL_PACK_ALIGNMENT, 1);
    glReadBuffer(GL_BACK);
    glReadPixels(0, 0, w, h, GL_RGBA, GL_UNSIGNED_BYTE, px.data());
    // GL rows go bottom-up; images top-down.
    const size_t row = static_cast<size_t>(w) * 4;
    for (int y = 0; y < h / 2; ++y)
        std::swap_ranges(px.begin() + static_cast<long>(row * static_cast<size_t>(y)),
                         px.begin() + static_cast<long>(row * static_cast<size_t>(y + 1)),
                         px.begin() + static_cast<long>(row * static_cast<size_t>(h - 1 - y)));
    return px;
}

}  // namespace signaal
