#pragma once
// Where an installed Signaal keeps its data: share/signaal/ under the prefix it was installed to,
// found from the running program's own path so that a package, /usr/local and a staging folder
// (cmake --install --prefix, DESTDIR) all work without a configured absolute path.
#include <filesystem>

namespace signaal {

// <prefix>/share/signaal/<what> when the running program is an installed one and that folder
// exists; empty otherwise (a program in the build tree uses its build-time paths).
std::filesystem::path installed_data_dir(const char* what);

// The version from project(VERSION) in CMakeLists.txt, for --version.
const char* version();

}  // namespace signaal
