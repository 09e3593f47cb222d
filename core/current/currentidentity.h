#pragma once

#include "core/current/identityfetcher.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QTimer;

namespace console {

class Session;

// The identity the reviewer is looking at, in one flow every part of the console follows:
//
//   select(id) ─► selected(id) ─(debounce)─► settled(id) ─► loaded(identity) | failed(id, …)
//
// `selected` comes at once and is cheap to follow: say what is coming (a placeholder), never
// fetch or write. `settled` comes once the reviewer stopped on a row for the debounce
// interval: that is when Get Identity, the controls, the documents, the soft lock and the
// timeline are worth their calls. Arrowing through the queue therefore costs nothing for the
// rows passed over; open() (Enter, retry, a link from elsewhere) settles at once.
//
// Everything read from the API goes through fetcher(), which fetches each part once per
// settled id and cancels calls for an id that is no longer current.
class CurrentIdentity : public QObject
{
    Q_OBJECT
public:
    explicit CurrentIdentity(Session *session, QObject *parent = nullptr);
    ~CurrentIdentity() override;

    // Debounced: the last id selected within the interval settles. The selected id again
    // changes nothing.
    void select(const QString &identityId);
    // Settles at once; for the settled id again, Get Identity is asked again.
    void open(const QString &identityId);
    void reload() { open(m_selected); }
    // Nothing is current any more (environment switch): every call is cancelled.
    void clear();

    QString selectedId() const { return m_selected; }
    // Empty while the selection is still within its debounce.
    QString settledId() const { return m_settled; }
    const std::optional<paxos::Identity> &identity() const { return m_fetcher->identity(); }
    bool isLoading() const { return m_fetcher->isFetching(IdentityFetcher::Part::Identity); }

    void setDebounceMs(int ms);
    int debounceMs() const;

    IdentityFetcher *fetcher() const { return m_fetcher; }
    Session *session() const { return m_session; }

signals:
    void selected(const QString &identityId);
    void settled(const QString &identityId);
    void loaded(const paxos::Identity &identity);
    void failed(const QString &identityId, const paxos::ApiError &error);

private:
    void settle();
    void onEnvironmentChanged();

    Session *m_session; // outlives this object (both belong to the application)
    IdentityFetcher *m_fetcher;
    QTimer *m_debounce;
    QString m_selected;
    QString m_settled;
};

} // namespace console
