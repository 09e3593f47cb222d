#include "core/models/apiidentitypagesource.h"
#include "core/session/embeddedsandbox.h"
#include "core/session/session.h"
#include "paxos/api/identityjobs.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

using namespace Qt::StringLiterals;
using namespace console;

// The console's page source decodes List Identities answers on a worker thread of its own
// (a page of 1,000 is about 2 MB of JSON): what reaches the queue must be exactly what the
// server sent, in its order, page after page, handed over on the queue's thread.
class TestPageSourceDecode : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        if (!EmbeddedSandbox::isAvailable())
            QSKIP("this build carries no embedded sandbox");
        EmbeddedSandbox::Options options;
        options.inMemory = true;
        options.seedIdentities = kSeeded;
        m_sandbox = std::make_unique<EmbeddedSandbox>(options);
        QString error;
        QVERIFY2(m_sandbox->start(&error), qPrintable(error));
        m_session = std::make_unique<Session>(&m_network);
        m_session->connectTo({paxos::Environment::localSandbox(m_sandbox->url()),
                              EmbeddedSandbox::demoClientId(), EmbeddedSandbox::demoClientSecret(),
                              u"Local sandbox"_s});
    }

    void cleanupTestCase()
    {
        m_session.reset();
        if (m_sandbox)
            m_sandbox->stop();
    }

    // Three pages of 1,000 through the source, against the same pages decoded by
    // ListIdentitiesJob on this thread: the same identities, the same order, the same cursors.
    void pagesArriveDecodedInServerOrder()
    {
        ApiIdentityPageSource source(m_session.get());
        QCOMPARE(source.decodeThreadPool()->maxThreadCount(), 1);
        QString cursor;
        int pages = 0;
        int identities = 0;
        do {
            IdentityPageRequest request;
            request.limit = 1000;
            request.cursor = cursor;
            bool answered = false;
            IdentityPageResult got;
            QThread *answeredOn = nullptr;
            source.fetch(request, [&](const IdentityPageResult &result) {
                answered = true;
                got = result;
                answeredOn = QThread::currentThread();
            });
            QVERIFY(!answered); // never inside fetch()
            QTRY_VERIFY_WITH_TIMEOUT(answered, 60000);
            QVERIFY2(!got.error, qPrintable(got.error ? got.error->message() : QString()));
            QCOMPARE(answeredOn, QThread::currentThread());

            paxos::ListIdentitiesQuery query;
            query.limit = 1000;
            query.pageCursor = cursor;
            query.includeDetails = true;
            paxos::ListIdentitiesJob reference(m_session->connection(), query);
            reference.setAutoDelete(false);
            QSignalSpy done(&reference, &paxos::Job::finished);
            reference.start();
            QVERIFY(done.wait(60000));
            QVERIFY(reference.isSucceeded());
            const auto &expected = reference.result();

            QCOMPARE(got.page.nextPageCursor, expected.nextPageCursor);
            QCOMPARE(got.page.items.size(), expected.items.size());
            for (qsizetype i = 0; i < expected.items.size(); ++i) {
                const paxos::Identity &a = got.page.items.at(i);
                const paxos::Identity &b = expected.items.at(i);
                QCOMPARE(a.id, b.id);
                QCOMPARE(a.displayName(), b.displayName());
                QCOMPARE(a.effectiveStatus(), b.effectiveStatus());
                QCOMPARE(a.createdAt, b.createdAt);
                QCOMPARE(a.toJson(), b.toJson());
            }
            identities += int(got.page.items.size());
            cursor = got.page.nextPageCursor;
            ++pages;
        } while (!cursor.isEmpty() && pages < 3);
        QCOMPARE(pages, 3);
        QCOMPARE(identities, 3000);
    }

    // Pages asked for together come back each with its own identities (the decode thread
    // takes them one after the other), whatever order the answers come in: four requests of
    // different sizes, each answered with its own size, all the same oldest-first prefix.
    void concurrentPagesKeepTheirOwnItems()
    {
        ApiIdentityPageSource source(m_session.get());
        const QList<int> limits = {1000, 100, 700, 300};
        QList<IdentityPageResult> results(limits.size());
        int answered = 0;
        for (qsizetype k = 0; k < limits.size(); ++k) {
            IdentityPageRequest request;
            request.limit = limits.at(k);
            request.ascending = true;
            source.fetch(request, [&, k](const IdentityPageResult &result) {
                results[k] = result;
                ++answered;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(answered, int(limits.size()), 60000);
        const auto &longest = results.at(0).page.items;
        QCOMPARE(longest.size(), 1000);
        for (qsizetype i = 1; i < longest.size(); ++i)
            QVERIFY(*longest.at(i - 1).createdAt <= *longest.at(i).createdAt);
        for (qsizetype k = 1; k < limits.size(); ++k) {
            QVERIFY(!results.at(k).error);
            QCOMPARE(results.at(k).page.items.size(), limits.at(k));
            for (qsizetype i = 0; i < limits.at(k); ++i)
                QCOMPARE(results.at(k).page.items.at(i).id, longest.at(i).id);
        }
    }

private:
    static constexpr int kSeeded = 3500;
    QNetworkAccessManager m_network;
    std::unique_ptr<EmbeddedSandbox> m_sandbox;
    std::unique_ptr<Session> m_session;
};

QTEST_GUILESS_MAIN(TestPageSourceDecode)
#include "tst_pagesourcedecode.moc"
