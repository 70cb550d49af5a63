#include "read_aloud.hpp"

#include "pulse_player.hpp"

namespace signaal::speech {

ReadAloud::ReadAloud(Synthesizer* synth, Player* player) {
    if (synth && player) reader_ = std::make_unique<Reader>(*synth, *player);
}

ReadAloud::ReadAloud(std::unique_ptr<Synthesizer> synth, std::unique_ptr<Player> player)
    : owned_synth_(std::move(synth)), owned_player_(std::move(player)) {
    if (owned_synth_ && owned_player_) reader_ = std::make_unique<Reader>(*owned_synth_, *owned_player_);
}

void ReadAloud::set_enabled(bool on) {
    enabled_ = on;
    if (!on) stop();
}

void ReadAloud::set_volume(int percent) {
    if (reader_) reader_->set_volume(percent);
}

void ReadAloud::toggle(const std::string& text, const std::string& lang) {
    if (!available()) return;
    if (reader_->speaking()) {
        reader_->stop();
    } else {
        last_text_ = text;
        last_lang_ = lang;
        reader_->say(text, lang);
    }
}

void ReadAloud::on_screen(const std::string& screen_key) {
    if (screen_key == screen_) return;
    screen_ = screen_key;
    stop();
}

void ReadAloud::stop() {
    if (reader_) reader_->stop();
}

std::unique_ptr<ReadAloud> open_read_aloud(std::FILE* log) {
    std::string error;
    auto synth = Synthesizer::open(error);
    std::unique_ptr<Player> player;
    if (synth) player = open_pulse_player(synth->sample_rate(), error);
    if (!synth || !player) {
        std::fprintf(log, "signaal-kiosk: reading aloud is off: %s\n", error.c_str());
        return std::make_unique<ReadAloud>(nullptr, nullptr);
    }
    return std::make_unique<ReadAloud>(std::move(synth), std::move(player));
}

}  // namespace signaal::speech
