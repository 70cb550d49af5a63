#include "pulse_player.hpp"

#include <pulse/error.h>
#include <pulse/simple.h>

namespace signaal::speech {
namespace {

struct SimpleCloser {
    void operator()(pa_simple* s) const { pa_simple_free(s); }
};

class PulsePlayer final : public Player {
public:
    explicit PulsePlayer(pa_simple* stream) : stream_(stream) {}
    void play(std::span<const std::int16_t> samples) override {
        int err = 0;
        pa_simple_write(stream_.get(), samples.data(), samples.size_bytes(), &err);
    }
    void finish() override {
        int err = 0;
        pa_simple_drain(stream_.get(), &err);
    }
    void drop() override {
        int err = 0;
        pa_simple_flush(stream_.get(), &err);
    }

private:
    std::unique_ptr<pa_simple, SimpleCloser> stream_;
};

}  // namespace

std::unique_ptr<Player> open_pulse_player(int sample_rate, std::string& error) {
    const pa_sample_spec spec{PA_SAMPLE_S16LE, static_cast<std::uint32_t>(sample_rate), 1};
    int err = 0;
    pa_simple* stream = pa_simple_new(nullptr, "Signaal", PA_STREAM_PLAYBACK, nullptr, "read aloud",
                                      &spec, nullptr, nullptr, &err);
    if (!stream) {
        error = std::string("no audio output (PulseAudio: ") + pa_strerror(err) + ")";
        return nullptr;
    }
    return std::make_unique<PulsePlayer>(stream);
}

}  // namespace signaal::speech
