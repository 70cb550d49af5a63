#include "synthesizer.hpp"

#include <espeak-ng/speak_lib.h>

#include <atomic>
#include <cmath>
#include <cstring>

#include "spoken_text.hpp"

namespace signaal::speech {
namespace {

std::atomic<bool> engine_open{false};

struct SynthCall {
    const PcmSink* sink;
    bool stopped = false;
};

int on_audio(short* wav, int count, espeak_EVENT* events) {
    auto* call = static_cast<SynthCall*>(events ? events->user_data : nullptr);
    if (!call) return 0;
    if (call->stopped) return 1;
    if (wav && count > 0 && !(*call->sink)(std::span<const std::int16_t>(wav, static_cast<std::size_t>(count)))) {
        call->stopped = true;
        return 1;
    }
    return 0;
}

// Whether an installed voice speaks `language`. eSpeak itself falls back to a default voice for
// a language it lacks, which would read Hungarian with an English voice.
bool installed(const std::string& language) {
    for (const espeak_VOICE* const* v = espeak_ListVoices(nullptr); v && *v; ++v) {
        // languages: pairs of a priority byte and a zero-terminated name, ended by a zero byte.
        for (const char* p = (*v)->languages; p && *p; p += std::strlen(p + 1) + 2) {
            if (language == p + 1) return true;
        }
    }
    return false;
}

}  // namespace

double Pcm::rms() const {
    if (samples.empty()) return 0.0;
    double sum = 0.0;
    for (auto s : samples) sum += static_cast<double>(s) * s;
    return std::sqrt(sum / static_cast<double>(samples.size()));
}

std::unique_ptr<Synthesizer> Synthesizer::open(std::string& error) {
    if (engine_open.exchange(true)) {
        error = "eSpeak NG is already open in this process";
        return nullptr;
    }
    // DONT_EXIT: a missing data folder is an error we report, not a reason to end the kiosk.
    const int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 200, nullptr, espeakINITIALIZE_DONT_EXIT);
    if (rate <= 0) {
        engine_open = false;
        error = "eSpeak NG could not load its voice data (package espeak-ng-data)";
        return nullptr;
    }
    espeak_SetSynthCallback(on_audio);
    return std::unique_ptr<Synthesizer>(new Synthesizer(rate));
}

Synthesizer::~Synthesizer() {
    espeak_Terminate();
    engine_open = false;
}

bool Synthesizer::select_voice(std::string_view lang) {
    const std::string voice = voice_for(lang);
    if (voice == voice_) return true;
    if (!installed(voice)) return false;
    // By language, not by name: the names are eSpeak's own ("English_(Great_Britain)").
    espeak_VOICE wanted{};
    wanted.languages = voice.c_str();
    if (espeak_SetVoiceByProperties(&wanted) != EE_OK) return false;
    voice_ = voice;
    return true;
}

bool Synthesizer::has_voice(std::string_view lang) {
    std::lock_guard lock(mutex_);
    return select_voice(lang);
}

bool Synthesizer::speak(std::string_view shown, std::string_view lang, const PcmSink& sink) {
    std::lock_guard lock(mutex_);
    if (!select_voice(lang)) return false;
    const std::string text = spoken_text(shown, lang);
    SynthCall call{&sink};
    const auto result = espeak_Synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0,
                                     espeakCHARS_UTF8, nullptr, &call);
    return result == EE_OK || call.stopped;
}

Pcm Synthesizer::synthesize(std::string_view shown, std::string_view lang) {
    Pcm pcm;
    pcm.sample_rate = sample_rate_;
    speak(shown, lang, [&](std::span<const std::int16_t> chunk) {
        pcm.samples.insert(pcm.samples.end(), chunk.begin(), chunk.end());
        return true;
    });
    return pcm;
}

}  // namespace signaal::speech
