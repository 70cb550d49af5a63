#pragma once
// Writes a small, valid content tree into a fresh temporary folder, so each test can break
// exactly one thing and see the loader report it.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "diagnostics.hpp"

namespace signaal::test {

class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

// The files of a minimal two-language content tree, by relative path; edit before writing.
std::map<std::string, std::string> minimal_content_files();
void write_files(const std::filesystem::path& root, const std::map<std::string, std::string>& files);
void write_png(const std::filesystem::path& file, int bit_depth = 8);
// The first bytes of a PNG of this size (all the loader and the screens' layout read).
std::string png_header_bytes(int width, int height, int bit_depth = 8);

// minimal_content_files() with a spot question "q-spot" on an 800x500 picture: signals towels
// (rectangle) and cash (circle), ordinary plant (a 20x20 rectangle) and lamp (circle).
std::map<std::string, std::string> spot_content_files();

// The problems as "file:line: message" lines with the temporary folder cut off, e.g.
// "modules/demo/module.toml:12: ...".
std::string relative_problems(const std::vector<Diagnostic>& problems);

// Replaces the first occurrence of what in text; fails the calling test if absent.
std::string replace_once(std::string text, const std::string& what, const std::string& with);

}  // namespace signaal::test
