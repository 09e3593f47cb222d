#include "core/evidence/evidencepack.h"
#include "core/record/apitime.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace console;

namespace {

const QString kId = u"4fd025ab-f29f-47e6-a02e-df90a61c7ec9"_s;
const QString kHash = u"9f86d081884c7d659a2feaa0c55ad015a3bff41b2b0b822cd15d6c15b0f00a08"_s;

EvidenceInput sampleInput(int extraTimelineEntries = 0)
{
    EvidenceInput in;
    in.identity = QJsonObject{
        {u"id"_s, kId},
        {u"type"_s, u"PERSON"_s},
        {u"status"_s, u"PENDING"_s},
        {u"person_details"_s,
         QJsonObject{{u"first_name"_s, u"Jane"_s},
                     {u"last_name"_s, u"Doe"_s},
                     {u"date_of_birth"_s, u"1980-01-01"_s},
                     {u"cip_id"_s, u"073-05-1120"_s},
                     {u"cip_id_type"_s, u"SSN"_s},
                     {u"sanctions_verification_status"_s, u"PENDING"_s}}},
        {u"status_details"_s,
         QJsonObject{{u"requirements"_s,
                      QJsonArray{QJsonObject{
                          {u"type"_s, u"SCREENING_CHECK"_s},
                          {u"status"_s, u"PENDING"_s},
                          {u"awaiting_action_from"_s, u"PAXOS"_s},
                          {u"errors"_s,
                           QJsonArray{QJsonObject{{u"code"_s, u"screening_in_progress"_s}}}}}}},
                     {u"active_controls"_s, QJsonArray{}}}},
    };
    in.controls = QJsonArray{QJsonObject{{u"id"_s, u"ctrl-1"_s},
                                         {u"type"_s, u"DORMANT"_s},
                                         {u"set_by"_s, u"SET_BY_CLIENT"_s},
                                         {u"reason_code"_s, u"INACTIVITY"_s},
                                         {u"reason"_s, u"No activity for 180 days"_s},
                                         {u"created_at"_s, u"2026-01-02T00:00:00Z"_s},
                                         {u"deleted_at"_s, u"2026-01-03T00:00:00Z"_s}}};
    in.documents =
        QJsonArray{QJsonObject{{u"file_id"_s, u"file-1"_s},
                               {u"name"_s, u"passport.pdf"_s},
                               {u"document_types"_s, QJsonArray{u"IDENTITY_VERIFICATION"_s}},
                               {u"created_at"_s, u"2026-01-01T10:02:00Z"_s}}};
    in.pendingDocuments = QJsonArray{u"PROOF_OF_RESIDENCY"_s};
    DocumentRecord rec;
    rec.fileId = u"file-1"_s;
    rec.identityId = kId;
    rec.name = u"passport.pdf"_s;
    rec.sha256 = kHash;
    rec.sizeBytes = 4;
    rec.uploadedBy = u"Ada"_s;
    in.documentRecords = {rec};
    Note note;
    note.id = 7;
    note.identityId = kId;
    note.reasonCode = u"DOCUMENT_REVIEW"_s;
    note.body = u"Passport photo matches the selfie."_s;
    note.author = u"Ada"_s;
    note.createdAtMs = parseApiTimeMs(u"2026-01-01T10:05:00Z"_s);
    in.notes = {note};
    LedgerEntry call;
    call.id = 1;
    call.atMs = parseApiTimeMs(u"2026-01-01T10:00:00Z"_s);
    call.method = u"POST"_s;
    call.url = u"http://127.0.0.1:1/v2/identity/identities?access_token=leak"_s;
    call.httpStatus = 200;
    call.durationMs = 12;
    call.requestId = u"req-create-42"_s;
    call.operatorName = u"Ada"_s;
    in.ledger = {call};

    TimelineSources src;
    src.notes = in.notes;
    src.calls = in.ledger;
    src.controls = in.controls;
    src.documents = in.documents;
    src.documentRecords = in.documentRecords;
    for (int i = 0; i < extraTimelineEntries; ++i) {
        ProcessedEvent e;
        e.eventId = u"evt-%1"_s.arg(i);
        e.type = u"identity.kyc_refresh.started"_s;
        e.createdAtMs = call.atMs + 1000 + i;
        e.object = QJsonObject{{u"identity_id"_s, kId}};
        src.events.append(e);
    }
    in.timeline = Timeline::assemble(src);
    in.environment = u"Local sandbox"_s;
    in.generatedBy = u"Ada"_s;
    return in;
}

// The PDF's text as pdftotext reads it; empty with why set when it cannot be read.
QString pdfText(const QString &pdf, QString *why)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty()) {
        *why = u"pdftotext not found: install poppler-utils (scripts/install-deps.sh)"_s;
        return {};
    }
    QProcess p;
    p.start(tool, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        *why = u"pdftotext failed: "_s + QString::fromLocal8Bit(p.readAllStandardError());
        return {};
    }
    // Table cells wrap: compare with every run of white space as one space. The PDF uses
    // ligatures (fi); NFKC turns them back into letters, as a reader's search does.
    return QString::fromUtf8(p.readAllStandardOutput())
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

