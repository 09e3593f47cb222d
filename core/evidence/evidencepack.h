#pragma once

#include "core/record/documentrecords.h"
#include "core/record/notes.h"
#include "core/record/requestledger.h"
#include "core/record/timeline.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <memory>

namespace console {

// What an evidence pack is made of, gathered by the caller at export time.
struct EvidenceInput
{
    QJsonObject identity; // Get Identity as of now (status_details included)
    QList<TimelineEntry> timeline; // Timeline::assemble()
    QJsonArray controls; // List Identity Controls, include_deleted=true
    QJsonArray documents; // List Identity Documents `documents`
    QJsonArray pendingDocuments; // its `pending_documents`, if asked for
    QList<DocumentRecord> documentRecords; // the console's uploads, with SHA-256
    QList<Note> notes;
    QList<LedgerEntry> ledger;
    QString environment;
    QString generatedBy; // operator name

    // Everything the store knows about the identity (timeline from snapshots, events, notes,
    // calls and uploads; notes; ledger; document hashes) joined with what the API returned at
    // export time. The operator is the store's.
    static StoreResult<EvidenceInput> gather(Store *store, const QJsonObject &identity,
                                             const QJsonArray &documents,
                                             const QJsonArray &pendingDocuments,
                                             const QJsonArray &controls,
                                             const QString &environment);
};

struct EvidenceOptions
{
    QString pdfPath;
    QString jsonPath;
    // PII (government ids, date of birth, tax payer ids) is masked unless the user asks;
    // revealing it is an audited action of the caller's.
    bool revealPii = false;
};

// One identity's evidence for a regulator: a PDF written with Qt's own PDF writer
// (QTextDocument on QPdfWriter) and a JSON bundle with the same content plus the PDF's SHA-256.
// The work runs in steps on the event loop (bundle, layout, one page per step, files) with
// progress; cancel() stops it and leaves no file behind. Both files appear only when complete.
class EvidencePack : public QObject
{
    Q_OBJECT
public:
    EvidencePack(EvidenceInput input, EvidenceOptions options, QObject *parent = nullptr);
    ~EvidencePack() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    // The written PDF's SHA-256 (hex), once finished(true); empty before and after a failure.
    QString pdfSha256() const { return m_pdfSha256; }

    // The JSON bundle (without the PDF hash), PII masked unless revealPii.
    static QJsonObject buildBundle(const EvidenceInput &input, bool revealPii,
                                   qint64 generatedAtMs);
    // The PDF's content as HTML, from a bundle, so PDF and JSON cannot say different things.
    static QString buildHtml(const QJsonObject &bundle);

    static QString formatName() { return QStringLiteral("compliance-console/evidence-pack"); }
    static constexpr int kFormatVersion = 1;

signals:
    void progress(int done, int total);
    // ok false with an empty error: cancelled.
    void finished(bool ok, const QString &error);

private:
    struct Job;
    void step();
    void fail(const QString &error);

    EvidenceInput m_input;
    EvidenceOptions m_options;
    std::unique_ptr<Job> m_job;
    bool m_running = false;
    bool m_cancelled = false;
    QString m_pdfSha256;
};

} // namespace console
