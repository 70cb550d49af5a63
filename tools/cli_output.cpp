#include "cli_output.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cassert>
#include <cerrno>
#include <cstring>
#include <iostream>
#include <stdexcept>
#include <vector>

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

void write_and_sync(const fs::path& file, const fs::path& shown_as, const std::string& text) {
    const int fd = ::open(file.c_str(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd < 0) fail(shown_as, "cannot write the file");
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            ::close(fd);
            fail(shown_as, "writing failed");
        }
        done += static_cast<std::size_t>(n);
    }
    // A full disk may only show at fsync or close; the rename must not publish a short file.
    if (::fsync(fd) != 0) {
        ::close(fd);
        fail(shown_as, "writing failed");
    }
    if (::close(fd) != 0) fail(shown_as, "writing failed");
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
    const std::string text = text_.str();
    if (!text.empty() || temp_.empty()) write_and_sync(temp_file(), *out_, text);
    if (::rename(temp_.c_str(), out_->c_str()) != 0) fail(*out_, "cannot replace the file");
    published_ = true;
}

}  // namespace signaal::cli
