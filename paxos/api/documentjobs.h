#pragma once

#include "paxos/api/job.h"
#include "paxos/model/document.h"

#include <QPointer>

namespace paxos {

// PUT /v2/identity/identities/{identity_id}/documents — scope identity:write_identity.
// Step 1 of an upload: announces the file and returns where to send the bytes.
//
// Not retried after the server may have acted, although it is a PUT: a repeat answers 409
// for the file name, and the upload URL of the first answer would be lost.
class RequestDocumentUploadJob : public ResultJob<DocumentUploadTicket>
{
    Q_OBJECT
public:
    RequestDocumentUploadJob(Connection *connection, QString identityId,
                             DocumentUploadRequest request, QObject *parent = nullptr);
    QString operationName() const override { return QStringLiteral("DocumentUpload"); }

protected:
    void run() override;

private:
    QString m_identityId;
    DocumentUploadRequest m_request;
};

// Step 2: PUT the raw bytes to the pre-signed upload URL (no bearer token). progress() reports
// bytes sent.
class UploadDocumentContentJob : public ResultJob<EmptyResult>
{
    Q_OBJECT
public:
    UploadDocumentContentJob(Connection *connection, QUrl uploadUrl, QByteArray content,
                             QString fileName, QObject *parent = nullptr);
    QString operationName() const override { return QStringLiteral("DocumentUploadContent"); }

    // The MIME type Paxos accepts for a file name (pdf, jpg/jpeg, png); empty otherwise.
    static QByteArray contentTypeFor(const QString &fileName);
    // Files must be under 100 MB.
    static constexpr qint64 kMaxBytes = 100LL * 1000 * 1000;

protected:
    void run() override;

private:
    QUrl m_url;
    QByteArray m_content;
    QString m_fileName;
};

// Both steps in one job: request the upload URL, then send the bytes, with progress over
// the byte upload. The result is the ticket (file_id, name). Checks the documented limits
// (name up to 260 characters, pdf/jpg/png, < 100 MB, at least one document type) first.
class UploadDocumentJob : public ResultJob<DocumentUploadTicket>
{
    Q_OBJECT
public:
    UploadDocumentJob(Connection *connection, QString identityId, QString fileName,
                      QStringList documentTypes, QByteArray content, QObject *parent = nullptr);
    QString operationName() const override { return QStringLiteral("UploadDocument"); }

protected:
    void run() override;

private:
    QString m_identityId;
    QString m_fileName;
    QStringList m_types;
    QByteArray m_content;
};

// GET /v2/identity/identities/{identity_id}/documents — scope identity:read_identity.
class ListDocumentsJob : public ResultJob<DocumentList>
{
    Q_OBJECT
public:
    ListDocumentsJob(Connection *connection, QString identityId, bool includePending = true,
                     QObject *parent = nullptr);
    QString operationName() const override { return QStringLiteral("ListIdentityDocuments"); }

protected:
    void run() override;

private:
    QString m_identityId;
    bool m_includePending;
};

} // namespace paxos
