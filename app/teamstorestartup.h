#pragma once

#include "core/record/store.h"

#include <QObject>
#include <QString>

class QProgressDialog;
template<typename T> class QFutureWatcher;

namespace console {
class CredentialStore;
}

namespace console::app {

// Start-up with the record on a team's PostgreSQL server: reads the password from the
// keychain, then probes the server on a worker thread behind a progress dialog that lets the
// reviewer stop waiting and use the local file. Ends with exactly one of opened() (the store
// is open on the server) or unavailable(reason) (the caller opens the local file).
class TeamStoreStartup : public QObject
{
    Q_OBJECT
public:
    TeamStoreStartup(Store *store, CredentialStore *credentials, QObject *parent = nullptr);
    ~TeamStoreStartup() override;

    void start(const StoreConfig &config);

signals:
    void opened();
    void unavailable(const QString &reason);

private:
    void probe(const StoreConfig &config, const QString &keychainProblem);

    Store *m_store;
    CredentialStore *m_credentials;
    StoreConfig m_config;
    QString m_passwordKey; // the keychain read still on its way
    QFutureWatcher<QString> *m_probe = nullptr;
    QProgressDialog *m_progress = nullptr;
};

} // namespace console::app
