#include "content_fixture.hpp"

#include <cstdlib>
#include <fstream>
#include <stdexcept>

namespace signaal::test {
namespace fs = std::filesystem;

TempDir::TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "signaal-test-XXXXXX").string();
    if (!mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
    path_ = tmpl;
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(path_, ec);
}

std::map<std::string, std::string> minimal_content_files() {
    std::map<std::string, std::string> f;
    f["languages.toml"] = R"([[language]]
code = "nl"
name = "Nederlands"

[[language]]
code = "en"
name = "English"
)";
    f["ui/nl.toml"] = R"(start = "Begin"
answer_true = "Waar"
answer_false = "Niet waar"
hello = "Hallo {name}"

[keyboard]
rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
accents = "éëï"
)";
    f["ui/en.toml"] = R"(start = "Start"
answer_true = "True"
answer_false = "False"
hello = "Hello {name}"

[keyboard]
rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
)";
    f["modules/demo/module.toml"] = R"(id = "demo"
version = 2
audiences = ["hotel"]
minutes = 15
pass_mark = 80
validity_months = 12
sources = ["A source"]

[[pages]]
id = "intro"
image = "images/pic.png"
cards = ["towels"]

[[pages]]
id = "more"

[[questions]]
id = "q-single"
type = "single"
choices = ["a", "b", "c"]
answer = ["b"]

[[questions]]
id = "q-multi"
type = "multiple"
choices = ["a", "b", "c", "d"]
answer = ["a", "c"]

[[questions]]
id = "q-tf"
type = "truefalse"
answer = false

[[questions]]
id = "q-scen"
type = "scenario"
choices = ["x", "y"]
answer = ["y"]

[[questions]]
id = "q-order"
type = "order"
choices = ["first", "second", "third"]
)";
    const char* text = R"(title = "TITLE"
summary = "Summary"

[pages.intro]
heading = "Intro"
paragraphs = ["One.", "Two."]
bullets = ["b1"]
cards = [{ title = "Towels", text = "Many towels." }]

[pages.more]
heading = "More"
paragraphs = ["Three."]

[questions.q-single]
prompt = "Pick b"
choices = { a = "A", b = "B", c = "C" }
feedback = "B is right."

[questions.q-multi]
prompt = "Pick a and c"
choices = { a = "A", b = "B", c = "C", d = "D" }
feedback = "A and C."

[questions.q-tf]
prompt = "Is this true?"
feedback = "No."

[questions.q-scen]
scenario = "It is night."
prompt = "What do you do?"
choices = { x = "X", y = "Y" }
feedback = "Y."

[questions.q-order]
prompt = "Order"
choices = { first = "1", second = "2", third = "3" }
feedback = "In order."
)";
    f["modules/demo/nl.toml"] = replace_once(text, "TITLE", "Demo NL");
    f["modules/demo/en.toml"] = replace_once(text, "TITLE", "Demo EN");
    f["icons/towels.svg"] = "<svg xmlns='http://www.w3.org/2000/svg'/>";
    return f;
}

void write_files(const fs::path& root, const std::map<std::string, std::string>& files) {
    for (const auto& [rel, text] : files) {
        fs::create_directories((root / rel).parent_path());
        std::ofstream(root / rel, std::ios::binary) << text;
    }
    write_png(root / "modules/demo/images/pic.png");
}

std::string png_header_bytes(int width, int height, int bit_depth) {
    // Signature and the start of an IHDR chunk: all the loader inspects.
    const auto b = [](int v, int shift) { return static_cast<char>((v >> shift) & 0xFF); };
    std::string head = {'\x89', 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    for (int v : {width, height})
        for (int shift : {24, 16, 8, 0}) head += b(v, shift);
    head += {static_cast<char>(bit_depth), 6, 0, 0, 0};
    return head;
}

void write_png(const fs::path& file, int bit_depth) {
    fs::create_directories(file.parent_path());
    std::ofstream(file, std::ios::binary) << png_header_bytes(1, 1, bit_depth);
}

std::map<std::string, std::string> spot_content_files() {
    auto f = minimal_content_files();
    f["modules/demo/images/scene.png"] = png_header_bytes(800, 500);
    f["modules/demo/module.toml"] += R"(
[[questions]]
id = "q-spot"
type = "spot"
image = "images/scene.png"
regions = [
  { id = "towels", x = 40, y = 300, w = 120, h = 100, signal = true },
  { id = "cash", x = 400, y = 120, r = 40, signal = true },
  { id = "plant", x = 600, y = 40, w = 20, h = 20, signal = false },
  { id = "lamp", x = 700, y = 400, r = 30, signal = false },
]
)";
    for (const char* lang : {"nl", "en"})
        f[std::string("modules/demo/") + lang + ".toml"] += R"(
[questions.q-spot]
prompt = "Tap the signals"
regions = { towels = "Many towels.", cash = "Cash only.", plant = "A plant.", lamp = "A lamp." }
feedback = "Two signals."
)";
    return f;
}

std::string relative_problems(const std::vector<Diagnostic>& problems) {
    std::string out;
    for (const auto& d : problems) {
        const auto at = d.file.find("signaal-test-");
        const std::string rel = at == std::string::npos ? d.file : d.file.substr(d.file.find('/', at) + 1);
        out += format(Diagnostic{rel, d.line, d.message}) + "\n";
    }
    return out;
}

std::string replace_once(std::string text, const std::string& what, const std::string& with) {
    const auto at = text.find(what);
    if (at == std::string::npos) throw std::logic_error("fixture text lacks: " + what);
    return text.replace(at, what.size(), with);
}

}  // namespace signaal::test
