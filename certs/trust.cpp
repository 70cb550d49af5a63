#include "trust.hpp"

#include <cstring>

#include "base64url.hpp"

namespace signaal::certs {
namespace {

Date ymd(const std::string& iso) {
    const auto d = parse_iso_date(iso);
    return d ? Date{*d} : Date{};
}

}  // namespace

void remember_key(Store& store, const PublicKey& key) {
    store.remember_signing_key(key_id(key), base64url_encode(key.data(), key.size()));
}

Keyring trusted_keys(Store& store, const std::filesystem::path& key_dir) {
    std::error_code ec;
    if (std::filesystem::exists(signing_key_path(key_dir), ec)) remember_key(store, load_signing_key(signing_key_path(key_dir)).public_key());
    Keyring out;
    for (const auto& row : store.signing_keys()) {
        const auto bytes = base64url_decode(row.public_key);
        TrustedKey k;
        // A row whose key does not decode, or whose id is not its key's, trusts nothing.
        if (!bytes || bytes->size() != k.key.size()) continue;
        std::memcpy(k.key.data(), bytes->data(), k.key.size());
        if (key_id(k.key) != row.key_id) continue;
        k.id = row.key_id;
        if (row.withdrawn_at) k.withdrawn = row.withdrawn_reason.value_or("");
        out.push_back(std::move(k));
    }
    return out;
}

RevocationList stored_revocations(Store& store) {
    RevocationList list;
    for (const auto& r : store.revocations()) list.entries.push_back({r.serial, ymd(r.revoked_on), r.reason});
    return list;  // revocations() is ordered by serial, as find() needs
}

std::string signed_revocations(Store& store, const SigningKey& key, Date today) {
    return sign_revocations(stored_revocations(store).entries, today, key);
}

std::string verify_url_setting(Store& store, std::string* problem) {
    const auto url = store.setting("verify_url");
    if (!url || url->empty()) return {};
    const std::string why = verify_url_problem(*url);
    if (problem) *problem = why;
    return why.empty() ? *url : std::string{};
}

}  // namespace signaal::certs
