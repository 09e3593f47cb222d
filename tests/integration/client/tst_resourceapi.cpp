#include "support/clienttest.h"
#include "paxos/api/accountjobs.h"
#include "paxos/api/controljobs.h"
#include "paxos/api/documentjobs.h"
#include "paxos/api/eventfollower.h"
#include "paxos/api/eventjobs.h"
#include "paxos/api/identityjobs.h"
#include "paxos/api/listall.h"
#include "paxos/api/memberjobs.h"
#include "paxos/net/requestlog.h"
#include "support/sandboxprocess.h"

#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace paxos;

namespace {

// The smallest valid PNG: signature + IHDR + IDAT + IEND of a 1x1 image.
QByteArray tinyPng()
{
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhf"
                                  "DwAChwGA60e6kgAAAABJRU5ErkJggg==");
}

} // namespace

// Documents (two-step upload with progress), controls, events (list, get, follow) and
// accounts, through the client library against a private paxos-sandbox.
class TestResourceApi : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<testsupport::SandboxProcess> m_sandbox;
    std::unique_ptr<Connection> m_connection;

    Identity create(QJsonObject body = {})
    {
        if (body.isEmpty())
            body = clienttest::newPerson();
        CreateIdentityJob job(m_connection.get(), body);
        if (!clienttest::run(&job) || !job.isSucceeded())
            return {};
        return job.result();
    }

