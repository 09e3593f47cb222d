#include "core/events/documentuploader.h"
#include "core/events/followuptracker.h"
#include "paxos/api/controljobs.h"
#include "paxos/api/documentjobs.h"
#include "paxos/model/enums.h"
#include "support/eventsenv.h"
#include "testsupport/testdata.h"

#include <QCryptographicHash>
#include <QFile>

using namespace Qt::StringLiterals;
using console::EventRecord;
using console::FollowUp;
using eventstest::kTimeout;

namespace {
template<class J> bool runJob(J *job)
{
    job->setAutoDelete(false);
    QSignalSpy done(job, &paxos::Job::finished);
    job->start();
    const bool ok = done.wait(kTimeout) && job->isSucceeded();
    if (!ok && job->error())
        qWarning("%s failed: %s", qPrintable(job->operationName()),
                 qPrintable(job->error()->message()));
    return ok;
}

QString sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex());
}
} // namespace

// Enhanced due diligence driven to approval by uploading the required files, and a DORMANT
// control that disables an identity until it is deleted, all through webhooks.
class TestEddControls : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QVERIFY2(m_env.start().isEmpty(), "environment did not start");
        m_env.follow(&m_tracker, &m_status);
    }

    void eddIsDrivenToApprovalByUploads()
    {
        const QString id = m_env.createIdentity(
            {{u"sandbox.scenario"_s, u"edd:PROOF_OF_FUNDS,PROOF_OF_RESIDENCY"_s}});
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(m_tracker.followUp(id).eddOpen, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(m_status.value(id), u"PENDING"_s, kTimeout);
        QVERIFY(m_tracker.identitiesWithOpenEdd().contains(id));
        const QStringList required = m_tracker.followUp(id).requiredDocuments;
        QCOMPARE(required.size(), 2);
        for (const QString &doc : required)
            QVERIFY2(!paxos::enums::documentTypeForRequired(doc).isEmpty(), qPrintable(doc));

        // pending_documents names what is still missing.
        auto *list = new paxos::ListDocumentsJob(m_env.connection.get(), id, true);
        QVERIFY(runJob(list));
        QCOMPARE(list->result().pendingDocuments.size(), 2);
        delete list;

        const QString pdf = testsupport::testDataPath(u"events/proof-of-funds.pdf"_s);
        const QString png = testsupport::testDataPath(u"events/utility-bill.png"_s);
        upload(id, pdf, {u"PROOF_OF_FUNDS"_s});
        QVERIFY(m_tracker.followUp(id).eddOpen); // one of two: still open
        upload(id, png, {u"PROOF_OF_RESIDENCY"_s});

        QTRY_VERIFY_WITH_TIMEOUT(!m_tracker.followUp(id).eddOpen, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(m_status.value(id), u"APPROVED"_s, kTimeout);
        QVERIFY(m_env.recordFor(id, u"identity.documents_required"_s));
        QVERIFY(m_env.recordFor(id, u"identity.approved"_s));

        auto records = m_env.documents->forIdentity(id);
        QVERIFY(records);
        QCOMPARE(records.value().size(), 2);
        QStringList hashes;
        for (const auto &r : records.value())
            hashes.append(r.sha256);
        QVERIFY(hashes.contains(sha256Of(pdf)));
        QVERIFY(hashes.contains(sha256Of(png)));
    }

    void uploaderChecksTheFileFirst_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("types");
        QTest::newRow("wrong type") << u"events/notes.txt"_s << QStringList{u"OTHER"_s};
        QTest::newRow("missing") << u"events/no-such.pdf"_s << QStringList{u"OTHER"_s};
        QTest::newRow("no document type") << u"events/proof-of-funds.pdf"_s << QStringList();
    }

    void uploaderChecksTheFileFirst()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, types);
        console::DocumentUploader uploader(m_env.connection.get(), m_env.gate.get(),
                                           m_env.documents.get());
        QString error;
        QVERIFY(!uploader.start(u"any-identity"_s, testsupport::testDataPath(file), types, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!uploader.isRunning());
    }

    void uploadCanBeCancelled()
    {
        const QString id = m_env.createIdentity();
        QVERIFY(!id.isEmpty());
        console::DocumentUploader uploader(m_env.connection.get(), m_env.gate.get(),
                                           m_env.documents.get());
        QSignalSpy failed(&uploader, &console::DocumentUploader::failed);
        QVERIFY(uploader.start(id, testsupport::testDataPath(u"events/proof-of-funds.pdf"_s),
                               {u"PROOF_OF_FUNDS"_s}));
        uploader.cancel();
        QVERIFY(failed.size() == 1 || failed.wait(kTimeout));
        QVERIFY(failed.at(0).at(1).toBool());
        QVERIFY(!uploader.isRunning());
        QVERIFY(m_env.documents->forIdentity(id).value().isEmpty());
    }

    // The upload is a change at Paxos like any other: refused while the console is
    // read-only, refused in Production without the typed confirmation, and nothing reaches
    // the sandbox either way.
    void uploadPassesTheWriteGate()
    {
        const QString id = m_env.createIdentity();
        QVERIFY(!id.isEmpty());
        const QString file = testsupport::testDataPath(u"events/proof-of-funds.pdf"_s);
        const auto refusedWith = [&](const QString &expected) {
            console::DocumentUploader uploader(m_env.connection.get(), m_env.gate.get(),
                                               m_env.documents.get());
            QSignalSpy ok(&uploader, &console::DocumentUploader::succeeded);
            QSignalSpy failed(&uploader, &console::DocumentUploader::failed);
            QVERIFY(uploader.start(id, file, {u"PROOF_OF_FUNDS"_s}));
            QVERIFY(failed.wait(kTimeout));
            QVERIFY(ok.isEmpty());
            QVERIFY2(failed.at(0).at(0).toString().contains(expected),
                     qPrintable(failed.at(0).at(0).toString()));
            QVERIFY(!failed.at(0).at(1).toBool());
        };
        const qint64 entries = m_env.audit->list({})->size();
        m_env.gate->setReadOnly(true, u"The connection is lost."_s);
        refusedWith(u"The connection is lost."_s);
        m_env.gate->setReadOnly(false);
        m_env.gate->setProduction(true, u"Production"_s); // and no confirmer to ask
        refusedWith(u"typed confirmation"_s);
        m_env.gate->setProduction(false, {});
        QCOMPARE(m_env.audit->list({})->size(), entries);
        QVERIFY(m_env.documents->forIdentity(id).value().isEmpty());
        auto *list = new paxos::ListDocumentsJob(m_env.connection.get(), id);
        QVERIFY(runJob(list));
        QVERIFY(list->result().documents.isEmpty());
        delete list;

        // Through the gate: one intent, one outcome with the file id.
        upload(id, file, {u"PROOF_OF_FUNDS"_s});
        const auto after =
            m_env.audit->list({.order = console::AuditFilter::Order::OldestFirst}).value();
        QCOMPARE(qint64(after.size()), entries + 2);
        QCOMPARE(after.at(after.size() - 2).outcome, u"intent"_s);
        QCOMPARE(after.last().outcome, u"succeeded"_s);
        QCOMPARE(after.last().action,
                 console::auditActionName(console::AuditAction::DocumentUpload));
        QCOMPARE(after.last().details().value(u"file_id"_s).toString(),
                 m_env.documents->forIdentity(id).value().first().fileId);
    }

    void dormantControlDisablesAndItsDeletionReenables()
    {
        const QString id = m_env.createIdentity();
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_status.value(id), u"APPROVED"_s, kTimeout);

        paxos::CreateIdentityControlRequest request;
        request.identityId = id;
        request.type = u"DORMANT"_s;
        request.reasonCode = u"INACTIVITY"_s;
        request.reason = u"No activity for 24 months"_s;
        auto *create = new paxos::CreateIdentityControlJob(m_env.connection.get(), request);
        QVERIFY(runJob(create));
        const QString controlId = create->result().id;
        QVERIFY(create->result().canBeDeleted());
        delete create;

        QTRY_COMPARE_WITH_TIMEOUT(m_status.value(id), u"DISABLED"_s, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(m_env.recordFor(id, u"identity.disabled"_s).has_value(), kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(m_env.recordFor(id, u"identity.control.created"_s).has_value(),
                                 kTimeout);

        auto *remove = new paxos::DeleteIdentityControlJob(m_env.connection.get(), controlId,
                                                           u"Customer active again"_s);
        QVERIFY(runJob(remove));
        delete remove;
        QTRY_COMPARE_WITH_TIMEOUT(m_status.value(id), u"APPROVED"_s, kTimeout);
        QTRY_VERIFY_WITH_TIMEOUT(m_env.recordFor(id, u"identity.control.deleted"_s).has_value(),
                                 kTimeout);
    }

    void kycRefreshStates()
    {
        const QString id = m_env.createIdentity({{u"sandbox.scenario"_s, u"kyc_refresh_due"_s}});
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_tracker.followUp(id).kycRefresh, FollowUp::KycRefresh::Due,
                                  kTimeout);
        // "Due" may come from the identity's requirements before the kyc_refresh.started event
        // that carries the next refresh date: both sources arrive, in either order.
        QTRY_VERIFY_WITH_TIMEOUT(m_tracker.followUp(id).nextKycRefresh.has_value(), kTimeout);
        // Past the window's end it is overdue.
        m_tracker.setNow([] { return QDateTime::currentDateTimeUtc().addDays(40); });
        QCOMPARE(m_tracker.followUp(id).kycRefresh, FollowUp::KycRefresh::Overdue);
        QVERIFY(m_tracker.identitiesWithKycRefresh(FollowUp::KycRefresh::Overdue).contains(id));
        m_tracker.setNow([] { return QDateTime::currentDateTimeUtc(); });

        const QString expired =
            m_env.createIdentity({{u"sandbox.scenario"_s, u"kyc_refresh_expired"_s}});
        QVERIFY(!expired.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(m_tracker.followUp(expired).kycRefresh,
                                  FollowUp::KycRefresh::Expired, kTimeout);
        QTRY_COMPARE_WITH_TIMEOUT(m_status.value(expired), u"DISABLED"_s, kTimeout);
    }

private:
    void upload(const QString &identityId, const QString &path, const QStringList &types)
    {
        console::DocumentUploader uploader(m_env.connection.get(), m_env.gate.get(),
                                           m_env.documents.get());
        QSignalSpy ok(&uploader, &console::DocumentUploader::succeeded);
        QSignalSpy failed(&uploader, &console::DocumentUploader::failed);
        QSignalSpy progress(&uploader, &console::DocumentUploader::progress);
        QString error;
        QVERIFY2(uploader.start(identityId, path, types, &error), qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(!ok.isEmpty() || !failed.isEmpty(), kTimeout);
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(!progress.isEmpty());
        const auto record = ok.at(0).at(0).value<console::DocumentRecord>();
        QVERIFY(!record.fileId.isEmpty());
        QCOMPARE(record.sha256, sha256Of(path));
    }

    eventstest::Env m_env;
    console::FollowUpTracker m_tracker;
    QHash<QString, QString> m_status;
};

QTEST_GUILESS_MAIN(TestEddControls)
#include "tst_eddcontrols.moc"
