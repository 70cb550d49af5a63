#pragma once
// The one way Signaal writes a file it must not lose or half-write: exports, certificate and
// report PDFs, signing keys. A crash, a full disk or a power cut leaves either the old file or
// the whole new one, never a part, and no temporary file behind.
#include <sys/types.h>

#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>

namespace signaal {

// Anything holding a person's name or a secret is the owner's alone.
inline constexpr mode_t kPrivateFileMode = 0600;
inline constexpr mode_t kPublicFileMode = 0644;  // e.g. the public key, meant to be handed out

// A file that could not be written: what (the file, or the folder when that is what failed),
// the folder it was meant for, and the system's reason.
class FileWriteError : public std::runtime_error {
public:
    FileWriteError(const std::filesystem::path& path, const std::string& reason, const std::filesystem::path& folder)
        : std::runtime_error("cannot write " + path.string() + ": " + reason), path_(path), folder_(folder), reason_(reason) {}
    const std::filesystem::path& path() const { return path_; }
    const std::filesystem::path& folder() const { return folder_; }
    const std::string& reason() const { return reason_; }

private:
    std::filesystem::path path_, folder_;
    std::string reason_;
};

enum class Existing { Replace, Keep };  // Keep: fail (EEXIST) rather than replace a file there

// Writes bytes to path with exactly this mode (whatever the umask): into a temporary file in
// the same folder, fsynced, renamed over path, then the folder fsynced so the new name survives
// a power cut. Throws FileWriteError; on failure no temporary file stays and a file already at
// path is unchanged.
void write_file_atomically(const std::filesystem::path& path, std::string_view bytes, mode_t mode,
                           Existing existing = Existing::Replace);

// Creates dir (and its parents) when missing, the new folder mode 0700: it will hold personal data.
void make_private_folder(const std::filesystem::path& dir);

}  // namespace signaal
