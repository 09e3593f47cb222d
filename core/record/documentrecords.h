#pragma once

#include "core/record/store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

namespace console {

// A document the console uploaded, with the SHA-256 of the bytes it sent. The API lists
// documents but never returns their content, so this is the only evidence of what was sent.
struct DocumentRecord
{
    QString fileId;
    QString identityId;
    QString name;
    QStringList documentTypes;
    QString sha256; // lower-case hex
    qint64 sizeBytes = 0;
    qint64 uploadedAtMs = 0; // 0: now
    QString uploadedBy; // empty: the store's operator

    QDateTime uploadedAt() const { return QDateTime::fromMSecsSinceEpoch(uploadedAtMs, Qt::UTC); }
    // In the shape of a List Identity Documents item, plus sha256, size_bytes, uploaded_by.
    QJsonObject toJson() const;
};

class DocumentRecords : public QObject
{
    Q_OBJECT
public:
    explicit DocumentRecords(Store *store, QObject *parent = nullptr);

    StoreResult<DocumentRecord> record(DocumentRecord document);
    // Oldest first.
    StoreResult<QList<DocumentRecord>> forIdentity(const QString &identityId) const;

    // The documents the API lists, each with sha256 / size_bytes / uploaded_by added when the
    // console uploaded it (sha256 null otherwise), followed by the console's uploads the API did
    // not list.
    static QJsonArray merge(const QJsonArray &listed, const QList<DocumentRecord> &records);

private:
    Store *m_store;
};

} // namespace console
