#include "erasure.hpp"

#include <fstream>
#include <iterator>

#include "paths.hpp"
#include "store/store.hpp"

namespace signaal {
namespace fs = std::filesystem;
namespace {

struct Traces {
    std::string uid;
    std::vector<std::string> serials;
};

void remove_file(const fs::path& f, int& removed, std::vector<std::string>& problems) {
    std::error_code ec;
    if (fs::remove(f, ec)) ++removed;
    else if (ec) problems.push_back(f.string() + ": " + ec.message());
}

// Exports are named by the local id, which another database on this machine may share; the
// person's uid inside the file says whose it is.
bool is_export_of(const fs::path& f, std::int64_t id, const std::string& uid) {
    const std::string name = f.filename().string(), prefix = "person-" + std::to_string(id) + "-";
    if (name.rfind(prefix, 0) != 0 || f.extension() != ".json") return false;
    std::ifstream in(f, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(in)), {});
    return text.find("\"" + uid + "\"") != std::string::npos;
}

void remove_files(const Traces& t, std::int64_t id, const PersonalFiles& files, int& removed,
                  std::vector<std::string>& problems) {
    for (const auto& serial : t.serials) {
        std::error_code ec;
        const fs::path pdf = files.certificate_dir / (serial + ".pdf");
        if (fs::exists(pdf, ec)) remove_file(pdf, removed, problems);
    }
    std::error_code ec;
    if (!fs::is_directory(files.export_dir, ec)) return;
    for (fs::directory_iterator it(files.export_dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->is_regular_file(ec) && is_export_of(it->path(), id, t.uid)) remove_file(it->path(), removed, problems);
}

}  // namespace

PersonalFiles PersonalFiles::of(Store& store) {
    return {default_certificate_dir(), store.setting("export_dir").value_or(default_export_dir().string())};
}

ErasureResult erase_person_everywhere(Store& store, std::int64_t id, const PersonalFiles& files,
                                      const std::string& audit_detail) {
    ErasureResult r;
    const auto p = store.person(id);
    if (!p || p->erased) return r;
    const Traces t{p->uid, store.certificate_serials(id)};
    r.erased = store.erase_person(id, audit_detail);
    // Files last: if the database refused, the person is not erased and keeps their papers.
    if (r.erased) remove_files(t, id, files, r.files_removed, r.problems);
    return r;
}

PurgeResult purge_inactive_everywhere(Store& store, Date today, int months, const PersonalFiles& files) {
    PurgeResult r;
    std::vector<std::pair<std::int64_t, Traces>> traces;
    for (const auto id : store.inactive_people(today, months))
        if (const auto p = store.person(id)) traces.push_back({id, {p->uid, store.certificate_serials(id)}});
    r.people = store.purge_inactive(today, months);
    if (r.people > 0)
        for (const auto& [id, t] : traces) remove_files(t, id, files, r.files_removed, r.problems);
    return r;
}

}  // namespace signaal
