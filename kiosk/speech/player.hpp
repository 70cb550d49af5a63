#pragma once
// Where spoken audio goes. The kiosk plays through PulseAudio (pulse_player.hpp); tests inject
// their own. Called only from the Reader's thread, one utterance at a time.
#include <cstdint>
#include <span>

namespace signaal::speech {

class Player {
public:
    virtual ~Player() = default;
    // Plays one chunk of 16-bit mono audio; may block until the device has room.
    virtual void play(std::span<const std::int16_t> samples) = 0;
    // The utterance ended: let what was queued finish.
    virtual void finish() = 0;
    // Speech was stopped: drop what is queued, now.
    virtual void drop() = 0;
};

}  // namespace signaal::speech
