#pragma once
// Reads text aloud on its own thread so the frame loop never waits: say() and stop() only hand
// over a request and return. A new say() or a stop() cuts the current speech off within one
// chunk of audio (eSpeak's callback is asked to stop, the player drops what it queued).
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "player.hpp"
#include "synthesizer.hpp"

namespace signaal::speech {

class Reader {
public:
    Reader(Synthesizer& synth, Player& player);
    ~Reader();  // stops speech and joins the thread
    Reader(const Reader&) = delete;
    Reader& operator=(const Reader&) = delete;

    void say(std::string text, std::string lang);
    void stop();
    // True from say() until the speech has ended or been stopped.
    bool speaking() const { return speaking_; }
    void set_volume(int percent);  // 0..100

    // From the last say() to its first sample given to the player (signaal-bench).
    std::optional<std::chrono::microseconds> last_latency() const;

private:
    struct Request {
        std::string text;
        std::string lang;
        std::chrono::steady_clock::time_point asked;
    };
    void run();

    Synthesizer& synth_;
    Player& player_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::optional<Request> next_;
    unsigned generation_ = 0;   // bumped by every say() and stop(); the worker compares
    bool quit_ = false;
    std::atomic<unsigned> current_{0};
    std::atomic<bool> speaking_{false};
    std::atomic<int> volume_{100};
    std::atomic<long long> latency_us_{-1};
    std::thread worker_;
};

}  // namespace signaal::speech
