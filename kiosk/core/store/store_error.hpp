#pragma once
// The one error the store throws: which database file, what went wrong in words a manager can
// act on, and SQLite's extended result code (0 when the failure is not SQLite's). The SQLite
// wrapper (sqlite.*) throws it itself, so no store function can let a bare SQLite error escape.
#include <stdexcept>
#include <string>

namespace signaal {

class StoreError : public std::runtime_error {
public:
    StoreError(const std::string& path, const std::string& reason, int extended_code = 0)
        : std::runtime_error(path + ": " + reason), path_(path), reason_(reason), extended_code_(extended_code) {}
    const std::string& path() const { return path_; }
    const std::string& reason() const { return reason_; }
    int code() const { return extended_code_ & 0xFF; }          // SQLite primary result code, e.g. SQLITE_FULL
    int extended_code() const { return extended_code_; }        // e.g. SQLITE_IOERR_FSYNC, SQLITE_READONLY_DBMOVED
private:
    std::string path_, reason_;
    int extended_code_;
};

}  // namespace signaal
