#include "cli_output.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cassert>
#include <cerrno>
#include <cstring>
#include <iostream>
#include <stdexcept>
#include <vector>

#include "atomic_file.hpp"

namespace signaal::cli {
namespace fs = std::filesystem;
namespace {

[[noreturn]] void fail(const fs::path& file, const std::string& what) {
    throw std::runtime_error(file.string() + ": " + what + " (" + std::strerror(errno) + ")");
}

// A new, empty file named like the destination in its folder; mode 0600 (reports hold names).
fs::path make_temp_beside(const fs::path& out) {
    const fs::path dir = out.has_parent_path() ? out.parent_path() : fs::path(".");
    std::string pattern = (dir / ("." + out.filename().string() + ".XXXXXX")).string();
    std::vector<char> buf(pattern.begin(), pattern.end());
    buf.push_back('\0');
    const int fd = ::mkostemp(buf.data(), O_CLOEXEC);
    if (fd < 0) fail(out, "cannot write a file in that folder");
    ::close(fd);
    return buf.data();
}

}  // namespace

PendingOutput::PendingOutput(std::optional<fs::path> out) : out_(std::move(out)) {}

PendingOutput::~PendingOutput() {
    if (!published_ && !temp_.empty()) ::unlink(temp_.c_str());
}

const fs::path& PendingOutput::temp_file() {
    assert(out_ && "a temporary file only for a file destination");
    if (temp_.empty()) temp_ = make_temp_beside(*out_);
    return temp_;
}

void PendingOutput::publish() {
    assert(!published_);
    if (!out_) {
        std::cout << text_.str() << std::flush;
        if (!std::cout) fail("standard output", "writing failed");
        published_ = true;
        return;
    }
    if (temp_.empty()) {
        try {
            write_file_atomically(*out_, text_.str(), kPrivateFileMode);
        } catch (const FileWriteError& e) {
            throw std::runtime_error(e.what());
        }
    } else if (::rename(temp_.c_str(), out_->c_str()) != 0) {
        fail(*out_, "cannot replace the file");
    }
    published_ = true;
}

}  // namespace signaal::cli
