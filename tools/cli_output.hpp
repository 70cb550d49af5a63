#pragma once
// A report's output, published only once it is complete: written to a temporary file beside
// --out and renamed over it, or held in memory for standard output. A failure on the way
// (a damaged page, a full disk, a refused audit row) leaves no half file and prints nothing.
#include <filesystem>
#include <optional>
#include <sstream>
#include <string>

namespace signaal::cli {

class PendingOutput {
public:
    // out: the file to publish, or nullopt for standard output.
    explicit PendingOutput(std::optional<std::filesystem::path> out);
    ~PendingOutput();  // removes the temporary file unless published
    PendingOutput(const PendingOutput&) = delete;
    PendingOutput& operator=(const PendingOutput&) = delete;

    // Text is collected here (for standard output or the file alike).
    std::ostream& stream() { return text_; }
    // For writers that need a file name (PDFs): a temporary path in the destination's folder,
    // mode 0600. Only with a file destination.
    const std::filesystem::path& temp_file();
    // Writes the collected text atomically (write_file_atomically, mode 0600) or renames the
    // temporary file over the destination, or prints to standard output. Throws
    // std::runtime_error naming the file when that fails.
    void publish();

private:
    std::optional<std::filesystem::path> out_;
    std::ostringstream text_;
    std::filesystem::path temp_;
    bool published_ = false;
};

}  // namespace signaal::cli
