#include "reader.hpp"

#include <algorithm>
#include <vector>

namespace signaal::speech {

Reader::Reader(Synthesizer& synth, Player& player) : synth_(synth), player_(player) {
    worker_ = std::thread([this] { run(); });
}

Reader::~Reader() {
    {
        std::lock_guard lock(mutex_);
        quit_ = true;
        current_ = ++generation_;
        next_.reset();
    }
    wake_.notify_one();
    worker_.join();
}

void Reader::say(std::string text, std::string lang) {
    {
        std::lock_guard lock(mutex_);
        next_ = Request{std::move(text), std::move(lang), std::chrono::steady_clock::now()};
        current_ = ++generation_;
        speaking_ = true;
    }
    wake_.notify_one();
}

void Reader::stop() {
    std::lock_guard lock(mutex_);
    next_.reset();
    current_ = ++generation_;
    speaking_ = false;
}

void Reader::set_volume(int percent) { volume_ = std::clamp(percent, 0, 100); }

std::optional<std::chrono::microseconds> Reader::last_latency() const {
    const long long us = latency_us_;
    if (us < 0) return std::nullopt;
    return std::chrono::microseconds(us);
}

void Reader::run() {
    std::vector<std::int16_t> scaled;
    for (;;) {
        Request request;
        unsigned mine = 0;
        {
            std::unique_lock lock(mutex_);
            wake_.wait(lock, [&] { return quit_ || next_.has_value(); });
            if (quit_) return;
            request = std::move(*next_);
            next_.reset();
            mine = generation_;
        }
        bool first = true;
        const bool done = synth_.speak(request.text, request.lang, [&](std::span<const std::int16_t> chunk) {
            if (current_ != mine) return false;
            const int volume = volume_;
            scaled.assign(chunk.begin(), chunk.end());
            for (auto& s : scaled) s = static_cast<std::int16_t>(s * volume / 100);
            if (first) {
                latency_us_ = std::chrono::duration_cast<std::chrono::microseconds>(
                                  std::chrono::steady_clock::now() - request.asked).count();
                first = false;
            }
            player_.play(scaled);
            return current_ == mine;
        });
        if (current_ == mine && done) {
            player_.finish();
        } else {
            player_.drop();
        }
        // Only the request still current ends the speaking state; a newer say() keeps it on.
        std::lock_guard lock(mutex_);
        if (generation_ == mine) speaking_ = false;
    }
}

}  // namespace signaal::speech
