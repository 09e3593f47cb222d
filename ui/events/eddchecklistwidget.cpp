#include "ui/events/eddchecklistwidget.h"

#include "core/current/identityfetcher.h"
#include "core/events/documentuploader.h"
#include "core/events/followuptracker.h"
#include "core/record/documentrecords.h"
#include "paxos/model/enums.h"
#include "ui/widgets/labels.h"
#include "ui/widgets/statusbadge.h"
#include "ui/widgets/theme.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace console::ui {

namespace {
enum RequiredColumn { DocCol, StateCol, ActionCol };
enum FileColumn { NameCol, TypesCol, UploadedCol, HashCol };

QString typeLabel(const QString &value)
{
    const QString type = paxos::enums::documentTypeForRequired(value);
    if (type.isEmpty())
        return value; // unknown to both vocabularies: shown as Paxos wrote it
    return paxos::enums::documentType().label(type);
}
// A pill like the detail pane's badges, as a label so its text is never elided.
void setBadge(QLabel *label, const QString &text, Tone tone)
{
    const BadgeColors c = badgeColors(tone, label->palette());
    label->setText(text);
    label->setStyleSheet(u"QLabel { background: %1; color: %2; border: 1px solid %3; "
                         "border-radius: 9px; padding: 1px 9px; }"_s.arg(
                             c.background.name(), c.foreground.name(), c.border.name()));
}
} // namespace

EddChecklistWidget::EddChecklistWidget(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"eddChecklist"_s);
    m_chooseFile = [](QWidget *parentWidget, std::function<void(QString)> done) {
        auto *dialog = new QFileDialog(parentWidget, tr("Choose the document to upload"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        dialog->setNameFilters({tr("Documents (*.pdf *.jpg *.jpeg *.png)"), tr("All files (*)")});
        QObject::connect(dialog, &QFileDialog::fileSelected, parentWidget,
                         [done](const QString &file) { done(file); });
        dialog->open();
    };

    m_badge = new QLabel(this);
    m_badge->setObjectName(u"eddBadge"_s);
    m_badge->setFont(badgeFont(font()));
    m_badge->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"eddSummary"_s);
    m_summary->setWordWrap(true);
    auto *head = new QHBoxLayout;
    head->addWidget(m_badge);
    head->addWidget(m_summary, 1);

    m_required = new QTreeWidget(this);
    m_required->setObjectName(u"eddRequiredList"_s);
    m_required->setRootIsDecorated(false);
    m_required->setHeaderLabels({tr("Required document"), tr("State"), QString()});
    m_required->header()->setStretchLastSection(false);
    m_required->header()->setSectionResizeMode(DocCol, QHeaderView::Stretch);
    m_required->header()->setSectionResizeMode(StateCol, QHeaderView::ResizeToContents);
    m_required->header()->setSectionResizeMode(ActionCol, QHeaderView::ResizeToContents);
    m_required->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_required->setMinimumHeight(fontMetrics().height() * 5);
    m_required->setAlternatingRowColors(true);

    m_progressRow = new QWidget(this);
    m_progressLabel = new QLabel(m_progressRow);
    m_progress = new QProgressBar(m_progressRow);
    m_progress->setObjectName(u"eddUploadProgress"_s);
    m_cancel = new QPushButton(tr("Cancel"), m_progressRow);
    m_cancel->setObjectName(u"eddCancelUpload"_s);
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_cancel);
    m_progressRow->hide();

    m_message = new QLabel(this);
    m_message->setObjectName(u"eddMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    m_pending = mutedLabel(QString(), this);
    m_pending->setObjectName(u"eddPending"_s);
    m_pending->setWordWrap(true);

    auto *filesTitle = new QLabel(tr("Documents on file"), this);
    QFont bold = filesTitle->font();
    bold.setBold(true);
    filesTitle->setFont(bold);
    m_files = new QTreeWidget(this);
    m_files->setObjectName(u"eddFilesList"_s);
    m_files->setRootIsDecorated(false);
    m_files->setHeaderLabels({tr("File"), tr("Types"), tr("Uploaded"), tr("SHA-256")});
    m_files->setAlternatingRowColors(true);
    m_files->setMinimumHeight(fontMetrics().height() * 6);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(head);
    layout->addWidget(m_required);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_message);
    layout->addWidget(m_pending);
    layout->addWidget(filesTitle);
    layout->addWidget(m_files, 1);

    connect(m_cancel, &QPushButton::clicked, this, &EddChecklistWidget::cancelUpload);
    rebuild();
}

