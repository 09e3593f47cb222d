#pragma once

#include "paxos/api/job.h"
#include "paxos/net/connection.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QUrl>

#include <memory>

namespace clienttest {

// A connection to a paxos-sandbox at `server` with the built-in demo client.
std::unique_ptr<paxos::Connection>
connect(const QUrl &server, const QStringList &scopes = paxos::Connection::allScopes(),
        const QString &clientId = QStringLiteral("demo"),
        const QString &secret = QStringLiteral("demo-secret"));

// The guide's example person with a fresh ref_id and a cip_id no other test uses.
QJsonObject newPerson(const QString &refId = {});
QString uniqueCipId();

// Starts the job (autoDelete off) and waits for finished. The job stays the caller's.
bool run(paxos::Job *job, int timeoutMs = 20000);

// The sandbox admin API (loopback only, outside /v2/): PUT/POST a JSON body, get the answer.
QJsonObject admin(const QUrl &server, const QByteArray &method, const QString &path,
                  const QJsonObject &body = {});

} // namespace clienttest
