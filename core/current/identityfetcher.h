#pragma once

#include "paxos/model/control.h"
#include "paxos/model/document.h"
#include "paxos/model/identity.h"
#include "paxos/net/apierror.h"
#include "paxos/net/connection.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

namespace paxos {
class Job;
} // namespace paxos

namespace console {

// The one place the console reads an identity's parts from the API: Get Identity (with
// details), its controls (every page, deleted ones included) and its documents (with
// pending_documents). It serves one identity at a time: each part is fetched once for it and
// kept, so the detail pane, the Controls and Documents tabs, the timeline and the evidence
// pack share one call each. Moving to another identity cancels every call still running for
// the previous one and forgets its parts, so a late answer can never show under another row.
class IdentityFetcher : public QObject
{
    Q_OBJECT
public:
    enum class Part { Identity, Controls, Documents };
    Q_ENUM(Part)

    explicit IdentityFetcher(paxos::Connection *connection = nullptr, QObject *parent = nullptr);
    ~IdentityFetcher() override;

    // Another connection (environment switch): everything running is cancelled, everything
    // kept is forgotten; the identity stays.
    void setConnection(paxos::Connection *connection);
    paxos::Connection *connection() const { return m_connection; }

    // The identity whose parts are wanted; empty for none. A different id cancels and forgets
    // (and says so with identityChanged); the same id changes nothing.
    void setIdentityId(const QString &identityId);
    QString identityId() const { return m_identityId; }

    // Fetches a part unless it is kept or on its way already: once per identity.
    void fetch(Part part);
    // Fetches a part again (after a write, a refresh); a call on its way is replaced.
    void refetch(Part part);

    bool has(Part part) const;
    bool isFetching(Part part) const;
    const std::optional<paxos::Identity> &identity() const { return m_identity; }
    // Every control, deleted ones included (isActive() tells them apart).
    const QList<paxos::IdentityControl> &controls() const { return m_controls; }
    const paxos::DocumentList &documents() const { return m_documents; }

signals:
    void identityChanged(const QString &identityId);
    void identityLoaded(const paxos::Identity &identity);
    void controlsLoaded(const QString &identityId, const QList<paxos::IdentityControl> &controls);
    void documentsLoaded(const QString &identityId, const paxos::DocumentList &documents);
    void failed(const QString &identityId, console::IdentityFetcher::Part part,
                const paxos::ApiError &error);

private:
    struct Slot
    {
        QPointer<paxos::Job> job;
        bool kept = false;
    };
    Slot &slot(Part part) { return m_slots[int(part)]; }
    const Slot &slot(Part part) const { return m_slots[int(part)]; }
    void start(Part part);
    void finish(Part part, paxos::Job *job);
    void cancelAll();

    QPointer<paxos::Connection> m_connection;
    QString m_identityId;
    Slot m_slots[3];
    std::optional<paxos::Identity> m_identity;
    QList<paxos::IdentityControl> m_controls;
    paxos::DocumentList m_documents;
};

} // namespace console
