#include "core/record/apitime.h"
#include "core/record/timeline.h"
#include "support/storebackends.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace console;

namespace {

const QString kId = u"4fd025ab-f29f-47e6-a02e-df90a61c7ec9"_s;

QJsonObject identity(const QString &status, const QString &sanctions, const QJsonArray &reqs)
{
    return QJsonObject{
        {u"id"_s, kId},
        {u"status"_s, status},
        {u"person_details"_s,
         QJsonObject{{u"id_verification_status"_s, u"APPROVED"_s},
                     {u"sanctions_verification_status"_s, sanctions}}},
        {u"status_details"_s, QJsonObject{{u"requirements"_s, reqs}}},
    };
}

QJsonArray screeningPending()
{
    return QJsonArray{QJsonObject{{u"type"_s, u"SCREENING_CHECK"_s},
                                  {u"status"_s, u"PENDING"_s},
                                  {u"awaiting_action_from"_s, u"PAXOS"_s}}};
}

} // namespace

class TestTimeline : public QObject
{
    Q_OBJECT
private slots:
    void assembledFromEventsAndSnapshots_data() { storetest::addBackendRows(); }
    void assembledFromEventsAndSnapshots()
    {
        CC_OPEN_STORE(store, fresh);
        store.setOperator({u"Ada"_s, u"ada"_s});
        qint64 clock = parseApiTimeMs(u"2026-01-01T10:00:00Z"_s);
        store.setClock([&] { return clock; });

        // 10:00 the console creates the identity: call + snapshot caused by it.
        LedgerEntry create;
        create.method = u"POST"_s;
        create.url = u"http://127.0.0.1:1/v2/identity/identities"_s;
        create.httpStatus = 200;
        create.durationMs = 12;
        create.requestId = u"req-create"_s;
        create.identityId = kId;
        QVERIFY(RequestLedger(&store).append(create).ok());
        // Reading it back is in the ledger, not in the timeline.
        LedgerEntry read = create;
        read.method = u"GET"_s;
        read.requestId = u"req-read"_s;
        QVERIFY(RequestLedger(&store).append(read).ok());
        QVERIFY(StatusHistory(&store)
                    .record(identity(u"PENDING"_s, u"PENDING"_s, screeningPending()),
                            SnapshotCause::OwnCall, u"req-create"_s)
                    .ok());
        // 10:05 a note.
        clock += 5 * 60'000;
        QVERIFY(
            Notes(&store).add(kId, u"DOCUMENT_REVIEW"_s, u"Passport looks fine.\nMore."_s).ok());
        // 10:10 Paxos approves: event, then the snapshot it caused.
        clock += 5 * 60'000;
        const QJsonObject approved{
            {u"id"_s, u"evt-approved"_s},
            {u"type"_s, u"identity.approved"_s},
            {u"created_at"_s, u"2026-01-01T10:09:59.123456789Z"_s},
            {u"object"_s,
             QJsonObject{{u"identity_id"_s, kId},
                         {u"old_summary_status"_s, u"PENDING"_s},
                         {u"new_summary_status"_s, u"APPROVED"_s}}},
        };
        QVERIFY(ProcessedEvents(&store).claim(approved, EventSource::Webhook).value());
        QVERIFY(StatusHistory(&store)
                    .record(identity(u"APPROVED"_s, u"APPROVED"_s, {}), SnapshotCause::Event,
                            u"evt-approved"_s)
                    .value()
                    .recorded);
        // Refreshing without a change adds nothing.
        clock += 60'000;
        QVERIFY(!StatusHistory(&store)
                     .record(identity(u"APPROVED"_s, u"APPROVED"_s, {}), SnapshotCause::Refresh)
                     .value()
                     .recorded);
        // An event for another identity stays out.
        QVERIFY(ProcessedEvents(&store)
                    .claim(QJsonObject{{u"id"_s, u"evt-other"_s},
                                       {u"type"_s, u"identity.denied"_s},
                                       {u"created_at"_s, u"2026-01-01T10:30:00Z"_s},
                                       {u"object"_s, QJsonObject{{u"identity_id"_s, u"other"_s}}}},
                           EventSource::Follower)
                    .ok());

        auto sources = Timeline::load(&store, kId);
        QVERIFY2(sources.ok(), qPrintable(sources.errorMessage()));
        QCOMPARE(sources.value().snapshots.size(), 2);
        QCOMPARE(sources.value().events.size(), 1);
        // From the API: a document and a control that was set and removed.
        sources.value().documents =
            QJsonArray{QJsonObject{{u"file_id"_s, u"file-1"_s},
                                   {u"name"_s, u"passport.pdf"_s},
                                   {u"document_types"_s, QJsonArray{u"IDENTITY_VERIFICATION"_s}},
                                   {u"created_at"_s, u"2026-01-01T10:02:00Z"_s}}};
        sources.value().controls =
            QJsonArray{QJsonObject{{u"id"_s, u"ctrl-1"_s},
                                   {u"type"_s, u"DORMANT"_s},
                                   {u"set_by"_s, u"SET_BY_CLIENT"_s},
                                   {u"reason_code"_s, u"INACTIVITY"_s},
                                   {u"created_at"_s, u"2026-01-01T11:00:00Z"_s},
                                   {u"deleted_at"_s, u"2026-01-01T12:00:00Z"_s}}};

        const QList<TimelineEntry> t = Timeline::assemble(sources.value());
        QStringList titles;
        for (const auto &e : t)
            titles.append(e.title);
        const QStringList expected = {
            u"Control DORMANT removed"_s,         u"Control DORMANT set (INACTIVITY)"_s,
            u"Status PENDING → APPROVED"_s,       u"Sanctions screening: PENDING → APPROVED"_s,
            u"Requirement SCREENING_CHECK met"_s, u"Event identity.approved"_s,
            u"Note: DOCUMENT_REVIEW"_s,           u"Document passport.pdf"_s,
            u"First seen with status PENDING"_s,  u"POST /v2/identity/identities → 200"_s,
        };
        if (titles != expected)
            qWarning().noquote() << titles.join(u"\n"_s);
        QCOMPARE(titles, expected);

        // Newest first throughout.
        for (qsizetype i = 1; i < t.size(); ++i)
            QVERIFY(t.at(i - 1).atMs >= t.at(i).atMs);
        // Causes are named; entries open their records.
        const TimelineEntry &statusChange = t.at(2);
        QCOMPARE(statusChange.kind, TimelineKind::StatusChange);
        QCOMPARE(statusChange.detail, u"after event identity.approved (evt-approved)"_s);
        QCOMPARE(statusChange.details.value(u"cause_ref"_s).toString(), u"evt-approved"_s);
        QCOMPARE(t.at(8).detail, u"after console call req-create"_s);
        QCOMPARE(t.at(8).details.value(u"sub_statuses"_s).toObject().size(), 2);
        QCOMPARE(t.at(8).details.value(u"requirements"_s).toArray().size(), 1);
        QCOMPARE(t.at(5).detail, u"Status PENDING → APPROVED"_s);
        QCOMPARE(t.at(5).sourceId, u"evt-approved"_s);
        QCOMPARE(t.at(6).actor, u"Ada"_s);
        QCOMPARE(t.at(6).detail, u"Passport looks fine."_s);
        QCOMPARE(t.last().kind, TimelineKind::ConsoleCall);
        QCOMPARE(t.last().details.value(u"request_id"_s).toString(), u"req-create"_s);
        QVERIFY(std::none_of(t.cbegin(), t.cend(), [](const TimelineEntry &e) {
            return e.details.value(u"request_id"_s).toString() == u"req-read"_s;
        }));
    }