// The PDF's text exactly as pdftotext reads it (what a reader copies), lines kept.
QString rawPdfText(const QString &pdf, QString *why)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (tool.isEmpty()) {
        *why = u"pdftotext not found: install poppler-utils (scripts/install-deps.sh)"_s;
        return {};
    }
    QProcess p;
    p.start(tool, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        *why = u"pdftotext failed: "_s + QString::fromLocal8Bit(p.readAllStandardError());
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Declares `text`, the PDF's text, or fails (CI) / skips (elsewhere) without pdftotext.
#define CC_PDF_TEXT(text, path)                                                                    \
    QString text##Why;                                                                             \
    const QString text = pdfText(path, &text##Why);                                                \
    if (text.isEmpty()) {                                                                          \
        if (qEnvironmentVariable("CI") == "true"_L1)                                               \
            QFAIL(qPrintable(text##Why));                                                          \
        QSKIP(qPrintable(text##Why));                                                              \
    }

QString squeeze(QString s)
{
    s.remove(QRegularExpression(u"\\s+"_s));
    return s;
}

} // namespace

class TestEvidencePack : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    bool run(EvidencePack &pack, QList<QList<QVariant>> *progressOut = nullptr)
    {
        QSignalSpy finished(&pack, &EvidencePack::finished);
        QSignalSpy progress(&pack, &EvidencePack::progress);
        pack.start();
        if (!finished.wait(60000))
            return false;
        if (progressOut)
            *progressOut = progress;
        if (!finished.first().at(0).toBool())
            qWarning() << "evidence pack failed:" << finished.first().at(1).toString();
        return finished.first().at(0).toBool();
    }

private slots:
    void maskedPackHasTheRecordAndNoPii()
    {
        EvidenceOptions opt;
        opt.pdfPath = m_dir.filePath(u"masked.pdf"_s);
        opt.jsonPath = m_dir.filePath(u"masked.json"_s);
        EvidencePack pack(sampleInput(), opt);
        QVERIFY(run(pack));

        QFile pdf(opt.pdfPath);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray pdfBytes = pdf.readAll();
        QVERIFY(pdfBytes.startsWith("%PDF-"));

        CC_PDF_TEXT(text, opt.pdfPath);
        for (const QString &expected :
             {u"Evidence pack"_s, u"Jane Doe"_s, kId, u"***-**-1120"_s, u"SCREENING_CHECK"_s,
              u"screening_in_progress"_s, u"DORMANT"_s, u"No activity for 180 days"_s,
              u"passport.pdf"_s, u"PROOF_OF_RESIDENCY"_s, u"Passport photo matches the selfie."_s,
              u"DOCUMENT_REVIEW"_s, u"req-create-42"_s, u"Control DORMANT removed"_s,
              u"Local sandbox"_s, u"Masked"_s}) {
            QVERIFY2(text.contains(expected), qPrintable(expected));
        }
        QVERIFY2(squeeze(text).contains(kHash), "document hash");
        QVERIFY(!text.contains(u"073-05-1120"_s));
        QVERIFY(!text.contains(u"1980-01-01"_s));
        QVERIFY(!text.contains(u"leak"_s));

        QFile json(opt.jsonPath);
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QByteArray jsonBytes = json.readAll();
        const QJsonObject bundle = QJsonDocument::fromJson(jsonBytes).object();
        QCOMPARE(bundle.value(u"format"_s).toString(), EvidencePack::formatName());
        QCOMPARE(bundle.value(u"pii"_s).toString(), u"masked"_s);
        QCOMPARE(bundle.value(u"identity_id"_s).toString(), kId);
        QCOMPARE(bundle.value(u"pdf"_s).toObject().value(u"sha256"_s).toString(),
                 QString::fromLatin1(
                     QCryptographicHash::hash(pdfBytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(
            bundle.value(u"documents"_s).toArray().first().toObject().value(u"sha256"_s).toString(),
            kHash);
        QCOMPARE(bundle.value(u"requirements"_s).toArray().size(), 1);
        QCOMPARE(bundle.value(u"notes"_s).toArray().size(), 1);
        QCOMPARE(bundle.value(u"request_ledger"_s).toArray().size(), 1);
        QCOMPARE(bundle.value(u"timeline"_s).toArray().size(), sampleInput().timeline.size());
        QVERIFY(!jsonBytes.contains("073-05-1120"));
        QVERIFY(!jsonBytes.contains("1980-01-01"));
        QVERIFY(!jsonBytes.contains("leak"));
    }

    // Every id and hash copied out of the PDF equals the value: no ligature ("ff", "fi"), no
    // line break inside it, no normalisation on our side.
    void idsAndHashesCopyExactly()
    {
        EvidenceOptions opt;
        opt.pdfPath = m_dir.filePath(u"copy.pdf"_s);
        opt.jsonPath = m_dir.filePath(u"copy.json"_s);
        EvidenceInput in = sampleInput();
        in.ledger.first().requestId = u"req-ffi-0ff1ce-7f3c"_s;
        in.documents = QJsonArray{QJsonObject{{u"file_id"_s, u"file-ff00-fi11"_s},
                                              {u"name"_s, u"passport.pdf"_s},
                                              {u"created_at"_s, u"2026-01-01T10:02:00Z"_s}}};
        in.documentRecords.first().fileId = u"file-ff00-fi11"_s;
        EvidencePack pack(in, opt);
        QVERIFY(run(pack));
        QString why;
        const QString raw = rawPdfText(opt.pdfPath, &why);
        if (raw.isEmpty()) {
            if (qEnvironmentVariable("CI") == "true"_L1)
                QFAIL(qPrintable(why));
            QSKIP(qPrintable(why));
        }
        QFile jsonFile(opt.jsonPath);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject bundle = QJsonDocument::fromJson(jsonFile.readAll()).object();
        // Every id and hash the bundle holds, extracted rather than listed by hand.
        QStringList values{bundle.value(u"identity_id"_s).toString()};
        const QRegularExpression idLike(u"^[0-9a-f]{64}$|^[0-9a-f-]{36}$|^(file|ctrl|req)-"_s);
        std::function<void(const QJsonValue &)> collect = [&](const QJsonValue &v) {
            if (v.isObject()) {
                const QJsonObject o = v.toObject();
                for (auto it = o.begin(); it != o.end(); ++it)
                    collect(it.value());
            } else if (v.isArray()) {
                for (const QJsonValue &x : v.toArray())
                    collect(x);
            } else if (v.isString() && idLike.match(v.toString()).hasMatch()) {
                values.append(v.toString());
            }
        };
        collect(bundle.value(u"documents"_s));
        collect(bundle.value(u"request_ledger"_s));
        values.removeDuplicates();
        QVERIFY(values.contains(kHash));
        QVERIFY(values.contains(u"file-ff00-fi11"_s));
        QVERIFY(values.contains(u"req-ffi-0ff1ce-7f3c"_s));
        for (const QString &value : std::as_const(values))
            QVERIFY2(raw.contains(value), qPrintable(u"not copied verbatim: "_s + value));
    }

    void revealedPackShowsPii()
    {
        EvidenceOptions opt;
        opt.pdfPath = m_dir.filePath(u"revealed.pdf"_s);
        opt.jsonPath = m_dir.filePath(u"revealed.json"_s);
        opt.revealPii = true;
        EvidencePack pack(sampleInput(), opt);
        QVERIFY(run(pack));
        CC_PDF_TEXT(text, opt.pdfPath);
        QVERIFY(text.contains(u"073-05-1120"_s));
        QVERIFY(text.contains(u"1980-01-01"_s));
        QVERIFY(text.contains(u"Shown in full at the request"_s));
    }

    void largePackReportsProgressPageByPage()
    {
        EvidenceOptions opt;
        opt.pdfPath = m_dir.filePath(u"large.pdf"_s);
        opt.jsonPath = m_dir.filePath(u"large.json"_s);
        EvidencePack pack(sampleInput(1500), opt);
        QList<QList<QVariant>> progress;
        QVERIFY(run(pack, &progress));
        QVERIFY(progress.size() > 10);
        int last = 0;
        for (const auto &p : progress) {
            QVERIFY(p.at(0).toInt() >= last);
            QVERIFY(p.at(0).toInt() <= p.at(1).toInt());
            last = p.at(0).toInt();
        }
        QCOMPARE(progress.last().at(0).toInt(), progress.last().at(1).toInt());
        const QJsonObject bundle = [&] {
            QFile f(opt.jsonPath);
            return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                               : QJsonObject();
        }();
        QVERIFY(bundle.value(u"pdf"_s).toObject().value(u"pages"_s).toInt() > 10);
    }

    void cancelLeavesNothing()
    {
        EvidenceOptions opt;
        opt.pdfPath = m_dir.filePath(u"cancelled.pdf"_s);
        opt.jsonPath = m_dir.filePath(u"cancelled.json"_s);
        EvidencePack pack(sampleInput(1500), opt);
        QSignalSpy finished(&pack, &EvidencePack::finished);
        connect(&pack, &EvidencePack::progress, &pack, [&](int done) {
            if (done >= 4)
                pack.cancel();
        });
        pack.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(finished.first().at(1).toString().isEmpty());
        QVERIFY(!QFile::exists(opt.pdfPath));
        QVERIFY(!QFile::exists(opt.jsonPath));
    }

    void gatheredFromTheStore()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(StoreConfig::sqlite(dir.filePath(u"console.sqlite"_s))).ok());
        store.setOperator({u"Bo"_s, u"bo"_s});
        const EvidenceInput sample = sampleInput();
        QVERIFY(StatusHistory(&store).record(sample.identity, SnapshotCause::Refresh).ok());
        QVERIFY(Notes(&store).add(kId, u"ESCALATION"_s, u"Escalated to the MLRO."_s).ok());
        QVERIFY(DocumentRecords(&store).record(sample.documentRecords.first()).ok());
        LedgerEntry call = sample.ledger.first();
        call.identityId = kId;
        QVERIFY(RequestLedger(&store).append(call).ok());

        const auto in =
            EvidenceInput::gather(&store, sample.identity, sample.documents,
                                  sample.pendingDocuments, sample.controls, u"Local sandbox"_s);
        QVERIFY2(in.ok(), qPrintable(in.errorMessage()));
        QCOMPARE(in.value().generatedBy, u"Bo"_s);
        QCOMPARE(in.value().notes.size(), 1);
        QCOMPARE(in.value().ledger.size(), 1);
        QCOMPARE(in.value().documentRecords.size(), 1);
        QStringList titles;
        for (const auto &e : in.value().timeline)
            titles.append(e.title);
        QVERIFY(titles.contains(u"First seen with status PENDING"_s));
        QVERIFY(titles.contains(u"Note: ESCALATION"_s));
        QVERIFY(titles.contains(u"Control DORMANT removed"_s));
        QVERIFY(titles.contains(u"Document passport.pdf"_s));

        EvidenceOptions opt;
        opt.pdfPath = dir.filePath(u"gathered.pdf"_s);
        opt.jsonPath = dir.filePath(u"gathered.json"_s);
        EvidencePack pack(in.value(), opt);
        QVERIFY(run(pack));
        CC_PDF_TEXT(text, opt.pdfPath);
        QVERIFY(text.contains(u"Escalated to the MLRO."_s));
        QVERIFY(squeeze(text).contains(kHash));
        QVERIFY(!EvidenceInput::gather(&store, QJsonObject{}, {}, {}, {}, {}).ok());
    }

    void unwritableTargetIsAnError()
    {
        EvidenceOptions opt;
        opt.pdfPath = u"/proc/no-such-dir/x.pdf"_s;
        opt.jsonPath = u"/proc/no-such-dir/x.json"_s;
        EvidencePack pack(sampleInput(), opt);
        QSignalSpy finished(&pack, &EvidencePack::finished);
        pack.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!finished.first().at(1).toString().isEmpty());
    }
};

QTEST_MAIN(TestEvidencePack)
#include "tst_evidencepack.moc"
