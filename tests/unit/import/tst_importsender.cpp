// The sender against a scripted server the console takes for Production: the batch is
// confirmed once, every create passes the write gate (intent + outcome), duplicates and
// failures land on their rows, and pause / cancel / a second run behave.
#include "core/import/importplan.h"
#include "core/import/importsender.h"
#include "core/record/audittrail.h"
#include "core/record/store.h"
#include "core/writes/writeguard.h"
#include "paxos/net/connection.h"
#include "support/fakehttpserver.h"
#include "support/loopbacknetwork.h"

#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace console::bulkimport;

namespace {

const QByteArray kHeader =
    "first_name,last_name,date_of_birth,address1,city,province,zip_code,country,nationality,"
    "cip_id,cip_id_type,cip_id_country,verifier_type,estimated_yearly_income,"
    "expected_transfer_value,source_of_wealth,employment_status,employment_industry_sector\n";

QByteArray fileOf(int rows)
{
    QByteArray data = kHeader;
    for (int i = 0; i < rows; ++i)
        data += "Person" + QByteArray(1, char('A' + i))
            + ",Duncan,1960-01-01,123 Main St,New York,NY,10001,USA,USA,073-05-"
            + QByteArray::number(1100 + i)
            + ",SSN,USA,MANUAL,INCOME_50K_TO_100K,TRANSFER_VALUE_25K_TO_50K,EMPLOYMENT_INCOME,"
              "FULL_TIME,ARTS_ENTERTAINMENT_RECREATION\n";
    return data;
}

class Confirmer : public console::WriteConfirmer
{
public:
    bool answer = true;
    int asked = 0;
    QString lastTarget;
    void confirm(const console::WriteConfirmationRequest &request,
                 std::function<void(bool)> done) override
    {
        ++asked;
        lastTarget = request.target;
        done(answer);
    }
};

// A tiny Paxos: creates identities, remembers ref_ids and cip_ids, answers 409 like Paxos.
struct FakePaxos
{
    QHash<QString, QString> byRefId; // ref_id -> id
    QHash<QString, QString> byCip; // cip_id -> id
    QHash<QString, QJsonObject> identities;
    int creates = 0;
    int posts = 0;
    bool hold = false; // keep create answers back (pause / cancel tests)
    QList<std::shared_ptr<FakeHttpServer::Exchange>> held;

    void answer(std::shared_ptr<FakeHttpServer::Exchange> ex)
    {
        const QByteArray target = ex->request.target;
        if (target.endsWith("/oauth2/token")) {
            ex->respond(200, R"({"access_token":"t","token_type":"bearer","expires_in":3600})");
            return;
        }
        if (ex->request.method == "GET") {
            const QString id =
                QString::fromUtf8(target.mid(target.lastIndexOf('/') + 1)).section(u'?', 0, 0);
            ex->respond(200, QJsonDocument(identities.value(id)).toJson());
            return;
        }
        if (hold) {
            held.append(ex);
            return;
        }
        create(ex);
    }
    void create(std::shared_ptr<FakeHttpServer::Exchange> ex)
    {
        ++posts;
        const QJsonObject body = QJsonDocument::fromJson(ex->request.body).object();
        const QString ref = body[u"ref_id"_s].toString();
        const QString cip = body[u"person_details"_s][u"cip_id"_s].toString();
        auto conflict = [&](const QString &what, const QString &id) {
            ex->respond(409,
                        QJsonDocument(
                            QJsonObject{{u"type"_s, u"about:blank"_s},
                                        {u"title"_s, u"Conflict"_s},
                                        {u"status"_s, 409},
                                        {u"detail"_s, QString(u"duplicate "_s + what)},
                                        {u"meta"_s,
                                         QJsonObject{{u"existing"_s, QJsonObject{{u"id"_s, id}}}}}})
                            .toJson(),
                        {}, "application/problem+json");
        };
        if (byRefId.contains(ref))
            return conflict(u"ref_id"_s, byRefId.value(ref));
        if (byCip.contains(cip))
            return conflict(u"cip_id"_s, byCip.value(cip));
        ++creates;
        const QString id = u"00000000-0000-4000-8000-%1"_s.arg(creates, 12, 10, QChar(u'0'));
        byRefId.insert(ref, id);
        byCip.insert(cip, id);
        QJsonObject identity{
            {u"id"_s, id}, {u"ref_id"_s, ref}, {u"summary_status"_s, u"PENDING"_s}};
        identities.insert(id, identity);
        ex->respond(200, QJsonDocument(identity).toJson());
    }
};

} // namespace

