#pragma once
// Ed25519 keys that sign certificates. The private key lives in one file, mode 0600, and is
// never printed; the public key is exported as a small text file for whoever verifies.
#include <array>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <stdexcept>
#include <string>

namespace signaal::certs {

// A key file is missing, unreadable, malformed or too open: the message names the file and the fix.
struct KeyError : std::runtime_error {
    using std::runtime_error::runtime_error;
};

using PublicKey = std::array<std::uint8_t, 32>;

// Holds the 64-byte libsodium secret key (seed + public key). Wiped on destruction; move-only
// so no stray copies linger, and deliberately has no way to print itself.
class SigningKey {
public:
    static constexpr std::size_t kSize = 64;
    explicit SigningKey(const std::array<std::uint8_t, kSize>& secret);
    ~SigningKey();
    SigningKey(SigningKey&& other) noexcept;
    SigningKey& operator=(SigningKey&& other) noexcept;
    SigningKey(const SigningKey&) = delete;
    SigningKey& operator=(const SigningKey&) = delete;

    PublicKey public_key() const;
    // True when the stored public half is the one the private half (the seed) makes.
    bool public_half_matches() const;
    const std::uint8_t* data() const { return secret_.data(); }

    // A fresh random key pair, e.g. for tests and benchmarks that must not touch the real key.
    static SigningKey generate();

private:
    std::array<std::uint8_t, kSize> secret_{};
};

// A short name for a public key that a payload can carry: the first 6 bytes of its SHA-256 in
// URL-safe base64 (8 characters). Derived, so a page can check that a key and its id belong
// together (Web Crypto has SHA-256), and so nobody has to keep a counter.
inline constexpr std::size_t kKeyIdBytes = 6;
std::string key_id(const PublicKey& key);

// $XDG_DATA_HOME/signaal/keys, or ~/.local/share/signaal/keys.
std::filesystem::path default_key_dir();
std::filesystem::path signing_key_path(const std::filesystem::path& dir);  // dir/signing.key
std::filesystem::path public_key_path(const std::filesystem::path& dir);   // dir/signing.pub

// Creates dir (0700) and a key pair in it unless dir/signing.key exists already.
// Returns true when it made a new pair.
bool init_keys(const std::filesystem::path& dir);

// Replaces the signing key in dir (and dir/signing.pub) with a new pair, each file in one atomic
// write. before_switch runs first, before anything on disk changes: that is where the caller
// records both public keys (the old one stays trusted for what it signed). If it throws, the
// old key stays in use. The old private key is gone afterwards.
struct Rotation {
    PublicKey old_key{};
    PublicKey new_key{};
};
Rotation rotate_keys(const std::filesystem::path& dir, const std::function<void(const Rotation&)>& before_switch);

// Refuses a key file that group or others can read (judged on the opened file, not the path), a
// symlink, and a file whose public half does not match its private half.
SigningKey load_signing_key(const std::filesystem::path& path);

// The public key as text: a header line and the key in URL-safe base64.
std::string public_key_text(const PublicKey& key);
// Writes public_key_text(key) to path (mode 0644).
void export_public_key(const PublicKey& key, const std::filesystem::path& path);
// Reads a file written by export_public_key.
PublicKey load_public_key(const std::filesystem::path& path);
// Parses public_key_text() output, or the bare base64 line on its own.
PublicKey parse_public_key(const std::string& text, const std::string& where);

}  // namespace signaal::certs
