#pragma once

#include <QString>

namespace sandbox {

class Store;

// Creates `count` varied, valid, realistic persons (mixed statuses, requirements and
// controls) in one transaction with prepared statements. The same seed gives the same
// identities (ids included), so demos and benchmarks are repeatable.
bool seedIdentities(Store &store, int count, quint32 seed, QString *error);

} // namespace sandbox
