#pragma once
// Text to 16-bit mono PCM in memory through Debian's eSpeak NG. eSpeak keeps one global engine,
// so a Synthesizer owns it (RAII: espeak_Terminate in the destructor) and serialises every call;
// make one per process. Runs on whichever thread calls it: the kiosk calls it from the Reader's
// thread, never from the frame loop.
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace signaal::speech {

struct Pcm {
    int sample_rate = 0;
    std::vector<std::int16_t> samples;

    double seconds() const { return sample_rate ? static_cast<double>(samples.size()) / sample_rate : 0.0; }
    double rms() const;  // 0..32767
};

// Receives audio as it is made; returns false to stop the synthesis.
using PcmSink = std::function<bool(std::span<const std::int16_t>)>;

class Synthesizer {
public:
    // Null, with `error` set, when eSpeak NG or its data cannot be loaded.
    static std::unique_ptr<Synthesizer> open(std::string& error);
    ~Synthesizer();
    Synthesizer(const Synthesizer&) = delete;
    Synthesizer& operator=(const Synthesizer&) = delete;

    int sample_rate() const { return sample_rate_; }
    // Whether the voice for this kiosk language (voice_for) is in the installed eSpeak data.
    bool has_voice(std::string_view lang);

    // Speaks `shown` (passed through spoken_text) in `lang`, chunk by chunk into `sink`.
    // False when the voice is missing or eSpeak refuses the text; stopping is not a failure.
    bool speak(std::string_view shown, std::string_view lang, const PcmSink& sink);
    Pcm synthesize(std::string_view shown, std::string_view lang);

private:
    explicit Synthesizer(int sample_rate) : sample_rate_(sample_rate) {}
    bool select_voice(std::string_view lang);

    int sample_rate_;
    std::mutex mutex_;
    std::string voice_;  // the voice eSpeak has selected now
};

}  // namespace signaal::speech
