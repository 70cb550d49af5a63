#pragma once
// A problem an author or a user caused, with the place it was found.
#include <string>
#include <vector>

namespace signaal {

struct Diagnostic {
    std::string file;  // path as given to the loader
    int line = 0;      // 1-based; 0 when the problem concerns the whole file
    std::string message;
};

// "file:line: message", the form editors and `signaal content check` understand.
std::string format(const Diagnostic& d);
std::string format(const std::vector<Diagnostic>& ds);

}  // namespace signaal
