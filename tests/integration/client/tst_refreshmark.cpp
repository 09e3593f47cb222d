// The console's refresh (IdentityPager over ApiIdentityPageSource) against a real
// paxos-sandbox: an identity updated at a place a sliced Load All has already walked, a while
// before another update the walk does see, is brought by the first refresh. That refresh
// starts from the sandbox's Date when the walk began, not from a second before the newest
// update seen (which is after the first update).
#include "core/models/apiidentitypagesource.h"
#include "core/models/identitypager.h"
#include "core/session/session.h"
#include "paxos/api/identityjobs.h"
#include "paxos/net/connection.h"
#include "support/clienttest.h"
#include "support/sandboxprocess.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

class KeepingStore : public console::IdentityRowStore
{
public:
    QHash<QString, paxos::Identity> held;
    int identityCount() const override { return int(held.size()); }
    bool containsIdentity(const QString &id) const override { return held.contains(id); }
    void appendIdentities(std::span<const paxos::Identity> identities) override
    {
        for (const paxos::Identity &identity : identities)
            held.insert(identity.id, identity);
    }
    void insertIdentity(const paxos::Identity &identity) override
    {
        held.insert(identity.id, identity);
    }
    bool updateIdentity(const paxos::Identity &identity) override
    {
        const bool changed = held.value(identity.id).raw != identity.raw;
        held.insert(identity.id, identity);
        return changed;
    }
    void removeIdentity(const QString &id) override { held.remove(id); }
    void clearIdentities() override { held.clear(); }
    QString mark(const QString &id) const { return held.value(id).metadataMap().value(u"mark"_s); }
};

// The console's page source, with a hold: from the `holdAt`-th page request on, requests
// wait until `hold` says it is done (the server changes while the walk is under way).
class HoldingSource : public console::IdentityPageSource
{
public:
    HoldingSource(console::Session *session)
        : m_inner(session)
    {
    }
    int holdAt = 0;
    std::function<void(std::function<void()> done)> hold;

    quint64 fetch(const console::IdentityPageRequest &request, Callback callback) override
    {
        const quint64 ticket = ++m_ticket;
        if (++m_fetches == holdAt) {
            m_holding = true;
            hold([this] {
                m_holding = false;
                const auto waiting = std::exchange(m_waiting, {});
                for (const Waiting &w : waiting)
                    m_innerTickets.insert(w.ticket, m_inner.fetch(w.request, w.callback));
            });
        }
        if (m_holding)
            m_waiting.append({ticket, request, std::move(callback)});
        else
            m_innerTickets.insert(ticket, m_inner.fetch(request, std::move(callback)));
        return ticket;
    }
    void cancel(quint64 ticket) override
    {
        m_waiting.removeIf([ticket](const Waiting &w) { return w.ticket == ticket; });
        if (m_innerTickets.contains(ticket))
            m_inner.cancel(m_innerTickets.take(ticket));
    }

private:
    struct Waiting
    {
        quint64 ticket;
        console::IdentityPageRequest request;
        Callback callback;
    };
    console::ApiIdentityPageSource m_inner;
    QHash<quint64, quint64> m_innerTickets;
    QList<Waiting> m_waiting;
    bool m_holding = false;
    int m_fetches = 0;
    quint64 m_ticket = 0;
};

paxos::Identity firstListed(paxos::Connection *connection, bool ascending)
{
    paxos::ListIdentitiesQuery query;
    query.limit = 1;
    if (ascending)
        query.order = u"ASC"_s;
    paxos::ListIdentitiesJob job(connection, query);
    job.setAutoDelete(false);
    if (!clienttest::run(&job) || !job.isSucceeded() || job.result().items.isEmpty())
        return {};
    return job.result().items.first();
}

} // namespace

class TestRefreshMark : public QObject
{
    Q_OBJECT
private slots:
    void anUpdateBehindASlicedLoadAllIsFetchedByTheFirstRefresh()
    {
        testsupport::SandboxProcess sandbox({u"--seed-identities"_s, u"300"_s});
        QVERIFY(sandbox.start());
        auto writer = clienttest::connect(sandbox.url());
        // The newest identity is on the walk's first page; the oldest in its last slice.
        const QString behind = firstListed(writer.get(), false).id;
        const QString ahead = firstListed(writer.get(), true).id;
        QVERIFY(!behind.isEmpty() && !ahead.isEmpty() && behind != ahead);

        QNetworkAccessManager network;
        console::Session session(&network);
        session.connectTo({paxos::Environment::localSandbox(sandbox.url()), u"demo"_s,
                           u"demo-secret"_s, u"Local sandbox"_s});
        HoldingSource source(&session);
        KeepingStore store;
        console::IdentityPager pager(&source, &store);
        pager.setPageSize(50);
        pager.setLargePageSize(50);
        pager.setMaxConcurrentPages(4);

        // After the first page and the far end: update `behind` (already walked), then, more
        // than a second later, `ahead` (its slice not yet asked for).
        const auto update = [&](const QString &id, std::function<void()> then) {
            auto *job = new paxos::UpdateIdentityJob(
                writer.get(), id, QJsonObject{{u"metadata"_s, QJsonObject{{u"mark"_s, u"x"_s}}}});
            connect(job, &paxos::Job::finished, this, [then](paxos::Job *) { then(); });
            job->start();
        };
        bool held = false;
        source.holdAt = 3;
        source.hold = [&](std::function<void()> done) {
            update(behind, [&, done] {
                QTimer::singleShot(1500, this, [&, done] {
                    update(ahead, [&, done] {
                        held = true;
                        done();
                    });
                });
            });
        };
        QSignalSpy finished(&pager, &console::IdentityPager::loadAllFinished);
        pager.loadAll();
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().first().toBool(),
                 qPrintable(pager.lastError() ? pager.lastError()->message() : QString()));
        QVERIFY(held);
        QCOMPARE(store.identityCount(), 300);
        // The walk saw the later update, not the earlier one behind it.
        QCOMPARE(store.mark(ahead), u"x"_s);
        QCOMPARE(store.mark(behind), QString());

        QSignalSpy refreshed(&pager, &console::IdentityPager::refreshed);
        pager.refresh();
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(store.mark(behind), u"x"_s);
    }
};

QTEST_GUILESS_MAIN(TestRefreshMark)
#include "tst_refreshmark.moc"