class TestImportSender : public QObject
{
    Q_OBJECT
private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_paxos = std::make_unique<FakePaxos>();
        m_server = std::make_unique<FakeHttpServer>();
        QVERIFY(m_server->listen());
        m_server->setHandler(
            [this](std::shared_ptr<FakeHttpServer::Exchange> ex) { m_paxos->answer(ex); });
        m_store = std::make_unique<console::Store>();
        QVERIFY(
            m_store
                ->open(console::StoreConfig::sqlite(m_dir.filePath(u"r%1.sqlite"_s.arg(++m_run))))
                .ok());
        m_trail = std::make_unique<console::AuditTrail>(m_store.get());
        m_network = std::make_unique<LoopbackNetwork>();
        m_network->mapHost(u"oauth.paxos.com"_s, m_server->url());
        m_network->mapHost(u"api.paxos.com"_s, m_server->url());
        m_connection = std::make_unique<paxos::Connection>(paxos::Clock::system(), m_network.get());
        m_connection->setEnvironment(paxos::Environment::production());
        m_connection->setCredentials(u"client"_s, u"secret"_s);
        m_connection->setPacing(paxos::Connection::Pacing::Off);
        m_gate = std::make_unique<console::WriteGuard>();
        m_gate->setConfirmer(&m_confirmer);
        m_gate->setAuditTrail(m_trail.get());
        m_gate->setProduction(true, u"Production"_s);
        m_gate->attach(m_connection.get());
        m_confirmer = Confirmer();
    }
    void cleanup()
    {
        m_gate.reset();
        m_connection.reset();
        m_network.reset();
        m_trail.reset();
        m_store.reset();
        m_server.reset();
    }

    void productionAsksOnceForTheBatch()
    {
        ImportPlan plan;
        plan.load(fileOf(5), u"people.csv"_s);
        QCOMPARE(plan.sendableRows().size(), 5);
        ImportSender sender(&plan, m_connection.get(), m_gate.get());
        sender.setSourceName(u"people.csv"_s);
        QSignalSpy finished(&sender, &ImportSender::finished);
        QSignalSpy created(&sender, &ImportSender::identityCreated);
        sender.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(m_confirmer.asked, 1);
        QVERIFY2(m_confirmer.lastTarget.contains(u"5"_s), qPrintable(m_confirmer.lastTarget));
        QCOMPARE(m_paxos->creates, 5);
        QCOMPARE(created.size(), 5);
        QCOMPARE(plan.count(RowStatus::Created), 5);

        // The one answer is on the record, and every create has its intent and outcome.
        console::AuditFilter batch;
        batch.action = u"write.batch_confirm"_s;
        const auto confirms = m_trail->list(batch);
        QVERIFY(confirms.ok());
        QCOMPARE(confirms->size(), 1);
        QVERIFY(confirms->first().detailsJson.contains(u"\"count\":5"_s));
        console::AuditFilter creates;
        creates.action = u"identity.create"_s;
        const auto entries = m_trail->list(creates);
        QVERIFY(entries.ok());
        QCOMPARE(entries->size(), 10);
        QSet<QString> outcomeIds;
        for (const auto &e : *entries)
            if (e.outcome == u"succeeded"_s)
                outcomeIds.insert(e.identityId);
        QCOMPARE(outcomeIds.size(), 5);

        // The batch covers its 5 writes only: a sixth create is asked about on its own.
        QCOMPARE(m_confirmer.asked, 1);
    }

    void declinedSendsNothing()
    {
        m_confirmer.answer = false;
        ImportPlan plan;
        plan.load(fileOf(3), u"people.csv"_s);
        ImportSender sender(&plan, m_connection.get(), m_gate.get());
        QSignalSpy refused(&sender, &ImportSender::refused);
        QSignalSpy finished(&sender, &ImportSender::finished);
        sender.start();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(refused.size(), 1);
        QCOMPARE(m_confirmer.asked, 1);
        QCOMPARE(m_paxos->posts, 0);
        QCOMPARE(plan.count(RowStatus::Ready), 3);
    }

    void secondRunCreatesNothingAndDuplicatesNameTheHolder()
    {
        ImportPlan plan;
        plan.load(fileOf(4), u"people.csv"_s);
        {
            ImportSender sender(&plan, m_connection.get(), m_gate.get());
            QSignalSpy finished(&sender, &ImportSender::finished);
            sender.start();
            QVERIFY(finished.wait(20000));
        }
        QCOMPARE(m_paxos->creates, 4);
        // The same file read again (a crash, a rerun): same ref_ids, nothing new.
        ImportPlan again;
        again.load(fileOf(4), u"people.csv"_s);
        ImportSender sender(&again, m_connection.get(), m_gate.get());
        QSignalSpy finished(&sender, &ImportSender::finished);
        sender.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(m_paxos->creates, 4);
        QCOMPARE(again.count(RowStatus::Existing), 4);
        for (int r = 0; r < 4; ++r)
            QCOMPARE(again.row(r).identityId, plan.row(r).identityId);

        // Another row with a cip_id someone holds: a duplicate, with the holder's id.
        ImportPlan other;
        QByteArray data = fileOf(1);
        data.replace("PersonA", "Someone");
        other.load(data, u"other.csv"_s);
        ImportSender third(&other, m_connection.get(), m_gate.get());
        QSignalSpy done3(&third, &ImportSender::finished);
        third.start();
        QVERIFY(done3.wait(20000));
        QCOMPARE(other.row(0).status, RowStatus::Duplicate);
        QCOMPARE(other.row(0).identityId, plan.row(0).identityId);
        QCOMPARE(m_paxos->creates, 4);
    }

    void pauseCancelAndResume()
    {
        m_paxos->hold = true;
        ImportPlan plan;
        plan.load(fileOf(8), u"people.csv"_s);
        ImportSender sender(&plan, m_connection.get(), m_gate.get());
        sender.setMaxInFlight(2);
        QSignalSpy finished(&sender, &ImportSender::finished);
        sender.start();
        QTRY_COMPARE(m_paxos->held.size(), 2); // two in flight, no more
        sender.pause();
        QCOMPARE(sender.state(), ImportSender::State::Paused);
        m_paxos->hold = false;
        for (auto &ex : std::exchange(m_paxos->held, {}))
            m_paxos->create(ex);
        QTRY_COMPARE(plan.count(RowStatus::Created), 2);
        // Paused: the answers did not start the next rows (a row is Sending from the moment
        // it is handed to the gate).
        QCOMPARE(plan.count(RowStatus::Sending), 0);
        QCOMPARE(plan.count(RowStatus::Ready), 6);
        QCOMPARE(finished.size(), 0);

        sender.resume();
        m_paxos->hold = true;
        QTRY_COMPARE(m_paxos->held.size(), 2);
        sender.cancel();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(plan.count(RowStatus::Created), 2);
        QCOMPARE(plan.count(RowStatus::NotSent), 6);
        // Cancelled after sending: Paxos got them anyway.
        m_paxos->hold = false;
        for (auto &ex : std::exchange(m_paxos->held, {}))
            m_paxos->create(ex);
        QCOMPARE(m_paxos->creates, 4);

        // Resume later: the rest is sent, the two that arrived are found, not created again.
        QCOMPARE(plan.sendableRows().size(), 6);
        sender.start();
        QTRY_COMPARE(finished.size(), 2);
        QCOMPARE(m_paxos->creates, 8);
        QCOMPARE(plan.count(RowStatus::Created) + plan.count(RowStatus::Existing), 8);
        QCOMPARE(plan.count(RowStatus::Existing), 2);
        QCOMPARE(m_confirmer.asked, 2); // once per send
    }

private:
    QTemporaryDir m_dir;
    int m_run = 0;
    Confirmer m_confirmer;
    std::unique_ptr<FakePaxos> m_paxos;
    std::unique_ptr<FakeHttpServer> m_server;
    std::unique_ptr<console::Store> m_store;
    std::unique_ptr<console::AuditTrail> m_trail;
    std::unique_ptr<LoopbackNetwork> m_network;
    std::unique_ptr<paxos::Connection> m_connection;
    std::unique_ptr<console::WriteGuard> m_gate;
};

QTEST_GUILESS_MAIN(TestImportSender)
#include "tst_importsender.moc"
