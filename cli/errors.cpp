#include "cli/errors.h"

#include "cli/commands.h"
#include "cli/output.h"

using namespace Qt::StringLiterals;

namespace paxosctl {

int exitCodeFor(const paxos::ApiError &error)
{
    using Kind = paxos::ApiError::Kind;
    switch (error.kind()) {
    case Kind::Problem:
        return (error.httpStatus() == 401 || error.httpStatus() == 403) ? ExitNetworkOrAuth
                                                                        : ExitApiProblem;
    case Kind::DuplicateCipId:
    case Kind::DuplicateRefId:
    case Kind::Decode:
        return ExitApiProblem;
    case Kind::MissingScope:
    case Kind::Authentication:
    case Kind::Network:
    case Kind::Timeout:
    case Kind::NotConfigured:
        return ExitNetworkOrAuth;
    case Kind::Cancelled:
        return ExitInterrupted;
    case Kind::InvalidArgument:
        return ExitUsage;
    }
    return ExitApiProblem;
}

QString errorText(const paxos::ApiError &error)
{
    QString out = u"paxosctl: "_s + error.message() + u'\n';
    const auto line = [&out](const QString &label, const QString &value) {
        if (!value.isEmpty())
            out += u"  "_s + label + u": "_s + value + u'\n';
    };
    if (const auto &p = error.problem()) {
        line(tr("type"), p->type);
        line(tr("title"), p->title);
        line(tr("status"), p->status ? QString::number(p->status) : QString());
        line(tr("detail"), p->detail);
    } else {
        line(tr("detail"), error.detail());
    }
    if (!error.scopes().isEmpty())
        line(tr("missing scopes"), error.scopes().join(u' '));
    line(tr("existing id"), error.existingId());
    return out;
}

QJsonObject errorJson(const paxos::ApiError &error)
{
    QJsonObject obj{{u"error"_s, paxos::ApiError::kindKey(error.kind())},
                    {u"message"_s, error.message()}};
    if (const auto &p = error.problem()) {
        obj.insert(u"type"_s, p->type);
        obj.insert(u"title"_s, p->title);
        obj.insert(u"status"_s, p->status);
        obj.insert(u"detail"_s, p->detail);
    } else if (!error.detail().isEmpty()) {
        obj.insert(u"detail"_s, error.detail());
    }
    if (!error.existingId().isEmpty())
        obj.insert(u"existing_id"_s, error.existingId());
    return obj;
}

} // namespace paxosctl
