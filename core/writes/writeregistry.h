#pragma once

#include "core/record/audittrail.h"

#include <QLatin1StringView>
#include <QString>

#include <optional>
#include <span>

namespace console {

// Every Paxos operation that changes state, with the paxos/api job class that sends it and
// the audit action the write gate records it under. The gate refuses to send an operation
// that is not listed here; the write census test (tests/unit/writes) finds every job class in
// paxos/api that sends anything but a GET and fails when one is missing from this list.
struct WriteOperation
{
    QLatin1StringView jobClass; // "CreateIdentityJob"
    QLatin1StringView operation; // paxos::Job::operationName(): "CreateIdentity"
    AuditAction action;
};

std::span<const WriteOperation> writeOperations();
std::optional<AuditAction> writeActionFor(const QString &operation);

} // namespace console
