#include "apiclient.h"
#include "support/sandboxprocess.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace sandboxtest;

namespace {

const QByteArray kPng("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
const QByteArray kPdf("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n");

} // namespace

// Document upload (the URL request, the PUT of the bytes, limits) and List Documents with
// pending_documents; EDD closes once every requested type is uploaded.
class TestDocuments : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void uploadAndList();
    void eddApprovesOnceAllTypesAreUploaded();
    void requestErrors_data();
    void requestErrors();
    void bytesErrors();
    void curlUploadFile();
    void oversizedUploadIs413();

private:
    QString uploadUrl(const QString &identityId, const QString &name, const QJsonArray &types,
                      Reply *reply = nullptr);
    std::unique_ptr<ApiClient> m_client;
};

void TestDocuments::initTestCase()
{
    m_client = std::make_unique<ApiClient>(testsupport::sharedSandboxUrl());
    QVERIFY(!m_client->authenticate().isEmpty());
}

QString TestDocuments::uploadUrl(const QString &identityId, const QString &name,
                                 const QJsonArray &types, Reply *reply)
{
    const Reply r = m_client->put(u"/v2/identity/identities/%1/documents"_s.arg(identityId),
                                  {{u"name"_s, name}, {u"document_types"_s, types}});
    if (reply)
        *reply = r;
    return r.json.value(u"upload_url").toString();
}

void TestDocuments::uploadAndList()
{
    const QString id = m_client->createPerson().json.value(u"id").toString();
    Reply requested;
    const QString url =
        uploadUrl(id, u"Proof_of_residence.png"_s, {u"PROOF_OF_RESIDENCY"_s}, &requested);
    QCOMPARE(requested.status, 200);
    QCOMPARE(requested.json.value(u"name").toString(), u"Proof_of_residence.png"_s);
    const QString fileId = requested.json.value(u"file_id").toString();
    QVERIFY(!QUuid::fromString(fileId).isNull());
    QVERIFY(QUrl(url).isValid());
    QCOMPARE(QUrl(url).port(), m_client->base().port());

    // Not listed until the bytes arrive.
    const QString listPath = u"/v2/identity/identities/%1/documents"_s.arg(id);
    QCOMPARE(m_client->get(listPath).json.value(u"documents").toArray().size(), 0);

    ApiClient anonymous(QUrl(url).adjusted(QUrl::RemovePath));
    const Reply uploaded =
        anonymous.send("PUT", QUrl(url).path(), kPng, {{"Content-Type", "image/png"}}, false);
    QCOMPARE(uploaded.status, 200);

    const Reply listed = m_client->get(listPath + u"?include_pending_docs=true"_s);
    QCOMPARE(listed.status, 200);
    const QJsonArray documents = listed.json.value(u"documents").toArray();
    QCOMPARE(documents.size(), 1);
    const QJsonObject doc = documents.first().toObject();
    QCOMPARE(doc.value(u"file_id").toString(), fileId);
    QCOMPARE(doc.value(u"document_types").toArray(), QJsonArray{u"PROOF_OF_RESIDENCY"_s});
    QVERIFY(doc.value(u"created_at").toString().endsWith(u'Z'));
    QCOMPARE(listed.json.value(u"pending_documents").toArray().size(), 0);
    QVERIFY(!m_client->get(listPath).json.contains(u"pending_documents"));

    // The same name again: 409 with meta.existing.name.
    Reply duplicate;
    uploadUrl(id, u"Proof_of_residence.png"_s, {u"PROOF_OF_RESIDENCY"_s}, &duplicate);
    QCOMPARE(duplicate.status, 409);
    QCOMPARE(duplicate.detail(), u"file named \"Proof_of_residence.png\" already exists"_s);
    QCOMPARE(duplicate.json.value(u"meta")
                 .toObject()
                 .value(u"existing")
                 .toObject()
                 .value(u"name")
                 .toString(),
             u"Proof_of_residence.png"_s);
}

