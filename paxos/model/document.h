#pragma once

#include "paxos/model/timestamp.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace paxos {

// One uploaded file of an identity (GET …/documents → documents[]).
struct Document
{
    QString fileId;
    QString name;
    QStringList documentTypes; // enums::documentType()
    std::optional<Timestamp> createdAt;
    std::optional<Timestamp> archivedAt; // set when superseded
    QJsonObject raw;

    static Document fromJson(const QJsonObject &obj);
    QJsonObject toJson() const;
    bool isArchived() const { return archivedAt.has_value(); }

    template<class Self, class F> static void visit(Self &self, F &&f);
};

// GET /v2/identity/identities/{id}/documents.
struct DocumentList
{
    QList<Document> documents;
    QStringList pendingDocuments; // mandatory types still missing (include_pending_docs=true)
    QJsonObject raw;

    static DocumentList fromJson(const QJsonObject &obj);
    QJsonObject toJson() const;
    // Documents not archived, newest first.
    QList<Document> current() const;

    template<class Self, class F> static void visit(Self &self, F &&f);
};

// Body of PUT …/documents (step 1 of an upload).
struct DocumentUploadRequest
{
    QString name; // required, up to 260 characters, unique per identity
    QStringList documentTypes;
    QJsonObject raw;

    static DocumentUploadRequest fromJson(const QJsonObject &obj);
    QJsonObject toJson() const;

    template<class Self, class F> static void visit(Self &self, F &&f);
};

// Answer of PUT …/documents: where to PUT the bytes (a pre-signed URL, no bearer token).
struct DocumentUploadTicket
{
    QString fileId;
    QString name;
    QString uploadUrl;
    QJsonObject raw;

    static DocumentUploadTicket fromJson(const QJsonObject &obj);
    QJsonObject toJson() const;
    QUrl url() const { return QUrl(uploadUrl, QUrl::StrictMode); }

    template<class Self, class F> static void visit(Self &self, F &&f);
};

} // namespace paxos
