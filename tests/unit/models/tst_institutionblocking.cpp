// The queue's "Waiting on" for an institution names the member that holds it back, and the
// institution review explains its requirements with who acts.
#include "core/institutions/institutionreview.h"
#include "core/models/identityrow.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QJsonObject member(const QString &id, const QString &name, const QString &role,
                   const QString &status)
{
    return {{u"id"_s, QString(u"m-"_s + id)},
            {u"identity_id"_s, id},
            {u"name"_s, name},
            {u"roles"_s, QJsonArray{role}},
            {u"status"_s, status}};
}

paxos::Identity institution(const QJsonArray &members, const QString &type = u"CORPORATION"_s)
{
    return paxos::Identity::fromJson(
        QJsonObject{{u"id"_s, u"inst"_s},
                    {u"type"_s, u"INSTITUTION"_s},
                    {u"status"_s, u"PENDING"_s},
                    {u"institution_details"_s,
                     QJsonObject{{u"name"_s, u"Foogle"_s},
                                 {u"institution_type"_s, type},
                                 {u"document_verification_status"_s, u"PENDING"_s}}},
                    {u"institution_members"_s, members}});
}

} // namespace

class TestInstitutionBlocking : public QObject
{
    Q_OBJECT
private slots:
    void queueNamesTheBlockingMember()
    {
        const auto identity = institution(
            {member(u"a"_s, u"Ann Owner"_s, u"BENEFICIAL_OWNER"_s, u"APPROVED"_s),
             member(u"b"_s, u"Bob Pending"_s, u"AUTHORIZED_USER"_s, u"PENDING"_s),
             member(u"c"_s, u"Cy Denied"_s, u"MANAGEMENT_CONTROL_PERSON"_s, u"DENIED"_s)});
        const console::IdentityRow row = console::IdentityRow::from(identity);
        // A denied member needs someone to act before a pending one does.
        QCOMPARE(row.blocking, u"MEMBERS"_s);
        QVERIFY2(row.blockingText.contains(u"Cy Denied"_s), qPrintable(row.blockingText));
        QVERIFY(row.blockingOrder >= 0);

        const auto approved =
            institution({member(u"a"_s, u"Ann Owner"_s, u"BENEFICIAL_OWNER"_s, u"APPROVED"_s)});
        QVERIFY(console::IdentityRow::from(approved).blockingText.isEmpty());
    }

    // Rows keep one copy of the values many rows have in common (status, type, what blocks
    // and its words), and still hand back every field as it was.
    void rowsShareRepeatedValues()
    {
        const auto a =
            institution({member(u"a"_s, u"Ann Owner"_s, u"BENEFICIAL_OWNER"_s, u"PENDING"_s)});
        const auto b =
            institution({member(u"a"_s, u"Ann Owner"_s, u"BENEFICIAL_OWNER"_s, u"PENDING"_s)});
        const console::IdentityRow ra = console::IdentityRow::from(a);
        const console::IdentityRow rb = console::IdentityRow::from(b);
        QVERIFY(!ra.status.isEmpty() && !ra.type.isEmpty() && !ra.blocking.isEmpty()
                && !ra.blockingText.isEmpty());
        QCOMPARE(ra.status, a.effectiveStatus());
        QCOMPARE(ra.type, a.type.value_or(QString()));
        QVERIFY(ra.sameContent(rb));
        QCOMPARE(ra.status.constData(), rb.status.constData());
        QCOMPARE(ra.type.constData(), rb.type.constData());
        QCOMPARE(ra.blocking.constData(), rb.blocking.constData());
        QCOMPARE(ra.blockingText.constData(), rb.blockingText.constData());
        // Per-identity values are the row's own.
        QCOMPARE(ra.id, a.id);
        QCOMPARE(ra.name, a.displayName());
    }

    // A row keeps copies, not the decoded identity's strings: sharing them pinned the memory
    // of the thread that decoded the page (+224-256 MB of RSS after a Load All of 100,000,
    // against +121-125 MB with copies; bench/README.md).
    void rowsOwnTheirTexts()
    {
        auto identity =
            institution({member(u"a"_s, u"Ann Owner"_s, u"BENEFICIAL_OWNER"_s, u"PENDING"_s)});
        identity.refId = u"ref-42"_s;
        const console::IdentityRow row = console::IdentityRow::from(identity);
        QCOMPARE(row.id, identity.id);
        QCOMPARE(row.name, identity.displayName());
        QCOMPARE(row.refId, *identity.refId);
        QVERIFY(row.id.constData() != identity.id.constData());
        QVERIFY(row.name.constData() != identity.displayName().constData());
        QVERIFY(row.refId.constData() != identity.refId->constData());
    }

    void requirementsInPlainWordsWithWhoActs()
    {
        // A corporation without a beneficial owner, its documents under review, one member
        // pending.
        const auto identity =
            institution({member(u"b"_s, u"Bob Pending"_s, u"AUTHORIZED_USER"_s, u"PENDING"_s)});
        const auto members = console::InstitutionReview::membersOf(identity);
        QCOMPARE(members.size(), 1);
        QCOMPARE(members.first().memberId, u"m-b"_s);
        const auto lines = console::InstitutionReview::explain(identity, members);
        QStringList texts;
        bool documentsByUs = false, bobNamed = false;
        for (const console::RequirementLine &line : lines) {
            texts << line.text;
            documentsByUs = documentsByUs
                || (line.text.contains(u"documents"_s) && line.actor == console::Actor::Us);
            bobNamed = bobNamed || line.text.contains(u"Bob Pending"_s);
        }
        QVERIFY2(documentsByUs, qPrintable(texts.join(u'\n')));
        QVERIFY2(bobNamed, qPrintable(texts.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestInstitutionBlocking)
#include "tst_institutionblocking.moc"
