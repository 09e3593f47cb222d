#pragma once

#include "paxos/model/document.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QVBoxLayout;

namespace console {
class DocumentRecords;
class DocumentUploader;
class FollowUpTracker;
class IdentityFetcher;
class WriteGuard;
} // namespace console

namespace console::ui {

// The enhanced-due-diligence checklist of one identity: what Paxos asked for
// (identity.documents_required; both document vocabularies mapped, unknown values shown as
// they are), what is on file, what List Documents still calls pending, and an upload per
// required type, with progress and cancel. Closed by identity.approved / identity.denied.
// It shows the identity the fetcher serves, from the fetcher's one List Documents call;
// uploads go through DocumentUploader. An institution whose business documents Paxos waits on
// (DOCUMENT_VERIFICATION awaiting the client) gets an upload row for them too.
class EddChecklistWidget : public QWidget
{
    Q_OBJECT
public:
    explicit EddChecklistWidget(QWidget *parent = nullptr);
    ~EddChecklistWidget() override;

    // Follows the fetcher's identity; lists and uploads with its connection.
    void setFetcher(IdentityFetcher *fetcher);
    // Uploads go through `guard` (core/writes); without one nothing is sent.
    void setStores(DocumentRecords *records, WriteGuard *guard);
    void setTracker(FollowUpTracker *tracker);

    QString identityId() const { return m_identityId; }
    // Reloads the documents on file and pending_documents.
    void reload();

    // Picks the file to upload; the default opens a (non-blocking) file dialog. Tests replace it.
    using FileChooser = std::function<void(QWidget *parent, std::function<void(QString)> done)>;
    void setFileChooser(FileChooser chooser) { m_chooseFile = std::move(chooser); }

    // Starts an upload of filePath for one required value (either vocabulary).
    void uploadFor(const QString &requiredValue, const QString &filePath);
    void cancelUpload();

    bool isOpen() const;
    const paxos::DocumentList &documents() const { return m_documents; }
    QTreeWidget *requiredList() const { return m_required; }
    QTreeWidget *filesList() const { return m_files; }

signals:
    void uploaded(const QString &identityId, const QString &fileId);

private:
    void follow(const QString &identityId);
    void rebuild();
    QStringList requiredValues() const;
    bool isOnFile(const QString &documentType) const;
    bool wantsBusinessDocuments() const;

    QPointer<IdentityFetcher> m_fetcher;
    DocumentRecords *m_records = nullptr;
    WriteGuard *m_guard = nullptr;
    QPointer<FollowUpTracker> m_tracker;
    DocumentUploader *m_uploader = nullptr;
    QString m_identityId;
    paxos::DocumentList m_documents;
    FileChooser m_chooseFile;

    QLabel *m_badge;
    QLabel *m_summary;
    QTreeWidget *m_required;
    QTreeWidget *m_files;
    QLabel *m_pending;
    QWidget *m_progressRow;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QLabel *m_message;
};

} // namespace console::ui
