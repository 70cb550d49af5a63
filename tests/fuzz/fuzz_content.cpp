// libFuzzer target: arbitrary bytes as one file of an otherwise valid content tree.
// The first byte picks the file; the loader must report problems, never crash, hang or leak.
#include <cstddef>
#include <cstdint>
#include <fstream>

#include "content_loader.hpp"
#include "support/content_fixture.hpp"

namespace {

const char* const kTargets[] = {"modules/demo/module.toml", "modules/demo/nl.toml", "modules/demo/en.toml",
                                "ui/en.toml", "languages.toml"};

struct Tree {
    signaal::test::TempDir dir;
    std::map<std::string, std::string> files = signaal::test::minimal_content_files();
    Tree() { signaal::test::write_files(dir.path(), files); }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static Tree tree;
    if (size == 0) return 0;
    const auto& target = kTargets[data[0] % std::size(kTargets)];
    {
        std::ofstream out(tree.dir.path() / target, std::ios::binary | std::ios::trunc);
        out.write(reinterpret_cast<const char*>(data + 1), static_cast<std::streamsize>(size - 1));
    }
    const auto result = signaal::load_content(tree.dir.path(), {tree.dir.path() / "icons", true});
    (void)signaal::format(result.problems);
    std::ofstream(tree.dir.path() / target, std::ios::binary | std::ios::trunc) << tree.files[target];
    return 0;
}
