#include "support/clienttest.h"

#include "paxos/model/examples.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace clienttest {

std::unique_ptr<paxos::Connection> connect(const QUrl &server, const QStringList &scopes,
                                           const QString &clientId, const QString &secret)
{
    auto connection = std::make_unique<paxos::Connection>();
    connection->setEnvironment(paxos::Environment::localSandbox(server));
    connection->setCredentials(clientId, secret, scopes);
    return connection;
}

QString uniqueCipId()
{
    // SSN-shaped and random: test processes share one sandbox, so a counter would collide.
    // (The sandbox seeds 1xx-xx-xxxx; these start with 2-8.)
    const quint32 serial = 200000000u + QRandomGenerator::system()->bounded(700000000u);
    const QString digits = QString::number(serial);
    return digits.left(3) + u'-' + digits.mid(3, 2) + u'-' + digits.mid(5);
}

QJsonObject newPerson(const QString &refId)
{
    QJsonObject body = paxos::examples::sandboxExamplePerson(
        refId.isEmpty() ? paxos::examples::newRefId() : refId);
    QJsonObject person = body.value("person_details"_L1).toObject();
    person.insert(u"cip_id"_s, uniqueCipId());
    body.insert(u"person_details"_s, person);
    return body;
}

bool run(paxos::Job *job, int timeoutMs)
{
    job->setAutoDelete(false);
    QSignalSpy finished(job, &paxos::Job::finished);
    job->start();
    return finished.wait(timeoutMs);
}

QJsonObject admin(const QUrl &server, const QByteArray &method, const QString &path,
                  const QJsonObject &body)
{
    QNetworkAccessManager network;
    QUrl url = server;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    QNetworkReply *reply = network.sendCustomRequest(
        request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(10000))
        qWarning("admin call %s timed out", qPrintable(path));
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    if (reply->error() != QNetworkReply::NoError)
        qWarning("admin call %s failed: %s", qPrintable(path), qPrintable(reply->errorString()));
    reply->deleteLater();
    return answer;
}

} // namespace clienttest
