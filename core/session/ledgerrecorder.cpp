#include "core/session/ledgerrecorder.h"

#include "core/session/session.h"
#include "core/record/requestledger.h"
#include "paxos/net/requestlog.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace console {

LedgerRecorder::LedgerRecorder(Session *session, RequestLedger *ledger, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_ledger(ledger)
{
    connect(session->requestLog(), &paxos::RequestLog::entryAdded, this, &LedgerRecorder::record);
}

QString LedgerRecorder::identityOf(const paxos::RequestLogEntry &entry)
{
    const QStringList segments = entry.url.path().split(u'/', Qt::SkipEmptyParts);
    const qsizetype at = segments.indexOf(u"identities"_s);
    if (at >= 0 && at + 1 < segments.size())
        return segments.at(at + 1);
    // A read without an id in its path is a list: it concerns no single identity, and its
    // body (up to a thousand identities) is not worth parsing again for nothing.
    if (entry.method == "GET")
        return {};
    const auto objectOf = [](const QByteArray &body) {
        const QJsonDocument doc = QJsonDocument::fromJson(body);
        return doc.isObject() ? doc.object() : QJsonObject();
    };
    const QJsonObject response = objectOf(entry.responseBody);
    if (const QString id = response.value("identity_id"_L1).toString(); !id.isEmpty())
        return id;
    // Create Identity answers with the new identity itself.
    if (at >= 0 && entry.method == "POST" && entry.succeeded())
        return response.value("id"_L1).toString();
    return objectOf(entry.requestBody).value("identity_id"_L1).toString();
}

void LedgerRecorder::record(const paxos::RequestLogEntry &entry)
{
    if (entry.operation == "Token"_L1)
        return;
    LedgerEntry e;
    e.atMs = entry.startedAt.isValid() ? entry.startedAt.toMSecsSinceEpoch() : 0;
    e.environment = m_session->environmentName();
    e.method = QString::fromLatin1(entry.method);
    e.url = entry.url.toString();
    e.httpStatus = entry.httpStatus;
    e.durationMs = entry.durationMs;
    e.requestId = entry.requestId;
    e.identityId = identityOf(entry);
    e.error = entry.error;
    if (const auto stored = m_ledger->append(e); !stored)
        emit failed(
            tr("A call could not be kept in the request ledger: %1").arg(stored.errorMessage()));
}

} // namespace console
