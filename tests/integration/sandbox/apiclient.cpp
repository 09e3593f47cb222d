#include "apiclient.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace sandboxtest {

QByteArray Reply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ApiClient::ApiClient(QUrl base)
    : m_base(std::move(base))
{
    m_network.setProxy(QNetworkProxy::NoProxy);
}

QString ApiClient::authenticate(const QString &scope, const QString &clientId,
                                const QString &secret)
{
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
    form.addQueryItem(u"client_id"_s, clientId);
    form.addQueryItem(u"client_secret"_s, secret);
    if (!scope.isEmpty())
        form.addQueryItem(u"scope"_s, scope);
    const Reply reply = send("POST", u"/oauth2/token"_s, form.toString(QUrl::FullyEncoded).toUtf8(),
                             {{"Content-Type", "application/x-www-form-urlencoded"}}, false);
    m_token = reply.json.value(u"access_token").toString();
    return m_token;
}

Reply ApiClient::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                      const QList<QPair<QByteArray, QByteArray>> &headers, bool withToken)
{
    QUrl url = m_base;
    const qsizetype q = pathAndQuery.indexOf(u'?');
    url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(60000);
    if (withToken && !m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(60000);
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    for (const auto &pair : reply->rawHeaderPairs())
        out.headers.append(pair);
    if (reply->error() != QNetworkReply::NoError)
        out.networkError = reply->errorString();
    reply->deleteLater();
    return out;
}

Reply ApiClient::post(const QString &path, const QJsonObject &body)
{
    return send("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Reply ApiClient::put(const QString &path, const QJsonObject &body)
{
    return send("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Reply ApiClient::createPerson(const QJsonObject &metadata, QJsonObject *sent)
{
    QJsonObject body = examplePerson(uniqueRefId(), uniqueSsn());
    if (!metadata.isEmpty())
        body.insert(u"metadata"_s, metadata);
    if (sent)
        *sent = body;
    return post(u"/v2/identity/identities"_s, body);
}

Reply ApiClient::admin(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    return send(method, path,
                body.isEmpty() && method == "GET"
                    ? QByteArray()
                    : QJsonDocument(body).toJson(QJsonDocument::Compact),
                {}, false);
}

QString uniqueRefId(const QString &prefix)
{
    static QAtomicInteger<int> counter;
    return u"%1-%2-%3-%4"_s.arg(prefix, QCoreApplication::applicationName())
        .arg(QCoreApplication::applicationPid())
        .arg(counter.fetchAndAddRelaxed(1) * 1000 + int(QRandomGenerator::global()->bounded(1000)));
}

QString uniqueSsn()
{
    // 9xx area numbers are never issued as real SSNs; a random 8-digit tail keeps parallel
    // suites apart.
    const quint32 n = QRandomGenerator::global()->bounded(100000000u);
    return u"9%1-%2-%3"_s.arg(n / 1000000, 2, 10, QLatin1Char('0'))
        .arg(n / 10000 % 100, 2, 10, QLatin1Char('0'))
        .arg(n % 10000, 4, 10, QLatin1Char('0'));
}

QJsonObject examplePerson(const QString &refId, const QString &ssn)
{
    return QJsonObject{
        {u"ref_id"_s, refId},
        {u"person_details"_s,
         QJsonObject{{u"verifier_type"_s, u"PASSTHROUGH"_s},
                     {u"passthrough_verifier_type"_s, u"JUMIO"_s},
                     {u"passthrough_verified_at"_s, u"2021-06-16T09:28:14Z"_s},
                     {u"passthrough_verification_id"_s, u"775300ef-4edb-47b9-8ec4-f45fe3cbf41f"_s},
                     {u"passthrough_verification_status"_s, u"APPROVED"_s},
                     {u"passthrough_verification_fields"_s,
                      QJsonArray{u"FULL_LEGAL_NAME"_s, u"DATE_OF_BIRTH"_s}},
                     {u"first_name"_s, u"Billy"_s},
                     {u"last_name"_s, u"Duncan"_s},
                     {u"date_of_birth"_s, u"1960-01-01"_s},
                     {u"address"_s,
                      QJsonObject{{u"address1"_s, u"123 Main St"_s},
                                  {u"city"_s, u"New York"_s},
                                  {u"province"_s, u"NY"_s},
                                  {u"country"_s, u"USA"_s},
                                  {u"zip_code"_s, u"10001"_s}}},
                     {u"nationality"_s, u"USA"_s},
                     {u"cip_id"_s, ssn},
                     {u"cip_id_type"_s, u"SSN"_s},
                     {u"cip_id_country"_s, u"USA"_s},
                     {u"phone_number"_s, u"+1 555 678 1234"_s},
                     {u"email"_s, u"example@somemail.org"_s}}},
        {u"customer_due_diligence"_s,
         QJsonObject{{u"estimated_yearly_income"_s, u"INCOME_50K_TO_100K"_s},
                     {u"expected_transfer_value"_s, u"TRANSFER_VALUE_25K_TO_50K"_s},
                     {u"source_of_wealth"_s, u"EMPLOYMENT_INCOME"_s},
                     {u"employment_status"_s, u"FULL_TIME"_s},
                     {u"employment_industry_sector"_s, u"ARTS_ENTERTAINMENT_RECREATION"_s}}}};
}

QJsonArray eventsFor(ApiClient &client, const QString &identityId, const QString &type)
{
    QJsonArray out;
    QString after;
    // Walk the whole (shared) event log with created_at.gt, 100 at a time.
    while (true) {
        QString query = u"/v2/events?limit=100"_s;
        if (!type.isEmpty())
            query += u"&type="_s + type;
        if (!after.isEmpty())
            query += u"&created_at.gt="_s + QString::fromLatin1(QUrl::toPercentEncoding(after));
        const Reply reply = client.get(query);
        const QJsonArray events = reply.json.value(u"events").toArray();
        for (const QJsonValue &event : events) {
            if (event.toObject().value(u"object").toObject().value(u"identity_id").toString()
                == identityId)
                out.append(event);
        }
        if (events.size() < 100)
            return out;
        after = events.last().toObject().value(u"created_at").toString();
    }
}

} // namespace sandboxtest

#include <QTcpSocket>

namespace sandboxtest {

QByteArray WebhookReceiver::Call::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject WebhookReceiver::Call::json() const
{
    return QJsonDocument::fromJson(body).object();
}

WebhookReceiver::WebhookReceiver(QList<int> statuses)
    : m_statuses(std::move(statuses))
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &WebhookReceiver::onConnection);
}

QUrl WebhookReceiver::url() const
{
    return QUrl(u"http://127.0.0.1:%1/hooks/paxos"_s.arg(m_server.serverPort()));
}

void WebhookReceiver::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            *buffer += socket->readAll();
            while (true) {
                const qsizetype end = buffer->indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                Call call;
                const QList<QByteArray> lines = buffer->left(end).split('\n');
                const QList<QByteArray> first = lines.first().trimmed().split(' ');
                call.method = first.value(0);
                call.path = first.value(1);
                qsizetype length = 0;
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines.at(i).indexOf(':');
                    if (colon <= 0)
                        continue;
                    const QByteArray name = lines.at(i).left(colon).trimmed();
                    const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
                    call.headers.append({name, value});
                    if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                        length = value.toLongLong();
                }
                if (buffer->size() < end + 4 + length)
                    return;
                call.body = buffer->mid(end + 4, length);
                buffer->remove(0, end + 4 + length);
                const int status = m_statuses.isEmpty() ? 200 : m_statuses.takeFirst();
                m_calls.append(call);
                socket->write("HTTP/1.1 " + QByteArray::number(status)
                              + " X\r\nContent-Length: 0\r\n\r\n");
                emit received();
            }
        });
    }
}

} // namespace sandboxtest
