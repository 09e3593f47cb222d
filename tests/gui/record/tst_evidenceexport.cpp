#include "core/record/audittrail.h"
#include "core/record/notes.h"
#include "core/record/statushistory.h"
#include "paxos/api/identityjobs.h"
#include "recordtest.h"
#include "support/clienttest.h"
#include "support/sandboxprocess.h"
#include "ui/record/evidenceexportdialog.h"

#include <QCheckBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace console;
using console::ui::EvidenceExportDialog;
using recordtest::find;

// An identity created in the fixture sandbox, exported as the console would: the store's
// record joined with what Get Identity returns.
class TestEvidenceExport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<AuditTrail> m_trail;
    std::unique_ptr<paxos::Connection> m_connection;
    QJsonObject m_identity;
    QString m_cipId;

    static QString pdfText(const QString &path)
    {
        QProcess p;
        p.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
        if (!p.waitForFinished(30000))
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    std::unique_ptr<EvidenceExportDialog> makeDialog(const QString &base)
    {
        auto input = EvidenceInput::gather(m_store.get(), m_identity, {}, {}, {}, u"local"_s);
        if (!input) {
            qWarning("gather failed: %s", qPrintable(input.errorMessage()));
            return nullptr;
        }
        auto dialog =
            std::make_unique<EvidenceExportDialog>(std::move(input).value(), m_trail.get());
        dialog->setBasePath(base);
        dialog->show();
        return dialog;
    }

private slots:
    void initTestCase()
    {
        const QUrl server = testsupport::sharedSandboxUrl();
        QVERIFY(server.isValid());
        m_connection = clienttest::connect(server);
        paxos::CreateIdentityJob create(m_connection.get(), clienttest::newPerson());
        QVERIFY(clienttest::run(&create));
        QVERIFY(create.isSucceeded());
        paxos::GetIdentityJob get(m_connection.get(), create.result().id);
        QVERIFY(clienttest::run(&get));
        QVERIFY(get.isSucceeded());
        m_identity = get.result().toJson();
        m_cipId = m_identity.value("person_details"_L1).toObject().value("cip_id"_L1).toString();
        QVERIFY(!m_cipId.isEmpty());
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = recordtest::openStore(*m_dir);
        QVERIFY(m_store);
        m_trail = std::make_unique<AuditTrail>(m_store.get());
        StatusHistory history(m_store.get());
        QVERIFY(history.record(m_identity, SnapshotCause::OwnCall, u"req-create"_s).ok());
        Notes notes(m_store.get());
        const auto codes = ReasonCodes(m_store.get()).list();
        QVERIFY(codes.ok() && !codes->isEmpty());
        QVERIFY(notes
                    .add(m_identity.value("id"_L1).toString(), codes->first().code,
                         u"Address matches the utility bill."_s)
                    .ok());
    }

    void cleanup()
    {
        m_trail.reset();
        m_store.reset();
        m_dir.reset();
    }

    void piiIsMaskedUnlessChosen_data()
    {
        QTest::addColumn<bool>("revealPii");
        QTest::newRow("masked (default)") << false;
        QTest::newRow("revealed") << true;
    }

    void piiIsMaskedUnlessChosen()
    {
        QFETCH(bool, revealPii);
        const QString base = m_dir->filePath(u"pack.pdf"_s);
        auto dialog = makeDialog(base);
        QVERIFY(dialog);
        auto *pii = find<QCheckBox>(dialog.get(), u"piiCheck"_s);
        QVERIFY(!pii->isChecked()); // never on by default
        pii->setChecked(revealPii);
        QCOMPARE(dialog->pdfPath(), base);
        QCOMPARE(dialog->jsonPath(), m_dir->filePath(u"pack.json"_s));

        QSignalSpy finished(dialog.get(), &EvidenceExportDialog::exportFinished);
        find<QPushButton>(dialog.get(), u"evidenceExportButton"_s)->click();
        QVERIFY(dialog->isRunning());
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(QFile::exists(dialog->pdfPath()));

        // The PDF's own SHA-256 is shown and recorded, and it is the file's.
        QFile pdfFile(dialog->pdfPath());
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(pdfFile.readAll(), QCryptographicHash::Sha256).toHex());
        auto *shown = find<QLineEdit>(dialog.get(), u"pdfShaEdit"_s);
        QVERIFY(shown->isVisible());
        QCOMPARE(shown->text(), sha);
        QCOMPARE(dialog->pdfSha256(), sha);

        QFile json(dialog->jsonPath());
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QByteArray bundle = json.readAll();
        QVERIFY(QJsonDocument::fromJson(bundle).isObject());
        QCOMPARE(bundle.contains(m_cipId.toUtf8()), revealPii);
        QVERIFY(bundle.contains("Address matches the utility bill."));

        if (!QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()) {
            const QString text = pdfText(dialog->pdfPath());
            QVERIFY2(text.contains(u"Address matches the utility bill."_s), qPrintable(text));
            QCOMPARE(text.contains(m_cipId), revealPii);
            // The prose has no ligatures either: "first" is searched and copied as typed.
            QVERIFY2(text.contains(u"newest first"_s), qPrintable(text.left(2000)));
        }

        // Recorded: the export, and a PII reveal only when PII went into the files.
        AuditFilter f;
        f.identityId = m_identity.value("id"_L1).toString();
        const auto audited = m_trail->list(f);
        QVERIFY(audited.ok());
        QStringList actions;
        for (const AuditEntry &e : audited.value())
            actions.append(e.action);
        QVERIFY(actions.contains(auditActionName(AuditAction::Export)));
        QCOMPARE(actions.contains(auditActionName(AuditAction::PiiReveal)), revealPii);
        QCOMPARE(audited->first().details().value("pii_included"_L1).toBool(), revealPii);
        QCOMPARE(audited->first().details().value("pdf_sha256"_L1).toString(), sha);
    }

    // A fresh profile has no Documents folder: the first export creates it instead of failing.
    void missingDefaultFolderIsCreated()
    {
        QTemporaryDir home;
        const QByteArray oldHome = qgetenv("HOME");
        const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
        qputenv("HOME", QFile::encodeName(home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(u".config"_s)));
        const auto restore = qScopeGuard([&] {
            qputenv("HOME", oldHome);
            qputenv("XDG_CONFIG_HOME", oldConfig);
        });
        auto input = EvidenceInput::gather(m_store.get(), m_identity, {}, {}, {}, u"local"_s);
        QVERIFY(input.ok());
        EvidenceExportDialog dialog(std::move(input).value(), m_trail.get());
        dialog.show();
        const QString documents = home.filePath(u"Documents"_s);
        QVERIFY(!QFileInfo::exists(documents));
        QCOMPARE(QFileInfo(dialog.pdfPath()).absolutePath(), documents);
        QSignalSpy finished(&dialog, &EvidenceExportDialog::exportFinished);
        dialog.startExport();
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
        QVERIFY(QFile::exists(dialog.pdfPath()));
        QVERIFY(QFile::exists(dialog.jsonPath()));
    }

    // Any other missing folder is not created behind the user's back: they are asked again.
    void missingChosenFolderOffersAnother()
    {
        auto dialog = makeDialog(m_dir->filePath(u"typo/pack.pdf"_s));
        QVERIFY(dialog);
        int offered = 0;
        dialog->setSavePathChooser([&](QWidget *, const console::ui::SaveRequest &,
                                       const console::ui::SavePathAnswer &done) {
            ++offered;
            done(m_dir->filePath(u"chosen.pdf"_s));
        });
        dialog->startExport();
        QCOMPARE(offered, 1);
        QVERIFY(!dialog->isRunning());
        QVERIFY(!QFileInfo::exists(m_dir->filePath(u"typo"_s)));
        QCOMPARE(dialog->pdfPath(), m_dir->filePath(u"chosen.pdf"_s));
    }

    void cancelLeavesNoFileAndIsAudited()
    {
        auto dialog = makeDialog(m_dir->filePath(u"cancelled.pdf"_s));
        QVERIFY(dialog);
        QSignalSpy finished(dialog.get(), &EvidenceExportDialog::exportFinished);
        dialog->startExport();
        QVERIFY(dialog->isRunning());
        // Cancel stops the export; the dialog stays open to say so.
        find<QDialogButtonBox>(dialog.get(), u"buttonBox"_s)
            ->button(QDialogButtonBox::Cancel)
            ->click();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(dialog->isVisible());
        QVERIFY(!QFile::exists(m_dir->filePath(u"cancelled.pdf"_s)));
        QVERIFY(!QFile::exists(m_dir->filePath(u"cancelled.json"_s)));
        QVERIFY(dialog->statusText().contains(u"cancelled"_s));
        AuditFilter f;
        f.action = auditActionName(AuditAction::Export);
        const auto audited = m_trail->list(f);
        QVERIFY(audited.ok());
        QCOMPARE(audited->size(), 1);
        QCOMPARE(audited->first().outcome, auditOutcomeName(AuditOutcome::Cancelled));
    }

    void jsonOnly()
    {
        auto dialog = makeDialog(m_dir->filePath(u"only.pdf"_s));
        QVERIFY(dialog);
        find<QCheckBox>(dialog.get(), u"pdfCheck"_s)->setChecked(false);
        QVERIFY(dialog->pdfPath().isEmpty());
        QSignalSpy finished(dialog.get(), &EvidenceExportDialog::exportFinished);
        dialog->startExport();
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().at(0).toBool());
        QVERIFY(QFile::exists(m_dir->filePath(u"only.json"_s)));
        QVERIFY(!QFile::exists(m_dir->filePath(u"only.pdf"_s)));
        // Nothing to write: Export is off.
        find<QCheckBox>(dialog.get(), u"jsonCheck"_s)->setChecked(false);
        QVERIFY(!find<QPushButton>(dialog.get(), u"evidenceExportButton"_s)->isEnabled());
    }
};

QTEST_MAIN(TestEvidenceExport)
#include "tst_evidenceexport.moc"
