#include "core/record/drafts.h"

#include "core/credentials/credentialstore.h"
#include "core/record/draftcipher.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace console {

namespace {

// The plain columns the sealed payload is bound to: moving a draft to another identity or
// another environment (a Production draft, with its SSN, into a sandbox) breaks the seal.
// Drafts from before environments were recorded have none and are bound as they were.
QByteArray associatedData(const QString &draftId, const QString &kind, const QString &owner,
                          const QString &identityId, const QString &environment)
{
    QString data = draftId + u'\n' + kind + u'\n' + owner + u'\n' + identityId;
    if (!environment.isEmpty())
        data += u'\n' + environment;
    return data.toUtf8();
}

constexpr auto kColumns = "draft_id, kind, identity_id, owner, created_at_ms, updated_at_ms, "
                          "key_id, payload, environment";

DraftInfo infoFromRow(const QSqlQuery &q)
{
    DraftInfo info;
    info.draftId = q.value(0).toString();
    info.kind = q.value(1).toString();
    info.identityId = q.value(2).toString();
    info.owner = q.value(3).toString();
    info.createdAtMs = q.value(4).toLongLong();
    info.updatedAtMs = q.value(5).toLongLong();
    info.environment = q.value(8).toString();
    return info;
}

} // namespace

Drafts::Drafts(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

void Drafts::setKey(const QByteArray &key)
{
    m_key = key;
    m_keyId = key.isEmpty() ? QString() : DraftCipher::keyId(key);
}

StoreResult<DraftInfo> Drafts::save(const QString &draftId, const QString &kind,
                                    const QJsonObject &form, const QString &label,
                                    const QString &identityId)
{
    if (!hasKey())
        return StoreError{tr("Drafts cannot be saved until the drafts key has been read from "
                             "the keychain."),
                          {}};
    if (kind.isEmpty())
        return StoreError{tr("A draft needs a kind."), {}};
    DraftInfo info;
    info.draftId = draftId.isEmpty() ? QUuid::createUuid().toString(QUuid::WithoutBraces) : draftId;
    info.kind = kind;
    info.identityId = identityId;
    info.owner = m_store->currentOperator().name;
    info.updatedAtMs = m_store->nowMs();
    info.createdAtMs = info.updatedAtMs;
    info.label = label;
    info.readable = true;
    info.environment = m_environment;

    const QJsonObject plain{{u"label"_s, label}, {u"form"_s, form}};
    const auto sealed = DraftCipher::seal(
        m_key, QJsonDocument(plain).toJson(QJsonDocument::Compact),
        associatedData(info.draftId, kind, info.owner, identityId, info.environment));
    if (!sealed)
        return StoreError{tr("The draft could not be encrypted."), {}};

    // An existing draft of someone else, or of another environment, is not overwritten; one
    // from before environments were recorded takes this one.
    auto r = m_store->run(u"INSERT INTO drafts (draft_id, kind, identity_id, owner, created_at_ms, "
                          "updated_at_ms, key_id, payload, environment) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                          "ON CONFLICT (draft_id) DO UPDATE SET kind = excluded.kind, "
                          "identity_id = excluded.identity_id, "
                          "updated_at_ms = excluded.updated_at_ms, key_id = excluded.key_id, "
                          "payload = excluded.payload, environment = excluded.environment "
                          "WHERE drafts.owner = excluded.owner "
                          "AND drafts.environment IN (excluded.environment, '') "
                          "RETURNING created_at_ms"_s,
                          {info.draftId, kind, identityId, info.owner, info.createdAtMs,
                           info.updatedAtMs, m_keyId, *sealed, info.environment});
    if (!r)
        return r.error();
    if (!r.value().next())
        return StoreError{tr("This draft belongs to someone else, or to another environment."), {}};
    info.createdAtMs = r.value().value(0).toLongLong();
    m_store->notifyChanged(StoreTopic::Drafts);
    return info;
}

StoreResult<Draft> Drafts::load(const QString &draftId) const
{
    auto q = m_store->run(u"SELECT %1 FROM drafts WHERE draft_id = ? AND owner = ?"_s.arg(
                              QLatin1StringView(kColumns)),
                          {draftId, m_store->currentOperator().name});
    if (!q)
        return q.error();
    if (!q.value().next())
        return StoreError{tr("There is no such draft."), {}};
    Draft d;
    d.info = infoFromRow(q.value());
    // Offered only where it was typed: a Production draft is not continued in a sandbox
    // (where Create needs no confirmation), nor the reverse.
    if (!d.info.environment.isEmpty() && d.info.environment != m_environment)
        return StoreError{tr("This draft was typed in another environment; switch to it to "
                             "continue the draft."),
                          {}};
    const QString keyId = q.value().value(6).toString();
    const QByteArray sealed = q.value().value(7).toByteArray();
    if (!hasKey() || keyId != m_keyId)
        return StoreError{tr("This draft was saved with a drafts key this console does not have "
                             "(for example before the keychain became unavailable). It can only "
                             "be discarded."),
                          {}};
    const auto plain = DraftCipher::open(m_key, sealed,
                                         associatedData(d.info.draftId, d.info.kind, d.info.owner,
                                                        d.info.identityId, d.info.environment));
    if (!plain)
        return StoreError{tr("This draft cannot be opened: it was changed outside the console."),
                          {}};
    const QJsonObject obj = QJsonDocument::fromJson(*plain).object();
    d.info.label = obj.value(u"label"_s).toString();
    d.info.readable = true;
    d.form = obj.value(u"form"_s).toObject();
    return d;
}

StoreResult<QList<DraftInfo>> Drafts::list() const
{
    // This environment's drafts, and those from before environments were recorded.
    auto q =
        m_store->run(u"SELECT %1 FROM drafts WHERE owner = ? AND environment IN (?, '') "
                     "ORDER BY updated_at_ms DESC, draft_id"_s.arg(QLatin1StringView(kColumns)),
                     {m_store->currentOperator().name, m_environment});
    if (!q)
        return q.error();
    QList<DraftInfo> out;
    while (q.value().next()) {
        DraftInfo info = infoFromRow(q.value());
        if (hasKey() && q.value().value(6).toString() == m_keyId) {
            const auto plain = DraftCipher::open(m_key, q.value().value(7).toByteArray(),
                                                 associatedData(info.draftId, info.kind, info.owner,
                                                                info.identityId, info.environment));
            if (plain) {
                info.readable = true;
                info.label = QJsonDocument::fromJson(*plain).object().value(u"label"_s).toString();
            }
        }
        out.append(info);
    }
    return out;
}

StoreStatus Drafts::discard(const QString &draftId)
{
    auto r = m_store->run(u"DELETE FROM drafts WHERE draft_id = ? AND owner = ?"_s,
                          {draftId, m_store->currentOperator().name});
    if (!r)
        return r.error();
    m_store->notifyChanged(StoreTopic::Drafts);
    return storeOk();
}

DraftKeyLoader::DraftKeyLoader(CredentialStore *credentials, QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
{
    const QString key = credentialkeys::draftsKey();
    connect(m_credentials, &CredentialStore::readFinished, this,
            [this, key](const QString &k, const QByteArray &secret) {
                if (k != key)
                    return;
                if (secret.size() != DraftCipher::kKeySize) {
                    emit failed(tr("The drafts key in the keychain is damaged. Remove the entry "
                                   "\"%1\" of service compliance-console to start over.")
                                    .arg(key));
                    return;
                }
                emit keyReady(secret);
            });
    connect(m_credentials, &CredentialStore::writeFinished, this, [this, key](const QString &k) {
        if (k != key || m_pending.isEmpty())
            return;
        const QByteArray fresh = std::exchange(m_pending, QByteArray());
        if (!m_credentials->isPersistent() && !m_warned) {
            m_warned = true;
            emit warning(tr("No keychain is available: drafts saved now cannot be reopened "
                            "after the console restarts."));
        }
        emit keyReady(fresh);
    });
    connect(m_credentials, &CredentialStore::failed, this,
            [this, key](const QString &k, CredentialOperation op, CredentialError error,
                        const QString &message) {
                if (k != key)
                    return;
                if (op == CredentialOperation::Read && error == CredentialError::NotFound) {
                    useNewKey();
                    return;
                }
                if (op == CredentialOperation::Write && !m_pending.isEmpty()) {
                    // Keep working for this session with the key that could not be stored.
                    const QByteArray fresh = std::exchange(m_pending, QByteArray());
                    m_warned = true;
                    emit warning(tr("The drafts key could not be stored (%1): drafts saved now "
                                    "cannot be reopened after the console restarts.")
                                     .arg(message));
                    emit keyReady(fresh);
                    return;
                }
                emit failed(tr("The drafts key could not be read: %1").arg(message));
            });
}

void DraftKeyLoader::load()
{
    m_credentials->read(credentialkeys::draftsKey());
}

void DraftKeyLoader::useNewKey()
{
    m_pending = DraftCipher::generateKey();
    m_credentials->write(credentialkeys::draftsKey(), m_pending);
}

} // namespace console