EddChecklistWidget::~EddChecklistWidget() = default;

void EddChecklistWidget::setFetcher(IdentityFetcher *fetcher)
{
    if (m_fetcher)
        disconnect(m_fetcher, nullptr, this, nullptr);
    m_fetcher = fetcher;
    if (fetcher) {
        connect(fetcher, &IdentityFetcher::identityChanged, this, &EddChecklistWidget::follow);
        // An institution's document requirement is read from the identity itself.
        connect(fetcher, &IdentityFetcher::identityLoaded, this,
                [this](const paxos::Identity &identity) {
                    if (identity.id == m_identityId)
                        rebuild();
                });
        connect(fetcher, &IdentityFetcher::documentsLoaded, this,
                [this](const QString &, const paxos::DocumentList &documents) {
                    m_documents = documents;
                    rebuild();
                });
        connect(fetcher, &IdentityFetcher::failed, this,
                [this](const QString &, IdentityFetcher::Part part, const paxos::ApiError &e) {
                    if (part != IdentityFetcher::Part::Documents)
                        return;
                    m_message->setText(
                        tr("The documents could not be loaded: %1").arg(e.message()));
                    m_message->show();
                });
    }
    follow(fetcher ? fetcher->identityId() : QString());
}

void EddChecklistWidget::setStores(DocumentRecords *records, WriteGuard *guard)
{
    m_records = records;
    m_guard = guard;
    delete m_uploader;
    m_uploader = nullptr;
}

void EddChecklistWidget::setTracker(FollowUpTracker *tracker)
{
    if (m_tracker)
        disconnect(m_tracker, nullptr, this, nullptr);
    m_tracker = tracker;
    if (tracker) {
        connect(tracker, &FollowUpTracker::changed, this, [this](const QString &id) {
            if (id == m_identityId) {
                rebuild();
                reload(); // a decision or new request: what is on file may have changed too
            }
        });
    }
    rebuild();
}

void EddChecklistWidget::follow(const QString &identityId)
{
    if (identityId == m_identityId)
        return;
    if (m_uploader && m_uploader->isRunning())
        m_uploader->cancel();
    m_identityId = identityId;
    m_documents = {};
    m_message->hide();
    if (m_fetcher && !identityId.isEmpty()) {
        if (m_fetcher->has(IdentityFetcher::Part::Documents))
            m_documents = m_fetcher->documents();
        else
            m_fetcher->fetch(IdentityFetcher::Part::Documents);
    }
    rebuild();
}

bool EddChecklistWidget::isOpen() const
{
    return m_tracker && !m_identityId.isEmpty() && m_tracker->followUp(m_identityId).eddOpen;
}

QStringList EddChecklistWidget::requiredValues() const
{
    QStringList values;
    if (m_tracker && !m_identityId.isEmpty())
        values = m_tracker->followUp(m_identityId).requiredDocuments;
    // pending_documents also counts when the event was missed (e.g. before this console ran).
    if (isOpen()) {
        for (const QString &pending : m_documents.pendingDocuments) {
            bool covered = false;
            for (const QString &v : std::as_const(values))
                covered = covered || paxos::enums::documentTypeForRequired(v) == pending;
            if (!covered)
                values.append(pending);
        }
    }
    if (wantsBusinessDocuments() && !values.contains(u"ORGANIZATIONAL_DOCUMENTS"_s))
        values.append(u"ORGANIZATIONAL_DOCUMENTS"_s);
    return values;
}

