#include "core/events/documentuploader.h"

#include "core/logging.h"
#include "core/record/audittrail.h"
#include "paxos/api/documentjobs.h"
#include "paxos/model/validation.h"
#include "paxos/net/connection.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace console {

namespace {
constexpr qint64 kSliceBytes = 1024 * 1024;
}

DocumentUploader::DocumentUploader(paxos::Connection *connection, DocumentRecords *records,
                                   AuditTrail *audit, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_records(records)
    , m_audit(audit)
{
    qRegisterMetaType<DocumentRecord>();
}

DocumentUploader::~DocumentUploader()
{
    if (m_job)
        m_job->cancel();
}

QString DocumentUploader::checkFile(const QString &filePath)
{
    const QFileInfo info(filePath);
    if (!info.exists() || !info.isFile())
        return tr("The file %1 does not exist.").arg(filePath);
    if (!info.isReadable())
        return tr("The file %1 cannot be read.").arg(info.fileName());
    const auto issues = paxos::validateUploadFile(info.fileName(), info.size());
    for (const auto &issue : issues) {
        if (issue.severity == paxos::ValidationIssue::Severity::Error)
            return issue.message;
    }
    if (info.size() == 0)
        return tr("The file %1 is empty.").arg(info.fileName());
    return {};
}

bool DocumentUploader::start(const QString &identityId, const QString &filePath,
                             const QStringList &documentTypes, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (isRunning())
        return fail(tr("An upload is already running."));
    if (!m_connection)
        return fail(tr("Not connected."));
    if (identityId.isEmpty())
        return fail(tr("No identity chosen."));
    if (documentTypes.isEmpty())
        return fail(tr("Choose at least one document type."));
    if (const QString why = checkFile(filePath); !why.isEmpty())
        return fail(why);
    auto file = std::make_unique<QFile>(filePath);
    if (!file->open(QIODevice::ReadOnly))
        return fail(tr("The file %1 cannot be opened: %2")
                        .arg(QFileInfo(filePath).fileName(), file->errorString()));
    m_file = std::move(file);
    m_identityId = identityId;
    m_fileName = QFileInfo(filePath).fileName();
    m_types = documentTypes;
    m_size = m_file->size();
    m_content.clear();
    m_content.reserve(m_size);
    m_hash.reset();
    m_phase = Phase::Reading;
    const quint64 generation = ++m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            readSlice();
    });
    return true;
}

void DocumentUploader::readSlice()
{
    if (m_phase != Phase::Reading || !m_file)
        return;
    const QByteArray slice = m_file->read(kSliceBytes);
    if (slice.isEmpty() && !m_file->atEnd()) {
        finishFailed(tr("Reading %1 failed: %2").arg(m_fileName, m_file->errorString()), false,
                     false);
        return;
    }
    m_content.append(slice);
    m_hash.addData(slice);
    emit progress(Phase::Reading, m_content.size(), m_size);
    if (m_file->atEnd() || m_content.size() >= m_size) {
        m_file.reset();
        send();
        return;
    }
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            readSlice();
    });
}

void DocumentUploader::send()
{
    if (!m_connection) {
        finishFailed(tr("Not connected."), false, false);
        return;
    }
    m_phase = Phase::Uploading;
    auto *job = new paxos::UploadDocumentJob(m_connection, m_identityId, m_fileName, m_types,
                                             m_content, this);
    m_job = job;
    connect(job, &paxos::Job::progress, this, [this](qint64 done, qint64 total) {
        emit progress(Phase::Uploading, done, total < 0 ? m_size : total);
    });
    connect(job, &paxos::Job::finished, this, [this, job](paxos::Job *) {
        m_job = nullptr;
        if (!job->isSucceeded()) {
            const bool cancelled = job->error()->kind() == paxos::ApiError::Kind::Cancelled;
            finishFailed(cancelled ? QString() : job->error()->message(), cancelled, true,
                         job->requestId());
            return;
        }
        DocumentRecord record;
        record.fileId = job->result().fileId;
        record.identityId = m_identityId;
        record.name = job->result().name.isEmpty() ? m_fileName : job->result().name;
        record.documentTypes = m_types;
        record.sha256 = QString::fromLatin1(m_hash.result().toHex());
        record.sizeBytes = m_size;
        if (m_records) {
            auto stored = m_records->record(record);
            if (stored)
                record = stored.value();
            else
                qCWarning(lcEvents) << "document record not stored:" << stored.errorMessage();
        }
        if (m_audit) {
            AuditRecord audit;
            audit.action = AuditAction::DocumentUpload;
            audit.identityId = m_identityId;
            audit.requestId = job->requestId();
            audit.details = {{u"file_id"_s, record.fileId},
                             {u"name"_s, record.name},
                             {u"document_types"_s, QJsonArray::fromStringList(m_types)},
                             {u"sha256"_s, record.sha256},
                             {u"size_bytes"_s, m_size}};
            (void)m_audit->append(audit);
        }
        m_content.clear();
        m_phase = Phase::Done;
        emit succeeded(record);
    });
    job->start();
}

void DocumentUploader::cancel()
{
    if (m_phase == Phase::Reading) {
        ++m_generation;
        finishFailed({}, true, false);
    } else if (m_phase == Phase::Uploading && m_job) {
        m_job->cancel(); // finished() follows with Cancelled
    }
}

void DocumentUploader::finishFailed(const QString &message, bool cancelled, bool audit,
                                    const QString &requestId)
{
    if (audit && m_audit) {
        AuditRecord record;
        record.action = AuditAction::DocumentUpload;
        record.requestId = requestId;
        record.outcome = cancelled ? AuditOutcome::Cancelled : AuditOutcome::Failed;
        record.identityId = m_identityId;
        record.details = {{u"name"_s, m_fileName},
                          {u"document_types"_s, QJsonArray::fromStringList(m_types)},
                          {u"sha256"_s, QString::fromLatin1(m_hash.result().toHex())},
                          {u"error"_s, message}};
        (void)m_audit->append(record);
    }
    m_file.reset();
    m_content.clear();
    m_phase = Phase::Idle;
    emit failed(message, cancelled);
}

} // namespace console
