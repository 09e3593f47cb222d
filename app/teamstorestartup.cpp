#include "app/teamstorestartup.h"

#include "core/credentials/credentialstore.h"

#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace console::app {

TeamStoreStartup::TeamStoreStartup(Store *store, CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_credentials(credentials)
{
    connect(m_credentials, &CredentialStore::readFinished, this,
            [this](const QString &key, const QByteArray &secret) {
                if (m_passwordKey.isEmpty() || key != m_passwordKey)
                    return;
                m_passwordKey.clear();
                StoreConfig config = m_config;
                config.password = QString::fromUtf8(secret);
                probe(config, {});
            });
    connect(m_credentials, &CredentialStore::failed, this,
            [this](const QString &key, CredentialOperation op, CredentialError,
                   const QString &message) {
                if (op != CredentialOperation::Read || m_passwordKey.isEmpty()
                    || key != m_passwordKey)
                    return;
                // The server may not need one (trust or peer authentication): try without,
                // and name the keychain's answer if the server refuses.
                m_passwordKey.clear();
                probe(m_config, message);
            });
}

TeamStoreStartup::~TeamStoreStartup()
{
    delete m_progress;
}

void TeamStoreStartup::start(const StoreConfig &config)
{
    if (config.host.isEmpty() || config.database.isEmpty() || config.user.isEmpty()) {
        emit unavailable(tr("The team's record store is not fully set up (host, database and "
                            "user are needed)."));
        return;
    }
    m_config = config;
    m_passwordKey =
        credentialkeys::storePassword(config.host, config.port, config.database, config.user);
    m_credentials->read(m_passwordKey);
}

void TeamStoreStartup::probe(const StoreConfig &config, const QString &keychainProblem)
{
    m_progress = new QProgressDialog(
        tr("Connecting to the team's record store (%1)…").arg(config.describe()),
        tr("Use the &local record"), 0, 0);
    m_progress->setObjectName(u"teamStoreProgress"_s);
    m_progress->setWindowTitle(tr("Compliance Console"));
    m_progress->setMinimumDuration(400);
    m_probe = new QFutureWatcher<QString>(this);
    connect(m_progress, &QProgressDialog::canceled, this, [this, config] {
        // The probe keeps only copies; its answer is no longer wanted.
        m_probe->disconnect(this);
        m_progress->deleteLater();
        m_progress = nullptr;
        emit unavailable(
            tr("Connecting to the team's record store (%1) was cancelled.").arg(config.describe()));
    });
    connect(m_probe, &QFutureWatcher<QString>::finished, this, [this, config, keychainProblem] {
        m_progress->disconnect(this);
        m_progress->deleteLater();
        m_progress = nullptr;
        QString problem = m_probe->result();
        // The probe said yes: open for real on this thread (quick now).
        if (problem.isEmpty()) {
            if (const StoreStatus opened = m_store->open(config); opened) {
                emit this->opened();
                return;
            } else {
                problem = opened.errorMessage();
            }
        }
        QString reason = tr("The team's record store (%1) could not be opened: %2")
                             .arg(config.describe(), problem);
        if (!keychainProblem.isEmpty())
            reason +=
                u' ' + tr("No password could be read from the keychain (%1).").arg(keychainProblem);
        emit unavailable(reason);
    });
    m_probe->setFuture(QtConcurrent::run(&Store::probe, config));
}

} // namespace console::app