bool EddChecklistWidget::wantsBusinessDocuments() const
{
    // An institution waits in PENDING until Paxos has reviewed its business documents
    // (DOCUMENT_VERIFICATION); while Paxos waits on the client for them, this tab is where
    // they are uploaded (the banner and the review tab send the user here).
    if (!m_fetcher || m_identityId.isEmpty())
        return false;
    const std::optional<paxos::Identity> &identity = m_fetcher->identity();
    if (!identity || identity->id != m_identityId || !identity->isInstitution()
        || !identity->statusDetails)
        return false;
    for (const paxos::Requirement &r : identity->statusDetails->requirements) {
        if (r.type == "DOCUMENT_VERIFICATION"_L1
            && r.awaitingActionFrom.value_or(QString()) == "CLIENT"_L1)
            return true;
    }
    return false;
}

bool EddChecklistWidget::isOnFile(const QString &documentType) const
{
    for (const paxos::Document &doc : m_documents.current()) {
        if (doc.documentTypes.contains(documentType))
            return true;
    }
    return false;
}

void EddChecklistWidget::reload()
{
    if (!m_identityId.isEmpty() && m_fetcher)
        m_fetcher->refetch(IdentityFetcher::Part::Documents);
}

void EddChecklistWidget::rebuild()
{
    const bool open = isOpen();
    const bool business = !open && wantsBusinessDocuments();
    if (m_identityId.isEmpty()) {
        setBadge(m_badge, tr("EDD"), Tone::Neutral);
        m_summary->setText(tr("Select an identity."));
    } else if (open) {
        setBadge(m_badge, tr("EDD open"), Tone::Warning);
        m_summary->setText(tr("Paxos needs documents before it decides. Upload each one below; "
                              "the checklist closes when Paxos approves or denies."));
    } else if (business) {
        setBadge(m_badge, tr("Documents needed"), Tone::Warning);
        m_summary->setText(tr("Paxos reviews the institution's business documents before it "
                              "decides. Upload them below."));
    } else {
        setBadge(m_badge, tr("No open EDD"), Tone::Positive);
        m_summary->setText(tr("Paxos has not asked for documents, or has decided."));
    }

    m_required->clear();
    const bool busy = m_uploader && m_uploader->isRunning();
    for (const QString &value : requiredValues()) {
        const QString type = paxos::enums::documentTypeForRequired(value);
        auto *item = new QTreeWidgetItem(m_required);
        item->setText(DocCol, typeLabel(value));
        QStringList aka;
        if (!type.isEmpty() && type != value)
            aka.append(value);
        if (!type.isEmpty()) {
            for (const QString &w : paxos::enums::webhookDocumentTypesFor(type))
                if (w != value)
                    aka.append(w);
        }
        item->setToolTip(
            DocCol,
            type.isEmpty()
                ? tr("%1 is not a document type the console knows; it is "
                     "shown as Paxos sent it.")
                      .arg(value)
                : tr("Upload as %1%2")
                      .arg(type, aka.isEmpty() ? QString() : u" ("_s + aka.join(u", "_s) + u')'));
        const QString uploadType = type.isEmpty() ? value : type;
        const bool onFile = isOnFile(uploadType);
        const bool pending = m_documents.pendingDocuments.contains(uploadType);
        item->setText(StateCol, onFile && !pending ? tr("On file") : tr("Missing"));
        item->setForeground(
            StateCol,
            badgeColors(onFile && !pending ? Tone::Positive : Tone::Warning, palette()).foreground);
        if (open || business) {
            auto *button = new QPushButton(onFile ? tr("Upload another…") : tr("Upload…"));
            button->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
            button->setObjectName(u"eddUpload_"_s + value);
            button->setEnabled(!busy && m_fetcher && m_fetcher->connection());
            connect(button, &QPushButton::clicked, this, [this, value] {
                m_chooseFile(this, [this, value](const QString &file) {
                    if (!file.isEmpty())
                        uploadFor(value, file);
                });
            });
            m_required->setItemWidget(item, ActionCol, button);
        }
    }
    m_required->setVisible(open || m_required->topLevelItemCount() > 0);

    QStringList pendingLabels;
    for (const QString &p : m_documents.pendingDocuments)
        pendingLabels.append(paxos::enums::documentType().label(p));
    m_pending->setText(pendingLabels.isEmpty()
                           ? tr("Paxos lists no pending documents.")
                           : tr("Pending at Paxos: %1").arg(pendingLabels.join(u", "_s)));

    m_files->clear();
    QHash<QString, QString> hashes;
    if (m_records && !m_identityId.isEmpty()) {
        if (auto recs = m_records->forIdentity(m_identityId)) {
            for (const auto &r : recs.value())
                hashes.insert(r.fileId, r.sha256);
        }
    }
    for (const paxos::Document &doc : m_documents.current()) {
        auto *item = new QTreeWidgetItem(m_files);
        item->setText(NameCol, doc.name);
        QStringList labels;
        for (const QString &t : doc.documentTypes)
            labels.append(paxos::enums::documentType().label(t));
        item->setText(TypesCol, labels.join(u", "_s));
        item->setText(UploadedCol,
                      doc.createdAt ? QLocale().toString(doc.createdAt->toDateTime().toLocalTime(),
                                                         QLocale::ShortFormat)
                                    : QString());
        const QString hash = hashes.value(doc.fileId);
        item->setText(HashCol, hash.isEmpty() ? tr("not uploaded here") : hash.left(16) + u"…"_s);
        item->setToolTip(HashCol, hash);
    }
    // Room between columns: contents alone sit too tight to read.
    const int gap = fontMetrics().averageCharWidth() * 3;
    for (int c = NameCol; c < HashCol; ++c) {
        m_files->resizeColumnToContents(c);
        m_files->setColumnWidth(c, m_files->columnWidth(c) + gap);
    }
}

