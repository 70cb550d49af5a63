#pragma once
// Ed25519 keys that sign certificates. The private key lives in one file, mode 0600, and is
// never printed; the public key is exported as a small text file for whoever verifies.
#include <array>
#include <cstdint>
#include <filesystem>
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
    const std::uint8_t* data() const { return secret_.data(); }

    // A fresh random key pair, e.g. for tests and benchmarks that must not touch the real key.
    static SigningKey generate();

private:
    std::array<std::uint8_t, kSize> secret_{};
};

// $XDG_DATA_HOME/signaal/keys, or ~/.local/share/signaal/keys.
std::filesystem::path default_key_dir();
std::filesystem::path signing_key_path(const std::filesystem::path& dir);  // dir/signing.key
std::filesystem::path public_key_path(const std::filesystem::path& dir);   // dir/signing.pub

// Creates dir (0700) and a key pair in it unless dir/signing.key exists already.
// Returns true when it made a new pair.
bool init_keys(const std::filesystem::path& dir);

// Refuses a key file that group or others can read: the signing key is the organisation's signature.
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
