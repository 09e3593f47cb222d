#pragma once

#include "paxos/net/redaction.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <deque>
#include <optional>

namespace paxos {

// One HTTP exchange (one attempt of one call), already redacted: no bearer token, client
// secret or access token is ever stored here, and cip_id / date_of_birth are masked.
struct RequestLogEntry
{
    quint64 id = 0; // assigned by RequestLog, increasing
    quint64 callId = 0; // the same for every attempt of one call
    int attempt = 1; // 1 for the first try
    QString operation; // e.g. "CreateIdentity", "Token"
    QDateTime startedAt; // UTC
    qint64 durationMs = 0;

    QByteArray method;
    QUrl url;
    redact::HeaderList requestHeaders;
    QByteArray requestBody;
    QByteArray requestContentType;
    // A raw file upload: the body is not logged, cURL renders --upload-file with this name.
    QString uploadFileName;

    int httpStatus = 0; // 0 when no HTTP response arrived
    redact::HeaderList responseHeaders;
    QByteArray responseBody;
    QString error; // transport error text, empty on an HTTP response
    bool retried = false; // another attempt followed this one
    // The server's request id when the response carried one, else the X-Request-Id sent.
    QString requestId;
    // The identity the call concerned (identityConcerned()), stamped by RequestLog::append:
    // the detail pane's Calls tab and the request ledger both file the call under it.
    QString identityId;

    bool succeeded() const { return httpStatus >= 200 && httpStatus < 300 && error.isEmpty(); }
};

// The server's id for a response (x-request-id, else request-id); empty when it sent none.
// Paxos documents neither header; these are the names servers commonly use.
QString responseRequestId(const redact::HeaderList &headers);

// The identity a call concerned: the id in an /identities/{id} path, else the identity_id the
// query named (List Controls), else for a write the identity_id (or a created identity's id)
// in the response, else the identity_id the request sent. Empty for lists and token calls.
QString identityConcerned(const RequestLogEntry &entry);

// Renders an entry as a cURL command in the shape of the Paxos guide's commands: the URL
// after `curl --location`, then one `--request`, `--header` or `--data` option per line,
// lines joined with " \" + newline.
// Secrets are placeholders ({access_token}, {paxos_client_id}, {paxos_secret}). The token
// request is rendered with --data-urlencode because the client sends it urlencoded.
QString toCurl(const RequestLogEntry &entry);

// A bounded, in-memory log of every call the connection makes. Entries are redacted on the
// way in (append() redacts again, so a caller cannot put a secret in by mistake).
class RequestLog : public QObject
{
    Q_OBJECT
public:
    explicit RequestLog(qsizetype capacity = 1000, QObject *parent = nullptr);

    qsizetype capacity() const { return m_capacity; }
    void setCapacity(qsizetype capacity);
    // Bodies longer than this are cut (with a note), so a large list does not eat memory.
    static constexpr qsizetype kMaxBodyBytes = 256 * 1024;
    // false: response bodies are not kept (nor redacted: that walk costs as much as decoding
    // the answer), for a user of the log that never shows them (paxosctl without --verbose).
    void setKeepResponseBodies(bool keep) { m_keepResponseBodies = keep; }
    bool keepsResponseBodies() const { return m_keepResponseBodies; }

    // Redacts, numbers, files under its identity (when the caller did not) and stores the
    // entry; returns its id.
    quint64 append(RequestLogEntry entry);
    QList<RequestLogEntry> entries() const;
    std::optional<RequestLogEntry> entry(quint64 id) const;
    qsizetype size() const { return qsizetype(m_entries.size()); }
    void clear();

    // A new call id for grouping attempts.
    quint64 nextCallId() { return ++m_lastCallId; }

signals:
    void entryAdded(const paxos::RequestLogEntry &entry);
    void cleared();

private:
    qsizetype m_capacity;
    std::deque<RequestLogEntry> m_entries;
    quint64 m_lastId = 0;
    quint64 m_lastCallId = 0;
    bool m_keepResponseBodies = true;
};

} // namespace paxos

Q_DECLARE_METATYPE(paxos::RequestLogEntry)