void TestDocuments::eddApprovesOnceAllTypesAreUploaded()
{
    const QString id =
        m_client
            ->createPerson({{u"sandbox.scenario"_s, u"edd:PROOF_OF_FUNDS,PROOF_OF_RESIDENCY"_s}})
            .json.value(u"id")
            .toString();
    const QString path = u"/v2/identity/identities/"_s + id;
    Reply identity = m_client->get(path);
    QCOMPARE(identity.json.value(u"status").toString(), u"PENDING"_s);
    const QJsonArray requirements =
        identity.json.value(u"status_details").toObject().value(u"requirements").toArray();
    QCOMPARE(requirements.size(), 1);
    QCOMPARE(requirements.first().toObject().value(u"type").toString(),
             u"ENHANCED_DUE_DILIGENCE"_s);
    QCOMPARE(requirements.first().toObject().value(u"awaiting_action_from").toString(),
             u"CLIENT"_s);
    QCOMPARE(m_client->get(path + u"/documents?include_pending_docs=true"_s)
                 .json.value(u"pending_documents")
                 .toArray(),
             (QJsonArray{u"PROOF_OF_FUNDS"_s, u"PROOF_OF_RESIDENCY"_s}));

    const QString first = uploadUrl(id, u"bank.pdf"_s, {u"PROOF_OF_FUNDS"_s});
    ApiClient anonymous(m_client->base());
    QCOMPARE(anonymous.send("PUT", QUrl(first).path(), kPdf, {}, false).status, 200);
    QCOMPARE(m_client->get(path + u"/documents?include_pending_docs=true"_s)
                 .json.value(u"pending_documents")
                 .toArray(),
             QJsonArray{u"PROOF_OF_RESIDENCY"_s});
    QCOMPARE(m_client->get(path).json.value(u"status").toString(), u"PENDING"_s);

    const QString second =
        uploadUrl(id, u"utility-bill.jpg"_s, {u"PROOF_OF_RESIDENCY"_s, u"OTHER_DOCUMENTS"_s});
    QCOMPARE(
        anonymous.send("PUT", QUrl(second).path(), QByteArray("\xFF\xD8\xFF\xE0jfif", 8), {}, false)
            .status,
        200);
    identity = m_client->get(path);
    QCOMPARE(identity.json.value(u"status").toString(), u"APPROVED"_s);
    QCOMPARE(eventsFor(*m_client, id, u"identity.approved"_s).size(), 1);
    QCOMPARE(m_client->get(path + u"/documents"_s).json.value(u"documents").toArray().size(), 2);
}

void TestDocuments::requestErrors_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");
    QTest::newRow("no name") << QJsonObject{{u"document_types"_s,
                                             QJsonValue(QJsonArray{u"APPLICATION"_s})}}
                             << 400 << u"must provide a file name, up to 260 characters"_s;
    QTest::newRow("long name") << QJsonObject{{u"name"_s,
                                               QJsonValue(QString(257, u'a') + u".pdf"_s)},
                                              {u"document_types"_s, QJsonArray{u"APPLICATION"_s}}}
                               << 400 << u"must provide a file name, up to 260 characters"_s;
    QTest::newRow("exe") << QJsonObject{{u"name"_s, u"tool.exe"_s},
                                        {u"document_types"_s, QJsonArray{u"APPLICATION"_s}}}
                         << 400 << u"name: file type must be pdf, jpg or png"_s;
    QTest::newRow("bad type") << QJsonObject{{u"name"_s, u"a.pdf"_s},
                                             {u"document_types"_s, QJsonArray{u"UTILITY_BILL"_s}}}
                              << 400 << u"document_types contains an invalid value"_s;
    QTest::newRow("no types") << QJsonObject{{u"name"_s, QJsonValue(u"a.pdf"_s)}} << 400
                              << u"document_types must be a non-empty array"_s;
}

void TestDocuments::requestErrors()
{
    QFETCH(QJsonObject, body);
    QFETCH(int, status);
    QFETCH(QString, detail);
    const QString id = m_client->createPerson().json.value(u"id").toString();
    const Reply reply = m_client->put(u"/v2/identity/identities/%1/documents"_s.arg(id), body);
    QCOMPARE(reply.status, status);
    QVERIFY2(reply.detail().startsWith(detail), qPrintable(reply.detail()));
}