private slots:
    void initTestCase()
    {
        m_sandbox = std::make_unique<testsupport::SandboxProcess>();
        QVERIFY(m_sandbox->start());
        m_connection = clienttest::connect(m_sandbox->url());
    }

    void uploadAndListDocuments()
    {
        QJsonObject body = clienttest::newPerson();
        body.insert(u"metadata"_s, QJsonObject{{u"sandbox.scenario"_s, u"edd:PROOF_OF_FUNDS"_s}});
        const Identity identity = create(body);
        QVERIFY(!identity.id.isEmpty());

        ListDocumentsJob pending(m_connection.get(), identity.id);
        QVERIFY(clienttest::run(&pending));
        QVERIFY(pending.isSucceeded());
        QCOMPARE(pending.result().pendingDocuments, QStringList{u"PROOF_OF_FUNDS"_s});

        // A large enough file that progress has steps to report.
        QByteArray content = tinyPng();
        content.append(QByteArray(3 * 1024 * 1024, '\0'));
        UploadDocumentJob upload(m_connection.get(), identity.id, u"funds.png"_s,
                                 {u"PROOF_OF_FUNDS"_s}, content);
        QSignalSpy progress(&upload, &Job::progress);
        QVERIFY(clienttest::run(&upload, 60000));
        QVERIFY2(upload.isSucceeded(),
                 qPrintable(upload.error() ? upload.error()->message() : QString()));
        QVERIFY(!upload.result().fileId.isEmpty());
        QVERIFY(progress.count() >= 2);
        QCOMPARE(progress.first().at(0).toLongLong(), 0);
        QCOMPARE(progress.last().at(0).toLongLong(), content.size());
        QCOMPARE(progress.last().at(1).toLongLong(), content.size());

        ListDocumentsJob listed(m_connection.get(), identity.id);
        QVERIFY(clienttest::run(&listed));
        QCOMPARE(listed.result().documents.size(), 1);
        QCOMPARE(listed.result().documents.first().name, u"funds.png"_s);
        QVERIFY(listed.result().pendingDocuments.isEmpty());

        // The upload shows as the guide's `curl --upload-file`, without the signed URL's token.
        const auto entries = m_connection->requestLog()->entries();
        const auto it = std::find_if(entries.begin(), entries.end(), [](const RequestLogEntry &e) {
            return e.operation == u"DocumentUploadContent";
        });
        QVERIFY(it != entries.end());
        QVERIFY(toCurl(*it).startsWith(u"curl --upload-file funds.png "_s));
        QVERIFY(it->requestBody.isEmpty());

        // Same name again: the API's 409.
        UploadDocumentJob again(m_connection.get(), identity.id, u"funds.png"_s,
                                {u"PROOF_OF_FUNDS"_s}, tinyPng());
        QVERIFY(clienttest::run(&again));
        QCOMPARE(again.error()->httpStatus(), 409);

        // Refused before sending.
        UploadDocumentJob wrongType(m_connection.get(), identity.id, u"notes.txt"_s,
                                    {u"OTHER_DOCUMENTS"_s}, "hello");
        QVERIFY(clienttest::run(&wrongType));
        QCOMPARE(wrongType.error()->kind(), ApiError::Kind::InvalidArgument);

        // Unknown identity.
        ListDocumentsJob unknown(m_connection.get(), u"00000000-0000-0000-0000-000000000000"_s);
        QVERIFY(clienttest::run(&unknown));
        QVERIFY(unknown.error()->isNotFound());

        // Two steps separately.
        DocumentUploadRequest request;
        request.name = u"second.png"_s;
        request.documentTypes = {u"OTHER_DOCUMENTS"_s};
        RequestDocumentUploadJob ticket(m_connection.get(), identity.id, request);
        QVERIFY(clienttest::run(&ticket));
        QVERIFY(ticket.isSucceeded());
        UploadDocumentContentJob bytes(m_connection.get(), ticket.result().url(), tinyPng(),
                                       u"second.png"_s);
        QVERIFY(clienttest::run(&bytes));
        QVERIFY2(bytes.isSucceeded(),
                 qPrintable(bytes.error() ? bytes.error()->message() : QString()));
    }

    void controls()
    {
        const Identity identity = create();
        QVERIFY(!identity.id.isEmpty());
        CreateIdentityControlRequest request;
        request.identityId = identity.id;
        request.type = u"DORMANT"_s;
        request.reasonCode = u"INACTIVITY"_s;
        request.reason = u"No activity for 180 days"_s;
        CreateIdentityControlJob create(m_connection.get(), request);
        QVERIFY(clienttest::run(&create));
        QVERIFY2(create.isSucceeded(),
                 qPrintable(create.error() ? create.error()->message() : QString()));
        const IdentityControl control = create.result();
        QCOMPARE(control.type, u"DORMANT"_s);
        QVERIFY(control.canBeDeleted());

        GetIdentityJob disabled(m_connection.get(), identity.id);
        QVERIFY(clienttest::run(&disabled));
        QCOMPARE(disabled.result().effectiveStatus(), u"DISABLED"_s);

        // A second active DORMANT control is a conflict.
        CreateIdentityControlJob twice(m_connection.get(), request);
        QVERIFY(clienttest::run(&twice));
        QCOMPARE(twice.error()->httpStatus(), 409);

        ListControlsQuery query;
        query.identityId = identity.id;
        ListIdentityControlsJob list(m_connection.get(), query);
        QVERIFY(clienttest::run(&list));
        QCOMPARE(list.result().items.size(), 1);
        QVERIFY(!list.result().hasMore());

        DeleteIdentityControlJob remove(m_connection.get(), control.id, u"Customer is back"_s);
        QVERIFY(clienttest::run(&remove));
        QVERIFY2(remove.isSucceeded(),
                 qPrintable(remove.error() ? remove.error()->message() : QString()));

        query.includeDeleted = true;
        ListAllJob<ListIdentityControlsJob> history(m_connection.get(), query);
        QVERIFY(clienttest::run(&history));
        QCOMPARE(history.items().size(), 1);
        QVERIFY(!history.items().first().isActive());

        DeleteIdentityControlJob again(m_connection.get(), control.id);
        QVERIFY(clienttest::run(&again));
        QCOMPARE(again.error()->httpStatus(), 400);

        ListIdentityControlsJob noId(m_connection.get(), ListControlsQuery{});
        QVERIFY(clienttest::run(&noId));
        QCOMPARE(noId.error()->kind(), ApiError::Kind::InvalidArgument);
    }

    void eventsListGetAndFollow()
    {
        EventFollower follower(m_connection.get());
        follower.setPollIntervalMs(200);
        follower.setPageSize(3); // force several pages per round
        QList<Event> seen;
        connect(&follower, &EventFollower::eventsArrived, this,
                [&seen](const QList<Event> &events) { seen += events; });
        QSignalSpy caughtUp(&follower, &EventFollower::caughtUp);
        follower.start();
        QVERIFY(caughtUp.wait(10000));
        const qsizetype before = seen.size();

        QStringList identities;
        for (int i = 0; i < 7; ++i) {
            const Identity identity = create();
            QVERIFY(!identity.id.isEmpty());
            identities << identity.id;
        }
        // Each auto-approved identity records identity.approved.
        QTRY_VERIFY_WITH_TIMEOUT(seen.size() >= before + 7, 20000);
        caughtUp.clear();
        QVERIFY(caughtUp.wait(10000));
        follower.stop();

        QSet<QString> ids;
        for (const Event &e : seen)
            ids.insert(e.id);
        QCOMPARE(ids.size(), seen.size()); // no event twice
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY(*seen[i - 1].createdAt <= *seen[i].createdAt); // oldest first
        QSet<QString> approved;
        for (const Event &e : seen) {
            if (e.type == u"identity.approved")
                approved.insert(e.identityId());
        }
        for (const QString &id : identities)
            QVERIFY(approved.contains(id));

        // Resuming from a saved position sees nothing old again.
        EventFollower resumed(m_connection.get());
        resumed.setPosition(follower.position(), follower.idsAtPosition());
        QList<Event> again;
        connect(&resumed, &EventFollower::eventsArrived, this,
                [&again](const QList<Event> &events) { again += events; });
        QSignalSpy resumedCaughtUp(&resumed, &EventFollower::caughtUp);
        resumed.pollNow();
        QVERIFY(resumedCaughtUp.wait(10000));
        QVERIFY(again.isEmpty());

        // List with a type filter, then Get one.
        ListEventsQuery query;
        query.type = u"identity.approved"_s;
        query.limit = 100;
        ListEventsJob list(m_connection.get(), query);
        QVERIFY(clienttest::run(&list));
        QVERIFY(!list.result().isEmpty());
        for (const Event &e : list.result())
            QCOMPARE(e.type, u"identity.approved"_s);
        GetEventJob get(m_connection.get(), list.result().first().id);
        QVERIFY(clienttest::run(&get));
        QCOMPARE(get.result().id, list.result().first().id);
        QVERIFY(get.result().summaryStatusChange().has_value());

        GetEventJob missing(m_connection.get(), QUuid::createUuid().toString(QUuid::WithoutBraces));
        QVERIFY(clienttest::run(&missing));
        QVERIFY2(missing.error() && missing.error()->isNotFound(),
                 qPrintable(missing.error() ? missing.error()->message() : u"succeeded"_s));
        GetEventJob garbled(m_connection.get(), u"not-an-id"_s);
        QVERIFY(clienttest::run(&garbled));
        QCOMPARE(garbled.error()->httpStatus(), 400);
        QVERIFY(garbled.error()->problem()->detail.contains(u"event id"_s));

        ListEventsQuery bad;
        bad.limit = 500;
        ListEventsJob refused(m_connection.get(), bad);
        QVERIFY(clienttest::run(&refused));
        QCOMPARE(refused.error()->kind(), ApiError::Kind::InvalidArgument);
    }

    void webhookNotification()
    {
        const auto ok = parseWebhookNotification(
            R"({"id":"bd019f1c-89a7-4372-9d21-eaad9280dc41","type":"identity.approved","source":"com.paxos","time":"2025-01-07T14:30:02Z","object":"event","is_test":false})");
        QVERIFY(ok.notification);
        QCOMPARE(ok.notification->id, u"bd019f1c-89a7-4372-9d21-eaad9280dc41"_s);
        QVERIFY(!ok.error);
        const auto bad = parseWebhookNotification("not json");
        QVERIFY(!bad.notification);
        QCOMPARE(bad.error->kind(), ApiError::Kind::Decode);
        QVERIFY(!bad.error->message().isEmpty());
    }

    void accounts()
    {
        const Identity identity = create();
        QVERIFY(!identity.id.isEmpty());
        CreateAccountRequest request;
        request.account.identityId = identity.id;
        request.account.type = u"BROKERAGE"_s;
        request.account.refId = u"acct-"_s + identity.id;
        request.account.description = u"Brokerage account"_s;
        request.createProfile = true;
        CreateAccountJob create(m_connection.get(), request);
        QVERIFY(clienttest::run(&create));
        QVERIFY2(create.isSucceeded(),
                 qPrintable(create.error() ? create.error()->message() : QString()));
        const Account account = create.result();
        QVERIFY(!account.id.isEmpty());
        QCOMPARE(account.identityId, identity.id);

        GetAccountJob get(m_connection.get(), account.id);
        QVERIFY(clienttest::run(&get));
        QCOMPARE(get.result().id, account.id);

        ListAccountsQuery query;
        query.identityId = identity.id;
        ListAccountsJob list(m_connection.get(), query);
        QVERIFY(clienttest::run(&list));
        QCOMPARE(list.result().items.size(), 1);

        UpdateAccountJob update(
            m_connection.get(),
            QJsonObject{{u"id"_s, account.id}, {u"description"_s, u"Renamed"_s}}, true);
        QVERIFY(clienttest::run(&update));
        QVERIFY2(update.isSucceeded(),
                 qPrintable(update.error() ? update.error()->message() : QString()));
        QCOMPARE(update.result().description, u"Renamed"_s);
        QCOMPARE(update.result().userDisabled, true);

        CreateAccountJob duplicate(m_connection.get(), request);
        QVERIFY(clienttest::run(&duplicate));
        QCOMPARE(duplicate.error()->httpStatus(), 409);
        QCOMPARE(duplicate.error()->existingId(), account.id);

        GetAccountJob missing(m_connection.get(), u"nope"_s);
        QVERIFY(clienttest::run(&missing));
        QVERIFY(missing.error()->isNotFound());

        // Members: add a second identity as authorized user, then remove it.
        const Identity other = TestResourceApi::create();
        QVERIFY(!other.id.isEmpty());
        AccountMember member;
        member.identityId = other.id;
        member.roles = {u"AUTHORIZED_USER"_s};
        AddAccountMembersJob add(m_connection.get(), account.id, {member});
        QVERIFY(clienttest::run(&add));
        QVERIFY2(add.isSucceeded(), qPrintable(add.error() ? add.error()->message() : QString()));
        QCOMPARE(add.result().size(), 1);
        const QString memberId = add.result().first().id;
        QVERIFY(!memberId.isEmpty());
        GetAccountJob withMember(m_connection.get(), account.id);
        QVERIFY(clienttest::run(&withMember));
        QCOMPARE(withMember.result().members.size(), 1);

        RemoveAccountMemberJob remove(m_connection.get(), memberId);
        QVERIFY(clienttest::run(&remove));
        QVERIFY(remove.isSucceeded());
        RemoveAccountMemberJob removeAgain(m_connection.get(), memberId);
        QVERIFY(clienttest::run(&removeAgain));
        QVERIFY(removeAgain.error()->isNotFound());

        AddAccountMembersJob none(m_connection.get(), account.id, {});
        QVERIFY(clienttest::run(&none));
        QCOMPARE(none.error()->kind(), ApiError::Kind::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestResourceApi)
#include "tst_resourceapi.moc"
