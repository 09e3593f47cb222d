// What the institution form sends when editing (institutionEditableShape,
// institutionUpdateDelta) and how the member search matches persons.
#include "core/onboarding/institutionmembersearch.h"
#include "core/onboarding/institutionsubmission.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace console::onboarding;

namespace {

QJsonObject identity()
{
    const QJsonObject address{{u"address1"_s, u"1 Example St"_s},
                              {u"city"_s, u"New York"_s},
                              {u"province"_s, u"NY"_s},
                              {u"country"_s, u"USA"_s}};
    return {{u"id"_s, u"i-1"_s},
            {u"status"_s, u"PENDING"_s},
            {u"ref_id"_s, u"inst-1"_s},
            {u"institution_members"_s, QJsonArray{QJsonObject{{u"id"_s, u"m-1"_s}}}},
            {u"institution_details"_s,
             QJsonObject{{u"name"_s, u"Foogle"_s},
                         {u"business_address"_s, address},
                         {u"institution_type"_s, u"CORPORATION"_s},
                         {u"sanctions_verification_status"_s, u"APPROVED"_s},
                         {u"document_verification_status"_s, u"PENDING"_s}}},
            {u"customer_due_diligence"_s,
             QJsonObject{{u"source_of_funds"_s, u"INVESTMENT_RETURNS"_s},
                         {u"created_at"_s, u"2026-01-01T00:00:00Z"_s}}}};
}

} // namespace

class TestInstitutionDelta : public QObject
{
    Q_OBJECT
private slots:
    void editableShapeDropsWhatPaxosSets()
    {
        const QJsonObject shape = institutionEditableShape(identity());
        const QJsonObject details = shape.value(u"institution_details"_s).toObject();
        QVERIFY(!details.contains(u"sanctions_verification_status"_s));
        QVERIFY(!details.contains(u"document_verification_status"_s));
        QCOMPARE(details.value(u"name"_s).toString(), u"Foogle"_s);
        QVERIFY(!shape.value(u"customer_due_diligence"_s).toObject().contains(u"created_at"_s));
        // Members change through their own calls, never through Update Identity.
        QVERIFY(!shape.contains(u"institution_members"_s));
        QVERIFY(!shape.contains(u"id"_s) && !shape.contains(u"status"_s));
        QCOMPARE(shape.value(u"ref_id"_s).toString(), u"inst-1"_s);
    }

    void deltaSendsOnlyWhatChanged()
    {
        const QJsonObject original = institutionEditableShape(identity());
        QVERIFY(institutionUpdateDelta(original, original).isEmpty());

        QJsonObject edited = original;
        QJsonObject details = edited.value(u"institution_details"_s).toObject();
        details.insert(u"name"_s, u"Foogle Holdings"_s);
        QJsonObject address = details.value(u"business_address"_s).toObject();
        address.insert(u"city"_s, u"Albany"_s);
        details.insert(u"business_address"_s, address);
        details.insert(u"doing_business_as"_s, QString()); // emptied: cannot be cleared
        edited.insert(u"institution_details"_s, details);
        edited.insert(u"tax_details_not_required"_s, true);
        const QJsonObject delta = institutionUpdateDelta(original, edited);
        const QJsonObject sent = delta.value(u"institution_details"_s).toObject();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.value(u"name"_s).toString(), u"Foogle Holdings"_s);
        // An address travels whole: its required parts belong together.
        QCOMPARE(sent.value(u"business_address"_s).toObject(), address);
        QVERIFY(!delta.contains(u"customer_due_diligence"_s));
        QCOMPARE(delta.value(u"set_tax_details_not_required"_s), QJsonValue(true));
        QVERIFY(!delta.contains(u"tax_details_not_required"_s));
    }

    void searchMatchesNameRefIdAndId()
    {
        paxos::Identity person = paxos::Identity::fromJson(
            {{u"id"_s, u"6f1c3a43-0000-4000-8000-000000000001"_s},
             {u"type"_s, u"PERSON"_s},
             {u"ref_id"_s, u"cus-1042"_s},
             {u"person_details"_s,
              QJsonObject{{u"first_name"_s, u"Billy"_s}, {u"last_name"_s, u"Duncan"_s}}}});
        QVERIFY(InstitutionMemberSearch::matches(person, u"duncan"_s));
        QVERIFY(InstitutionMemberSearch::matches(person, u"Billy Dun"_s));
        QVERIFY(InstitutionMemberSearch::matches(person, u"CUS-10"_s));
        QVERIFY(
            InstitutionMemberSearch::matches(person, u"6F1C3A43-0000-4000-8000-000000000001"_s));
        QVERIFY(!InstitutionMemberSearch::matches(person, u"6f1c3a43"_s)); // ids match whole
        QVERIFY(!InstitutionMemberSearch::matches(person, u"Smith"_s));
        QVERIFY(InstitutionMemberSearch::matches(person, u"  "_s));
    }
};

QTEST_GUILESS_MAIN(TestInstitutionDelta)
#include "tst_institutiondelta.moc"