    void documentHashesJoinTheListedDocuments()
    {
        TimelineSources s;
        s.documents = QJsonArray{QJsonObject{{u"file_id"_s, u"f1"_s},
                                             {u"name"_s, u"a.pdf"_s},
                                             {u"created_at"_s, u"2026-01-01T00:00:00Z"_s},
                                             {u"archived_at"_s, u"2026-02-01T00:00:00Z"_s}}};
        DocumentRecord r;
        r.fileId = u"f1"_s;
        r.sha256 = QString(64, u'a');
        r.uploadedBy = u"Ada"_s;
        DocumentRecord onlyLocal;
        onlyLocal.fileId = u"f2"_s;
        onlyLocal.name = u"b.png"_s;
        onlyLocal.sha256 = QString(64, u'b');
        onlyLocal.uploadedAtMs = parseApiTimeMs(u"2026-01-15T00:00:00Z"_s);
        s.documentRecords = {r, onlyLocal};
        const auto t = Timeline::assemble(s);
        QCOMPARE(t.size(), 3);
        QCOMPARE(t.at(0).title, u"Document a.pdf archived"_s);
        QCOMPARE(t.at(1).title, u"Document b.png"_s);
        QCOMPARE(t.at(1).details.value(u"sha256"_s).toString(), QString(64, u'b'));
        QCOMPARE(t.at(2).details.value(u"sha256"_s).toString(), QString(64, u'a'));
        QCOMPARE(t.at(2).actor, u"Ada"_s);
    }

    void emptySourcesGiveAnEmptyTimeline() { QVERIFY(Timeline::assemble({}).isEmpty()); }
};

QTEST_GUILESS_MAIN(TestTimeline)
#include "tst_timeline.moc"
