#include "paxos/model/document.h"

#include "paxos/model/jsonutil.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace paxos {

template<class Self, class F> void Document::visit(Self &s, F &&f)
{
    f("file_id"_L1, s.fileId);
    f("name"_L1, s.name);
    f("document_types"_L1, s.documentTypes);
    f("created_at"_L1, s.createdAt);
    f("archived_at"_L1, s.archivedAt);
}

Document Document::fromJson(const QJsonObject &obj)
{
    return json::decode<Document>(obj);
}

QJsonObject Document::toJson() const
{
    return json::encode(*this);
}

template<class Self, class F> void DocumentList::visit(Self &s, F &&f)
{
    f("documents"_L1, s.documents);
    f("pending_documents"_L1, s.pendingDocuments);
}

DocumentList DocumentList::fromJson(const QJsonObject &obj)
{
    return json::decode<DocumentList>(obj);
}

QJsonObject DocumentList::toJson() const
{
    return json::encode(*this);
}

QList<Document> DocumentList::current() const
{
    QList<Document> out;
    std::copy_if(documents.cbegin(), documents.cend(), std::back_inserter(out),
                 [](const Document &d) { return !d.isArchived(); });
    std::stable_sort(out.begin(), out.end(), [](const Document &a, const Document &b) {
        return a.createdAt.value_or(Timestamp()) > b.createdAt.value_or(Timestamp());
    });
    return out;
}

template<class Self, class F> void DocumentUploadRequest::visit(Self &s, F &&f)
{
    f("name"_L1, s.name);
    f("document_types"_L1, s.documentTypes);
}

DocumentUploadRequest DocumentUploadRequest::fromJson(const QJsonObject &obj)
{
    return json::decode<DocumentUploadRequest>(obj);
}

QJsonObject DocumentUploadRequest::toJson() const
{
    return json::encode(*this);
}

template<class Self, class F> void DocumentUploadTicket::visit(Self &s, F &&f)
{
    f("file_id"_L1, s.fileId);
    f("name"_L1, s.name);
    f("upload_url"_L1, s.uploadUrl);
}

DocumentUploadTicket DocumentUploadTicket::fromJson(const QJsonObject &obj)
{
    return json::decode<DocumentUploadTicket>(obj);
}

QJsonObject DocumentUploadTicket::toJson() const
{
    return json::encode(*this);
}

} // namespace paxos
