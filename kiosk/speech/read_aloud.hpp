#pragma once
// What the Listen button controls, without any GUI: tap to start, tap again to stop; speech stops
// when the screen changes (the shell passes a key for what is on screen every frame: screen,
// page or question), on idle reset and on Done (both change the screen). With no synthesiser or
// no audio device it is unavailable: the button is hidden, nothing fails.
#include <cstdio>
#include <memory>
#include <string>

#include "player.hpp"
#include "reader.hpp"
#include "synthesizer.hpp"

namespace signaal::speech {

class ReadAloud {
public:
    // Either may be null (unavailable). Neither is owned; see open_read_aloud for the kiosk's.
    ReadAloud(Synthesizer* synth, Player* player);
    // Owns both (the kiosk's); the Reader is stopped before they go.
    ReadAloud(std::unique_ptr<Synthesizer> synth, std::unique_ptr<Player> player);

    bool available() const { return reader_ != nullptr && enabled_; }  // show the button
    bool playing() const { return reader_ && reader_->speaking(); }
    void set_enabled(bool on);   // the admin setting; off stops speech
    void set_volume(int percent);

    void toggle(const std::string& text, const std::string& lang);
    void on_screen(const std::string& screen_key);
    void stop();

    // What the last tap that started speech asked to read, and in which language (tests).
    const std::string& last_text() const { return last_text_; }
    const std::string& last_lang() const { return last_lang_; }

private:
    // Declared before reader_, so destroyed after it: the Reader's thread uses both.
    std::unique_ptr<Synthesizer> owned_synth_;
    std::unique_ptr<Player> owned_player_;
    std::unique_ptr<Reader> reader_;
    std::string screen_;
    std::string last_text_, last_lang_;
    bool enabled_ = true;
};

// The kiosk's: eSpeak NG and PulseAudio, owned. When either cannot be opened it writes one line
// to `log` saying why and returns an unavailable ReadAloud.
std::unique_ptr<ReadAloud> open_read_aloud(std::FILE* log);

}  // namespace signaal::speech
