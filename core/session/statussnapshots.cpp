#include "core/session/statussnapshots.h"

#include "core/record/statushistory.h"
#include "paxos/model/identity.h"

namespace console {

StatusSnapshots::StatusSnapshots(StatusHistory *history, QObject *parent)
    : QObject(parent)
    , m_history(history)
{
}

void StatusSnapshots::recordLoaded(const paxos::Identity &identity)
{
    const auto recorded = m_history->record(identity.toJson(), SnapshotCause::Refresh);
    if (!recorded)
        emit failed(tr("The status history could not be updated: %1").arg(recorded.errorMessage()));
}

} // namespace console
