#include "pin_pad.hpp"

#include <sodium.h>

#include <algorithm>
#include <stdexcept>

namespace signaal::admin {
namespace {

// A fresh pad in mode, keeping what must survive closing: the count of wrong PINs and the lock.
void reset(PinPad& p, PinPad::Mode mode) {
    PinPad fresh;
    fresh.mode = mode;
    fresh.failures = p.failures;
    fresh.locked_until = p.locked_until;
    fresh.last_input = p.last_input;
    p = std::move(fresh);
}

}  // namespace

void pin_open(PinPad& p, bool pin_stored, Millis now) {
    reset(p, pin_stored ? PinPad::Mode::EnterPin : PinPad::Mode::ChoosePin);
    if (!pin_stored) p.message_key = "admin_pin_rules";
    p.last_input = now;
}

void pin_close(PinPad& p) { reset(p, PinPad::Mode::Closed); }

int pin_locked_seconds(const PinPad& p, Millis now) {
    const Millis left = p.locked_until - now;
    return left.count() > 0 ? static_cast<int>((left.count() + 999) / 1000) : 0;
}

void pin_digit(PinPad& p, char d, Millis now) {
    p.last_input = now;
    if (pin_locked_seconds(p, now) > 0 || d < '0' || d > '9') return;
    if (p.digits.size() < kMaxPin) p.digits += d;
}

void pin_erase(PinPad& p, Millis now) {
    p.last_input = now;
    if (!p.digits.empty()) p.digits.pop_back();
}

PinEffects pin_submit(PinPad& p, const std::optional<std::string>& stored_hash, Millis now) {
    using Mode = PinPad::Mode;
    p.last_input = now;
    PinEffects out;
    if (pin_locked_seconds(p, now) > 0) return out;
    const std::string pin = std::move(p.digits);
    p.digits.clear();
    switch (p.mode) {
        case Mode::ChoosePin:
            if (!pin_acceptable(pin)) {
                p.message_key = "admin_pin_rules";
                return out;
            }
            p.first_choice = pin;
            p.mode = Mode::ConfirmPin;
            p.message_key.clear();
            return out;
        case Mode::ConfirmPin:
            if (pin != p.first_choice) {
                p.first_choice.clear();
                p.mode = Mode::ChoosePin;
                p.message_key = "admin_pin_mismatch";
                return out;
            }
            out.new_hash = hash_pin(pin);
            out.audit.push_back({AuditAct::AdminPinSet, "first admin PIN chosen at the kiosk"});
            p.mode = Mode::Home;  // first_choice stays until the app says the hash is stored
            p.message_key.clear();
            return out;
        case Mode::EnterPin: {
            if (stored_hash && verify_pin(*stored_hash, pin)) {
                out.audit.push_back({AuditAct::AdminLogin, "correct PIN at the kiosk"});
                p.failures = 0;
                p.mode = Mode::Home;
                p.message_key.clear();
                return out;
            }
            ++p.failures;
            out.audit.push_back(
                {AuditAct::AdminLoginFailed, "wrong PIN at the kiosk (" + std::to_string(p.failures) + " in a row)"});
            p.message_key = "admin_pin_wrong";
            if (p.failures >= kFreeAttempts) {
                // 30 s after the fifth wrong PIN, doubling with every further one (at most about an hour).
                const int over = std::min(p.failures - kFreeAttempts, 7);
                p.locked_until = now + kFirstLock * (1 << over);
                out.audit.push_back({AuditAct::AdminPinLocked,
                                     "PIN pad locked for " + std::to_string(kFirstLock.count() * (1 << over) / 1000) + " s"});
            }
            return out;
        }
        case Mode::Home:
        case Mode::Closed: return out;
    }
    return out;
}

void pin_saved(PinPad& p) { p.first_choice.clear(); }

void pin_not_saved(PinPad& p, const std::string& message_key) {
    p.digits.clear();
    p.mode = p.first_choice.empty() ? PinPad::Mode::ChoosePin : PinPad::Mode::ConfirmPin;
    p.message_key = message_key;
}

bool pin_acceptable(const std::string& pin) {
    if (pin.size() < kMinPin || pin.size() > kMaxPin) return false;
    return std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string hash_pin(const std::string& pin) {
    if (sodium_init() < 0) throw std::runtime_error("libsodium cannot initialise");
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, pin.c_str(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        throw std::runtime_error("out of memory while hashing the PIN");
    return out;
}

bool verify_pin(const std::string& hash, const std::string& pin) {
    if (sodium_init() < 0) return false;
    return crypto_pwhash_str_verify(hash.c_str(), pin.c_str(), pin.size()) == 0;
}

}  // namespace signaal::admin
