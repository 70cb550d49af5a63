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

// Owns a file descriptor so early returns and throws never leak it.
class Fd {
public:
    explicit Fd(int fd) : fd_(fd) {}
    ~Fd() {
        if (fd_ >= 0) ::close(fd_);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    int get() const { return fd_; }

private:
    int fd_;
};

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

// The same bound, read from a descriptor the caller has already checked.
std::string read_small_fd(int fd, const std::filesystem::path& path) {
    std::string text;
    char buf[1024];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) throw KeyError("cannot read " + path.string() + ": " + errno_text());
        if (n == 0) break;
        text.append(buf, static_cast<std::size_t>(n));
        if (text.size() > kMaxKeyFile) {
            sodium_memzero(text.data(), text.size());
            throw KeyError(path.string() + " is too large to be a Signaal key file");
        }
    }
    sodium_memzero(buf, sizeof buf);
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

bool SigningKey::public_half_matches() const {
    std::array<std::uint8_t, crypto_sign_PUBLICKEYBYTES> pk{};
    std::array<std::uint8_t, kSize> sk{};
    crypto_sign_seed_keypair(pk.data(), sk.data(), secret_.data());  // the seed is the first 32 bytes
    const bool same = sodium_memcmp(pk.data(), secret_.data() + crypto_sign_SEEDBYTES, pk.size()) == 0;
    sodium_memzero(sk.data(), sk.size());
    return same;
}

std::string key_id(const PublicKey& key) {
    std::array<std::uint8_t, crypto_hash_sha256_BYTES> h{};
    crypto_hash_sha256(h.data(), key.data(), key.size());
    return base64url_encode(h.data(), kKeyIdBytes);
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

Rotation rotate_keys(const std::filesystem::path& dir, const std::function<void(const Rotation&)>& before_switch) {
    const auto secret_path = signing_key_path(dir);
    const SigningKey old_key = load_signing_key(secret_path);  // refuses a missing, open or damaged key
    const SigningKey new_key = SigningKey::generate();
    const Rotation r{old_key.public_key(), new_key.public_key()};

    // The caller keeps both public keys trusted before the old private key is replaced; if it
    // throws, nothing on disk has changed.
    before_switch(r);
    // One atomic replace: a crash leaves either the old key or the whole new one.
    std::string text = std::string(kSecretHeader) + "\n" + base64url_encode(new_key.data(), SigningKey::kSize) + "\n";
    try {
        write_key_file(secret_path, text, kPrivateFileMode, Existing::Replace);
    } catch (...) {
        sodium_memzero(text.data(), text.size());
        throw;
    }
    sodium_memzero(text.data(), text.size());
    write_key_file(public_key_path(dir), public_key_text(r.new_key), kPublicFileMode, Existing::Replace);
    return r;
}

SigningKey load_signing_key(const std::filesystem::path& path) {
    // Open first, then judge the file we hold: checking the path with stat() and opening it
    // afterwards would let the file be swapped in between. O_NOFOLLOW refuses a symlink.
    Fd fd(::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (fd.get() < 0) {
        if (errno == ENOENT) throw KeyError("no signing key at " + path.string() + " (run `signaal keys init` first)");
        throw KeyError("cannot open signing key " + path.string() + ": " + errno_text());
    }
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0) throw KeyError("cannot read " + path.string() + ": " + errno_text());
    if (!S_ISREG(st.st_mode)) throw KeyError("signing key " + path.string() + " is not a regular file");
    if ((st.st_mode & 077) != 0)
        throw KeyError("signing key " + path.string() + " can be read by other users; run: chmod 600 " + path.string());
    ensure_sodium();
    std::string text = read_small_fd(fd.get(), path);
    const std::string line = key_line(text, kSecretHeader, path.string());
    sodium_memzero(text.data(), text.size());
    auto bytes = base64url_decode(line);
    if (!bytes || bytes->size() != SigningKey::kSize) throw KeyError(path.string() + " is not a valid Signaal signing key");
    std::array<std::uint8_t, SigningKey::kSize> secret{};
    std::memcpy(secret.data(), bytes->data(), secret.size());
    sodium_memzero(bytes->data(), bytes->size());
    SigningKey key(secret);
    sodium_memzero(secret.data(), secret.size());
    // libsodium's secret key is the seed followed by the public key, and signing trusts that
    // second half: a damaged or spliced file would sign payloads no published key verifies.
    if (!key.public_half_matches())
        throw KeyError(path.string() + " is damaged: its public half does not belong to its private half");
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
