#pragma once
// Writing a file only its owner may read, so that a crash, a full disk or a pulled USB stick
// never leaves half a file of personal data behind.
#include <filesystem>
#include <stdexcept>
#include <string>

namespace signaal {

// A file that could not be written: the folder it was meant for and the system's reason.
class FileWriteError : public std::runtime_error {
public:
    FileWriteError(const std::filesystem::path& folder, const std::string& reason)
        : std::runtime_error(folder.string() + ": " + reason), folder_(folder), reason_(reason) {}
    const std::filesystem::path& folder() const { return folder_; }
    const std::string& reason() const { return reason_; }

private:
    std::filesystem::path folder_;
    std::string reason_;
};

// Writes text to dir/name with mode 0600: into a temporary file in dir, synced, then renamed
// over the name. Creates dir (mode 0700) when missing. Throws FileWriteError; on failure no
// temporary file stays and an existing file of that name is unchanged.
std::filesystem::path write_private_file(const std::filesystem::path& dir, const std::string& name,
                                         const std::string& text);

}  // namespace signaal
