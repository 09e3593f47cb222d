#pragma once

#include <QString>

#include <atomic>

namespace sandbox {

class Store;

// Creates `count` varied, valid, realistic persons (mixed statuses, requirements and
// controls) in one transaction with prepared statements. The same seed gives the same
// identities (ids included), so demos and benchmarks are repeatable. `abort`, when set from
// another thread, stops it: nothing is kept and false is returned.
bool seedIdentities(Store &store, int count, quint32 seed, QString *error,
                    const std::atomic<bool> *abort = nullptr);

} // namespace sandbox
