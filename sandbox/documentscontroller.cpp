#include "sandbox/documentscontroller.h"

#include "sandbox/clock.h"
#include "sandbox/lifecycle.h"
#include "sandbox/validation.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace sandbox {

namespace {

// The formats Paxos accepts: pdf, jpg, png.
QString sniffContentType(const QByteArray &data)
{
    if (data.startsWith("%PDF-"))
        return u"application/pdf"_s;
    if (data.startsWith("\xFF\xD8\xFF"))
        return u"image/jpeg"_s;
    if (data.startsWith("\x89PNG\r\n\x1A\n"))
        return u"image/png"_s;
    return {};
}

} // namespace

HttpResponse DocumentsController::requestUpload(const Call &call, const QString &identityId)
{
    if (auto denied = requireScope(call, u"identity:write_identity"_s))
        return *denied;
    if (!m_services.store.identityById(identityId))
        return problemResponse(ErrorKind::NotFound, u"identity does not exist"_s);
    QJsonObject body;
    if (auto e = parseJsonBody(call.request, &body))
        return problemResponse(*e);
    const QJsonValue nameValue = body.value(u"name"_s);
    const QString name = nameValue.toString();
    if (!nameValue.isString() || name.trimmed().isEmpty() || name.size() > 260)
        return problemResponse(ErrorKind::BadRequest,
                               u"must provide a file name, up to 260 characters"_s);
    const QString lower = name.toLower();
    if (!lower.endsWith(u".pdf") && !lower.endsWith(u".jpg") && !lower.endsWith(u".jpeg")
        && !lower.endsWith(u".png"))
        return problemResponse(ErrorKind::BadRequest, u"name: file type must be pdf, jpg or png"_s);
    const QJsonValue typesValue = body.value(u"document_types"_s);
    if (!typesValue.isArray() || typesValue.toArray().isEmpty())
        return problemResponse(ErrorKind::BadRequest,
                               u"document_types must be a non-empty array of document types"_s);
    QStringList types;
    for (const QJsonValue &type : typesValue.toArray()) {
        if (!enums::documentTypes().contains(type.toString()))
            return problemResponse(ErrorKind::BadRequest,
                                   u"document_types contains an invalid value; allowed: "_s
                                       + enums::documentTypes().join(u", "_s));
        if (!types.contains(type.toString()))
            types << type.toString();
    }
    if (m_services.store.documentNameExists(identityId, name))
        return alreadyExists(u"file named \"%1\" already exists"_s.arg(name), u"name"_s, name);

    DocumentRow row;
    row.fileId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    row.identityId = identityId;
    row.name = name;
    row.types = types;
    row.createdUs = nowUs();
    QByteArray secret(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()), 6);
    row.uploadToken = QString::fromLatin1(
        secret.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    if (!m_services.store.insertDocument(row))
        return problemResponse(ErrorKind::Internal, u"state store error"_s);
    QUrl url = m_services.baseUrl(call.request);
    url.setPath(kUploadPrefix + row.uploadToken);
    return jsonResponse(
        {{u"file_id"_s, row.fileId}, {u"name"_s, row.name}, {u"upload_url"_s, url.toString()}});
}

HttpResponse DocumentsController::receiveBytes(const HttpRequest &request, const QString &token)
{
    if (request.method != "PUT")
        return methodNotAllowed(request, "PUT");
    const auto document = m_services.store.documentByToken(token);
    if (!document)
        return problemResponse(ErrorKind::NotFound, u"upload URL is unknown"_s);
    if (request.body.isEmpty())
        return problemResponse(ErrorKind::BadRequest, u"the file is empty"_s);
    const QString contentType = sniffContentType(request.body);
    if (contentType.isEmpty())
        return problemResponse(ErrorKind::BadRequest,
                               u"the file is not a PDF, JPEG or PNG document"_s);
    auto identity = m_services.store.identityById(document->identityId);
    if (!identity)
        return problemResponse(ErrorKind::NotFound, u"identity does not exist"_s);
    Lifecycle &lifecycle = m_services.lifecycle;
    if (!lifecycle.begin())
        return problemResponse(ErrorKind::Internal, u"state store error"_s);
    if (!m_services.store.markUploaded(document->fileId, request.body.size(), contentType,
                                       request.body)
        || !lifecycle.documentsChanged(*identity)) {
        lifecycle.rollback();
        return problemResponse(ErrorKind::Internal, u"state store error"_s);
    }
    if (!lifecycle.commit())
        return problemResponse(ErrorKind::Internal, u"state store error"_s);
    HttpResponse response;
    response.setHeader("ETag", '"' + document->fileId.toLatin1() + '"');
    return response;
}

HttpResponse DocumentsController::list(const Call &call, const QString &identityId)
{
    if (auto denied = requireScope(call, u"identity:read_identity"_s))
        return *denied;
    bool includePending = false;
    if (auto e = boolQuery(call.request, u"include_pending_docs"_s, &includePending))
        return problemResponse(*e);
    const auto identity = m_services.store.identityById(identityId);
    if (!identity)
        return problemResponse(ErrorKind::NotFound,
                               u"Identity with id %1 doesn't exist"_s.arg(identityId));
    QJsonArray documents;
    for (const DocumentRow &doc : m_services.store.documentsFor(identityId)) {
        if (!doc.uploaded)
            continue; // the upload URL was handed out but no bytes arrived yet
        QJsonObject item{{u"file_id"_s, doc.fileId},
                         {u"name"_s, doc.name},
                         {u"document_types"_s, QJsonArray::fromStringList(doc.types)},
                         {u"created_at"_s, formatTimestamp(doc.createdUs)}};
        if (doc.archivedUs)
            item.insert(u"archived_at"_s, formatTimestamp(*doc.archivedUs));
        documents.append(item);
    }
    QJsonObject out{{u"documents"_s, documents}};
    if (includePending)
        out.insert(u"pending_documents"_s,
                   QJsonArray::fromStringList(m_services.lifecycle.missingEddDocuments(*identity)));
    return jsonResponse(out);
}

} // namespace sandbox
