#pragma once
// What this organisation's verifiers trust, from the store: every key that has signed (with
// withdrawn ones marked) and the certificates taken back. Shared by `cert verify`, `cert revoke`,
// `keys rotate`, `verify-page` and the issuer, so they all judge alike.
#include <filesystem>
#include <string>

#include "keys.hpp"
#include "payload.hpp"
#include "store/store.hpp"

namespace signaal::certs {

// The key as the store keeps it (URL-safe base64) and remembered there.
void remember_key(Store& store, const PublicKey& key);
// The store's keyring; with a key folder holding a signing key, that key too (remembered).
Keyring trusted_keys(Store& store, const std::filesystem::path& key_dir);
// The store's revocations, for checks on this machine (unsigned: the store is trusted here).
RevocationList stored_revocations(Store& store);
// The same list signed with the current key, for the verification page and `--revoked FILE`.
std::string signed_revocations(Store& store, const SigningKey& key, Date today);
// The setting verify_url when it is a usable address, else empty (the QR then holds the bare
// payload, which still verifies with `signaal cert verify`). *problem says why it was refused.
std::string verify_url_setting(Store& store, std::string* problem = nullptr);

}  // namespace signaal::certs
