#include "private_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace signaal {
namespace fs = std::filesystem;
namespace {

// The temporary file: its descriptor is closed and, unless kept, the file removed on the way out.
class TempFile {
public:
    explicit TempFile(const fs::path& dir) {
        std::string pattern = (dir / ".signaal-export-XXXXXX").string();
        std::vector<char> buf(pattern.begin(), pattern.end());
        buf.push_back('\0');
        fd_ = ::mkostemp(buf.data(), O_CLOEXEC);  // mode 0600
        if (fd_ >= 0) path_ = buf.data();
    }
    ~TempFile() {
        if (fd_ >= 0) ::close(fd_);
        if (!kept_ && !path_.empty()) ::unlink(path_.c_str());
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    int fd() const { return fd_; }
    const fs::path& path() const { return path_; }
    // Closes the descriptor; false (with errno) when the last writes failed to reach the disk.
    bool close() {
        const int fd = fd_;
        fd_ = -1;
        return ::close(fd) == 0;
    }
    void keep() { kept_ = true; }

private:
    int fd_ = -1;
    fs::path path_;
    bool kept_ = false;
};

std::string errno_text() { return std::strerror(errno); }

void make_folder(const fs::path& dir) {
    std::error_code ec;
    if (fs::is_directory(dir, ec)) return;
    fs::create_directories(dir, ec);
    if (ec) throw FileWriteError(dir, ec.message());
    // Exports hold personal data: a folder made for them is the owner's alone.
    fs::permissions(dir, fs::perms::owner_all, ec);
    if (ec) throw FileWriteError(dir, ec.message());
}

void write_all(int fd, const std::string& text, const fs::path& dir) {
    std::size_t done = 0;
    while (done < text.size()) {
        const ssize_t n = ::write(fd, text.data() + done, text.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) throw FileWriteError(dir, errno_text());
        done += static_cast<std::size_t>(n);
    }
}

}  // namespace

fs::path write_private_file(const fs::path& dir, const std::string& name, const std::string& text) {
    make_folder(dir);
    TempFile tmp(dir);
    if (tmp.fd() < 0) throw FileWriteError(dir, errno_text());
    write_all(tmp.fd(), text, dir);
    // A full disk may only show at fsync or close; the rename must not publish a short file.
    if (::fsync(tmp.fd()) != 0 || !tmp.close()) throw FileWriteError(dir, errno_text());
    const fs::path file = dir / name;
    if (::rename(tmp.path().c_str(), file.c_str()) != 0) throw FileWriteError(dir, errno_text());
    tmp.keep();
    return file;
}

}  // namespace signaal
