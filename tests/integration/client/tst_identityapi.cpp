#include "paxos/api/identityjobs.h"
#include "paxos/api/listall.h"
#include "paxos/net/requestlog.h"
#include "paxos/net/tokenprovider.h"
#include "support/clienttest.h"
#include "support/sandboxprocess.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace paxos;

// Every identity operation and its errors, through the client library, against the shared
// paxos-sandbox over loopback.
class TestIdentityApi : public QObject
{
    Q_OBJECT
private:
    QUrl m_server;
    std::unique_ptr<Connection> m_connection;

    Identity create(const QJsonObject &body)
    {
        CreateIdentityJob job(m_connection.get(), body);
        if (!clienttest::run(&job) || !job.isSucceeded()) {
            qWarning() << "create failed:" << (job.error() ? job.error()->message() : QString());
            return {};
        }
        return job.result();
    }

private slots:
    void initTestCase()
    {
        m_server = testsupport::sharedSandboxUrl();
        QVERIFY(m_server.isValid());
        m_connection = clienttest::connect(m_server);
    }

    void createGetUpdate()
    {
        const QJsonObject body = clienttest::newPerson();
        CreateIdentityJob create(m_connection.get(), body);
        QSignalSpy succeeded(&create, &Job::succeeded);
        QSignalSpy failed(&create, &Job::failed);
        QVERIFY(clienttest::run(&create));
        QVERIFY2(create.isSucceeded(),
                 qPrintable(create.error() ? create.error()->message() : QString()));
        QCOMPARE(succeeded.count(), 1);
        QCOMPARE(failed.count(), 0);
        QVERIFY(!create.isRecovered());
        const Identity created = create.result();
        QVERIFY(!created.id.isEmpty());
        QCOMPARE(created.refId, body.value("ref_id"_L1).toString());
        QCOMPARE(created.effectiveStatus(), u"PENDING"_s);

        GetIdentityJob get(m_connection.get(), created.id);
        QVERIFY(clienttest::run(&get));
        QVERIFY(get.isSucceeded());
        QCOMPARE(get.result().id, created.id);
        QCOMPARE(get.result().effectiveStatus(), u"APPROVED"_s); // the guide's person
        QVERIFY(get.result().personDetails.has_value());
        QCOMPARE(get.result().personDetails->firstName, u"Billy"_s);

        GetIdentityJob bare(m_connection.get(), created.id, false);
        QVERIFY(clienttest::run(&bare));
        QVERIFY(!bare.result().personDetails.has_value());

        UpdateIdentityJob update(m_connection.get(), created.id,
                                 QJsonObject{{u"metadata"_s, QJsonObject{{u"team"_s, u"kyc"_s}}}});
        QVERIFY(clienttest::run(&update));
        QVERIFY2(update.isSucceeded(),
                 qPrintable(update.error() ? update.error()->message() : QString()));
        QCOMPARE(update.result().metadataMap().value(u"team"_s), u"kyc"_s);
    }

    void sandboxStatus()
    {
        QJsonObject body = clienttest::newPerson();
        body.insert(u"metadata"_s, QJsonObject{{u"sandbox.scenario"_s, u"manual_review"_s}});
        const Identity created = create(body);
        QVERIFY(!created.id.isEmpty());
        GetIdentityJob before(m_connection.get(), created.id);
        QVERIFY(clienttest::run(&before));
        QCOMPARE(before.result().effectiveStatus(), u"PENDING"_s);

        SetSandboxIdentityStatusJob set(
            m_connection.get(), created.id,
            QJsonObject{{u"sanctions_verification_status"_s, u"APPROVED"_s},
                        {u"id_verification_status"_s, u"APPROVED"_s},
                        {u"additional_screening_status"_s, u"APPROVED"_s}});
        QVERIFY(clienttest::run(&set));
        QVERIFY2(set.isSucceeded(), qPrintable(set.error() ? set.error()->message() : QString()));
        GetIdentityJob after(m_connection.get(), created.id);
        QVERIFY(clienttest::run(&after));
        QCOMPARE(after.result().effectiveStatus(), u"APPROVED"_s);
    }

