#include "core/events/documentuploader.h"

#include "core/logging.h"
#include "core/writes/writeguard.h"
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

DocumentUploader::DocumentUploader(paxos::Connection *connection, WriteGuard *guard,
                                   DocumentRecords *records, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_guard(guard)
    , m_records(records)
{
    qRegisterMetaType<DocumentRecord>();
}

// An upload already sent is not taken back: the write gate owns it and records its outcome.
DocumentUploader::~DocumentUploader() = default;

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
        finishFailed(tr("Reading %1 failed: %2").arg(m_fileName, m_file->errorString()), false);
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
        finishFailed(tr("Not connected."), false);
        return;
    }
    if (!m_guard) {
        finishFailed(tr("Not sent: changes cannot be sent from here."), false);
        return;
    }
    m_phase = Phase::Uploading;
    auto *job = new paxos::UploadDocumentJob(m_connection, m_identityId, m_fileName, m_types,
                                             m_content, this);
    m_job = job;
    const QString sha256 = QString::fromLatin1(m_hash.result().toHex());
    connect(job, &paxos::Job::progress, this, [this](qint64 done, qint64 total) {
        emit progress(Phase::Uploading, done, total < 0 ? m_size : total);
    });
    // Both steps (ask for the upload URL, send the bytes) are one write: one confirmation,
    // one intent, one outcome.
    WriteIntent intent;
    intent.title = tr("Upload %1").arg(m_fileName);
    intent.target = m_identityId;
    intent.identityId = m_identityId;
    intent.details = {{u"name"_s, m_fileName},
                      {u"document_types"_s, QJsonArray::fromStringList(m_types)},
                      {u"sha256"_s, sha256},
                      {u"size_bytes"_s, m_size}};
    intent.describeOutcome = [](const paxos::Job &done, AuditRecord &outcome) {
        if (done.isSucceeded())
            outcome.details.insert(
                u"file_id"_s, static_cast<const paxos::UploadDocumentJob &>(done).result().fileId);
    };
    m_guard->submit(
        job, std::move(intent), this,
        [this, sha256](paxos::Job *done) {
            m_job = nullptr;
            if (!done->isSucceeded()) {
                const bool cancelled = done->error()->kind() == paxos::ApiError::Kind::Cancelled;
                finishFailed(cancelled ? QString() : done->error()->message(), cancelled);
                return;
            }
            const auto &answer = static_cast<paxos::UploadDocumentJob *>(done)->result();
            DocumentRecord record;
            record.fileId = answer.fileId;
            record.identityId = m_identityId;
            record.name = answer.name.isEmpty() ? m_fileName : answer.name;
            record.documentTypes = m_types;
            record.sha256 = sha256;
            record.sizeBytes = m_size;
            if (m_records) {
                auto stored = m_records->record(record);
                if (stored)
                    record = stored.value();
                else
                    qCWarning(lcEvents) << "document record not stored:" << stored.errorMessage();
            }
            m_content.clear();
            m_phase = Phase::Done;
            emit succeeded(record);
        },
        [this](const QString &why) {
            if (m_phase != Phase::Uploading)
                return; // cancel() already ended it
            m_job = nullptr;
            finishFailed(tr("%1 was not uploaded: %2").arg(m_fileName, why), false);
        });
}

void DocumentUploader::cancel()
{
    if (m_phase == Phase::Reading) {
        ++m_generation;
        finishFailed({}, true);
    } else if (m_phase == Phase::Uploading && m_job) {
        const bool sent = m_job->state() != paxos::Job::State::NotStarted;
        m_job->cancel(); // once sent, finished() follows with Cancelled (and the gate records it)
        if (!sent) {
            // Still waiting for the confirmation: nothing went out.
            m_job = nullptr;
            finishFailed({}, true);
        }
    }
}

void DocumentUploader::finishFailed(const QString &message, bool cancelled)
{
    m_file.reset();
    m_content.clear();
    m_phase = Phase::Idle;
    emit failed(message, cancelled);
}

} // namespace console
