#include "paxos/api/documentjobs.h"

#include "paxos/api/queries.h"

#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace paxos {

namespace {

QString documentsPath(const QString &identityId)
{
    return u"/identity/identities/"_s + pathSegment(identityId) + u"/documents"_s;
}

std::optional<ApiError> checkUpload(const QString &identityId, const QString &fileName,
                                    const QStringList &types, qsizetype size)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("paxos::UploadDocumentJob", text);
    };
    if (identityId.trimmed().isEmpty())
        return ApiError::invalidArgument(tr("an identity id is required"));
    if (fileName.trimmed().isEmpty() || fileName.size() > 260)
        return ApiError::invalidArgument(tr("the file name must have 1 to 260 characters"));
    if (UploadDocumentContentJob::contentTypeFor(fileName).isEmpty())
        return ApiError::invalidArgument(tr("only PDF, JPG and PNG files can be uploaded"));
    if (types.isEmpty())
        return ApiError::invalidArgument(tr("choose at least one document type"));
    if (size <= 0)
        return ApiError::invalidArgument(tr("the file is empty"));
    if (size >= UploadDocumentContentJob::kMaxBytes)
        return ApiError::invalidArgument(tr("the file must be smaller than 100 MB"));
    return std::nullopt;
}

// Step 2 of an upload: the raw bytes to the pre-signed URL, no token, no JSON answer.
ApiRequest contentRequest(const QUrl &url, const QByteArray &content, const QString &fileName,
                          int connectionTimeoutMs)
{
    ApiRequest request;
    request.operation = u"DocumentUploadContent"_s;
    request.method = "PUT";
    request.absoluteUrl = url;
    request.authenticated = false;
    request.expectJson = false;
    request.body = content;
    request.contentType = UploadDocumentContentJob::contentTypeFor(fileName);
    if (request.contentType.isEmpty())
        request.contentType = "application/octet-stream";
    request.uploadFileName = fileName.isEmpty() ? u"{file}"_s : QFileInfo(fileName).fileName();
    // Uploads are slow by nature; give a stalled transfer longer than an API call.
    request.timeoutMs = qMax(connectionTimeoutMs, 120000);
    return request;
}

} // namespace

RequestDocumentUploadJob::RequestDocumentUploadJob(Connection *connection, QString identityId,
                                                   DocumentUploadRequest request, QObject *parent)
    : ResultJob(connection, parent)
    , m_identityId(std::move(identityId))
    , m_request(std::move(request))
{
}

void RequestDocumentUploadJob::run()
{
    if (m_identityId.trimmed().isEmpty()) {
        fail(ApiError::invalidArgument(tr("an identity id is required")));
        return;
    }
    ApiRequest request;
    request.method = "PUT";
    request.path = documentsPath(m_identityId);
    request.body = QJsonDocument(m_request.toJson()).toJson(QJsonDocument::Compact);
    request.requiredScope = u"identity:write_identity"_s;
    request.safeToRepeat = false;
    send(request, [this](ApiCall *call) {
        if (const auto json = takeJson(call)) {
            m_result = DocumentUploadTicket::fromJson(*json);
            if (!m_result.url().isValid() || m_result.uploadUrl.isEmpty()) {
                fail(ApiError::decode(u"the answer has no valid upload_url"_s));
                return;
            }
            succeed();
        }
    });
}

UploadDocumentContentJob::UploadDocumentContentJob(Connection *connection, QUrl uploadUrl,
                                                   QByteArray content, QString fileName,
                                                   QObject *parent)
    : ResultJob(connection, parent)
    , m_url(std::move(uploadUrl))
    , m_content(std::move(content))
    , m_fileName(std::move(fileName))
{
}

QByteArray UploadDocumentContentJob::contentTypeFor(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"pdf")
        return "application/pdf";
    if (suffix == u"jpg" || suffix == u"jpeg")
        return "image/jpeg";
    if (suffix == u"png")
        return "image/png";
    return {};
}

void UploadDocumentContentJob::run()
{
    if (!m_url.isValid() || m_url.isRelative()) {
        fail(ApiError::invalidArgument(tr("the upload URL is not valid")));
        return;
    }
    const ApiRequest request =
        contentRequest(m_url, m_content, m_fileName, connection()->timeoutMs());
    const qint64 total = m_content.size();
    ApiCall *call = send(request, [this, total](ApiCall *call) {
        if (call->error()) {
            fail(*call->error());
            return;
        }
        emit progress(total, total);
        succeed();
    });
    connect(call, &ApiCall::uploadProgress, this,
            [this](qint64 sent, qint64 all) { emit progress(sent, all > 0 ? all : -1); });
}

UploadDocumentJob::UploadDocumentJob(Connection *connection, QString identityId, QString fileName,
                                     QStringList documentTypes, QByteArray content, QObject *parent)
    : ResultJob(connection, parent)
    , m_identityId(std::move(identityId))
    , m_fileName(std::move(fileName))
    , m_types(std::move(documentTypes))
    , m_content(std::move(content))
{
}

void UploadDocumentJob::run()
{
    if (auto problem = checkUpload(m_identityId, m_fileName, m_types, m_content.size())) {
        fail(*problem);
        return;
    }
    DocumentUploadRequest body;
    body.name = m_fileName;
    body.documentTypes = m_types;
    ApiRequest request;
    request.operation = u"DocumentUpload"_s;
    request.method = "PUT";
    request.path = documentsPath(m_identityId);
    request.body = QJsonDocument(body.toJson()).toJson(QJsonDocument::Compact);
    request.requiredScope = u"identity:write_identity"_s;
    request.safeToRepeat = false;
    const qint64 total = m_content.size();
    emit progress(0, total);
    send(request, [this, total](ApiCall *call) {
        const auto json = takeJson(call);
        if (!json)
            return;
        m_result = DocumentUploadTicket::fromJson(*json);
        if (!m_result.url().isValid() || m_result.uploadUrl.isEmpty()) {
            fail(ApiError::decode(u"the answer has no valid upload_url"_s));
            return;
        }
        const ApiRequest upload =
            contentRequest(m_result.url(), m_content, m_fileName, connection()->timeoutMs());
        ApiCall *put = send(upload, [this, total](ApiCall *put) {
            if (put->error()) {
                fail(*put->error());
                return;
            }
            emit progress(total, total);
            succeed();
        });
        connect(put, &ApiCall::uploadProgress, this,
                [this, total](qint64 sent, qint64) { emit progress(qMin(sent, total), total); });
    });
}

ListDocumentsJob::ListDocumentsJob(Connection *connection, QString identityId, bool includePending,
                                   QObject *parent)
    : ResultJob(connection, parent)
    , m_identityId(std::move(identityId))
    , m_includePending(includePending)
{
}

void ListDocumentsJob::run()
{
    if (m_identityId.trimmed().isEmpty()) {
        fail(ApiError::invalidArgument(tr("an identity id is required")));
        return;
    }
    ApiRequest request;
    request.path = documentsPath(m_identityId);
    if (m_includePending)
        request.query.addQueryItem(u"include_pending_docs"_s, u"true"_s);
    request.requiredScope = u"identity:read_identity"_s;
    send(request, [this](ApiCall *call) {
        if (const auto json = takeJson(call)) {
            m_result = DocumentList::fromJson(*json);
            succeed();
        }
    });
}

} // namespace paxos
