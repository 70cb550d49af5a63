// common/: writing files atomically and durably with the right mode, and the PNG header check.
#include <catch2/catch.hpp>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <fstream>
#include <sstream>

#include "atomic_file.hpp"
#include "png_header.hpp"
#include "support/content_fixture.hpp"

using namespace signaal;
namespace fs = std::filesystem;

namespace {

mode_t mode_of(const fs::path& p) {
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return st.st_mode & 07777;
}

std::string read_text(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

size_t files_in(const fs::path& dir) {
    return static_cast<size_t>(std::distance(fs::directory_iterator(dir), fs::directory_iterator{}));
}

// Files larger than limit bytes cannot be written (EFBIG) while this lives: a disk that fills
// after the temporary file was made.
struct FileSizeLimit {
    rlimit saved{};
    explicit FileSizeLimit(rlim_t limit) {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &saved);
        rlimit r = saved;
        r.rlim_cur = limit;
        setrlimit(RLIMIT_FSIZE, &r);
    }
    ~FileSizeLimit() {
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, SIG_DFL);
    }
};

}  // namespace

TEST_CASE("write_file_atomically writes the bytes with exactly the mode asked, whatever the umask") {
    test::TempDir dir;
    const auto file = dir.path() / "person-7.json";
    const mode_t old_umask = ::umask(0);  // would leave a plain create at 0666
    write_file_atomically(file, "{\"name\": \"Zoë\"}\n", kPrivateFileMode);
    ::umask(077);  // would narrow a public file to 0600
    const auto pub = dir.path() / "signing.pub";
    write_file_atomically(pub, "public", kPublicFileMode);
    ::umask(old_umask);
    CHECK(read_text(file) == "{\"name\": \"Zoë\"}\n");
    CHECK(mode_of(file) == 0600);
    CHECK(mode_of(pub) == 0644);

    // Replacing keeps the mode and swaps the whole content.
    fs::permissions(file, fs::perms::owner_read);
    write_file_atomically(file, "second", kPrivateFileMode);
    CHECK(read_text(file) == "second");
    CHECK(mode_of(file) == 0600);
    CHECK(files_in(dir.path()) == 2);  // no temporary file beside them
}

TEST_CASE("a write that fails midway leaves the old file and no temporary file") {
    test::TempDir dir;
    const auto file = dir.path() / "certificate.pdf";
    write_file_atomically(file, "old", kPrivateFileMode);
    try {
        FileSizeLimit limit(1024);
        write_file_atomically(file, std::string(64 * 1024, 'x'), kPrivateFileMode);
        FAIL("a write past the size limit must fail");
    } catch (const FileWriteError& e) {
        CHECK(e.path() == file);
        CHECK(e.folder() == dir.path());
        CHECK_THAT(e.what(), Catch::Contains(file.string()) && Catch::Contains("too large"));
    }
    CHECK(read_text(file) == "old");
    CHECK(files_in(dir.path()) == 1);
}

TEST_CASE("Existing::Keep never replaces a file already there") {
    test::TempDir dir;
    const auto key = dir.path() / "signing.key";
    write_file_atomically(key, "first key", kPrivateFileMode, Existing::Keep);
    CHECK(mode_of(key) == 0600);
    CHECK_THROWS_AS(write_file_atomically(key, "second key", kPrivateFileMode, Existing::Keep), FileWriteError);
    CHECK(read_text(key) == "first key");
    CHECK(files_in(dir.path()) == 1);
}

TEST_CASE("a folder that cannot take the file gives a message naming the path") {
    test::TempDir dir;
    SECTION("missing folder") {
        const auto file = dir.path() / "no-such-folder" / "report.pdf";
        CHECK_THROWS_WITH(write_file_atomically(file, "x", kPrivateFileMode),
                          Catch::Contains(file.string()) && Catch::Contains("No such file or directory"));
    }
    SECTION("a file where the folder should be") {
        write_file_atomically(dir.path() / "a-file", "x", kPrivateFileMode);
        CHECK_THROWS_WITH(make_private_folder(dir.path() / "a-file" / "exports"),
                          Catch::Contains((dir.path() / "a-file" / "exports").string()));
    }
    if (::geteuid() != 0) {  // root writes into read-only folders anyway
        SECTION("read-only folder") {
            const auto ro = dir.path() / "ro";
            fs::create_directory(ro);
            fs::permissions(ro, fs::perms::owner_read | fs::perms::owner_exec);
            CHECK_THROWS_WITH(write_file_atomically(ro / "x.pdf", "x", kPrivateFileMode),
                              Catch::Contains((ro / "x.pdf").string()) && Catch::Contains("Permission denied"));
            fs::permissions(ro, fs::perms::owner_all);
            CHECK(files_in(ro) == 0);
        }
    }
}

TEST_CASE("make_private_folder makes a folder only its owner may enter") {
    test::TempDir dir;
    const auto exports = dir.path() / "share" / "exports";
    make_private_folder(exports);
    CHECK(fs::is_directory(exports));
    CHECK(mode_of(exports) == 0700);
}

TEST_CASE("the PNG header check reads size and bit depth, and refuses what is no PNG") {
    test::TempDir dir;
    test::write_png(dir.path() / "ok.png", 8);
    test::write_png(dir.path() / "deep.png", 16);
    const auto ok = read_png_header(dir.path() / "ok.png");
    REQUIRE(ok);
    CHECK(ok->width == 1);
    CHECK(ok->height == 1);
    CHECK(ok->bit_depth == 8);
    CHECK(read_png_header(dir.path() / "deep.png")->bit_depth == 16);
    write_file_atomically(dir.path() / "fake.png", "GIF89a not a png at all....", kPublicFileMode);
    CHECK_FALSE(read_png_header(dir.path() / "fake.png"));
    CHECK_FALSE(read_png_header(dir.path() / "missing.png"));
}
