#pragma once
// A speech::Player for tests: records what the Reader plays (samples, loudest sample, utterances
// finished and dropped) and lets the test wait for it. Real time: play() takes as long as the
// audio lasts, as a sound card does, so speech is still going when a test taps again.
#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <mutex>
#include <thread>

#include "speech/player.hpp"

namespace signaal::test {

class RecordingPlayer final : public speech::Player {
public:
    explicit RecordingPlayer(int real_time_rate = 0) : real_time_rate_(real_time_rate) {}

    void play(std::span<const std::int16_t> samples) override {
        {
            std::lock_guard lock(m);
            played += samples.size();
            for (auto s : samples) peak = std::max<int>(peak, std::abs(s));
        }
        changed.notify_all();
        if (real_time_rate_ > 0)
            std::this_thread::sleep_for(std::chrono::microseconds(samples.size() * 1'000'000 / static_cast<unsigned>(real_time_rate_)));
    }
    void finish() override { count(finished); }
    void drop() override { count(dropped); }

    // Waits (up to 20 s) until pred holds; pred reads the counts under the lock.
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

private:
    void count(int& what) {
        {
            std::lock_guard lock(m);
            ++what;
        }
        changed.notify_all();
    }
    int real_time_rate_;
};

}  // namespace signaal::test
