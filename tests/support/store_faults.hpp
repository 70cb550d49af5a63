#pragma once
// Test support: makes a live Store start refusing writes or reads mid-session, as a file turned
// read-only or an unreadable disk would, and recover later, without closing it. Works through
// the store's own connection, so the code under test keeps the Store it was given.
#include "store/store.hpp"

namespace signaal::test {

class StoreFaults {
public:
    explicit StoreFaults(Store& store) : store_(store) {}
    ~StoreFaults();  // recovers
    StoreFaults(const StoreFaults&) = delete;
    StoreFaults& operator=(const StoreFaults&) = delete;

    // Every statement that would change the file fails with SQLITE_READONLY (PRAGMA query_only).
    void refuse_writes();
    // Every statement that reads a table fails with SQLITE_AUTH (an authorizer denies the read).
    // Savepoints and rollbacks still run, so a failed transaction leaves nothing open.
    void refuse_reads();
    void recover();
    int refused_reads() const { return refused_reads_; }  // table reads denied so far

private:
    Store& store_;
    int refused_reads_ = 0;
};

}  // namespace signaal::test
