#include "core/onboarding/institutionmembersearch.h"

#include "paxos/api/identityjobs.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace console::onboarding {

InstitutionMemberSearch::InstitutionMemberSearch(paxos::Connection *connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
{
}

InstitutionMemberSearch::~InstitutionMemberSearch()
{
    if (m_job)
        m_job->cancel();
}

bool InstitutionMemberSearch::matches(const paxos::Identity &person, const QString &text)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return true;
    return person.displayName().contains(needle, Qt::CaseInsensitive)
        || person.refId.value_or(QString()).contains(needle, Qt::CaseInsensitive)
        || person.id.compare(needle, Qt::CaseInsensitive) == 0;
}

void InstitutionMemberSearch::search(const QString &text)
{
    if (m_job)
        m_job->cancel();
    if (!m_connection)
        return;
    const QString needle = text.trimmed();
    if (!QUuid::fromString(needle).isNull()) {
        auto *job = new paxos::GetIdentityJob(m_connection, needle, true, false, this);
        m_job = job;
        connect(job, &paxos::Job::succeeded, this, [this, text](paxos::Job *j) {
            const paxos::Identity identity = static_cast<paxos::GetIdentityJob *>(j)->result();
            emit found(text,
                       identity.isPerson() ? QList<paxos::Identity>{identity}
                                           : QList<paxos::Identity>{});
        });
        connect(job, &paxos::Job::failed, this,
                [this, text](paxos::Job *, const paxos::ApiError &e) {
                    // An id nobody has is an empty result, not a failure.
                    if (e.httpStatus() == 404)
                        emit found(text, {});
                    else if (e.kind() != paxos::ApiError::Kind::Cancelled)
                        emit failed(e);
                });
        job->start();
        return;
    }
    paxos::ListIdentitiesQuery query;
    query.identityType = u"PERSON"_s;
    query.includeDetails = true;
    query.limit = kScanLimit;
    auto *job = new paxos::ListIdentitiesJob(m_connection, query, this);
    m_job = job;
    connect(job, &paxos::Job::succeeded, this, [this, text](paxos::Job *j) {
        QList<paxos::Identity> out;
        for (const paxos::Identity &person :
             static_cast<paxos::ListIdentitiesJob *>(j)->result().items) {
            if (person.isPerson() && matches(person, text))
                out.append(person);
        }
        emit found(text, out);
    });
    connect(job, &paxos::Job::failed, this, [this](paxos::Job *, const paxos::ApiError &e) {
        if (e.kind() != paxos::ApiError::Kind::Cancelled)
            emit failed(e);
    });
    job->start();
}

} // namespace console::onboarding
