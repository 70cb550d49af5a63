// Reading aloud: the text preparation, eSpeak NG synthesis of every page, question and choice of
// every language of the bundled content, and the Reader's start/stop through an injected player.
#include <catch2/catch.hpp>

#include <chrono>
#include <cstdlib>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "content_loader.hpp"
#include "paths.hpp"
#include "utf8_text.hpp"
#include "speech/page_speech.hpp"
#include "speech/pulse_player.hpp"
#include "speech/read_aloud.hpp"
#include "speech/reader.hpp"
#include "speech/spoken_text.hpp"
#include "speech/synthesizer.hpp"

using namespace signaal;
using namespace signaal::speech;

namespace {

Synthesizer& synth() {
    static std::unique_ptr<Synthesizer> s = [] {
        std::string error;
        auto opened = Synthesizer::open(error);
        INFO(error);
        REQUIRE(opened);
        return opened;
    }();
    return *s;
}

const Catalog& bundled() {
    static const LoadResult r = load_content(default_content_dir());
    return r.catalog;
}

// Plausible speech for this much text: eSpeak at its default rate says roughly 12-20 letters
// a second; a Chinese character is a whole syllable, about as long as four letters. A truncated
// or runaway synthesis falls far outside these bounds.
double speech_units(const std::string& utf8) {
    double n = 0;
    for (char32_t c : utf8::code_points(utf8))
        n += ((c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF)) ? 4.0 : 1.0;
    return n;
}

void check_plausible(const Pcm& pcm, const std::string& text, const std::string& where) {
    const double chars = speech_units(text);
    INFO(where << ": " << chars << " letters or their length, " << pcm.seconds() << " s, RMS " << pcm.rms());
    CHECK(pcm.seconds() > 0.2 + chars * 0.03);
    CHECK(pcm.seconds() < 2.0 + chars * 0.25);
    CHECK(pcm.rms() > 500.0);
}

}  // namespace

TEST_CASE("spoken text: phone and reference numbers are read digit by digit", "[speech]") {
    CHECK(spoken_text("Bel 0800-7000.", "nl") == "Bel 0 8 0 0, 7 0 0 0.");
    CHECK(spoken_text("Call 0800 51 51 now", "en") == "Call 0 8 0 0, 5 1, 5 1 now");
    CHECK(spoken_text("nummer 727542", "nl") == "nummer 7 2 7 5 4 2");
    // Years, counts and percentages stay numbers the voice says as numbers.
    CHECK(spoken_text("In 2024, 12 months, 80%", "en") == "In 2024, 12 months, 80%");
    // Digits inside a word are left alone.
    CHECK(spoken_text("A4 B2B", "en") == "A4 B2B");
}

TEST_CASE("spoken text: abbreviations and joined organisation names", "[speech]") {
    CHECK(spoken_text("Meld het bij CoMensha of de VNG.", "nl") == "Meld het bij Co Mensha of de V N G.");
    CHECK(spoken_text("ChristenUnie", "nl") == "Christen Unie");
    // Dutch says RIEC and BOA as words; other languages spell them.
    CHECK(spoken_text("RIEC, BOA", "nl") == "RIEC, BOA");
    CHECK(spoken_text("RIEC, BOA", "en") == "R I E C, B O A");
    CHECK(spoken_text("ECPAT", "pl") == "ECPAT");
    // Non-Latin text passes through untouched.
    CHECK(spoken_text("Обадете се на 0800-7000", "bg") == "Обадете се на 0 8 0 0, 7 0 0 0");
}

TEST_CASE("voice for each kiosk language", "[speech]") {
    CHECK(voice_for("zh-Hans") == "cmn");
    CHECK(voice_for("en") == "en-gb");
    CHECK(voice_for("pt-BR") == "pt");
    CHECK(voice_for("nl") == "nl");
    // Every language the brief names has a voice in Debian's eSpeak NG, not only the ones the
    // content offers today.
    for (const char* lang : {"nl", "en", "pl", "ro", "bg", "uk", "hu", "lt", "pt", "zh-Hans"}) {
        INFO(lang);
        CHECK(synth().has_voice(lang));
    }
    CHECK_FALSE(synth().has_voice("xx-nonexistent"));
}

TEST_CASE("every page, question and choice of every language yields plausible audio", "[speech][corpus]") {
    const Catalog& catalog = bundled();
    REQUIRE(!catalog.languages.empty());
    REQUIRE(!catalog.modules.empty());
    std::size_t spoken = 0;
    for (const auto& language : catalog.languages) {
        REQUIRE(synth().has_voice(language.code));
        for (const auto& module : catalog.modules) {
            const ModuleText& text = module.in(language.code);
            for (std::size_t p = 0; p < text.pages.size(); ++p) {
                const std::string s = page_speech(text.pages[p]);
                check_plausible(synth().synthesize(s, language.code), s,
                                language.code + " " + module.id + " page " + std::to_string(p + 1));
                ++spoken;
            }
            for (std::size_t q = 0; q < text.questions.size(); ++q) {
                const std::string s = question_speech(text.questions[q]);
                check_plausible(synth().synthesize(s, language.code), s,
                                language.code + " " + module.id + " question " + std::to_string(q + 1));
                for (const auto& choice : text.questions[q].choices) {
                    check_plausible(synth().synthesize(choice, language.code), choice,
                                    language.code + " " + module.id + " question " + std::to_string(q + 1) + " choice");
                }
                ++spoken;
            }
        }
    }
    CHECK(spoken > catalog.languages.size() * catalog.modules.size());
}

