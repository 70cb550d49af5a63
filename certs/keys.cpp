#include "keys.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include "atomic_file.hpp"
#include "base64url.hpp"
#include "sodium_ready.hpp"

namespace signaal::certs {

namespace {

constexpr const char* kSecretHeader = "signaal-ed25519-secret-key v1";
constexpr const char* kPublicHeader = "signaal-ed25519-public-key v1";
constexpr std::size_t kMaxKeyFile = 4096;  // a key file is ~130 bytes; anything big is not ours

std::string errno_text() { return std::strerror(errno); }

// A key file that is never replaced: a second `keys init` must not overwrite the signing key.
void write_key_file(const std::filesystem::path& path, const std::string& text, mode_t mode, Existing existing) {
    try {
        write_file_atomically(path, text, mode, existing);
    } catch (const FileWriteError& e) {
        throw KeyError(e.what());
    }
}

std::string read_small_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw KeyError("cannot read " + path.string() + ": " + errno_text());
    std::string text(kMaxKeyFile + 1, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (text.size() > kMaxKeyFile) throw KeyError(path.string() + " is too large to be a Signaal key file");
    return text;
}

// Returns the base64 line that follows `header`, or the only line when there is no header.
std::string key_line(const std::string& text, const char* header, const std::string& where) {
    std::istringstream in(text);
    std::string line, found;
    bool seen_header = false;
    while (std::getline(in, line)) {
        while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
        if (line.empty()) continue;
        if (line == header) {
            seen_header = true;
            continue;
        }
        if (line.rfind("signaal-", 0) == 0) throw KeyError(where + " holds a different kind of key (" + line + ")");
        if (!found.empty()) throw KeyError(where + " has more than one key line");
        found = line;
    }
    (void)seen_header;
    if (found.empty()) throw KeyError(where + " holds no key");
    return found;
}

}  // namespace

SigningKey::SigningKey(const std::array<std::uint8_t, kSize>& secret) : secret_(secret) {}

SigningKey::~SigningKey() { sodium_memzero(secret_.data(), secret_.size()); }

SigningKey::SigningKey(SigningKey&& other) noexcept : secret_(other.secret_) {
    sodium_memzero(other.secret_.data(), other.secret_.size());
}

SigningKey& SigningKey::operator=(SigningKey&& other) noexcept {
    if (this != &other) {
        secret_ = other.secret_;
        sodium_memzero(other.secret_.data(), other.secret_.size());
    }
    return *this;
}

PublicKey SigningKey::public_key() const {
    PublicKey pk{};
    crypto_sign_ed25519_sk_to_pk(pk.data(), secret_.data());
    return pk;
}

SigningKey SigningKey::generate() {
    ensure_sodium();
    std::array<std::uint8_t, crypto_sign_PUBLICKEYBYTES> pk{};
    std::array<std::uint8_t, kSize> sk{};
    crypto_sign_keypair(pk.data(), sk.data());
    SigningKey key(sk);
    sodium_memzero(sk.data(), sk.size());
    return key;
}

std::filesystem::path default_key_dir() {
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg) return std::filesystem::path(xdg) / "signaal" / "keys";
    const char* home = std::getenv("HOME");
    return std::filesystem::path(home && *home ? home : ".") / ".local" / "share" / "signaal" / "keys";
}

std::filesystem::path signing_key_path(const std::filesystem::path& dir) { return dir / "signing.key"; }
std::filesystem::path public_key_path(const std::filesystem::path& dir) { return dir / "signing.pub"; }

bool init_keys(const std::filesystem::path& dir) {
    const auto secret_path = signing_key_path(dir);
    std::error_code ec;
    if (std::filesystem::exists(secret_path, ec)) return false;
    std::filesystem::create_directories(dir, ec);
    if (ec) throw KeyError("cannot create key folder " + dir.string() + ": " + ec.message());
    std::filesystem::permissions(dir, std::filesystem::perms::owner_all, ec);

    const SigningKey key = SigningKey::generate();
    std::string text = std::string(kSecretHeader) + "\n" + base64url_encode(key.data(), SigningKey::kSize) + "\n";
    write_key_file(secret_path, text, kPrivateFileMode, Existing::Keep);
    sodium_memzero(text.data(), text.size());

    const auto pub = public_key_path(dir);
    std::filesystem::remove(pub, ec);  // a stale public key from an old pair would mislead verifiers
    write_key_file(pub, public_key_text(key.public_key()), kPublicFileMode, Existing::Keep);
    return true;
}

SigningKey load_signing_key(const std::filesystem::path& path) {
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0)
        throw KeyError("no signing key at " + path.string() + " (run `signaal keys init` first)");
    if ((st.st_mode & 077) != 0)
        throw KeyError("signing key " + path.string() + " can be read by other users; run: chmod 600 " + path.string());
    ensure_sodium();
    std::string text = read_small_file(path);
    const std::string line = key_line(text, kSecretHeader, path.string());
    sodium_memzero(text.data(), text.size());
    auto bytes = base64url_decode(line);
    if (!bytes || bytes->size() != SigningKey::kSize) throw KeyError(path.string() + " is not a valid Signaal signing key");
    std::array<std::uint8_t, SigningKey::kSize> secret{};
    std::memcpy(secret.data(), bytes->data(), secret.size());
    sodium_memzero(bytes->data(), bytes->size());
    SigningKey key(secret);
    sodium_memzero(secret.data(), secret.size());
    return key;
}

std::string public_key_text(const PublicKey& key) {
    return std::string(kPublicHeader) + "\n" + base64url_encode(key.data(), key.size()) + "\n";
}

void export_public_key(const PublicKey& key, const std::filesystem::path& path) {
    write_key_file(path, public_key_text(key), kPublicFileMode, Existing::Replace);
}

PublicKey load_public_key(const std::filesystem::path& path) { return parse_public_key(read_small_file(path), path.string()); }

PublicKey parse_public_key(const std::string& text, const std::string& where) {
    const auto bytes = base64url_decode(key_line(text, kPublicHeader, where));
    PublicKey pk{};
    if (!bytes || bytes->size() != pk.size()) throw KeyError(where + " is not a valid Signaal public key");
    std::memcpy(pk.data(), bytes->data(), pk.size());
    return pk;
}

}  // namespace signaal::certs
