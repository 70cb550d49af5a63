#pragma once

namespace signaal::certs {

// libsodium must be initialised once before use (it picks CPU-specific code and seeds its RNG).
// Thread-safe; asserts if the system has no usable randomness, which we cannot work around.
void ensure_sodium();

}  // namespace signaal::certs
