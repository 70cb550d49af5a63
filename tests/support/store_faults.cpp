#include "store_faults.hpp"

#include <sqlite3.h>

#include "store/sqlite.hpp"

namespace signaal::test {
namespace {

int deny_reads(void* self, int action, const char*, const char*, const char*, const char*) {
    if (action != SQLITE_READ && action != SQLITE_SELECT) return SQLITE_OK;
    ++*static_cast<int*>(self);
    return SQLITE_DENY;
}

}  // namespace

StoreFaults::~StoreFaults() {
    try {
        recover();
    } catch (...) {
    }
}

void StoreFaults::refuse_writes() { store_.connection().exec("PRAGMA query_only = ON"); }

void StoreFaults::refuse_reads() {
    // Setting an authorizer expires every compiled statement, so the store's cached ones are
    // compiled again, and refused, on their next use.
    sqlite3_set_authorizer(store_.connection().handle(), deny_reads, &refused_reads_);
}

void StoreFaults::recover() {
    sqlite3_set_authorizer(store_.connection().handle(), nullptr, nullptr);
    store_.connection().exec("PRAGMA query_only = OFF");
}

}  // namespace signaal::test
