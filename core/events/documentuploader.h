#pragma once

#include "core/record/documentrecords.h"

#include <QCryptographicHash>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace paxos {
class Connection;
class UploadDocumentJob;
} // namespace paxos

namespace console {

class WriteGuard;

// Uploads one file to an identity in Paxos's two steps (ask for an upload URL, PUT the bytes),
// after checking it locally (PDF/JPG/PNG, under 100 MB, readable), with progress and cancel.
// The file is read in slices between event-loop turns, hashing as it goes, so a large file
// never freezes the window. Both steps go through the write gate (core/writes): refused offline
// or read-only, typed confirmation in Production, intent and outcome in the audit trail. On
// success the SHA-256 goes to DocumentRecords. Without a gate nothing is sent.
class DocumentUploader : public QObject
{
    Q_OBJECT
public:
    enum class Phase { Idle, Reading, Uploading, Done };
    Q_ENUM(Phase)

    // records may be null (no local hash kept).
    DocumentUploader(paxos::Connection *connection, WriteGuard *guard, DocumentRecords *records,
                     QObject *parent = nullptr);
    ~DocumentUploader() override;

    // The local checks alone: empty when the file may be uploaded, else why not, in words.
    static QString checkFile(const QString &filePath);

    // False (with *error) when the file fails the checks or an upload is already running.
    bool start(const QString &identityId, const QString &filePath, const QStringList &documentTypes,
               QString *error = nullptr);
    void cancel();
    bool isRunning() const { return m_phase == Phase::Reading || m_phase == Phase::Uploading; }
    Phase phase() const { return m_phase; }
    QString identityId() const { return m_identityId; }
    paxos::Connection *connection() const { return m_connection; }
    QStringList documentTypes() const { return m_types; }

signals:
    // Bytes read (Reading) or sent (Uploading) of total.
    void progress(console::DocumentUploader::Phase phase, qint64 done, qint64 total);
    void succeeded(const console::DocumentRecord &record);
    // cancelled: the user stopped it; message is empty then.
    void failed(const QString &message, bool cancelled);

private:
    void readSlice();
    void send();
    void finishFailed(const QString &message, bool cancelled);

    QPointer<paxos::Connection> m_connection;
    QPointer<WriteGuard> m_guard;
    DocumentRecords *m_records;
    Phase m_phase = Phase::Idle;
    QString m_identityId;
    QString m_fileName;
    QStringList m_types;
    std::unique_ptr<QFile> m_file;
    QByteArray m_content;
    qint64 m_size = 0;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    QPointer<paxos::UploadDocumentJob> m_job;
    quint64 m_generation = 0;
};

} // namespace console
