#include "atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace signaal {
namespace fs = std::filesystem;
namespace {


fs::path folder_of(const fs::path& path) { return path.has_parent_path() ? path.parent_path() : fs::path("."); }

// Owns a descriptor, so early returns and throws never leak it.
class Fd {
public:
    explicit Fd(int fd) : fd_(fd) {}
    ~Fd() { close(); }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return fd_; }
    // False (with errno) when the last writes failed to reach the disk.
    bool close() {
        const int fd = fd_;
        fd_ = -1;
        return fd < 0 || ::close(fd) == 0;
    }

private:
    int fd_;
};

// The temporary file beside the target (".name.XXXXXX", mode 0600), removed on the way out
// unless it was published under the target's name.
class TempFile {
public:
    explicit TempFile(const fs::path& target) : fd(make(target)) {}
    ~TempFile() {
        fd.close();
        if (!published && !path.empty()) ::unlink(path.c_str());
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    fs::path path;
    Fd fd;
    bool published = false;

private:
    int make(const fs::path& target) {
        const std::string pattern = (folder_of(target) / ("." + target.filename().string() + ".XXXXXX")).string();
        std::vector<char> buf(pattern.begin(), pattern.end());
        buf.push_back('\0');
        const int made = ::mkostemp(buf.data(), O_CLOEXEC);
        if (made >= 0) path = buf.data();
        return made;
    }
};

// 0, or the errno of the write that failed.
int write_all(int fd, std::string_view bytes) {
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return n < 0 ? errno : ENOSPC;
        done += static_cast<std::size_t>(n);
    }
    return 0;
}

}  // namespace

void write_file_atomically(const fs::path& path, std::string_view bytes, mode_t mode, Existing existing) {
    const fs::path folder = folder_of(path);
    const auto fail = [&](const fs::path& what, int err) { throw FileWriteError(what, std::strerror(err), folder); };
    TempFile tmp(path);
    if (tmp.fd.get() < 0) fail(path, errno);
    // mkostemp made it 0600; set exactly what was asked, whatever the umask.
    int err = ::fchmod(tmp.fd.get(), mode) == 0 ? 0 : errno;
    if (!err) err = write_all(tmp.fd.get(), bytes);
    // A full disk may only show at fsync or close; the name must not publish a short file.
    if (!err && ::fsync(tmp.fd.get()) != 0) err = errno;
    if (!err && !tmp.fd.close()) err = errno;
    if (err) fail(path, err);
    // link() refuses an existing name, where rename() replaces it in one step.
    if (existing == Existing::Replace ? ::rename(tmp.path.c_str(), path.c_str()) != 0
                                      : ::link(tmp.path.c_str(), path.c_str()) != 0)
        fail(path, errno);
    tmp.published = existing == Existing::Replace;  // after link(), the temporary name goes
    // The new name lives in the folder: sync it too, or a power cut can take it back.
    Fd dir(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dir.get() < 0 || ::fsync(dir.get()) != 0) fail(folder, errno);
}

void make_private_folder(const fs::path& dir) {
    std::error_code ec;
    if (fs::is_directory(dir, ec)) return;
    fs::create_directories(dir, ec);
    if (ec) throw FileWriteError(dir, ec.message(), dir);
    fs::permissions(dir, fs::perms::owner_all, ec);
    if (ec) throw FileWriteError(dir, ec.message(), dir);
}

}  // namespace signaal
