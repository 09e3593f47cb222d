#include "paxos/net/apierror.h"

using namespace Qt::StringLiterals;

namespace paxos {

ApiError ApiError::fromHttp(int httpStatus, const QByteArray &body)
{
    ApiError e;
    e.m_httpStatus = httpStatus;
    e.m_problem = Problem::fromBody(httpStatus, body);
    if (!e.m_problem) {
        // A 1xx/2xx/3xx reported as an error by a caller: keep the status, invent nothing.
        Problem p;
        p.status = httpStatus;
        p.title = Problem::reasonPhrase(httpStatus);
        p.body = body;
        e.m_problem = p;
    }
    if (httpStatus == 409 && e.m_problem->isDuplicateCipId()) {
        e.m_kind = Kind::DuplicateCipId;
        e.m_existingId = e.m_problem->existingId();
    } else if (httpStatus == 409 && e.m_problem->isDuplicateRefId()) {
        e.m_kind = Kind::DuplicateRefId;
        e.m_existingId = e.m_problem->existingId();
    }
    return e;
}

ApiError ApiError::missingScope(const QStringList &scopes)
{
    ApiError e;
    e.m_kind = Kind::MissingScope;
    e.m_scopes = scopes;
    return e;
}

ApiError ApiError::authentication(int httpStatus, const QByteArray &body)
{
    ApiError e = fromHttp(httpStatus, body);
    e.m_kind = Kind::Authentication;
    e.m_existingId.clear();
    return e;
}

ApiError ApiError::network(const QString &detail)
{
    ApiError e;
    e.m_kind = Kind::Network;
    e.m_detail = detail;
    return e;
}

ApiError ApiError::timeout(qint64 timeoutMs)
{
    ApiError e;
    e.m_kind = Kind::Timeout;
    e.m_detail = u"no response within %1 ms"_s.arg(timeoutMs);
    return e;
}

ApiError ApiError::cancelled()
{
    ApiError e;
    e.m_kind = Kind::Cancelled;
    return e;
}

ApiError ApiError::decode(const QString &detail)
{
    ApiError e;
    e.m_kind = Kind::Decode;
    e.m_detail = detail;
    return e;
}

ApiError ApiError::invalidArgument(const QString &detail)
{
    ApiError e;
    e.m_kind = Kind::InvalidArgument;
    e.m_detail = detail;
    return e;
}

ApiError ApiError::notConfigured(const QString &detail)
{
    ApiError e;
    e.m_kind = Kind::NotConfigured;
    e.m_detail = detail;
    return e;
}

QString ApiError::message() const
{
    const QString server = m_problem ? m_problem->summary() : QString();
    switch (m_kind) {
    case Kind::Problem:
        switch (m_httpStatus) {
        case 400:
            return tr("The request was not accepted: %1").arg(server);
        case 401:
            return tr("Paxos did not accept the access token: %1").arg(server);
        case 403:
            return tr("Not allowed: %1").arg(server);
        case 404:
            return tr("Not found: %1").arg(server);
        case 409:
            return tr("Conflict: %1").arg(server);
        case 429:
            return tr("Paxos is limiting the request rate; try again in a few minutes.");
        default:
            if (m_httpStatus >= 500)
                return tr("The Paxos service failed (HTTP %1): %2").arg(m_httpStatus).arg(server);
            return tr("HTTP %1: %2").arg(m_httpStatus).arg(server);
        }
    case Kind::DuplicateCipId:
        return tr("An identity with this government ID (cip_id, type and country) already "
                  "exists: %1.")
            .arg(m_existingId);
    case Kind::DuplicateRefId:
        return tr("An identity with this reference id (ref_id) already exists: %1.")
            .arg(m_existingId);
    case Kind::MissingScope:
        return tr("The API credentials were not granted the scope %1, which this action needs. "
                  "Add it to the API key in the Paxos Dashboard.")
            .arg(m_scopes.join(u", "_s));
    case Kind::Authentication:
        return tr("Signing in to Paxos failed: %1").arg(server);
    case Kind::Network:
        return tr("Could not reach Paxos: %1").arg(m_detail);
    case Kind::Timeout:
        return tr("Paxos did not answer in time.");
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::Decode:
        return tr("Paxos sent a response this version cannot read: %1").arg(m_detail);
    case Kind::InvalidArgument:
        return tr("Invalid request: %1").arg(m_detail);
    case Kind::NotConfigured:
        return tr("The connection is not set up: %1").arg(m_detail);
    }
    return {};
}

QString ApiError::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Problem:
        return u"problem"_s;
    case Kind::DuplicateCipId:
        return u"duplicate_cip_id"_s;
    case Kind::DuplicateRefId:
        return u"duplicate_ref_id"_s;
    case Kind::MissingScope:
        return u"missing_scope"_s;
    case Kind::Authentication:
        return u"authentication"_s;
    case Kind::Network:
        return u"network"_s;
    case Kind::Timeout:
        return u"timeout"_s;
    case Kind::Cancelled:
        return u"cancelled"_s;
    case Kind::Decode:
        return u"decode"_s;
    case Kind::InvalidArgument:
        return u"invalid_argument"_s;
    case Kind::NotConfigured:
        return u"not_configured"_s;
    }
    return {};
}

} // namespace paxos