    void duplicateRefIdIsRecovered()
    {
        const QJsonObject body = clienttest::newPerson();
        const Identity first = create(body);
        QVERIFY(!first.id.isEmpty());
        // The same create again (a retry after a lost answer, or a re-run import).
        CreateIdentityJob again(m_connection.get(), body);
        QVERIFY(clienttest::run(&again));
        QVERIFY(again.isSucceeded());
        QVERIFY(again.isRecovered());
        QCOMPARE(again.result().id, first.id);
        QVERIFY(again.result().personDetails.has_value());

        CreateIdentityJob strict(m_connection.get(), body);
        strict.setResolveDuplicateRefId(false);
        QVERIFY(clienttest::run(&strict));
        QCOMPARE(strict.error()->kind(), ApiError::Kind::DuplicateRefId);
        QCOMPARE(strict.error()->existingId(), first.id);
    }

    void duplicateCipIdIsItsOwnError()
    {
        const QJsonObject body = clienttest::newPerson();
        const Identity first = create(body);
        QVERIFY(!first.id.isEmpty());
        QJsonObject other = body;
        other.insert(u"ref_id"_s, QString(u"other-"_s + body.value("ref_id"_L1).toString()));
        CreateIdentityJob dup(m_connection.get(), other);
        QSignalSpy failed(&dup, &Job::failed);
        QVERIFY(clienttest::run(&dup));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(dup.error()->kind(), ApiError::Kind::DuplicateCipId);
        QCOMPARE(dup.error()->existingId(), first.id);
        QCOMPARE(dup.error()->httpStatus(), 409);
    }

    void createWithoutRefIdGetsOne()
    {
        QJsonObject body = clienttest::newPerson();
        body.remove(u"ref_id"_s);
        CreateIdentityJob job(m_connection.get(), body);
        QVERIFY(!job.refId().isEmpty());
        QVERIFY(clienttest::run(&job));
        QVERIFY(job.isSucceeded());
        QCOMPARE(job.result().refId, job.refId());
    }

