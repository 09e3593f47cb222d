// Every JSON example of the reference decodes and encodes back to exactly itself.
#include "paxos/model/account.h"
#include "paxos/model/control.h"
#include "paxos/model/document.h"
#include "paxos/model/event.h"
#include "paxos/model/identity.h"
#include "paxos/model/page.h"
#include "paxos/model/problem.h"
#include "paxos/model/statusdetails.h"
#include "paxos/model/token.h"
#include "testsupport/testdata.h"

#include <QDir>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace paxos;

namespace {

using Codec = std::function<QJsonObject(const QJsonObject &, const QString &fileName)>;

template<class T> Codec codec()
{
    return [](const QJsonObject &o, const QString &) { return T::fromJson(o).toJson(); };
}

template<class T> Codec pageCodec(QLatin1StringView key = "items"_L1)
{
    return [key](const QJsonObject &o, const QString &) {
        return ListPage<T>::fromJson(o, key).toJson(key);
    };
}

QJsonObject eventObject(const QJsonObject &o, const QString &fileName)
{
    if (fileName.startsWith("identity_summary_status_change"_L1))
        return IdentitySummaryStatusChange::fromJson(o).toJson();
    if (fileName.startsWith("identity_documents_required"_L1))
        return IdentityDocumentsRequired::fromJson(o).toJson();
    if (fileName.startsWith("identity_kyc_refresh"_L1))
        return IdentityKycRefresh::fromJson(o).toJson();
    if (fileName.startsWith("identity_control"_L1))
        return IdentityControlEventObject::fromJson(o).toJson();
    QTest::qFail("no event object kind for this file name", __FILE__, __LINE__);
    return {};
}

QHash<QString, Codec> codecs()
{
    return {
        {u"identity"_s, codec<Identity>()},
        {u"identity_list"_s, pageCodec<Identity>()},
        {u"status_details"_s, codec<StatusDetails>()},
        {u"control"_s, codec<IdentityControl>()},
        {u"control_list"_s, pageCodec<IdentityControl>()},
        {u"control_request"_s, codec<CreateIdentityControlRequest>()},
        {u"event"_s, codec<Event>()},
        {u"event_list"_s, pageCodec<Event>("events"_L1)},
        {u"event_object"_s, eventObject},
        {u"webhook"_s, codec<WebhookNotification>()},
        {u"document_list"_s, codec<DocumentList>()},
        {u"document_upload_ticket"_s, codec<DocumentUploadTicket>()},
        {u"document_upload_request"_s, codec<DocumentUploadRequest>()},
        {u"account"_s, codec<Account>()},
        {u"create_account_request"_s, codec<CreateAccountRequest>()},
        {u"update_account_request"_s, codec<UpdateAccountRequest>()},
        {u"account_members"_s, codec<AddAccountMembersRequest>()},
        {u"institution_members"_s, codec<AddInstitutionMembersRequest>()},
        {u"sandbox_status_request"_s, codec<SandboxSetIdentityStatusRequest>()},
        {u"problem"_s, codec<Problem>()},
        {u"token"_s, codec<TokenResponse>()},
    };
}

} // namespace

class TestRoundTrip : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void everyFolderHasACodec();
};

void TestRoundTrip::fixtures_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("file");
    const QDir root(testsupport::testDataPath(u"model"_s));
    int rows = 0;
    for (const QString &folder : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        for (const QString &file :
             QDir(root.filePath(folder)).entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
            QTest::addRow("%s/%s", qPrintable(folder), qPrintable(file)) << folder << file;
            ++rows;
        }
    }
    QVERIFY2(rows >= 50, "the model fixtures are missing");
}

void TestRoundTrip::fixtures()
{
    QFETCH(QString, folder);
    QFETCH(QString, file);
    const QByteArray bytes = testsupport::readTestData(u"model/"_s + folder + u'/' + file);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(doc.isObject());
    const auto all = codecs();
    QVERIFY2(all.contains(folder), qPrintable(folder));
    const QJsonObject out = all.value(folder)(doc.object(), file);
    if (out != doc.object()) {
        qWarning("expected %s\nactual   %s", doc.toJson(QJsonDocument::Compact).constData(),
                 QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    }
    QCOMPARE(out, doc.object());
}

void TestRoundTrip::everyFolderHasACodec()
{
    const QDir root(testsupport::testDataPath(u"model"_s));
    const auto all = codecs();
    for (const QString &folder : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot))
        QVERIFY2(all.contains(folder), qPrintable(folder));
}

QTEST_GUILESS_MAIN(TestRoundTrip)
#include "tst_roundtrip.moc"
