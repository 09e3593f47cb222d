#include "cli/output.h"
#include "core/record/auditcsvexport.h"
#include "testsupport/testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace paxosctl;

class TestCliOutput : public QObject
{
    Q_OBJECT

private:
    static QJsonObject fixture(const QString &name)
    {
        return QJsonDocument::fromJson(testsupport::readTestData(u"cli/"_s + name)).object();
    }

    // What Output prints for one result; `gate` answers a reveal when given.
    static QString printed(Format format, const Table &table, const QJsonValue &json,
                           Pii pii = Pii::Masked, Output::RevealGate gate = {})
    {
        QString text;
        QTextStream stream(&text);
        Output output(stream, format, pii);
        if (gate)
            output.setRevealGate(std::move(gate));
        output.result(table, json);
        return text;
    }

    static Table sample()
    {
        Table t;
        t.columns = {{u"id"_s, u"ID"_s}, {u"status"_s, u"Status"_s}, {u"note"_s, u"Note"_s}};
        t.rows.append({Cell{u"a1"_s, {}}, Cell{u"APPROVED"_s, u"Approved"_s}, Cell{u"x"_s, {}}});
        t.rows.append({Cell{u"b-long-id"_s, {}}, Cell{u"PENDING"_s, u"Pending"_s}, Cell{}});
        return t;
    }

private slots:
    void formatNames()
    {
        QCOMPARE(formatFromName(u"table"), Format::Table);
        QCOMPARE(formatFromName(u"json"), Format::Json);
        QCOMPARE(formatFromName(u"csv"), Format::Csv);
        QVERIFY(!formatFromName(u"xml"));
        QVERIFY(!formatFromName(u"JSON"));
    }

    void tableAlignsColumnsAndShowsLabels()
    {
        const QString expected = u"ID         Status    Note\n"
                                 "---------  --------  ----\n"
                                 "a1         Approved  x\n"
                                 "b-long-id  Pending\n"_s;
        QCOMPARE(renderTable(sample()), expected);
    }

    void recordPrintsOneLinePerField()
    {
        Table t = sample();
        t.rows.removeLast();
        t.record = true;
        QCOMPARE(renderTable(t), u"ID      a1\nStatus  Approved\nNote    x\n"_s);
    }

    void emptyTableKeepsHeader()
    {
        Table t = sample();
        t.rows.clear();
        QCOMPARE(renderTable(t), u"ID  Status  Note\n--  ------  ----\n"_s);
        QCOMPARE(renderCsv(t), u"id,status,note\r\n"_s);
    }

    void csvUsesWireValuesAndCrlf()
    {
        QCOMPARE(renderCsv(sample()),
                 u"id,status,note\r\na1,APPROVED,x\r\nb-long-id,PENDING,\r\n"_s);
        QCOMPARE(renderCsv(sample(), false), u"a1,APPROVED,x\r\nb-long-id,PENDING,\r\n"_s);
    }