    void errors_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("not found") << u"notfound"_s;
        QTest::newRow("validation") << u"validation"_s;
        QTest::newRow("empty id") << u"emptyid"_s;
    }

    void errors()
    {
        QFETCH(QString, what);
        if (what == u"notfound") {
            GetIdentityJob job(m_connection.get(), u"00000000-0000-0000-0000-000000000000"_s);
            QVERIFY(clienttest::run(&job));
            QCOMPARE(job.error()->kind(), ApiError::Kind::Problem);
            QVERIFY(job.error()->isNotFound());
            QVERIFY(job.error()->problem()->detail.contains(u"not found"_s));
        } else if (what == u"validation") {
            QJsonObject body = clienttest::newPerson();
            QJsonObject person = body.value("person_details"_L1).toObject();
            person.insert(u"first_name"_s, u"José#"_s);
            body.insert(u"person_details"_s, person);
            CreateIdentityJob job(m_connection.get(), body);
            QVERIFY(clienttest::run(&job));
            QCOMPARE(job.error()->httpStatus(), 400);
            QVERIFY(job.error()->problem()->detail.contains(u"first_name"_s));
            QCOMPARE(job.error()->problem()->title, u"Bad Request"_s);
        } else {
            UpdateIdentityJob job(m_connection.get(), QString(), {});
            QVERIFY(clienttest::run(&job));
            QCOMPARE(job.error()->kind(), ApiError::Kind::InvalidArgument);
        }
    }

    void missingScopeNeverReachesTheServer()
    {
        auto readOnly = clienttest::connect(m_server, {u"identity:read_identity"_s});
        CreateIdentityJob job(readOnly.get(), clienttest::newPerson());
        QVERIFY(clienttest::run(&job));
        QCOMPARE(job.error()->kind(), ApiError::Kind::MissingScope);
        QCOMPARE(job.error()->scopes(), QStringList{u"identity:write_identity"_s});
        for (const auto &entry : readOnly->requestLog()->entries())
            QVERIFY(!entry.url.path().contains(u"/v2/"_s));

        // Granted fewer than asked for: the sandbox client below only has read.
        testsupport::SandboxProcess own(
            {u"--client"_s, u"reader:reader-secret:identity:read_identity"_s});
        QVERIFY(own.start());
        auto reader = clienttest::connect(own.url(), Connection::allScopes(), u"reader"_s,
                                          u"reader-secret"_s);
        CreateIdentityJob denied(reader.get(), clienttest::newPerson());
        QVERIFY(clienttest::run(&denied));
        QVERIFY(denied.error());
        // Either the token endpoint refuses the scopes outright, or it grants fewer and the
        // client refuses the call; both are clear, neither is a 403.
        QVERIFY2(denied.error()->kind() == ApiError::Kind::MissingScope
                     || denied.error()->kind() == ApiError::Kind::Authentication,
                 qPrintable(denied.error()->message()));
        auto narrow = clienttest::connect(own.url(), {u"identity:read_identity"_s}, u"reader"_s,
                                          u"reader-secret"_s);
        ListIdentitiesJob list(narrow.get());
        QVERIFY(clienttest::run(&list));
        QVERIFY(list.isSucceeded());
        CreateIdentityJob write(narrow.get(), clienttest::newPerson());
        QVERIFY(clienttest::run(&write));
        QCOMPARE(write.error()->kind(), ApiError::Kind::MissingScope);
    }

    void badCredentials()
    {
        auto wrong = clienttest::connect(m_server, Connection::allScopes(), u"demo"_s, u"nope"_s);
        GetIdentityJob job(wrong.get(), u"x"_s);
        QVERIFY(clienttest::run(&job));
        QCOMPARE(job.error()->kind(), ApiError::Kind::Authentication);
        QCOMPARE(job.error()->httpStatus(), 401);
        // The wrong secret is in no log entry.
        for (const auto &entry : wrong->requestLog()->entries())
            QVERIFY(!entry.requestBody.contains("nope"));
    }

    void revokedTokenIsRefreshedOnce()
    {
        testsupport::SandboxProcess own;
        QVERIFY(own.start());
        auto connection = clienttest::connect(own.url());
        ListIdentitiesJob first(connection.get());
        QVERIFY(clienttest::run(&first));
        QVERIFY(first.isSucceeded());
        QCOMPARE(connection->tokenProvider()->requestsSent(), 1);
        clienttest::admin(own.url(), "POST", u"/sandbox-admin/tokens/revoke"_s);
        ListIdentitiesJob second(connection.get());
        QVERIFY(clienttest::run(&second));
        QVERIFY2(second.isSucceeded(),
                 qPrintable(second.error() ? second.error()->message() : QString()));
        QCOMPARE(connection->tokenProvider()->requestsSent(), 2);
        const auto entries = connection->requestLog()->entries();
        QVERIFY(std::any_of(entries.begin(), entries.end(), [](const RequestLogEntry &e) {
            return e.httpStatus == 401 && e.retried;
        }));
    }

    void listPagesAndListAll()
    {
        // Private sandbox: a known number of identities.
        testsupport::SandboxProcess own({u"--seed-identities"_s, u"23"_s});
        QVERIFY(own.start());
        auto connection = clienttest::connect(own.url());

        ListIdentitiesQuery query;
        query.limit = 10;
        ListIdentitiesJob page(connection.get(), query);
        QVERIFY(clienttest::run(&page));
        QCOMPARE(page.result().items.size(), 10);
        QVERIFY(page.result().hasMore());

        ListAllJob<ListIdentitiesJob> all(connection.get(), query);
        QSignalSpy pages(&all, &ListAllJobBase::pageFetched);
        QSignalSpy progress(&all, &Job::progress);
        QVERIFY(clienttest::run(&all));
        QVERIFY(all.isSucceeded());
        QCOMPARE(all.items().size(), 23);
        QCOMPARE(pages.count(), 3);
        QCOMPARE(all.pagesFetched(), 3);
        QCOMPARE(progress.last().first().toLongLong(), 23);
        QSet<QString> ids;
        for (const Identity &i : all.items())
            ids.insert(i.id);
        QCOMPARE(ids.size(), 23);

        // Filters reach the server.
        ListIdentitiesQuery approved;
        approved.summaryStatus = u"APPROVED"_s;
        approved.limit = 1000;
        ListIdentitiesJob filtered(connection.get(), approved);
        QVERIFY(clienttest::run(&filtered));
        for (const Identity &i : filtered.result().items)
            QCOMPARE(i.effectiveStatus(), u"APPROVED"_s);

        // Cancel in the middle of a list-all.
        ListIdentitiesQuery tiny;
        tiny.limit = 1;
        ListAllJob<ListIdentitiesJob> cancelled(connection.get(), tiny);
        cancelled.setAutoDelete(false);
        QSignalSpy finished(&cancelled, &Job::finished);
        QSignalSpy failed(&cancelled, &Job::failed);
        connect(&cancelled, &ListAllJobBase::pageFetched, &cancelled, [&cancelled](int pagesSoFar) {
            if (pagesSoFar == 2)
                cancelled.cancel();
        });
        cancelled.start();
        QVERIFY(finished.wait(10000));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(cancelled.error()->kind(), ApiError::Kind::Cancelled);
        QCOMPARE(cancelled.pagesFetched(), 2);
    }

    // A list page carries the server's clock (its Date header, RFC 9110), the clock that
    // stamps updated_at: the console's refresh starts its next delta from it.
    void listPagesCarryTheServerDate()
    {
        const Identity created = create(clienttest::newPerson());
        QVERIFY(created.updatedAt.has_value());
        const QDateTime before = QDateTime::currentDateTimeUtc();
        ListIdentitiesQuery query;
        query.limit = 1;
        ListIdentitiesJob page(m_connection.get(), query);
        QVERIFY(clienttest::run(&page));
        QVERIFY(page.isSucceeded());
        const QDateTime date = page.result().serverDate;
        QVERIFY(date.isValid());
        QCOMPARE(date.time().msec(), 0); // whole seconds, as HTTP has it
        // Same machine, same clock: between the request and now, and not before the update
        // it follows (Date is floored to the second).
        QVERIFY(date.addSecs(1) > before);
        QVERIFY(date <= QDateTime::currentDateTimeUtc());
        QVERIFY(date.addSecs(1) > created.updatedAt->toDateTime());
    }

    // paxosctl --all and the console's Load All page created_at slices concurrently. While
    // identities are created during the walk — by the API (created now) and by the admin seed
    // (created at instants spread over the two years the walk covers, so inside slices
    // already running) — every identity that existed before is listed, none twice, and
    // nothing that does not exist.
    void parallelListingWhileCreating_data()
    {
        QTest::addColumn<QString>("order");
        QTest::newRow("newest first") << u"DESC"_s;
        QTest::newRow("oldest first") << u"ASC"_s;
    }
    void parallelListingWhileCreating()
    {
        QFETCH(QString, order);
        testsupport::SandboxProcess own({u"--seed-identities"_s, u"600"_s});
        QVERIFY(own.start());
        auto connection = clienttest::connect(own.url());
        const auto everything = [&](int concurrent) {
            ListIdentitiesQuery query;
            query.limit = 200;
            ListAllJob<ListIdentitiesJob> all(connection.get(), query);
            all.setMaxConcurrentPages(concurrent);
            QList<QString> ids;
            if (clienttest::run(&all, 60000) && all.isSucceeded()) {
                for (const Identity &i : all.items())
                    ids.append(i.id);
            }
            return ids;
        };
        const QList<QString> before = everything(1);
        QCOMPARE(before.size(), 600);

        QNetworkAccessManager network;
        int pendingSeeds = 0;
        int ticks = 0;
        QTimer creator;
        creator.setInterval(20);
        // A bounded number of creations: an oldest-first walk lists what is created while it
        // runs, and would never end if creating outpaced it.
        connect(&creator, &QTimer::timeout, this, [&] {
            if (++ticks == 40)
                creator.stop();
            QUrl url = own.url();
            url.setPath(u"/sandbox-admin/seed"_s);
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
            QNetworkReply *reply =
                network.post(request, QJsonDocument(QJsonObject{{u"count"_s, 4}}).toJson());
            ++pendingSeeds;
            connect(reply, &QNetworkReply::finished, reply, [&pendingSeeds, reply] {
                --pendingSeeds;
                reply->deleteLater();
            });
            auto *create = new CreateIdentityJob(connection.get(), clienttest::newPerson());
            create->start(); // deletes itself when finished
        });

        ListIdentitiesQuery query;
        query.limit = 5;
        query.order = order;
        ListAllJob<ListIdentitiesJob> walk(connection.get(), query);
        walk.setMaxConcurrentPages(4);
        QSignalSpy pages(&walk, &ListAllJobBase::pageFetched);
        creator.start();
        QVERIFY(clienttest::run(&walk, 120000));
        creator.stop();
        QVERIFY2(walk.isSucceeded(),
                 qPrintable(walk.error() ? walk.error()->message() : QString()));
        QVERIFY2(walk.slicesUsed() > 1, "the walk was not split");
        QVERIFY(pages.count() > 20); // identities were created while it ran
        QTRY_COMPARE_WITH_TIMEOUT(pendingSeeds, 0, 20000);

        QSet<QString> walked;
        for (const Identity &i : walk.items())
            QVERIFY2(!walked.contains(i.id) && (walked.insert(i.id), true),
                     qPrintable(u"listed twice: "_s + i.id));
        for (const QString &id : before)
            QVERIFY2(walked.contains(id), qPrintable(u"missed: "_s + id));
        const QList<QString> after = everything(1);
        QVERIFY(after.size() > before.size());
        const QSet<QString> existing(after.cbegin(), after.cend());
        for (const QString &id : std::as_const(walked))
            QVERIFY2(existing.contains(id), qPrintable(u"not an identity: "_s + id));

        // In the query's order: created_at never goes back (ties by the server's rule).
        const bool descending = order == u"DESC";
        for (qsizetype k = 1; k < walk.items().size(); ++k) {
            const Timestamp a = *walk.items().at(k - 1).createdAt;
            const Timestamp b = *walk.items().at(k).createdAt;
            QVERIFY2(descending ? !(a < b) : !(b < a), qPrintable(u"out of order at %1"_s.arg(k)));
        }
    }

    void cancelBeforeAnswer()
    {
        GetIdentityJob job(m_connection.get(), u"whatever"_s);
        job.setAutoDelete(false);
        QSignalSpy finished(&job, &Job::finished);
        QSignalSpy succeeded(&job, &Job::succeeded);
        job.start();
        job.cancel();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(succeeded.count(), 0);
        QCOMPARE(job.error()->kind(), ApiError::Kind::Cancelled);
    }

    void requestLogRendersGuideCurl()
    {
        const auto entries = m_connection->requestLog()->entries();
        QVERIFY(!entries.isEmpty());
        const RequestLogEntry token = entries.first();
        QCOMPARE(token.operation, u"Token"_s);
        const QString curl = toCurl(token);
        QVERIFY(curl.contains(u"client_secret={paxos_secret}"_s));
        QVERIFY(curl.contains(u"client_id={paxos_client_id}"_s));
        QVERIFY(!curl.contains(u"demo-secret"_s));
        for (const RequestLogEntry &e : entries) {
            const QString text = toCurl(e) + QString::fromUtf8(e.responseBody + e.requestBody);
            QVERIFY(!text.contains(u"demo-secret"_s));
            QVERIFY(!text.contains(u"073-05-"_s));
            QVERIFY(!text.contains(u"1960-01-01"_s));
            if (e.operation == u"CreateIdentity") {
                QVERIFY(toCurl(e).startsWith(u"curl --location \""_s + m_server.toString()));
                QVERIFY(toCurl(e).contains(u"--header \"Authorization: Bearer {access_token}\""_s));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestIdentityApi)
#include "tst_identityapi.moc"
