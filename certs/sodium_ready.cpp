#include "sodium_ready.hpp"

#include <sodium.h>

#include <cassert>

namespace signaal::certs {

void ensure_sodium() {
    static const int rc = sodium_init();  // 0 first time, 1 if already done: both fine
    assert(rc >= 0 && "libsodium could not initialise");
    (void)rc;
}

}  // namespace signaal::certs
