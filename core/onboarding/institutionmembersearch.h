#pragma once

#include "paxos/model/identity.h"
#include "paxos/net/apierror.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace paxos {
class Connection;
class Job;
} // namespace paxos

namespace console::onboarding {

// Finds person identities to make institution members of, by name, ref_id or id. Paxos has
// no search by name: an id is looked up directly (Get Identity), anything else is matched
// against the persons of List Identities (identity_type PERSON, with details, newest first,
// up to kScanLimit), case-insensitively on the full name, ref_id and id. A new search cancels
// the one before.
class InstitutionMemberSearch : public QObject
{
    Q_OBJECT
public:
    static constexpr int kScanLimit = 1000;
    explicit InstitutionMemberSearch(paxos::Connection *connection, QObject *parent = nullptr);
    ~InstitutionMemberSearch() override;

    void search(const QString &text);
    bool isRunning() const { return !m_job.isNull(); }

    // Whether `person` matches `text` the way search() matches (exposed for tests).
    static bool matches(const paxos::Identity &person, const QString &text);

signals:
    void found(const QString &text, const QList<paxos::Identity> &persons);
    void failed(const paxos::ApiError &error);

private:
    QPointer<paxos::Connection> m_connection;
    QPointer<paxos::Job> m_job;
};

} // namespace console::onboarding
