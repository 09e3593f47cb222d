#include "core/current/identitylookup.h"

#include "paxos/api/identityjobs.h"

namespace console {

void lookUpIdentity(paxos::Connection *connection, const QString &identityId, bool withDetails,
                    QObject *context, std::function<void(const paxos::Identity &)> loaded,
                    std::function<void(const paxos::ApiError &)> failed)
{
    if (!connection) {
        if (failed)
            failed(paxos::ApiError::notConfigured(QObject::tr("No connection.")));
        return;
    }
    // A child of the context: destroying it cancels the call and silences the callbacks.
    auto *job = new paxos::GetIdentityJob(connection, identityId, withDetails, false, context);
    QObject::connect(job, &paxos::Job::finished, context,
                     [job, loaded = std::move(loaded), failed = std::move(failed)] {
                         if (job->isSucceeded())
                             loaded(job->result());
                         else if (failed && job->error())
                             failed(*job->error());
                     });
    job->start();
}

} // namespace console
