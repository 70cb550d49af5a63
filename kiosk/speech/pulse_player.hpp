#pragma once
// Playback through libpulse-simple. With no sound server or device, open_pulse_player returns
// null and says why, so the kiosk hides the Listen button instead of failing.
#include <memory>
#include <string>

#include "player.hpp"

namespace signaal::speech {

std::unique_ptr<Player> open_pulse_player(int sample_rate, std::string& error);

}  // namespace signaal::speech