void EddChecklistWidget::uploadFor(const QString &requiredValue, const QString &filePath)
{
    paxos::Connection *connection = m_fetcher ? m_fetcher->connection() : nullptr;
    if (m_uploader && m_uploader->connection() != connection && !m_uploader->isRunning()) {
        delete m_uploader; // another environment since the last upload
        m_uploader = nullptr;
    }
    if (!m_uploader) {
        m_uploader = new DocumentUploader(connection, m_guard, m_records, this);
        connect(m_uploader, &DocumentUploader::progress, this,
                [this](DocumentUploader::Phase phase, qint64 done, qint64 total) {
                    m_progressLabel->setText(phase == DocumentUploader::Phase::Reading
                                                 ? tr("Reading and hashing…")
                                                 : tr("Uploading…"));
                    m_progress->setRange(0, total > 0 ? 1000 : 0);
                    if (total > 0)
                        m_progress->setValue(int(done * 1000 / total));
                });
        connect(m_uploader, &DocumentUploader::succeeded, this,
                [this](const DocumentRecord &record) {
                    m_progressRow->hide();
                    m_message->setStyleSheet(QString());
                    m_message->setText(tr("%1 uploaded (SHA-256 %2).")
                                           .arg(record.name, record.sha256.left(16) + u"…"_s));
                    m_message->show();
                    emit uploaded(record.identityId, record.fileId);
                    rebuild();
                    if (record.identityId == m_identityId)
                        reload();
                });
        connect(m_uploader, &DocumentUploader::failed, this,
                [this](const QString &message, bool cancelled) {
                    m_progressRow->hide();
                    if (cancelled)
                        clearTone(m_message);
                    else
                        setToneText(m_message, Tone::Negative);
                    m_message->setText(cancelled ? tr("Upload cancelled.") : message);
                    m_message->show();
                    rebuild();
                });
    }
    const QString type = paxos::enums::documentTypeForRequired(requiredValue);
    QString error;
    if (!m_uploader->start(m_identityId, filePath, {type.isEmpty() ? requiredValue : type},
                           &error)) {
        setToneText(m_message, Tone::Negative);
        m_message->setText(error);
        m_message->show();
        return;
    }
    m_message->hide();
    m_progressLabel->setText(tr("Reading and hashing…"));
    m_progress->setRange(0, 0);
    m_progressRow->show();
    rebuild();
}

void EddChecklistWidget::cancelUpload()
{
    if (m_uploader)
        m_uploader->cancel();
}

} // namespace console::ui
