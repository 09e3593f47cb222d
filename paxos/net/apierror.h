#pragma once

#include "paxos/model/problem.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace paxos {

// Why a call did not succeed. An error is a value: it says what happened in words a
// compliance officer can read (message()), and keeps the raw material (HTTP status, the
// Problem with the server's body) one step away.
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(paxos::ApiError)
public:
    enum class Kind {
        Problem, // the API answered with an error status (see problem())
        DuplicateCipId, // Create Identity 409: (cip_id, cip_id_type, cip_id_country) taken
        DuplicateRefId, // Create Identity 409: the ref_id already names an identity
        MissingScope, // the granted token lacks a scope the call needs; nothing was sent
        Authentication, // the token endpoint rejected the credentials or the scopes
        Network, // connection refused, dropped, TLS, DNS …
        Timeout, // no progress within the transfer timeout, retries exhausted
        Cancelled, // the caller cancelled
        Decode, // a 2xx whose body is not what the operation promises
        InvalidArgument, // the call was refused before sending (bad id, empty name, …)
        NotConfigured, // no credentials or no valid environment
    };

    ApiError() = default;

    static ApiError fromHttp(int httpStatus, const QByteArray &body);
    static ApiError missingScope(const QStringList &scopes);
    static ApiError authentication(int httpStatus, const QByteArray &body);
    static ApiError network(const QString &detail);
    static ApiError timeout(qint64 timeoutMs);
    static ApiError cancelled();
    static ApiError decode(const QString &detail);
    static ApiError invalidArgument(const QString &detail);
    static ApiError notConfigured(const QString &detail);

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    const std::optional<Problem> &problem() const { return m_problem; }
    // DuplicateCipId / DuplicateRefId: the identity that already holds the value.
    QString existingId() const { return m_existingId; }
    // MissingScope: the scopes that were needed but not granted.
    QStringList scopes() const { return m_scopes; }
    // Transport or decoding detail (untranslated, technical).
    QString detail() const { return m_detail; }

    bool isNotFound() const { return m_httpStatus == 404; }
    bool isRateLimited() const { return m_httpStatus == 429; }
    // One sentence for people, translated.
    QString message() const;
    // A stable machine name for the kind, for the CLI's JSON output and logs.
    static QString kindKey(Kind kind);

private:
    Kind m_kind = Kind::Problem;
    int m_httpStatus = 0;
    std::optional<Problem> m_problem;
    QString m_existingId;
    QStringList m_scopes;
    QString m_detail;
};

} // namespace paxos

Q_DECLARE_METATYPE(paxos::ApiError)