    void csvQuoting_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << u"abc"_s << u"abc"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::newRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::newRow("newline") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::newRow("carriage return") << u"a\rb"_s << u"\"a\rb\""_s;
        QTest::newRow("spaces stay") << u" a b "_s << u" a b "_s;
        QTest::newRow("unicode") << u"Zoë"_s << u"Zoë"_s;
        // A cell a spreadsheet would run as a formula is neutralised, as the console's
        // exports do it.
        QTest::newRow("formula =") << u"=HYPERLINK(\"x\")"_s << u"\"'=HYPERLINK(\"\"x\"\")\""_s;
        QTest::newRow("formula +") << u"+1+1"_s << u"'+1+1"_s;
        QTest::newRow("formula -") << u"-2+3"_s << u"'-2+3"_s;
        QTest::newRow("formula @") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
        QTest::newRow("leading tab") << u"\t=1"_s << u"'\t=1"_s;
        QTest::newRow("leading CR") << u"\r=1"_s << u"\"'\r=1\""_s;
        QTest::newRow("inside is fine") << u"a=b-c"_s << u"a=b-c"_s;
    }

    void csvQuoting()
    {
        QFETCH(QString, value);
        QFETCH(QString, field);
        QCOMPARE(csvField(value), field);
        // The same rule as the console's own CSV exports.
        QCOMPARE(csvField(value), console::AuditCsvExport::csvCell(value));
    }

    void jsonIsIndentedAndComplete()
    {
        const QJsonObject obj{{u"b"_s, 1}, {u"a"_s, QJsonArray{u"x"_s}}};
        const QString text = renderJson(obj);
        QVERIFY(text.endsWith(u"}\n"_s));
        QVERIFY(text.contains(u"\n    \"a\": [\n"_s));
        QCOMPARE(QJsonDocument::fromJson(text.toUtf8()).object(), obj);
        QCOMPARE(renderJsonLine(obj), u"{\"a\":[\"x\"],\"b\":1}\n"_s);
        QCOMPARE(printed(Format::Json, sample(), obj), text);
        QCOMPARE(printed(Format::Csv, sample(), obj), renderCsv(sample()));
        QCOMPARE(printed(Format::Table, sample(), obj), renderTable(sample()));
    }

    void masking_data()
    {
        QTest::addColumn<QString>("cipId");
        QTest::addColumn<QString>("masked");
        QTest::newRow("ssn") << u"073-05-1120"_s << u"***-**-1120"_s;
        QTest::newRow("short") << u"1234"_s << u"****"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void masking()
    {
        QFETCH(QString, cipId);
        QFETCH(QString, masked);
        QCOMPARE(maskCipId(cipId, false), masked);
        QCOMPARE(maskCipId(cipId, true), cipId);
        QCOMPARE(maskDateOfBirth(u"1960-01-01"_s, false), u"****-**-**"_s);
        QCOMPARE(maskDateOfBirth(u"1960-01-01"_s, true), u"1960-01-01"_s);
    }

    void identityListMasksUnlessRevealed()
    {
        const QJsonObject raw = fixture(u"identity-person.json"_s);
        const paxos::Identity identity = paxos::Identity::fromJson(raw);
        const QString table = printed(Format::Table, identitiesTable({identity}), raw);
        QVERIFY(table.contains(u"***-**-1120"_s));
        QVERIFY(!table.contains(u"073-05"_s));
        QVERIFY(table.contains(u"Approved"_s)); // label, not wire value
        QVERIFY(table.contains(u"Billy Duncan"_s));

        const QString csv = printed(Format::Csv, identitiesTable({identity}), raw);
        QCOMPARE(csv.split(u"\r\n"_s).constFirst(),
                 u"id,type,status,name,ref_id,cip_id,created_at"_s);
        QVERIFY(csv.contains(u",PERSON,APPROVED,Billy Duncan,ref-0001,***-**-1120,"_s));

        const QString revealed =
            printed(Format::Csv, identitiesTable({identity}), raw, Pii::Revealed);
        QVERIFY(revealed.contains(u",073-05-1120,"_s));
    }

    // json is masked as well: every PII key at any depth, whatever else the API sent.
    void jsonIsMaskedUnlessRevealed()
    {
        const QJsonObject raw = fixture(u"identity-person.json"_s);
        const paxos::Identity identity = paxos::Identity::fromJson(raw);
        const QJsonObject listed{{u"items"_s, QJsonArray{raw, raw}}};
        const QString masked = printed(Format::Json, identitiesTable({identity}), listed);
        QVERIFY(!masked.contains(u"073-05"_s));
        QVERIFY(!masked.contains(u"1960"_s));
        const QJsonArray items =
            QJsonDocument::fromJson(masked.toUtf8()).object().value(u"items"_s).toArray();
        QCOMPARE(items.size(), 2);
        const QJsonObject person = items.at(1).toObject().value(u"person_details"_s).toObject();
        QCOMPARE(person.value(u"cip_id"_s).toString(), u"***-**-1120"_s);
        QCOMPARE(person.value(u"date_of_birth"_s).toString(), u"****-**-**"_s);
        // Everything else as the API sent it.
        QCOMPARE(person.value(u"first_name"_s), raw.value(u"person_details"_s)[u"first_name"_s]);

        const QString revealed =
            printed(Format::Json, identitiesTable({identity}), listed, Pii::Revealed);
        QCOMPARE(QJsonDocument::fromJson(revealed.toUtf8()).object(), listed);
    }

    // Revealing asks the gate first, with what it would reveal; refused, it stays masked.
    void revealAsksTheGate()
    {
        const QJsonObject raw = fixture(u"identity-person.json"_s);
        const Table record = paxosctl::identityRecord(paxos::Identity::fromJson(raw));
        QStringList asked;
        QString askedFor;
        const auto gate = [&](bool allow) {
            return [&, allow](const QStringList &fields, const QString &identityId) {
                asked = fields;
                askedFor = identityId;
                return allow;
            };
        };
        QString text;
        QTextStream stream(&text);
        Output output(stream, Format::Table, Pii::Revealed);
        output.setRevealGate(gate(false));
        output.result(record, raw, u"the-identity"_s);
        stream.flush();
        QCOMPARE(asked, (QStringList{u"cip_id"_s, u"date_of_birth"_s}));
        QCOMPARE(askedFor, u"the-identity"_s);
        QVERIFY(!text.contains(u"073-05"_s));
        QVERIFY(!text.contains(u"1960"_s));

        QCOMPARE(printed(Format::Table, record, raw, Pii::Revealed, gate(true)),
                 renderTable(record));
        // Nothing to reveal (no PII in the result): the gate is not asked.
        asked.clear();
        QCOMPARE(printed(Format::Json, sample(), QJsonObject{{u"id"_s, u"x"_s}}, Pii::Revealed,
                         gate(false)),
                 renderJson(QJsonObject{{u"id"_s, u"x"_s}}));
        QVERIFY(asked.isEmpty());
        // Masked output never asks.
        printed(Format::Table, record, raw, Pii::Masked, gate(true));
        QVERIFY(asked.isEmpty());
    }

    // Cells of a streamed csv are neutralised like whole results; the header comes once.
    void streamedCsvIsNeutralised()
    {
        Table row;
        row.columns = {{u"id"_s, u"ID"_s}, {u"summary"_s, u"Summary"_s}};
        row.rows.append({Cell{u"e1"_s, {}}, Cell{u"=cmd|' /C calc'!A0"_s, {}}});
        QString text;
        QTextStream stream(&text);
        Output output(stream, Format::Csv, Pii::Masked);
        output.streamed(row, QJsonObject(), &eventLine);
        output.streamed(row, QJsonObject(), &eventLine);
        stream.flush();
        QCOMPARE(text, u"id,summary\r\ne1,'=cmd|' /C calc'!A0\r\ne1,'=cmd|' /C calc'!A0\r\n"_s);
    }

    void identityRecord()
    {
        const QJsonObject raw = fixture(u"identity-person.json"_s);
        const paxos::Identity identity = paxos::Identity::fromJson(raw);
        const Table record = paxosctl::identityRecord(identity);
        const QString masked = printed(Format::Table, record, raw);
        QVERIFY(masked.contains(u"Date of birth         ****-**-**\n"_s));
        QVERIFY(masked.contains(u"CIP ID                ***-**-1120\n"_s));
        QVERIFY(masked.contains(u"Status                Approved\n"_s));
        QVERIFY(masked.contains(u"Address               123 Main St, New York, NY 10001, USA\n"_s));
        QVERIFY(masked.contains(u"Updated               2026-03-01T10:00:01.654321Z\n"_s));
        QVERIFY(!masked.contains(u"1960"_s));
        QVERIFY(!masked.contains(u"Requirements"_s)); // empty fields are left out

        const QString revealed = printed(Format::Table, record, raw, Pii::Revealed);
        QVERIFY(revealed.contains(u"1960-01-01"_s));
        QVERIFY(revealed.contains(u"073-05-1120"_s));

        const QStringList lines =
            printed(Format::Csv, record, raw).split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2); // header + the one record
        QVERIFY(lines.at(0).startsWith(u"id,type,status,name,ref_id,cip_id,cip_id_type"_s));
        QVERIFY(!lines.at(1).contains(u"1960"_s));
    }

    void unknownEnumValuesShowAsSent()
    {
        QJsonObject obj = fixture(u"identity-person.json"_s);
        obj.insert(u"status"_s, u"UNDER_REVIEW_2030"_s);
        const paxos::Identity identity = paxos::Identity::fromJson(obj);
        QVERIFY(renderTable(identitiesTable({identity})).contains(u"UNDER_REVIEW_2030"_s));
    }

    void events()
    {
        const paxos::Event event = paxos::Event::fromJson(fixture(u"event-approved.json"_s));
        const QString table = renderTable(eventsTable({event}));
        QVERIFY(table.contains(u"Pending -> Approved"_s));
        QVERIFY(table.contains(u"2d9f5f2c-6b1e-4c39-9a55-0c3f0d3b7a11"_s));
        const QString csv = renderCsv(eventsTable({event}));
        QVERIFY(csv.contains(u",identity.approved,2d9f5f2c-6b1e-4c39-9a55-0c3f0d3b7a11,"
                             "2026-03-01T10:00:01.654321123Z,Pending -> Approved,false\r\n"_s));

        const QString line = eventLine(eventsTable({event}));
        QVERIFY(line.startsWith(u"2026-03-01T10:00:01.654321123Z  "_s));
        QVERIFY(line.endsWith(u"Pending -> Approved\n"_s));
        // Fixed columns: the header's columns start where the line's do.
        const QString header = eventLineHeader();
        QCOMPARE(header.indexOf(u"Identity"_s), line.indexOf(u"2d9f5f2c"_s));
    }

    void controlsDocumentsAccountsToken()
    {
        paxos::IdentityControl control;
        control.id = u"c1"_s;
        control.type = u"DORMANT"_s;
        control.setBy = u"SET_BY_CLIENT"_s;
        control.reasonCode = u"INACTIVITY"_s;
        control.isOverridable = true;
        const QString controls = renderCsv(controlsTable({control}));
        QCOMPARE(controls.split(u"\r\n"_s).at(1), u"c1,DORMANT,SET_BY_CLIENT,INACTIVITY,,true,,"_s);
        QVERIFY(renderTable(controlRecord(control)).contains(u"Overridable  yes\n"_s));

        paxos::Document doc;
        doc.fileId = u"f1"_s;
        doc.name = u"a, b.pdf"_s;
        doc.documentTypes = {u"PROOF_OF_FUNDS"_s, u"IDENTITY_VERIFICATION"_s};
        QCOMPARE(renderCsv(documentsTable({doc})).split(u"\r\n"_s).at(1),
                 u"f1,\"a, b.pdf\",PROOF_OF_FUNDS;IDENTITY_VERIFICATION,,"_s);

        paxos::Account account;
        account.id = u"a1"_s;
        account.identityId = u"i1"_s;
        account.type = u"BROKERAGE"_s;
        QVERIFY(renderCsv(accountsTable({account})).contains(u"a1,i1,BROKERAGE,"_s));

        const QString token = renderTable(tokenRecord(u"tok"_s, 3599, {u"a"_s, u"b"_s}));
        QCOMPARE(token,
                 u"Access token    tok\nToken type      bearer\nExpires in (s)  3599\n"
                 "Scopes          a b\n"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"
