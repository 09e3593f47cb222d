#include "core/record/documentrecords.h"

#include "core/record/apitime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace console {

QJsonObject DocumentRecord::toJson() const
{
    return QJsonObject{{u"file_id"_s, fileId},
                       {u"identity_id"_s, identityId},
                       {u"name"_s, name},
                       {u"document_types"_s, QJsonArray::fromStringList(documentTypes)},
                       {u"created_at"_s, formatUtcMs(uploadedAtMs)},
                       {u"sha256"_s, sha256},
                       {u"size_bytes"_s, sizeBytes},
                       {u"uploaded_by"_s, uploadedBy}};
}

DocumentRecords::DocumentRecords(Store *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

StoreResult<DocumentRecord> DocumentRecords::record(DocumentRecord d)
{
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
    d.sha256 = d.sha256.toLower();
    if (d.fileId.isEmpty() || d.identityId.isEmpty())
        return StoreError{tr("A document record needs the file id and the identity id."), {}};
    if (!hex.match(d.sha256).hasMatch())
        return StoreError{tr("The document hash is not a SHA-256 hex digest."), {}};
    if (d.uploadedAtMs == 0)
        d.uploadedAtMs = m_store->nowMs();
    if (d.uploadedBy.isEmpty())
        d.uploadedBy = m_store->currentOperator().name;
    const QString types = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(d.documentTypes)).toJson(QJsonDocument::Compact));
    auto r = m_store->run(u"INSERT INTO document_records (file_id, identity_id, name, "
                          "document_types, sha256, size_bytes, uploaded_at_ms, uploaded_by) "
                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (file_id) DO UPDATE SET "
                          "name = excluded.name, document_types = excluded.document_types, "
                          "sha256 = excluded.sha256, size_bytes = excluded.size_bytes, "
                          "uploaded_at_ms = excluded.uploaded_at_ms, "
                          "uploaded_by = excluded.uploaded_by"_s,
                          {d.fileId, d.identityId, d.name, types, d.sha256, d.sizeBytes,
                           d.uploadedAtMs, d.uploadedBy});
    if (!r)
        return r.error();
    m_store->notifyChanged(StoreTopic::Documents);
    return d;
}

QJsonArray DocumentRecords::merge(const QJsonArray &listed, const QList<DocumentRecord> &records)
{
    QHash<QString, DocumentRecord> byId;
    for (const DocumentRecord &r : records)
        byId.insert(r.fileId, r);
    QJsonArray out;
    QSet<QString> seen;
    for (const QJsonValue &v : listed) {
        QJsonObject d = v.toObject();
        const QString fileId = d.value("file_id"_L1).toString();
        seen.insert(fileId);
        const auto rec = byId.constFind(fileId);
        d.insert(u"sha256"_s, rec != byId.cend() ? QJsonValue(rec->sha256) : QJsonValue());
        if (rec != byId.cend()) {
            d.insert(u"size_bytes"_s, rec->sizeBytes);
            d.insert(u"uploaded_by"_s, rec->uploadedBy);
        }
        out.append(d);
    }
    for (const DocumentRecord &r : records) {
        if (!seen.contains(r.fileId))
            out.append(r.toJson());
    }
    return out;
}

StoreResult<QList<DocumentRecord>> DocumentRecords::forIdentity(const QString &identityId) const
{
    auto q = m_store->run(u"SELECT file_id, identity_id, name, document_types, sha256, size_bytes, "
                          "uploaded_at_ms, uploaded_by FROM document_records "
                          "WHERE identity_id = ? ORDER BY uploaded_at_ms, file_id"_s,
                          {identityId});
    if (!q)
        return q.error();
    QList<DocumentRecord> out;
    while (q.value().next()) {
        DocumentRecord d;
        d.fileId = q.value().value(0).toString();
        d.identityId = q.value().value(1).toString();
        d.name = q.value().value(2).toString();
        const QJsonArray types =
            QJsonDocument::fromJson(q.value().value(3).toString().toUtf8()).array();
        for (const QJsonValue &t : types)
            d.documentTypes.append(t.toString());
        d.sha256 = q.value().value(4).toString();
        d.sizeBytes = q.value().value(5).toLongLong();
        d.uploadedAtMs = q.value().value(6).toLongLong();
        d.uploadedBy = q.value().value(7).toString();
        out.append(d);
    }
    return out;
}

} // namespace console
