#include "diagnostics.hpp"

namespace signaal {

std::string format(const Diagnostic& d) {
    return d.file + ":" + std::to_string(d.line > 0 ? d.line : 1) + ": " + d.message;
}

std::string format(const std::vector<Diagnostic>& ds) {
    std::string out;
    for (const auto& d : ds) out += format(d) + "\n";
    return out;
}

}  // namespace signaal
