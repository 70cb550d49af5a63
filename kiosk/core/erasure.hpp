#pragma once
// The right of erasure and retention purges, for the whole kiosk: the store's rows (name,
// employee number, answers, every queued outbox copy; the WAL folded in and freed pages zeroed)
// and the files this kiosk made about the person (certificate PDFs, exports). The centre still
// learns of the erasure: the erased state is queued when a central server is configured.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include "dates.hpp"

namespace signaal {

class Store;

// Where this kiosk keeps files that carry people's names.
struct PersonalFiles {
    std::filesystem::path certificate_dir;  // <serial>.pdf
    std::filesystem::path export_dir;       // person-<id>-<date>.json
    // The kiosk's own: the default certificate folder and the export_dir setting (or its default).
    static PersonalFiles of(Store& store);
};

struct ErasureResult {
    bool erased = false;                // false: no such person, or erased already
    int files_removed = 0;
    std::vector<std::string> problems;  // files that could not be removed: "path: reason"
};

// Erases one person everywhere on this kiosk. With audit_detail, the "person_erase" audit entry
// is written in the erasure's transaction (ids only, never a name).
ErasureResult erase_person_everywhere(Store& store, std::int64_t id, const PersonalFiles& files,
                                      const std::string& audit_detail = {});

// Erases everyone inactive for longer than months before today, as above; returns how many,
// with the files of all of them.
struct PurgeResult {
    int people = 0;
    int files_removed = 0;
    std::vector<std::string> problems;
};
PurgeResult purge_inactive_everywhere(Store& store, Date today, int months, const PersonalFiles& files);

}  // namespace signaal
