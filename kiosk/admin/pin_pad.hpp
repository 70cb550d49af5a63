#pragma once
// The admin PIN pad as a pure state machine, like the kiosk flow: each input takes the pad's
// state and the time now and returns what the app must do (store a new PIN hash, write audit
// entries). Nothing here touches the store, a clock or the screen.
//
// The first time (no PIN stored) the manager chooses a PIN (4-8 digits) and types it again;
// then the pad asks for it. Five wrong PINs in a row lock the pad for 30 s, doubling with each
// further wrong PIN up to about an hour; closing and reopening the pad keeps the lock.
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "audit_act.hpp"
#include "flow.hpp"

namespace signaal::admin {

inline constexpr std::size_t kMinPin = 4, kMaxPin = 8;
inline constexpr int kFreeAttempts = 5;
inline constexpr Millis kFirstLock{30000};
inline constexpr const char* kPinSetting = "admin_pin_hash";  // the argon2id hash, never the PIN

struct PinPad {
    enum class Mode { Closed, EnterPin, ChoosePin, ConfirmPin, Home };
    Mode mode = Mode::Closed;
    std::string digits;
    std::string first_choice;  // ChoosePin's digits while confirming
    std::string message_key;
    int failures = 0;          // wrong PINs in a row
    Millis locked_until{0};
    Millis last_input{0};
};

// What the app does after an input: store this PIN hash, write these audit entries.
struct PinEffects {
    std::optional<std::string> new_hash;
    std::vector<std::pair<AuditAct, std::string>> audit;
};

// Opens the pad: ChoosePin when no PIN is stored, else EnterPin. Keeps failures and the lock.
void pin_open(PinPad& p, bool pin_stored, Millis now);
// Closes the pad (and the admin area behind it), keeping failures and the lock.
void pin_close(PinPad& p);
void pin_digit(PinPad& p, char d, Millis now);  // ignored while locked or for a non-digit
void pin_erase(PinPad& p, Millis now);
// OK on the pad. stored_hash: the PIN hash as stored now (EnterPin checks against it).
PinEffects pin_submit(PinPad& p, const std::optional<std::string>& stored_hash, Millis now);
// After a submit that handed out new_hash, the app says whether the store kept it: saved forgets
// the chosen digits; not saved goes back to confirming the same choice (typing it once more
// tries again), with the message key given, since without a stored PIN there is no way in.
void pin_saved(PinPad& p);
void pin_not_saved(PinPad& p, const std::string& message_key);
// Whole seconds the pad stays locked (0 when not locked).
int pin_locked_seconds(const PinPad& p, Millis now);

// Whether a typed PIN is acceptable as a new PIN (digits only, 4-8 long).
bool pin_acceptable(const std::string& pin);
// argon2id hash (libsodium, interactive limits) and its check; the PIN itself is never stored.
std::string hash_pin(const std::string& pin);
bool verify_pin(const std::string& hash, const std::string& pin);

}  // namespace signaal::admin
