// Reading aloud: from the tap on Listen (Reader::say) to the first audio sample handed to the
// player, for the first lesson page of every language, through a player that only counts.
#include <condition_variable>
#include <mutex>

#include "bench.hpp"
#include "content_loader.hpp"
#include "speech/page_speech.hpp"
#include "speech/reader.hpp"

namespace signaal::bench {
namespace {

class CountingPlayer final : public speech::Player {
public:
    void play(std::span<const std::int16_t>) override {}
    void finish() override { done(); }
    void drop() override { done(); }
    void wait() {
        std::unique_lock lock(m_);
        cv_.wait(lock, [&] { return ended_; });
        ended_ = false;
    }

private:
    void done() {
        std::lock_guard lock(m_);
        ended_ = true;
        cv_.notify_all();
    }
    std::mutex m_;
    std::condition_variable cv_;
    bool ended_ = false;
};

}  // namespace

void speech_section(Report& r, const Options& o) {
    std::string error;
    auto synth = speech::Synthesizer::open(error);
    if (!synth) {
        std::printf("speech: %s\n", error.c_str());
        return;
    }
    const auto content = load_content(o.content_dir);
    CountingPlayer player;
    speech::Reader reader(*synth, player);
    std::vector<double> ms;
    const int rounds = o.quick ? 1 : 5;
    for (int i = 0; i < rounds; ++i) {
        for (const auto& lang : content.catalog.languages) {
            for (const auto& module : content.catalog.modules) {
                const auto& pages = module.in(lang.code).pages;
                if (pages.empty()) continue;
                reader.say(speech::page_speech(pages.front()), lang.code);
                player.wait();
                if (auto latency = reader.last_latency()) ms.push_back(latency->count() / 1000.0);
            }
        }
    }
    if (ms.empty()) return;
    r.add("speech_tap_to_first_sample_median", percentile(ms, 0.5), "ms");
    r.add("speech_tap_to_first_sample_max", percentile(ms, 1.0), "ms");
}

}  // namespace signaal::bench