void TestDocuments::bytesErrors()
{
    const QString unknown =
        u"/v2/identity/identities/6f1c3a43-0000-4000-8000-000000000000/documents"_s;
    QCOMPARE(
        m_client
            ->put(unknown,
                  {{u"name"_s, u"a.pdf"_s}, {u"document_types"_s, QJsonArray{u"APPLICATION"_s}}})
            .detail(),
        u"identity does not exist"_s);
    QCOMPARE(m_client->get(unknown).detail(),
             u"Identity with id 6f1c3a43-0000-4000-8000-000000000000 doesn't exist"_s);
    const QString id = m_client->createPerson().json.value(u"id").toString();
    const QString url = uploadUrl(id, u"scan.png"_s, {u"IDENTITY_VERIFICATION"_s});
    ApiClient anonymous(m_client->base());
    const Reply notAnImage = anonymous.send("PUT", QUrl(url).path(), "hello world", {}, false);
    QCOMPARE(notAnImage.status, 400);
    QCOMPARE(notAnImage.detail(), u"the file is not a PDF, JPEG or PNG document"_s);
    QCOMPARE(anonymous.send("PUT", QUrl(url).path(), {}, {}, false).status, 400);
    QCOMPARE(anonymous.send("POST", QUrl(url).path(), kPng, {}, false).status, 405);
    QCOMPARE(anonymous.send("PUT", u"/sandbox-uploads/unknown"_s, kPng, {}, false).status, 404);
}

void TestDocuments::curlUploadFile()
{
    if (QStandardPaths::findExecutable(u"curl"_s).isEmpty())
        QSKIP("curl is not installed");
    const QString id = m_client->createPerson().json.value(u"id").toString();
    const QString url = uploadUrl(id, u"Proof_of_residence.pdf"_s, {u"PROOF_OF_RESIDENCY"_s});
    QTemporaryDir dir;
    QFile file(dir.filePath(u"Proof_of_residence.pdf"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kPdf + QByteArray(2 * 1024 * 1024, 'x')); // large enough for Expect: 100-continue
    file.close();
    QProcess curl;
    curl.setWorkingDirectory(dir.path());
    // The guide's form: curl --upload-file Proof_of_residence.jpg $URI
    curl.start(u"curl"_s,
               {u"--silent"_s, u"--show-error"_s, u"--fail"_s, u"--noproxy"_s, u"*"_s,
                u"--upload-file"_s, u"Proof_of_residence.pdf"_s, url});
    QVERIFY(curl.waitForFinished(30000));
    QCOMPARE(curl.exitCode(), 0);
    QCOMPARE(m_client->get(u"/v2/identity/identities/%1/documents"_s.arg(id))
                 .json.value(u"documents")
                 .toArray()
                 .size(),
             1);
}

void TestDocuments::oversizedUploadIs413()
{
    const QString id = m_client->createPerson().json.value(u"id").toString();
    const QUrl url(uploadUrl(id, u"huge.pdf"_s, {u"PROOF_OF_FUNDS"_s}));
    // Announce 100 MB (the limit is "< 100 MB") and send only the start: the answer must come
    // straight away, without the sandbox buffering the body.
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port()));
    QVERIFY(socket.waitForConnected(5000));
    socket.write("PUT " + url.path().toLatin1() + " HTTP/1.1\r\nHost: " + url.authority().toLatin1()
                 + "\r\nContent-Length: 104857600\r\n\r\n" + kPdf);
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n\r\n{"), 5000);
    QVERIFY(answer.startsWith("HTTP/1.1 413 "));
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).endsWith("}"), 5000);
    const QJsonObject problem =
        QJsonDocument::fromJson(answer.mid(answer.indexOf("\r\n\r\n") + 4)).object();
    QCOMPARE(problem.value(u"status").toInt(), 413);
    QCOMPARE(problem.value(u"title").toString(), u"Payload Too Large"_s);
}

QTEST_GUILESS_MAIN(TestDocuments)
#include "tst_documents.moc"
