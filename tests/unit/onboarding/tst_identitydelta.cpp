#include "core/onboarding/identitydelta.h"
#include "core/onboarding/personsubmission.h"
#include "paxos/model/examples.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace console::onboarding;

class TestIdentityDelta : public QObject
{
    Q_OBJECT

    static QJsonObject original()
    {
        QJsonObject o = paxos::examples::sandboxExamplePerson(u"ref-1"_s);
        QJsonObject person = o.value("person_details"_L1).toObject();
        QJsonObject address = person.value("address"_L1).toObject();
        address.insert("address2"_L1, u"Apt 4"_s);
        person.insert("address"_L1, address);
        o.insert("person_details"_L1, person);
        o.insert("tax_details"_L1,
                 QJsonArray{QJsonObject{{u"tax_payer_id"_s, u"073-05-1120"_s},
                                        {u"tax_payer_country"_s, u"USA"_s}}});
        return o;
    }

    static QJsonObject withPerson(QJsonObject o, const QString &key, const QJsonValue &value)
    {
        QJsonObject person = o.value("person_details"_L1).toObject();
        if (value.isUndefined())
            person.remove(key);
        else
            person.insert(key, value);
        o.insert("person_details"_L1, person);
        return o;
    }

private slots:
    void unchangedIsEmpty()
    {
        QVERIFY(updateDelta(original(), original()).isEmpty());
        QVERIFY(diffRows(original(), original()).isEmpty());
    }

    void onlyChangedFieldIsSent()
    {
        const auto d = updateDelta(original(), withPerson(original(), u"email"_s, u"b@x.org"_s));
        QCOMPARE(d.body,
                 (QJsonObject{{u"person_details"_s, QJsonObject{{u"email"_s, u"b@x.org"_s}}}}));
        QVERIFY(!triggersRescreening(d.body));
        const auto rows = diffRows(original(), withPerson(original(), u"email"_s, u"b@x.org"_s));
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().path, u"person_details.email"_s);
        QCOMPARE(rows.first().before, u"example@somemail.org"_s);
        QCOMPARE(rows.first().after, u"b@x.org"_s);
    }

    void removedAddress2IsClearedWithEmptyString()
    {
        QJsonObject address =
            original().value("person_details"_L1).toObject().value("address"_L1).toObject();
        address.remove("address2"_L1);
        const auto d = updateDelta(original(), withPerson(original(), u"address"_s, address));
        const QJsonObject sent =
            d.body.value("person_details"_L1).toObject().value("address"_L1).toObject();
        QCOMPARE(sent.value("address2"_L1).toString(u"absent"_s), QString());
        QCOMPARE(sent.value("city"_L1).toString(), u"New York"_s); // sent whole
        QVERIFY(triggersRescreening(d.body));
    }

    void taxDetailsReplaceWhole()
    {
        QJsonObject edited = original();
        QJsonArray tax = edited.value("tax_details"_L1).toArray();
        tax.append(
            QJsonObject{{u"tax_payer_id"_s, u"12345"_s}, {u"tax_payer_country"_s, u"BRA"_s}});
        edited.insert("tax_details"_L1, tax);
        const auto d = updateDelta(original(), edited);
        QCOMPARE(d.body.keys(), QStringList{u"tax_details"_s});
        QCOMPARE(d.body.value("tax_details"_L1).toArray().size(), 2);
    }

    void notRequiredFlagUsesSetPrefix()
    {
        QJsonObject edited = original();
        edited.insert("tax_details_not_required"_L1, true);
        const auto d = updateDelta(original(), edited);
        QCOMPARE(d.body, (QJsonObject{{u"set_tax_details_not_required"_s, true}}));
    }

    void emptiedFieldIsReportedNotSent()
    {
        const auto d = updateDelta(original(), withPerson(original(), u"phone_number"_s, {}));
        QVERIFY(d.body.isEmpty());
        QCOMPARE(d.uncleared, QStringList{u"person_details.phone_number"_s});
    }

    void cddFieldsAreSentOneByOne()
    {
        QJsonObject edited = original();
        QJsonObject cdd = edited.value("customer_due_diligence"_L1).toObject();
        cdd.insert("employment_status"_L1, u"RETIRED"_s);
        edited.insert("customer_due_diligence"_L1, cdd);
        const auto d = updateDelta(original(), edited);
        QCOMPARE(d.body,
                 (QJsonObject{{u"customer_due_diligence"_s,
                               QJsonObject{{u"employment_status"_s, u"RETIRED"_s}}}}));
        const auto rows = diffRows(original(), edited);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().after, u"Retired"_s);
    }

    void editableShapeDropsReadOnly()
    {
        QJsonObject identity = original();
        QJsonObject person = identity.value("person_details"_L1).toObject();
        person.insert("sanctions_verification_status"_L1, u"APPROVED"_s);
        person.insert("date_of_birth"_L1, u"1960-01-01T00:00:00Z"_s);
        identity.insert("person_details"_L1, person);
        identity.insert("id"_L1, u"abc"_s);
        identity.insert("status"_L1, u"APPROVED"_s);
        const QJsonObject shape = editableShape(identity);
        QVERIFY(!shape.contains("id"_L1));
        QVERIFY(!shape.value("person_details"_L1)
                     .toObject()
                     .contains("sanctions_verification_status"_L1));
        QCOMPARE(shape.value("person_details"_L1).toObject().value("date_of_birth"_L1).toString(),
                 u"1960-01-01"_s);
    }

    void kycRefreshSendsOnlyTheDate()
    {
        const QJsonObject body =
            kycRefreshBody(QDateTime(QDate(2026, 11, 28), QTime(10, 0), QTimeZone::utc()));
        QCOMPARE(body, (QJsonObject{{u"last_kyc_refresh_date"_s, u"2026-11-28T10:00:00Z"_s}}));
    }

    void fieldPathInDetail_data()
    {
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("path");
        QTest::newRow("leading") << u"person_details.first_name must match ^[0-9A-Za-z]+$"_s
                                 << u"person_details.first_name"_s;
        QTest::newRow("nested") << u"person_details.address.city is required"_s
                                << u"person_details.address.city"_s;
        QTest::newRow("indexed") << u"invalid tax_details[1].tax_payer_country"_s
                                 << u"tax_details[1].tax_payer_country"_s;
        QTest::newRow("none") << u"Invalid request format or missing required fields"_s
                              << QString();
    }

    void fieldPathInDetail()
    {
        QFETCH(QString, detail);
        QFETCH(QString, path);
        QCOMPARE(console::onboarding::fieldPathInDetail(detail), path);
    }
};

QTEST_GUILESS_MAIN(TestIdentityDelta)
#include "tst_identitydelta.moc"
