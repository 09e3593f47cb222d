#include "core/record/auditcheckpoints.h"

#include "core/logging.h"
#include "core/record/store.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace console {

namespace {

constexpr auto kStores = "stores"_L1;
constexpr auto kSeq = "seq"_L1;
constexpr auto kHash = "hash"_L1;
constexpr auto kSavedAt = "saved_at_ms"_L1;
// The console and paxosctl wait this long for each other's read-modify-write.
constexpr int kLockWaitMs = 5000;

QString tr(const char *text)
{
    return QCoreApplication::translate("console::AuditCheckpoints", text);
}

StoreResult<QJsonObject> readFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return QJsonObject();
    if (file.size() > AuditCheckpoints::kMaxFileBytes)
        return StoreError{tr("The audit checkpoint file %1 is too large to be ours.")
                              .arg(QDir::toNativeSeparators(path)),
                          {}};
    if (!file.open(QIODevice::ReadOnly))
        return StoreError{tr("Cannot read the audit checkpoint file %1: %2")
                              .arg(QDir::toNativeSeparators(path), file.errorString()),
                          {}};
    const QByteArray bytes = file.read(AuditCheckpoints::kMaxFileBytes + 1);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (bytes.size() > AuditCheckpoints::kMaxFileBytes || error.error != QJsonParseError::NoError
        || !doc.isObject()) {
        return StoreError{
            tr("The audit checkpoint file %1 is damaged.").arg(QDir::toNativeSeparators(path)), {}};
    }
    return doc.object();
}

} // namespace

AuditCheckpoints::AuditCheckpoints(QString filePath)
    : m_path(std::move(filePath))
{
}

QString AuditCheckpoints::defaultFilePath()
{
    // Not AppConfigLocation: paxosctl has another application name, and both must share
    // one file.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + u"/compliance-console/audit-checkpoints.json"_s;
}

StoreResult<std::optional<AuditCheckpoint>> AuditCheckpoints::read(const QString &location) const
{
    auto all = readFile(m_path);
    if (!all)
        return all.error();
    const QJsonValue entry = all.value().value(kStores).toObject().value(location);
    if (!entry.isObject())
        return std::optional<AuditCheckpoint>();
    const QJsonObject o = entry.toObject();
    AuditCheckpoint cp;
    cp.seq = o.value(kSeq).toString().toLongLong();
    cp.hash = o.value(kHash).toString();
    cp.savedAtMs = o.value(kSavedAt).toString().toLongLong();
    if (cp.seq <= 0 || cp.hash.size() != 64)
        return StoreError{
            tr("The audit checkpoint file %1 is damaged.").arg(QDir::toNativeSeparators(m_path)),
            {}};
    return std::optional<AuditCheckpoint>(cp);
}

StoreStatus
AuditCheckpoints::advance(const QString &location, const AuditCheckpoint &checkpoint,
                          const std::function<bool(const AuditCheckpoint &)> &stillHolds)
{
    const QFileInfo info(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return StoreError{
            tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())),
            {}};
    QLockFile lock(m_path + u".lock"_s);
    if (!lock.tryLock(kLockWaitMs))
        return StoreError{tr("The audit checkpoint file %1 is locked by another program.")
                              .arg(QDir::toNativeSeparators(m_path)),
                          {}};
    auto all = readFile(m_path);
    if (!all)
        return all.error();
    QJsonObject root = all.value();
    QJsonObject stores = root.value(kStores).toObject();
    const QJsonObject oldObject = stores.value(location).toObject();
    AuditCheckpoint old;
    old.seq = oldObject.value(kSeq).toString().toLongLong();
    old.hash = oldObject.value(kHash).toString();
    if (old.seq >= checkpoint.seq)
        return storeOk();
    if (old.seq > 0 && stillHolds && !stillHolds(old))
        return storeOk();
    stores.insert(location,
                  QJsonObject{
                      {kSeq, QString::number(checkpoint.seq)},
                      {kHash, checkpoint.hash},
                      {kSavedAt, QString::number(checkpoint.savedAtMs)},
                  });
    root.insert(kStores, stores);
    root.insert("version"_L1, 1);

    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly))
        return StoreError{tr("Cannot write the audit checkpoint file %1: %2")
                              .arg(QDir::toNativeSeparators(m_path), file.errorString()),
                          {}};
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return StoreError{tr("Cannot write the audit checkpoint file %1: %2")
                              .arg(QDir::toNativeSeparators(m_path), file.errorString()),
                          {}};
    // Hashes and store locations, nothing secret; still nobody else's business or to edit.
    QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner);
    return storeOk();
}

void advanceAuditCheckpoint(const Store &store, qint64 seq, const QString &hash)
{
    if (seq <= 0 || store.auditCheckpointFile().isEmpty())
        return;
    AuditCheckpoints checkpoints(store.auditCheckpointFile());
    AuditCheckpoint next;
    next.seq = seq;
    next.hash = hash;
    next.savedAtMs = QDateTime::currentMSecsSinceEpoch();
    const auto stillHolds = [&store](const AuditCheckpoint &old) {
        auto q = store.run(u"SELECT hash FROM audit_trail WHERE seq = ?"_s, {old.seq});
        if (q && q.value().next() && q.value().value(0).toString() == old.hash)
            return true;
        qCWarning(lcStore) << "audit checkpoint kept at entry" << old.seq
                           << ": the record no longer holds the entry seen there";
        return false;
    };
    if (auto kept = checkpoints.advance(store.locationKey(), next, stillHolds); !kept)
        qCWarning(lcStore).noquote() << "audit checkpoint not kept:" << kept.errorMessage();
}

} // namespace console
