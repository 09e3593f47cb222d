#pragma once

#include "core/record/store.h"

#include <QDateTime>
#include <QJsonObject>
#include <QObject>

namespace console {

class CredentialStore;

struct DraftInfo
{
    QString draftId;
    QString kind; // which form: "identity.create.person", "control.create" ...
    QString identityId; // for forms about an existing identity
    QString owner;
    // Where it was typed (Session::environmentKey()); empty for drafts from before that was
    // recorded.
    QString environment;
    qint64 createdAtMs = 0;
    qint64 updatedAtMs = 0;
    QString label; // what the draft list shows; empty when not readable
    bool readable = false; // false: sealed with a key this console does not have

    QDateTime updatedAt() const { return QDateTime::fromMSecsSinceEpoch(updatedAtMs, Qt::UTC); }
};

struct Draft
{
    DraftInfo info;
    QJsonObject form;
};

// Form drafts, saved as the user types, listed, reopened and discarded. Drafts hold personal
// data (names, dates of birth, government ids), so the label and the form are sealed with
// AES-256-GCM under a key kept in the credential store (DraftKeyLoader); only the kind, the
// identity id, the owner and the times are plain. Drafts are personal: each operator sees their
// own, also on a shared PostgreSQL store.
//
// Fallback: when no keychain is available the key lives in memory for the session, so drafts
// written then cannot be opened after a restart; they are listed as unreadable and can be
// discarded. The user is told when this happens (DraftKeyLoader::warning).
class Drafts : public QObject
{
    Q_OBJECT
public:
    explicit Drafts(Store *store, QObject *parent = nullptr);

    void setKey(const QByteArray &key);
    bool hasKey() const { return !m_key.isEmpty(); }

    // The environment the console works in now (Session::environmentKey()). A new draft is
    // saved under it, list() offers its drafts only (and those without an environment), and
    // load() refuses a draft of another environment.
    void setEnvironment(const QString &key) { m_environment = key; }
    QString environment() const { return m_environment; }

    // Empty draftId: a new draft (its id is in the result).
    StoreResult<DraftInfo> save(const QString &draftId, const QString &kind,
                                const QJsonObject &form, const QString &label = {},
                                const QString &identityId = {});
    StoreResult<Draft> load(const QString &draftId) const;
    // The current operator's drafts of the current environment (and those without one), most
    // recently edited first.
    StoreResult<QList<DraftInfo>> list() const;
    StoreStatus discard(const QString &draftId);

private:
    Store *m_store;
    QByteArray m_key;
    QString m_keyId;
    QString m_environment;
};

// Reads the drafts key from the credential store, creating it on first use. keyReady() hands it
// over; warning() says when drafts will not outlive this session (no keychain); failed() when
// no key could be had at all (drafts cannot be saved then).
class DraftKeyLoader : public QObject
{
    Q_OBJECT
public:
    explicit DraftKeyLoader(CredentialStore *credentials, QObject *parent = nullptr);

    void load();

signals:
    void keyReady(const QByteArray &key);
    void warning(const QString &message);
    void failed(const QString &message);

private:
    void useNewKey();

    CredentialStore *m_credentials;
    QByteArray m_pending;
    bool m_warned = false;
};

} // namespace console