TEST_CASE("a longer text gives proportionally longer audio and silence gives none", "[speech]") {
    const Pcm short_one = synth().synthesize("Bel de politie.", "nl");
    const Pcm long_one = synth().synthesize(
        "Bel de politie. Bel de politie. Bel de politie. Bel de politie.", "nl");
    CHECK(long_one.seconds() > 3.0 * short_one.seconds());
    CHECK(synth().synthesize("", "nl").samples.size() < 2000);
}

namespace {

// Records what the Reader plays; can hold the Reader inside play() to test stopping mid-speech.
class RecordingPlayer final : public Player {
public:
    void play(std::span<const std::int16_t> samples) override {
        std::unique_lock lock(m);
        played += samples.size();
        for (auto s : samples) peak = std::max<int>(peak, std::abs(s));
        changed.notify_all();
    }
    void finish() override {
        std::lock_guard lock(m);
        ++finished;
        changed.notify_all();
    }
    void drop() override {
        std::lock_guard lock(m);
        ++dropped;
        changed.notify_all();
    }
    template <class Pred>
    bool wait_for(Pred pred) {
        std::unique_lock lock(m);
        return changed.wait_for(lock, std::chrono::seconds(20), pred);
    }
    std::mutex m;
    std::condition_variable changed;
    std::size_t played = 0;
    int peak = 0;
    int finished = 0;
    int dropped = 0;
};

bool eventually_quiet(const Reader& reader) {
    for (int i = 0; i < 2000 && reader.speaking(); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    return !reader.speaking();
}

}  // namespace

TEST_CASE("the Reader plays a text to the end off the calling thread", "[speech]") {
    RecordingPlayer player;
    Reader reader(synth(), player);
    reader.say("Bel 0800-7000 als je twijfelt.", "nl");
    CHECK(reader.speaking());
    REQUIRE(player.wait_for([&] { return player.finished == 1; }));
    CHECK(eventually_quiet(reader));
    CHECK(player.played > 22050u / 2);
    CHECK(player.dropped == 0);
    REQUIRE(reader.last_latency());
    CHECK(reader.last_latency()->count() > 0);
}

TEST_CASE("the Reader stops mid-speech and drops what is queued", "[speech]") {
    RecordingPlayer player;
    Reader reader(synth(), player);
    std::string long_text;
    for (int i = 0; i < 40; ++i) long_text += "Dit is een lange zin die de kiosk voorleest. ";
    reader.say(long_text, "nl");
    REQUIRE(player.wait_for([&] { return player.played > 0; }));
    reader.stop();
    CHECK_FALSE(reader.speaking());
    REQUIRE(player.wait_for([&] { return player.dropped == 1; }));
    CHECK(player.finished == 0);
    const Pcm whole = synth().synthesize(long_text, "nl");
    CHECK(player.played < whole.samples.size() / 2);
}

TEST_CASE("the Reader's volume scales the samples", "[speech]") {
    RecordingPlayer loud;
    RecordingPlayer quiet;
    {
        Reader reader(synth(), loud);
        reader.say("Bel de politie.", "nl");
        REQUIRE(loud.wait_for([&] { return loud.finished == 1; }));
    }
    {
        Reader reader(synth(), quiet);
        reader.set_volume(25);
        reader.say("Bel de politie.", "nl");
        REQUIRE(quiet.wait_for([&] { return quiet.finished == 1; }));
    }
    CHECK(quiet.peak < loud.peak / 3);
    CHECK(quiet.peak > 0);
}

TEST_CASE("Listen: tap starts, tap again stops, a new screen or the setting off stops", "[speech]") {
    RecordingPlayer player;
    ReadAloud listen(&synth(), &player);
    std::string long_text;
    for (int i = 0; i < 40; ++i) long_text += "Dit is een lange zin die de kiosk voorleest. ";
    REQUIRE(listen.available());
    listen.on_screen("lesson/hotel/1");

    listen.toggle(long_text, "nl");
    CHECK(listen.playing());
    REQUIRE(player.wait_for([&] { return player.played > 0; }));
    listen.toggle(long_text, "nl");
    CHECK_FALSE(listen.playing());
    REQUIRE(player.wait_for([&] { return player.dropped == 1; }));

    const std::size_t before = player.played;
    listen.toggle(long_text, "nl");
    CHECK(listen.playing());
    REQUIRE(player.wait_for([&] { return player.played > before; }));
    listen.on_screen("lesson/hotel/1");  // the same page drawn again: speech goes on
    CHECK(listen.playing());
    listen.on_screen("lesson/hotel/2");
    CHECK_FALSE(listen.playing());
    REQUIRE(player.wait_for([&] { return player.dropped == 2; }));

    listen.toggle(long_text, "nl");
    listen.set_enabled(false);
    CHECK_FALSE(listen.playing());
    CHECK_FALSE(listen.available());
    listen.toggle(long_text, "nl");  // the button is hidden; a stray tap does nothing
    CHECK_FALSE(listen.playing());
    CHECK(player.finished == 0);
}

TEST_CASE("Listen is unavailable without an audio device, and says why", "[speech]") {
    ReadAloud no_device(&synth(), nullptr);
    CHECK_FALSE(no_device.available());
    no_device.toggle("Bel de politie.", "nl");
    CHECK_FALSE(no_device.playing());

    // A sound server that is not there: no player and a reason, never a crash or a wait.
    ::setenv("PULSE_SERVER", "unix:/nonexistent/signaal-test-pulse", 1);
    std::string error;
    auto player = open_pulse_player(synth().sample_rate(), error);
    ::unsetenv("PULSE_SERVER");
    CHECK_FALSE(player);
    CHECK(error.find("no audio output") != std::string::npos);
}
