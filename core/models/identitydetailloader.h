#pragma once

#include "paxos/model/identity.h"
#include "paxos/net/apierror.h"

#include <QObject>
#include <QPointer>
#include <QString>

class QTimer;

namespace console {

class Session;

// Feeds the detail pane: follows the selection with a short debounce (arrowing through the
// queue does not fire a request per row), fetches Get Identity with include_details=true,
// and drops answers for identities no longer selected.
class IdentityDetailLoader : public QObject
{
    Q_OBJECT
public:
    explicit IdentityDetailLoader(Session *session, QObject *parent = nullptr);
    ~IdentityDetailLoader() override;

    // Debounced: the last id selected within the debounce interval is loaded.
    void select(const QString &identityId);
    // At once (Enter, retry).
    void loadNow(const QString &identityId);
    void reload() { loadNow(m_current); }
    void clear();

    QString currentId() const { return m_current; }
    bool isLoading() const { return m_inFlight != nullptr; }
    void setDebounceMs(int ms);
    int debounceMs() const;

signals:
    void loading(const QString &identityId);
    void loaded(const paxos::Identity &identity);
    void failed(const QString &identityId, const paxos::ApiError &error);

private:
    void start();
    void abortInFlight();

    QPointer<Session> m_session;
    QTimer *m_debounce = nullptr;
    QString m_current;
    QPointer<QObject> m_inFlight;
};

} // namespace console
